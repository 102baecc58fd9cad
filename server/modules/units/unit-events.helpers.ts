// Shared steps of lineage events: loading the units involved under the administrator's scope, checking
// that they exist on the right dates, moving a subtree, and recording the event with its audit entry.
import type { z } from '../../../contracts/zod';
import type { RecordedUnitEvent } from '../../../contracts/units';
import { childPath, isValidAt, isWithin } from '../../../domain/units';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, invalidField } from '../../lib/errors';
import { canAdminister, canRead } from './units.policy';
import { auditUnit, presentEvent, viDate } from './units.present';
import {
  findUnitsByIds,
  insertUnitEvent,
  moveSubtree,
  selectEventParticipants,
  type UnitEventRow,
  type UnitRow,
} from './units.queries';

/** The units of an event, each visible to the actor (else 404) and administered by them (else 403). */
export async function loadAdministered(
  db: Db,
  actor: Actor,
  wanted: { id: string; field: string }[],
): Promise<Map<string, UnitRow>> {
  const rows = await findUnitsByIds(db, [...new Set(wanted.map((w) => w.id))], { lock: true });
  const byId = new Map(rows.map((r) => [r.id, r]));
  for (const { id, field } of wanted) {
    const row = byId.get(id);
    if (!row || !canRead(actor, row.path)) {
      throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị', { [field]: 'Không tìm thấy đơn vị' });
    }
  }
  // Only once every unit is known to be visible: a unit out of scope must answer 404, never 403.
  for (const row of byId.values()) {
    authorize(
      canAdminister(actor, row.path),
      `Chỉ quản trị hệ thống quản lý đơn vị "${row.name}" mới được ghi nhận sáp nhập, chia tách, đổi tên, chuyển trực thuộc`,
    );
  }
  return byId;
}

/** Refuses a unit that does not exist on the date. */
export function requireValidOn(unit: UnitRow, date: string, field: string): void {
  if (!isValidAt(unit, date)) {
    invalidField(field, `Đơn vị "${unit.name}" không hoạt động vào ngày ${viDate(date)}`);
  }
}

/** Refuses a unit that lies inside (or is) one of the given subtrees. */
export function requireOutside(unit: UnitRow, subtrees: readonly UnitRow[], field: string, message: string) {
  if (subtrees.some((s) => isWithin(unit.path, s.path))) invalidField(field, message);
}

/** Moves a unit and its subtree under a new parent (one UPDATE), and audits the unit's move. */
export async function moveUnitUnder(
  db: Db,
  actor: Actor,
  unit: UnitRow,
  newParent: UnitRow,
): Promise<UnitRow> {
  await moveSubtree(db, unit.id, unit.path, childPath(newParent.path, unit.id), newParent.id);
  const [after] = await findUnitsByIds(db, [unit.id]);
  await appendAudit(db, actor, {
    action: 'unit.moved',
    entity: 'unit',
    entityId: unit.id,
    unitId: unit.id,
    before: auditUnit(unit),
    after: auditUnit(after!),
  });
  return after!;
}

export interface EventRecord {
  kind: 'merge' | 'split' | 'rename' | 'move';
  effectiveOn: string;
  documentRef: string | null;
  note: string | null;
  details: Record<string, unknown>;
  sources: UnitRow[];
  targets: UnitRow[];
  /** The unit the audit entry is filed under. */
  mainUnitId: string;
  createdUnitIds: string[];
}

/** Inserts the event and its participants, audits it, and presents it. */
export async function saveEvent(db: Db, actor: Actor, record: EventRecord): Promise<RecordedUnitEvent> {
  const participants = [
    ...record.sources.map((u) => ({ unitId: u.id, role: 'source' as const })),
    ...record.targets.map((u) => ({ unitId: u.id, role: 'target' as const })),
  ];
  const event: UnitEventRow = await insertUnitEvent(
    db,
    {
      kind: record.kind,
      effectiveOn: record.effectiveOn,
      documentRef: record.documentRef,
      note: record.note,
      details: record.details,
    },
    participants,
  );
  const named = await selectEventParticipants(db, [event.id]);
  await appendAudit(db, actor, {
    action: `unit_event.${record.kind}`,
    entity: 'unit_event',
    entityId: event.id,
    unitId: record.mainUnitId,
    after: {
      kind: event.kind,
      effectiveOn: event.effectiveOn,
      documentRef: event.documentRef,
      note: event.note,
      details: event.details,
      sources: record.sources.map((u) => u.id),
      targets: record.targets.map((u) => u.id),
    },
  });
  return { event: presentEvent(event, named, actor), createdUnitIds: record.createdUnitIds };
}

/** Parses with a schema, turning its issues into a 400 with Vietnamese messages per field. */
export function parseOrInvalid<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || 'body';
    fields[key] ??= issue.message;
  }
  const [firstKey, firstMessage] = Object.entries(fields)[0] ?? ['body', 'Dữ liệu không hợp lệ'];
  throw new AppError('VALIDATION', `Dữ liệu không hợp lệ — ${firstKey}: ${firstMessage}`, fields);
}
