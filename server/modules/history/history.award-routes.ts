// HTTP for the awards of a person or a unit: list, record, correct, revoke (an award is never deleted).
import { IdParams } from '../../../contracts/common';
import {
  AwardCreateBody,
  AwardParams,
  AwardRevokeBody,
  AwardUpdateBody,
  AwardView,
} from '../../../contracts/history';
import { z } from '../../../contracts/zod';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { listSubjectAwards, recordAward, revokeAward, updateAward } from './history.awards';
import type { SubjectType } from './history.subject';

export const SUBJECT_BASE: Record<SubjectType, { url: string; tag: string }> = {
  person: { url: '/api/people/:id', tag: 'Quá trình khen thưởng — cá nhân' },
  unit: { url: '/api/units/:id', tag: 'Quá trình khen thưởng — tập thể' },
};

/** Awards of a subject: list, record, correct, revoke (never delete). */
export function awardRoutes(app: App, type: SubjectType): void {
  const url = `${SUBJECT_BASE[type].url}/awards`;
  const tags = [SUBJECT_BASE[type].tag];
  const ref = (id: string) => ({ type, id });
  app.get(
    url,
    {
      schema: {
        tags,
        summary: 'Danh sách khen thưởng',
        params: IdParams,
        response: { 200: z.array(AwardView) },
      },
    },
    (req) => app.db.transaction((tx) => listSubjectAwards(tx, requireActor(req), ref(req.params.id))),
  );
  app.post(
    url,
    {
      schema: {
        tags,
        summary: 'Ghi nhận khen thưởng theo quyết định đã có',
        params: IdParams,
        body: AwardCreateBody,
        response: { 201: AwardView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => recordAward(tx, actor, ref(req.params.id), req.body));
      return reply.status(201).send(view);
    },
  );
  app.patch(
    `${url}/:awardId`,
    {
      schema: {
        tags,
        summary: 'Sửa thông tin quyết định đã ghi nhận (kèm version)',
        params: AwardParams,
        body: AwardUpdateBody,
        response: { 200: AwardView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        updateAward(tx, requireActor(req), ref(req.params.id), req.params.awardId, req.body),
      ),
  );
  app.post(
    `${url}/:awardId/revoke`,
    {
      schema: {
        tags,
        summary: 'Thu hồi khen thưởng (bản ghi được giữ lại)',
        params: AwardParams,
        body: AwardRevokeBody,
        response: { 200: AwardView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        revokeAward(tx, requireActor(req), ref(req.params.id), req.params.awardId, req.body),
      ),
  );
}
