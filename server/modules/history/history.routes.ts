// HTTP for histories: /api/people/:id/{history,awards,ratings,initiatives,disciplines,investigations} and
// /api/units/:id/{history,awards,ratings,member-stats,disciplines,investigations}.
import { IdParams, OkBody } from '../../../contracts/common';
import {
  DisciplineCreateBody,
  DisciplineUpdateBody,
  DisciplineView,
  InitiativeCreateBody,
  InitiativeUpdateBody,
  InitiativeView,
  InvestigationCreateBody,
  InvestigationUpdateBody,
  InvestigationView,
  MemberStatsCreateBody,
  MemberStatsUpdateBody,
  MemberStatsView,
  PersonHistoryView,
  RatingCreateBody,
  RatingUpdateBody,
  RatingView,
  RecordParams,
  UnitHistoryView,
} from '../../../contracts/history';
import { z } from '../../../contracts/zod';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { awardRoutes, SUBJECT_BASE } from './history.award-routes';
import type { HistoryEntity } from './history.kinds';
import { createRecord, deleteRecord, listSubjectRecords, updateRecord } from './history.service';
import type { SubjectType } from './history.subject';
import { getPersonHistory, getUnitHistory } from './history.view';

const BASE = SUBJECT_BASE;

interface RecordRoutes {
  entity: HistoryEntity;
  segment: string;
  what: string;
  create: z.ZodType;
  update: z.ZodType;
  view: z.ZodType;
}

/** List, create, correct and delete one kind of record of a subject. */
function recordRoutes(app: App, type: SubjectType, r: RecordRoutes): void {
  const url = `${BASE[type].url}/${r.segment}`;
  const tags = [BASE[type].tag];
  const ref = (id: string) => ({ type, id });
  app.get(
    url,
    {
      schema: { tags, summary: `Danh sách ${r.what}`, params: IdParams, response: { 200: z.array(r.view) } },
    },
    (req) =>
      app.db.transaction((tx) => listSubjectRecords(tx, requireActor(req), ref(req.params.id), r.entity)),
  );
  app.post(
    url,
    {
      schema: {
        tags,
        summary: `Thêm ${r.what}`,
        params: IdParams,
        body: r.create,
        response: { 201: r.view },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) =>
        createRecord(tx, actor, ref(req.params.id), r.entity, req.body),
      );
      return reply.status(201).send(view);
    },
  );
  app.patch(
    `${url}/:recordId`,
    {
      schema: {
        tags,
        summary: `Sửa ${r.what} (kèm version)`,
        params: RecordParams,
        body: r.update,
        response: { 200: r.view },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        updateRecord(tx, requireActor(req), ref(req.params.id), r.entity, req.params.recordId, req.body),
      ),
  );
  app.delete(
    `${url}/:recordId`,
    { schema: { tags, summary: `Xóa ${r.what} nhập nhầm`, params: RecordParams, response: { 200: OkBody } } },
    (req) =>
      app.db.transaction((tx) =>
        deleteRecord(tx, requireActor(req), ref(req.params.id), r.entity, req.params.recordId),
      ),
  );
}

const RATINGS = {
  entity: 'rating',
  segment: 'ratings',
  what: 'xếp loại hằng năm',
  create: RatingCreateBody,
  update: RatingUpdateBody,
  view: RatingView,
} as const;
const DISCIPLINES = {
  entity: 'discipline',
  segment: 'disciplines',
  what: 'kỷ luật',
  create: DisciplineCreateBody,
  update: DisciplineUpdateBody,
  view: DisciplineView,
} as const;
const INVESTIGATIONS = {
  entity: 'investigation',
  segment: 'investigations',
  what: 'vụ việc đang xem xét (thanh tra, điều tra, khiếu nại)',
  create: InvestigationCreateBody,
  update: InvestigationUpdateBody,
  view: InvestigationView,
} as const;

export async function historyRoutes(app: App): Promise<void> {
  app.get(
    '/api/people/:id/history',
    {
      schema: {
        tags: [BASE.person.tag],
        summary: 'Toàn bộ quá trình thi đua, khen thưởng của cá nhân',
        params: IdParams,
        response: { 200: PersonHistoryView },
      },
    },
    (req) => app.db.transaction((tx) => getPersonHistory(tx, requireActor(req), req.params.id)),
  );
  app.get(
    '/api/units/:id/history',
    {
      schema: {
        tags: [BASE.unit.tag],
        summary: 'Toàn bộ quá trình thi đua, khen thưởng của tập thể',
        params: IdParams,
        response: { 200: UnitHistoryView },
      },
    },
    (req) => app.db.transaction((tx) => getUnitHistory(tx, requireActor(req), req.params.id)),
  );
  for (const type of ['person', 'unit'] as const) {
    awardRoutes(app, type);
    recordRoutes(app, type, RATINGS);
    recordRoutes(app, type, DISCIPLINES);
    recordRoutes(app, type, INVESTIGATIONS);
  }
  recordRoutes(app, 'person', {
    entity: 'initiative',
    segment: 'initiatives',
    what: 'sáng kiến, đề tài',
    create: InitiativeCreateBody,
    update: InitiativeUpdateBody,
    view: InitiativeView,
  });
  recordRoutes(app, 'unit', {
    entity: 'member_stats',
    segment: 'member-stats',
    what: 'số liệu thành viên hằng năm',
    create: MemberStatsCreateBody,
    update: MemberStatsUpdateBody,
    view: MemberStatsView,
  });
}
