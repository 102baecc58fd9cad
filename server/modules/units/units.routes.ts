// HTTP for the organisation tree: list, tree, detail, create, correct, close, delete, name at a date.
import { ErrorBody, IdParams } from '../../../contracts/common';
import {
  CloseUnitBody,
  CreateUnitBody,
  NameAtQuery,
  NameAtView,
  UnitDetail,
  UnitListQuery,
  UnitPage,
  UnitTree,
  UnitTreeQuery,
  UnitView,
  UpdateUnitBody,
} from '../../../contracts/units';
import { z } from '../../../contracts/zod';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { unitEventRoutes } from './unit-events.routes';
import { closeUnit, createUnit, deleteUnit, updateUnit } from './units.service';
import { getUnitDetail, getUnitTree, listUnits, unitNameAt } from './units-read.service';

const tags = ['Đơn vị'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export async function unitsRoutes(app: App): Promise<void> {
  app.get(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Danh sách đơn vị trong phạm vi được xem (tìm không dấu, sắp xếp theo tiếng Việt)',
        querystring: UnitListQuery,
        response: { 200: UnitPage, ...errors },
      },
    },
    (req) => listUnits(app.db, requireActor(req), req.query),
  );

  app.get(
    '/api/units/tree',
    {
      schema: {
        tags,
        summary: 'Cây đơn vị trong phạm vi được xem, tại một ngày',
        querystring: UnitTreeQuery,
        response: { 200: UnitTree, ...errors },
      },
    },
    (req) => getUnitTree(app.db, requireActor(req), req.query),
  );

  app.get(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: 'Chi tiết đơn vị: cấp trên, lịch sử sáp nhập/chia tách/đổi tên/chuyển, quyền thao tác',
        params: IdParams,
        response: { 200: UnitDetail, ...errors },
      },
    },
    (req) => getUnitDetail(app.db, requireActor(req), req.params.id),
  );

  app.get(
    '/api/units/:id/name-at',
    {
      schema: {
        tags,
        summary: 'Tên của đơn vị tại một ngày (theo lịch sử đổi tên)',
        params: IdParams,
        querystring: NameAtQuery,
        response: { 200: NameAtView, ...errors },
      },
    },
    (req) => unitNameAt(app.db, requireActor(req), req.params.id, req.query.date),
  );

  app.post(
    '/api/units',
    {
      schema: {
        tags,
        summary: 'Thêm đơn vị',
        body: CreateUnitBody,
        response: { 201: UnitView, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const created = await app.db.transaction((tx) => createUnit(tx, actor, req.body));
      return reply.status(201).send(created);
    },
  );

  app.patch(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: 'Sửa thông tin đơn vị (sửa lỗi; đổi tên theo văn bản dùng sự kiện đổi tên)',
        params: IdParams,
        body: UpdateUnitBody,
        response: { 200: UnitView, ...errors },
      },
    },
    (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => updateUnit(tx, actor, req.params.id, req.body));
    },
  );

  app.post(
    '/api/units/:id/close',
    {
      schema: {
        tags,
        summary: 'Đóng (ngừng hoạt động) đơn vị từ sau một ngày',
        params: IdParams,
        body: CloseUnitBody,
        response: { 200: UnitView, ...errors },
      },
    },
    (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => closeUnit(tx, actor, req.params.id, req.body));
    },
  );

  app.delete(
    '/api/units/:id',
    {
      schema: {
        tags,
        summary: 'Xóa đơn vị chưa được tham chiếu (đơn vị đã được tham chiếu chỉ có thể đóng)',
        params: IdParams,
        response: { 204: z.null().describe('Đã xóa'), ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      await app.db.transaction((tx) => deleteUnit(tx, actor, req.params.id));
      return reply.status(204).send(null);
    },
  );

  await app.register(unitEventRoutes);
}
