// HTTP for the award catalog: the effective catalog of a date and a unit, reward money, local overlays.
import {
  CatalogQuery,
  CatalogView,
  MoneyQuery,
  MoneyView,
  OverlayCreateBody,
  OverlayListQuery,
  OverlayPage,
  OverlayUpdateBody,
  OverlayView,
} from '../../../contracts/catalog';
import { IdParams, OkBody } from '../../../contracts/common';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { createOverlay, deleteOverlay, getOverlay, listOverlays, updateOverlay } from './catalog.overlays';
import { getCatalog, moneyFor } from './catalog.service';

const tags = ['Danh mục khen thưởng'];

export async function catalogRoutes(app: App): Promise<void> {
  app.get(
    '/api/catalog',
    {
      schema: {
        tags,
        summary:
          'Danh mục danh hiệu, hình thức khen thưởng hiệu lực tại một ngày cho một đơn vị (kèm nguồn của từng giá trị)',
        querystring: CatalogQuery,
        response: { 200: CatalogView },
      },
    },
    (req) => app.db.transaction((tx) => getCatalog(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/money',
    {
      schema: {
        tags,
        summary: 'Tính tiền thưởng: hệ số × mức lương cơ sở tại ngày quyết định, làm tròn lên 10.000 đồng',
        querystring: MoneyQuery,
        response: { 200: MoneyView },
      },
    },
    async (req) => {
      requireActor(req);
      return moneyFor(req.query);
    },
  );

  app.get(
    '/api/overlays',
    {
      schema: {
        tags,
        summary: 'Quy chế địa phương',
        querystring: OverlayListQuery,
        response: { 200: OverlayPage },
      },
    },
    (req) => app.db.transaction((tx) => listOverlays(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/overlays/:id',
    { schema: { tags, summary: 'Một quy chế địa phương', params: IdParams, response: { 200: OverlayView } } },
    (req) => app.db.transaction((tx) => getOverlay(tx, requireActor(req), req.params.id)),
  );

  app.post(
    '/api/overlays',
    {
      schema: {
        tags,
        summary: 'Thêm quy chế địa phương (chỉ các tham số chế độ cho phép địa phương quy định)',
        body: OverlayCreateBody,
        response: { 201: OverlayView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createOverlay(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/api/overlays/:id',
    {
      schema: {
        tags,
        summary: 'Sửa quy chế địa phương (kèm version)',
        params: IdParams,
        body: OverlayUpdateBody,
        response: { 200: OverlayView },
      },
    },
    (req) => app.db.transaction((tx) => updateOverlay(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/overlays/:id',
    { schema: { tags, summary: 'Xóa quy chế nhập nhầm', params: IdParams, response: { 200: OkBody } } },
    (req) => app.db.transaction((tx) => deleteOverlay(tx, requireActor(req), req.params.id)),
  );
}
