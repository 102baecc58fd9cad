// Indicators (chỉ tiêu) of a movement and their figures per unit and period: who runs the movement records
// them; every change answers the refreshed movement.
import { and, count, eq, sql } from 'drizzle-orm';
import {
  IndicatorCreateBody,
  type IndicatorCreateInput,
  type IndicatorUpdateBody,
  IndicatorValueCreateBody,
  type IndicatorValueCreateInput,
  type IndicatorValueUpdateBody,
  type MovementView,
} from '../../../contracts/movements';
import type { Db } from '../../db/client';
import { indicatorValues, movementIndicators } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { loadUnits } from '../documents/documents.queries';
import { parseInput } from '../people/people.service';
import { canEditAt, EDIT_REFUSED } from './movements.policy';
import { loadParticipants } from './movements.queries';
import { getMovement, loadMovementInScope } from './movements.service';

const stale = () =>
  new AppError('CONFLICT', 'Số liệu này vừa được người khác cập nhật. Vui lòng tải lại trang rồi sửa lại', {
    version: 'Phiên bản dữ liệu đã cũ',
  });

/** The movement, loaded in scope, that the actor may run. */
async function editableMovement(tx: Db, actor: Actor, movementId: string) {
  const hit = await loadMovementInScope(tx, actor, movementId);
  authorize(canEditAt(actor, hit.unit.path), EDIT_REFUSED);
  return hit;
}

async function findIndicator(tx: Db, movementId: string, indicatorId: string) {
  const [row] = await tx
    .select()
    .from(movementIndicators)
    .where(and(eq(movementIndicators.id, indicatorId), eq(movementIndicators.movementId, movementId)));
  if (!row) notFound('chỉ tiêu');
  return row!;
}

async function findValue(tx: Db, movementId: string, valueId: string) {
  const [hit] = await tx
    .select({ value: indicatorValues, indicator: movementIndicators })
    .from(indicatorValues)
    .innerJoin(movementIndicators, eq(movementIndicators.id, indicatorValues.indicatorId))
    .where(and(eq(indicatorValues.id, valueId), eq(movementIndicators.movementId, movementId)));
  if (!hit) notFound('số liệu chỉ tiêu');
  return hit!;
}

/** Adds an indicator (name, unit of measure, overall target). */
export async function addIndicator(
  tx: Db,
  actor: Actor,
  movementId: string,
  input: IndicatorCreateInput,
): Promise<MovementView> {
  const body = parseInput(IndicatorCreateBody, input);
  const { row } = await editableMovement(tx, actor, movementId);
  const [n] = await tx
    .select({ n: count() })
    .from(movementIndicators)
    .where(eq(movementIndicators.movementId, movementId));
  const [indicator] = await tx
    .insert(movementIndicators)
    .values({ ...body, movementId, sortOrder: n?.n ?? 0 })
    .returning();
  await appendAudit(tx, actor, {
    action: 'movement.indicator_added',
    entity: 'movement',
    entityId: movementId,
    unitId: row.unitId,
    after: indicator,
  });
  return getMovement(tx, actor, movementId);
}

/** Changes an indicator, with optimistic locking on `version`. */
export async function updateIndicator(
  tx: Db,
  actor: Actor,
  movementId: string,
  indicatorId: string,
  body: IndicatorUpdateBody,
): Promise<MovementView> {
  const { row } = await editableMovement(tx, actor, movementId);
  const indicator = await findIndicator(tx, movementId, indicatorId);
  if (body.version !== indicator.version) throw stale();
  const { version, ...fields } = body;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const [updated] = await tx
    .update(movementIndicators)
    .set({ ...changes, version: sql`${movementIndicators.version} + 1` })
    .where(and(eq(movementIndicators.id, indicatorId), eq(movementIndicators.version, version)))
    .returning();
  if (!updated) throw stale();
  await appendAudit(tx, actor, {
    action: 'movement.indicator_updated',
    entity: 'movement',
    entityId: movementId,
    unitId: row.unitId,
    before: indicator,
    after: updated,
  });
  return getMovement(tx, actor, movementId);
}

/** Removes an indicator and its figures. */
export async function deleteIndicator(
  tx: Db,
  actor: Actor,
  movementId: string,
  indicatorId: string,
): Promise<MovementView> {
  const { row } = await editableMovement(tx, actor, movementId);
  const indicator = await findIndicator(tx, movementId, indicatorId);
  await tx.delete(movementIndicators).where(eq(movementIndicators.id, indicatorId));
  await appendAudit(tx, actor, {
    action: 'movement.indicator_deleted',
    entity: 'movement',
    entityId: movementId,
    unitId: row.unitId,
    before: indicator,
  });
  return getMovement(tx, actor, movementId);
}

/** Figures are kept for the movement's unit and those below it, or a participating unit and those below it. */
async function checkValueUnit(
  tx: Db,
  movement: { id: string },
  ownerPath: string,
  unitId: string,
): Promise<void> {
  const unit = (await loadUnits(tx, [unitId])).get(unitId);
  const participants = await loadParticipants(tx, movement.id);
  const inside = unit && [ownerPath, ...participants.map((p) => p.path)].some((p) => unit.path.startsWith(p));
  if (!inside) {
    const message =
      'Đơn vị không thuộc phạm vi phong trào (đơn vị phát động, đơn vị tham gia và các đơn vị trực thuộc)';
    throw new AppError('VALIDATION', message, { unitId: message });
  }
}

/** Records a unit's target and/or actual figure for a period ("hơn 632", as of a date). */
export async function recordValue(
  tx: Db,
  actor: Actor,
  movementId: string,
  indicatorId: string,
  input: IndicatorValueCreateInput,
): Promise<MovementView> {
  const body = parseInput(IndicatorValueCreateBody, input);
  const { row, unit } = await editableMovement(tx, actor, movementId);
  await findIndicator(tx, movementId, indicatorId);
  await checkValueUnit(tx, row, unit.path, body.unitId);
  const [value] = await tx
    .insert(indicatorValues)
    .values({ ...body, indicatorId })
    .returning();
  await appendAudit(tx, actor, {
    action: 'movement.value_recorded',
    entity: 'movement',
    entityId: movementId,
    unitId: row.unitId,
    after: value,
  });
  return getMovement(tx, actor, movementId);
}

/** Changes a figure, with optimistic locking on `version`. */
export async function updateValue(
  tx: Db,
  actor: Actor,
  movementId: string,
  valueId: string,
  body: IndicatorValueUpdateBody,
): Promise<MovementView> {
  const { row } = await editableMovement(tx, actor, movementId);
  const { value } = await findValue(tx, movementId, valueId);
  if (body.version !== value.version) throw stale();
  const { version, ...fields } = body;
  const changes = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const merged = { ...value, ...changes };
  const fail = (field: string, message: string) => {
    throw new AppError('VALIDATION', message, { [field]: message });
  };
  if (merged.periodTo < merged.periodFrom)
    fail('periodTo', 'Ngày kết thúc kỳ phải bằng hoặc sau ngày bắt đầu');
  if (merged.target === null && merged.actual === null)
    fail('actual', 'Nhập chỉ tiêu hoặc kết quả thực hiện');
  if (merged.qualifier && merged.actual === null)
    fail('qualifier', 'Cách ghi (hơn, gần …) đi kèm kết quả thực hiện');
  const [updated] = await tx
    .update(indicatorValues)
    .set({ ...changes, updatedAt: new Date(), version: sql`${indicatorValues.version} + 1` })
    .where(and(eq(indicatorValues.id, valueId), eq(indicatorValues.version, version)))
    .returning();
  if (!updated) throw stale();
  await appendAudit(tx, actor, {
    action: 'movement.value_updated',
    entity: 'movement',
    entityId: movementId,
    unitId: row.unitId,
    before: value,
    after: updated,
  });
  return getMovement(tx, actor, movementId);
}

/** Removes a figure entered by mistake. */
export async function deleteValue(
  tx: Db,
  actor: Actor,
  movementId: string,
  valueId: string,
): Promise<MovementView> {
  const { row } = await editableMovement(tx, actor, movementId);
  const { value } = await findValue(tx, movementId, valueId);
  await tx.delete(indicatorValues).where(eq(indicatorValues.id, valueId));
  await appendAudit(tx, actor, {
    action: 'movement.value_deleted',
    entity: 'movement',
    entityId: movementId,
    unitId: row.unitId,
    before: value,
  });
  return getMovement(tx, actor, movementId);
}
