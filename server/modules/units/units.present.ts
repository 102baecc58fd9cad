// Rows → views: units with their abilities, lineage events with the units they involve.
import type { AdminLevel, UnitEventKind, UnitKind } from '../../../contracts/enums';
import type { UnitEventView, UnitRef, UnitView } from '../../../contracts/units';
import { isValidAt } from '../../../domain/units';
import type { Actor } from '../../lib/actor';
import { canRead, unitAbilities } from './units.policy';
import type { EventParticipant, UnitEventRow, UnitRow } from './units.queries';

/** A unit row as the API shows it; isOpen is judged on `date`. */
export function presentUnit(
  row: UnitRow,
  actor: Actor,
  options: { date: string; childCount?: number; isReferenced?: boolean },
): UnitView {
  return {
    id: row.id,
    parentId: row.parentId,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind as UnitKind,
    level: row.level as AdminLevel,
    validFrom: row.validFrom,
    validTo: row.validTo,
    closedReason: row.closedReason,
    isOpen: isValidAt(row, options.date),
    childCount: options.childCount ?? 0,
    version: row.version,
    can: unitAbilities(actor, row, { isReferenced: options.isReferenced }),
  };
}

function presentRef(p: EventParticipant, actor: Actor): UnitRef {
  return { id: p.unitId, name: p.name, accessible: canRead(actor, p.path) };
}

/** An event with its predecessors (sources) and successors (targets). */
export function presentEvent(
  row: UnitEventRow,
  participants: readonly EventParticipant[],
  actor: Actor,
): UnitEventView {
  const mine = participants.filter((p) => p.eventId === row.id);
  return {
    id: row.id,
    kind: row.kind as UnitEventKind,
    effectiveOn: row.effectiveOn,
    documentRef: row.documentRef,
    note: row.note,
    details: (row.details ?? {}) as Record<string, unknown>,
    sources: mine.filter((p) => p.role === 'source').map((p) => presentRef(p, actor)),
    targets: mine.filter((p) => p.role === 'target').map((p) => presentRef(p, actor)),
    createdAt: row.createdAt.toISOString(),
  };
}

/** What goes into the audit trail for a unit: its stored fields, without derived search columns. */
export function auditUnit(row: UnitRow) {
  return {
    id: row.id,
    parentId: row.parentId,
    path: row.path,
    code: row.code,
    name: row.name,
    shortName: row.shortName,
    kind: row.kind,
    level: row.level,
    validFrom: row.validFrom,
    validTo: row.validTo,
    closedReason: row.closedReason,
    version: row.version,
  };
}

/** A 'YYYY-MM-DD' date as Vietnamese readers write it: dd/MM/yyyy. */
export function viDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}
