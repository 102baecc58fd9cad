// HTTP for lineage events of units: merge, split, rename, move.
import { ErrorBody } from '../../../contracts/common';
import {
  RecordedUnitEvent,
  UnitEventBody,
  UnitEventListQuery,
  UnitEventPage,
} from '../../../contracts/units';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { listUnitEvents, recordUnitEvent } from './unit-events.service';

const tags = ['Đơn vị'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export async function unitEventRoutes(app: App): Promise<void> {
  app.get(
    '/api/unit-events',
    {
      schema: {
        tags,
        summary: 'Danh sách sự kiện sáp nhập, chia tách, đổi tên, chuyển trực thuộc',
        querystring: UnitEventListQuery,
        response: { 200: UnitEventPage, ...errors },
      },
    },
    (req) => listUnitEvents(app.db, requireActor(req), req.query),
  );

  app.post(
    '/api/unit-events',
    {
      schema: {
        tags,
        summary: 'Ghi nhận sự kiện sáp nhập, chia tách, đổi tên hoặc chuyển trực thuộc (áp dụng ngay)',
        description:
          'merge: sourceIds + targetId (đơn vị tiếp nhận) hoặc newUnit (đơn vị mới); các đơn vị bị sáp nhập ' +
          'ngừng hoạt động từ sau ngày trước effectiveOn, đơn vị trực thuộc chuyển sang đơn vị tiếp nhận. ' +
          'split: sourceId + newUnits/targetIds + childAssignments. rename: unitId + newName. ' +
          'move: unitId + newParentId.',
        body: UnitEventBody,
        response: { 201: RecordedUnitEvent, ...errors },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const recorded = await app.db.transaction((tx) => recordUnitEvent(tx, actor, req.body));
      return reply.status(201).send(recorded);
    },
  );
}
