// HTTP for councils (Hội đồng Thi đua - Khen thưởng): the list, one council with its composition on a date,
// creation with the establishing decision, corrections and kiện toàn.
import { IdParams } from '../../../contracts/common';
import {
  CouncilCreateBody,
  CouncilListQuery,
  CouncilPage,
  CouncilQuery,
  CouncilUpdateBody,
  CouncilView,
  RecomposeBody,
} from '../../../contracts/councils';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { registerInboxProvider } from '../inbox/inbox.registry';
import { councilInboxProvider } from './councils.inbox';
import { meetingsRoutes } from './meetings.routes';
import { createCouncil, getCouncil, listCouncils, recomposeCouncil, updateCouncil } from './councils.service';

const tags = ['Hội đồng Thi đua - Khen thưởng'];

export async function councilsRoutes(app: App): Promise<void> {
  registerInboxProvider(councilInboxProvider);

  app.get(
    '/api/councils',
    {
      schema: {
        tags,
        summary: 'Các Hội đồng trong phạm vi, với số thành viên tại ngày (mặc định hôm nay)',
        querystring: CouncilListQuery,
        response: { 200: CouncilPage },
      },
    },
    (req) => app.db.transaction((tx) => listCouncils(tx, requireActor(req), req.query)),
  );

  app.post(
    '/api/councils',
    {
      schema: {
        tags,
        summary: 'Thành lập Hội đồng của cơ quan có thẩm quyền, với thành phần theo quyết định thành lập',
        body: CouncilCreateBody,
        response: { 201: CouncilView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createCouncil(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/councils/:id',
    {
      schema: {
        tags,
        summary: 'Một Hội đồng: thành phần tại ngày, lịch sử thành viên và các lần kiện toàn',
        params: IdParams,
        querystring: CouncilQuery,
        response: { 200: CouncilView },
      },
    },
    (req) => app.db.transaction((tx) => getCouncil(tx, requireActor(req), req.params.id, req.query)),
  );

  app.patch(
    '/api/councils/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tên, quyết định thành lập, ghi chú hoặc ngày kết thúc hoạt động (kèm version)',
        params: IdParams,
        body: CouncilUpdateBody,
        response: { 200: CouncilView },
      },
    },
    (req) => app.db.transaction((tx) => updateCouncil(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/councils/:id/changes',
    {
      schema: {
        tags,
        summary:
          'Kiện toàn Hội đồng: toàn bộ thành phần từ ngày hiệu lực theo quyết định mới (lịch sử được giữ nguyên)',
        params: IdParams,
        body: RecomposeBody,
        response: { 200: CouncilView },
      },
    },
    (req) => app.db.transaction((tx) => recomposeCouncil(tx, requireActor(req), req.params.id, req.body)),
  );

  await meetingsRoutes(app);
}
