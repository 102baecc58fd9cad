// HTTP for movements: list, tree by level, page, create, edit, delete, status steps, indicators and figures.
import { OkBody } from '../../../contracts/common';
import {
  IndicatorCreateBody,
  IndicatorParams,
  IndicatorUpdateBody,
  IndicatorValueCreateBody,
  IndicatorValueUpdateBody,
  MovementCreateBody,
  MovementListQuery,
  MovementPage,
  MovementParams,
  MovementTree,
  MovementUpdateBody,
  MovementView,
  StatusStepBody,
  ValueParams,
} from '../../../contracts/movements';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import {
  addIndicator,
  deleteIndicator,
  deleteValue,
  recordValue,
  updateIndicator,
  updateValue,
} from './movements.indicators';
import {
  changeStatus,
  createMovement,
  deleteMovement,
  getMovement,
  listMovements,
  movementTree,
  updateMovement,
} from './movements.service';

const tags = ['Phong trào thi đua'];
const view = { 200: MovementView };

export async function movementsRoutes(app: App): Promise<void> {
  app.get(
    '/api/movements',
    {
      schema: {
        tags,
        summary: 'Danh sách phong trào thi đua (theo cấp, không phân biệt dấu khi tìm tên)',
        querystring: MovementListQuery,
        response: { 200: MovementPage },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => listMovements(tx, actor, req.query));
    },
  );

  app.get(
    '/api/movements/tree',
    {
      schema: {
        tags,
        summary: 'Cây phong trào theo cấp: các phong trào khớp điều kiện và phong trào cấp trên của chúng',
        querystring: MovementListQuery,
        response: { 200: MovementTree },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => movementTree(tx, actor, req.query));
    },
  );

  app.get(
    '/api/movements/:id',
    {
      schema: {
        tags,
        summary: 'Phong trào: văn bản theo vai trò, cấp trên/cấp dưới, chỉ tiêu, trạng thái, khen thưởng',
        params: MovementParams,
        response: view,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => getMovement(tx, actor, req.params.id));
    },
  );

  app.post(
    '/api/movements',
    {
      schema: {
        tags,
        summary: 'Thêm phong trào thi đua',
        body: MovementCreateBody,
        response: { 201: MovementView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const created = await app.db.transaction((tx) => createMovement(tx, actor, req.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/movements/:id',
    {
      schema: {
        tags,
        summary:
          'Sửa phong trào (kèm version; danh sách đơn vị tham gia, văn bản gửi lên thay cho danh sách cũ)',
        params: MovementParams,
        body: MovementUpdateBody,
        response: view,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => updateMovement(tx, actor, req.params.id, req.body));
    },
  );

  app.delete(
    '/api/movements/:id',
    {
      schema: {
        tags,
        summary: 'Xóa phong trào nhập nhầm (không có phong trào cấp dưới, chưa có hồ sơ khen thưởng)',
        params: MovementParams,
        response: { 200: OkBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await app.db.transaction((tx) => deleteMovement(tx, actor, req.params.id));
      return { ok: true as const };
    },
  );

  app.post(
    '/api/movements/:id/status',
    {
      schema: {
        tags,
        summary: 'Chuyển trạng thái: triển khai, sơ kết/tổng kết (kèm văn bản), tiếp tục, kết thúc',
        params: MovementParams,
        body: StatusStepBody,
        response: view,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => changeStatus(tx, actor, req.params.id, req.body));
    },
  );

  app.post(
    '/api/movements/:id/indicators',
    {
      schema: {
        tags,
        summary: 'Thêm chỉ tiêu',
        params: MovementParams,
        body: IndicatorCreateBody,
        response: view,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => addIndicator(tx, actor, req.params.id, req.body));
    },
  );

  app.patch(
    '/api/movements/:id/indicators/:indicatorId',
    {
      schema: {
        tags,
        summary: 'Sửa chỉ tiêu',
        params: IndicatorParams,
        body: IndicatorUpdateBody,
        response: view,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { id, indicatorId } = req.params;
      return app.db.transaction((tx) => updateIndicator(tx, actor, id, indicatorId, req.body));
    },
  );

  app.delete(
    '/api/movements/:id/indicators/:indicatorId',
    { schema: { tags, summary: 'Xóa chỉ tiêu và số liệu của nó', params: IndicatorParams, response: view } },
    async (req) => {
      const actor = requireActor(req);
      const { id, indicatorId } = req.params;
      return app.db.transaction((tx) => deleteIndicator(tx, actor, id, indicatorId));
    },
  );

  app.post(
    '/api/movements/:id/indicators/:indicatorId/values',
    {
      schema: {
        tags,
        summary: 'Ghi chỉ tiêu, kết quả thực hiện của một đơn vị trong một kỳ',
        params: IndicatorParams,
        body: IndicatorValueCreateBody,
        response: view,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { id, indicatorId } = req.params;
      return app.db.transaction((tx) => recordValue(tx, actor, id, indicatorId, req.body));
    },
  );

  app.patch(
    '/api/movements/:id/indicator-values/:valueId',
    {
      schema: {
        tags,
        summary: 'Sửa số liệu',
        params: ValueParams,
        body: IndicatorValueUpdateBody,
        response: view,
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const { id, valueId } = req.params;
      return app.db.transaction((tx) => updateValue(tx, actor, id, valueId, req.body));
    },
  );

  app.delete(
    '/api/movements/:id/indicator-values/:valueId',
    { schema: { tags, summary: 'Xóa số liệu nhập nhầm', params: ValueParams, response: view } },
    async (req) => {
      const actor = requireActor(req);
      const { id, valueId } = req.params;
      return app.db.transaction((tx) => deleteValue(tx, actor, id, valueId));
    },
  );
}
