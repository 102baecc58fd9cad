// Write use cases of the organisation tree: create, correct, close, delete (reads: units-read.service.ts).
import { randomUUID } from 'node:crypto';
import type { AdminLevel, UnitKind } from '../../../contracts/enums';
import type { UnitView } from '../../../contracts/units';
import { normalizeText } from '../../../domain/text';
import { childPath, todayInVietnam as today } from '../../../domain/units';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, invalidField, notFound } from '../../lib/errors';
import { canAdminister, canCreateChild, canCreateRoot, canManage } from './units.policy';
import { auditUnit, presentUnit, viDate } from './units.present';
import {
  deleteUnitRow,
  findUnitInScope,
  insertUnit,
  nameColumns,
  selectOpenDescendants,
  type UnitRow,
  unitReferences,
  updateUnitRow,
} from './units.queries';

export const REFERENCED_MESSAGE =
  'Đơn vị đã được tham chiếu, chỉ có thể đóng (ngừng hoạt động), không thể xóa';
const STALE_MESSAGE =
  'Đơn vị vừa được người khác cập nhật. Vui lòng tải lại dữ liệu mới nhất rồi thực hiện lại';

/** Loads a unit the actor may see, or answers 404 as if it did not exist. */
export async function loadUnit(db: Db, actor: Actor, id: string, lock = false): Promise<UnitRow> {
  return (await findUnitInScope(db, actor, id, { lock })) ?? notFound('đơn vị');
}

/** Fields of a new unit (names are normalised here too, so that scripts may pass raw text). */
export interface NewUnitFields {
  parentId?: string | null;
  name: string;
  shortName?: string | null;
  code?: string | null;
  kind: UnitKind;
  level: AdminLevel;
  /** Defaults to today. */
  validFrom?: string;
}

/** Creates a unit under a parent the actor manages (a root only for a top-level administrator). */
export async function createUnit(db: Db, actor: Actor, input: NewUnitFields): Promise<UnitView> {
  let parent: UnitRow | null = null;
  if (input.parentId) {
    parent = await loadUnit(db, actor, input.parentId, true);
    authorize(canCreateChild(actor, parent.path), 'Bạn không có quyền tạo đơn vị trực thuộc đơn vị này');
  } else if (!canCreateRoot(actor)) {
    invalidField('parentId', 'Cần chọn đơn vị cấp trên');
  }
  const row = await insertUnitUnder(db, actor, parent, input);
  return presentUnit(row, actor, { date: today() });
}

/** Inserts a unit under an already loaded and authorised parent, and audits it (shared with lineage events). */
export async function insertUnitUnder(
  db: Db,
  actor: Actor,
  parent: UnitRow | null,
  input: NewUnitFields,
): Promise<UnitRow> {
  const validFrom = input.validFrom ?? today();
  if (parent?.validTo && parent.validTo < validFrom) {
    invalidField(
      'parentId',
      `Đơn vị cấp trên "${parent.name}" đã ngừng hoạt động từ sau ngày ${viDate(parent.validTo)}`,
    );
  }
  const id = randomUUID();
  const row = await insertUnit(db, {
    id,
    parentId: parent?.id ?? null,
    path: childPath(parent?.path ?? null, id),
    code: blankToNull(input.code),
    ...nameColumns(normalizeText(input.name)),
    shortName: blankToNull(input.shortName),
    kind: input.kind,
    level: input.level,
    validFrom,
  });
  await appendAudit(db, actor, {
    action: 'unit.created',
    entity: 'unit',
    entityId: id,
    unitId: id,
    after: auditUnit(row),
  });
  return row;
}

const blankToNull = (v: string | null | undefined) => (v ? normalizeText(v) || null : null);

/** Corrections to a unit (typo in the name, code, kind, level), with optimistic locking. */
export async function updateUnit(
  db: Db,
  actor: Actor,
  id: string,
  input: {
    name?: string | undefined;
    shortName?: string | null | undefined;
    code?: string | null | undefined;
    kind?: UnitKind | undefined;
    level?: AdminLevel | undefined;
    version: number;
  },
): Promise<UnitView> {
  const unit = await loadUnit(db, actor, id, true);
  authorize(canManage(actor, unit.path), 'Bạn không có quyền sửa đơn vị này');
  if (unit.version !== input.version) throw new AppError('CONFLICT', STALE_MESSAGE);
  const changes = {
    ...(input.name !== undefined ? nameColumns(normalizeText(input.name)) : {}),
    ...(input.shortName !== undefined ? { shortName: blankToNull(input.shortName) } : {}),
    ...(input.code !== undefined ? { code: blankToNull(input.code) } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
    ...(input.level !== undefined ? { level: input.level } : {}),
  };
  const row = await updateUnitRow(db, id, changes, input.version);
  if (!row) throw new AppError('CONFLICT', STALE_MESSAGE);
  await appendAudit(db, actor, {
    action: 'unit.updated',
    entity: 'unit',
    entityId: id,
    unitId: id,
    before: auditUnit(unit),
    after: auditUnit(row),
  });
  return presentUnit(row, actor, { date: today() });
}

/** Closes a unit on validTo; open units below it are refused unless closeChildren closes them too. */
export async function closeUnit(
  db: Db,
  actor: Actor,
  id: string,
  input: { validTo: string; reason?: string | null; closeChildren?: boolean; version?: number | undefined },
): Promise<UnitView> {
  const unit = await loadUnit(db, actor, id, true);
  authorize(canManage(actor, unit.path), 'Bạn không có quyền đóng đơn vị này');
  if (input.version !== undefined && unit.version !== input.version) {
    throw new AppError('CONFLICT', STALE_MESSAGE);
  }
  if (unit.validTo !== null) {
    throw new AppError(
      'INVALID_STATE',
      `Đơn vị "${unit.name}" đã ngừng hoạt động từ sau ngày ${viDate(unit.validTo)}`,
    );
  }
  if (input.validTo < unit.validFrom) {
    invalidField(
      'validTo',
      `Ngày ngừng hoạt động phải từ ngày bắt đầu hoạt động (${viDate(unit.validFrom)}) trở đi`,
    );
  }
  const openBelow = await selectOpenDescendants(db, unit.path, input.validTo);
  if (openBelow.length > 0 && !input.closeChildren) {
    const names = openBelow.slice(0, 5).map((u) => u.name);
    throw new AppError(
      'INVALID_STATE',
      `Đơn vị còn ${openBelow.length} đơn vị trực thuộc đang hoạt động (${names.join(', ')}${
        openBelow.length > 5 ? ', …' : ''
      }). Hãy đóng hoặc chuyển các đơn vị này trước, hoặc chọn đóng cả các đơn vị trực thuộc`,
      { closeChildren: 'Còn đơn vị trực thuộc đang hoạt động' },
    );
  }
  const reason = input.reason ?? null;
  const closed = await closeRow(db, actor, unit, input.validTo, reason);
  for (const child of openBelow) {
    const childReason = `Đóng cùng đơn vị cấp trên "${unit.name}"${reason ? `: ${reason}` : ''}`;
    await closeRow(db, actor, child, input.validTo, childReason);
  }
  return presentUnit(closed, actor, { date: today() });
}

/** Sets validTo on one unit and audits it (a child opened after that date keeps its own start: refused). */
export async function closeRow(
  db: Db,
  actor: Actor,
  unit: UnitRow,
  validTo: string,
  reason: string | null,
): Promise<UnitRow> {
  if (validTo < unit.validFrom) {
    invalidField(
      'validTo',
      `Đơn vị "${unit.name}" bắt đầu hoạt động ngày ${viDate(unit.validFrom)}, sau ngày ngừng hoạt động`,
    );
  }
  const row = (await updateUnitRow(db, unit.id, { validTo, closedReason: reason }))!;
  await appendAudit(db, actor, {
    action: 'unit.closed',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    before: auditUnit(unit),
    after: auditUnit(row),
  });
  return row;
}

/** Deletes a unit nothing refers to; a referenced unit can only be closed. */
export async function deleteUnit(db: Db, actor: Actor, id: string): Promise<void> {
  const unit = await loadUnit(db, actor, id, true);
  authorize(canAdminister(actor, unit.path), 'Chỉ quản trị hệ thống mới được xóa đơn vị');
  const refs = await unitReferences(db, id);
  if (refs.any) throw new AppError('CONFLICT', REFERENCED_MESSAGE);
  try {
    // A savepoint, so that a reference from a table added later (foreign key) still answers 409.
    await db.transaction((sp) => deleteUnitRow(sp, id));
  } catch (error) {
    if (pgCode(error) === '23503') throw new AppError('CONFLICT', REFERENCED_MESSAGE);
    throw error;
  }
  await appendAudit(db, actor, {
    action: 'unit.deleted',
    entity: 'unit',
    entityId: id,
    unitId: id,
    before: auditUnit(unit),
  });
}

function pgCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  if (typeof e?.code === 'string') return e.code;
  return typeof e?.cause?.code === 'string' ? e.cause.code : undefined;
}
