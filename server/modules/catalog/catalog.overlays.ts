// Local overlay use cases (admins only): list, read, create, correct, delete — each audited; the parameters are
// checked against the regimes in force during the overlay's period (domain validateOverlayParams).
import { and, eq, sql } from 'drizzle-orm';
import {
  OverlayCreateBody,
  type OverlayListQuery,
  type OverlayPage,
  OverlayUpdateBody,
  type OverlayView,
} from '../../../contracts/catalog';
import { REGIMES, validateOverlayParams } from '../../../domain/catalog';
import type { Db } from '../../db/client';
import { localOverlays } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { loadUnitsByIds } from '../people/people.queries';
import { parseInput } from '../people/people.service';
import { ADMIN_ONLY, canManageOverlayAt, canUseOverlays } from './catalog.policy';
import { presentOverlay } from './catalog.present';
import { findOverlay, type OverlayRow, selectOverlayPage } from './catalog.queries';

const STALE = 'Quy chế này vừa được người khác cập nhật. Vui lòng tải lại trang rồi sửa lại';

/**
 * Field errors for the parameters: a key must be one that a regime in force during [from, to] lets a locality
 * set, with a value of the right type and bounds (the message of the first such regime otherwise).
 */
export function overlayParamErrors(
  params: Record<string, number | boolean>,
  from: string,
  to: string | null,
): Record<string, string> {
  const regimes = REGIMES.filter((r) => r.from <= (to ?? '9999-12-31') && (r.to === null || r.to >= from));
  if (regimes.length === 0) {
    return { effectiveFrom: 'Quy chế phải có hiệu lực từ ngày 01/10/2017 (Nghị định 91/2017/NĐ-CP) trở đi' };
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const errors = regimes.map((r) => validateOverlayParams(r, { [key]: value }));
    if (errors.every((e) => e.length > 0)) fields[`params.${key}`] = errors[0]![0]!;
  }
  return fields;
}

function refuse(fields: Record<string, string>): void {
  const entries = Object.entries(fields);
  if (entries.length === 0) return;
  const [, first] = entries[0]!;
  const more = entries.length > 1 ? ` (và ${entries.length - 1} lỗi khác)` : '';
  throw new AppError('VALIDATION', `Tham số quy chế không hợp lệ — ${first}${more}`, fields);
}

async function requireOverlayUnit(tx: Db, actor: Actor, unitId: string) {
  const unit = (await loadUnitsByIds(tx, [unitId])).get(unitId);
  const visible = unit && actor.roles.some((r) => unit.path.startsWith(r.unitPath));
  if (!unit || !visible) {
    throw new AppError('VALIDATION', 'Không tìm thấy đơn vị', { unitId: 'Không tìm thấy đơn vị' });
  }
  authorize(canManageOverlayAt(actor, unit.path), 'Bạn không có quyền ban hành quy chế cho đơn vị này');
  return unit;
}

const snapshot = (row: OverlayRow) => {
  const { createdAt: _c, updatedAt: _u, unitPath: _p, ...rest } = row;
  return rest;
};

/** GET /api/overlays */
export async function listOverlays(tx: Db, actor: Actor, query: OverlayListQuery): Promise<OverlayPage> {
  authorize(canUseOverlays(actor), ADMIN_ONLY);
  const { rows, total } = await selectOverlayPage(tx, actor, query);
  return {
    items: rows.map((r) => presentOverlay(actor, r)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canUseOverlays(actor) },
  };
}

/** GET /api/overlays/:id */
export async function getOverlay(tx: Db, actor: Actor, id: string): Promise<OverlayView> {
  authorize(canUseOverlays(actor), ADMIN_ONLY);
  return presentOverlay(actor, (await findOverlay(tx, actor, id)) ?? notFound('quy chế'));
}

/** POST /api/overlays */
export async function createOverlay(tx: Db, actor: Actor, input: unknown): Promise<OverlayView> {
  authorize(canUseOverlays(actor), ADMIN_ONLY);
  const body = parseInput(OverlayCreateBody, input);
  await requireOverlayUnit(tx, actor, body.unitId);
  refuse(overlayParamErrors(body.params, body.effectiveFrom, body.effectiveTo));
  const [inserted] = await tx
    .insert(localOverlays)
    .values({ ...body, createdBy: actor.userId })
    .returning({ id: localOverlays.id });
  const row = (await findOverlay(tx, actor, inserted!.id))!;
  await appendAudit(tx, actor, {
    action: 'local_overlay.created',
    entity: 'local_overlay',
    entityId: row.id,
    unitId: row.unitId,
    after: snapshot(row),
  });
  return presentOverlay(actor, row);
}

/** PATCH /api/overlays/:id (with version) */
export async function updateOverlay(tx: Db, actor: Actor, id: string, input: unknown): Promise<OverlayView> {
  authorize(canUseOverlays(actor), ADMIN_ONLY);
  const body = parseInput(OverlayUpdateBody, input);
  const current = (await findOverlay(tx, actor, id, true)) ?? notFound('quy chế');
  authorize(canManageOverlayAt(actor, current.unitPath), 'Bạn không có quyền sửa quy chế này');
  if (body.version !== current.version)
    throw new AppError('CONFLICT', STALE, { version: 'Phiên bản dữ liệu đã cũ' });
  const { version, ...changes } = body;
  const from = changes.effectiveFrom ?? current.effectiveFrom;
  const to = changes.effectiveTo === undefined ? current.effectiveTo : changes.effectiveTo;
  if (to !== null && to < from) {
    const message = 'Ngày hết hiệu lực phải bằng hoặc sau ngày áp dụng';
    throw new AppError('VALIDATION', message, { effectiveTo: message });
  }
  refuse(
    overlayParamErrors(changes.params ?? (current.params as Record<string, number | boolean>), from, to),
  );
  const [updated] = await tx
    .update(localOverlays)
    .set({ ...changes, updatedAt: new Date(), version: sql`${localOverlays.version} + 1` })
    .where(and(eq(localOverlays.id, id), eq(localOverlays.version, version)))
    .returning({ id: localOverlays.id });
  if (!updated) throw new AppError('CONFLICT', STALE, { version: 'Phiên bản dữ liệu đã cũ' });
  const row = (await findOverlay(tx, actor, id))!;
  const keys = [...Object.keys(changes), 'version'] as (keyof OverlayRow)[];
  const pick = (r: OverlayRow) => Object.fromEntries(keys.map((k) => [k, r[k]]));
  await appendAudit(tx, actor, {
    action: 'local_overlay.updated',
    entity: 'local_overlay',
    entityId: id,
    unitId: row.unitId,
    before: pick(current),
    after: pick(row),
  });
  return presentOverlay(actor, row);
}

/** DELETE /api/overlays/:id: a regulation entered by mistake (a repealed one gets an end date instead). */
export async function deleteOverlay(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  authorize(canUseOverlays(actor), ADMIN_ONLY);
  const current = (await findOverlay(tx, actor, id, true)) ?? notFound('quy chế');
  authorize(canManageOverlayAt(actor, current.unitPath), 'Bạn không có quyền xóa quy chế này');
  await tx.delete(localOverlays).where(eq(localOverlays.id, id));
  await appendAudit(tx, actor, {
    action: 'local_overlay.deleted',
    entity: 'local_overlay',
    entityId: id,
    unitId: current.unitId,
    before: snapshot(current),
  });
  return { ok: true };
}
