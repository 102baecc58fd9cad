// Drizzle reads and writes of units, their subtrees and their lineage events.
import { and, asc, count, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text';
import type { RenameRecord } from '../../../domain/units';
import type { UnitListQuery } from '../../../contracts/units';
import type { Db } from '../../db/client';
import { employments, unitEvents, unitEventUnits, units, userRoles } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { unitsVisibleTo } from './units.policy';

export type UnitRow = typeof units.$inferSelect;
export type UnitEventRow = typeof unitEvents.$inferSelect;

/** SQL condition: the unit is valid on the date. */
export function validOn(date: string): SQL {
  return and(
    sql`${units.validFrom} <= ${date}`,
    or(isNull(units.validTo), sql`${units.validTo} >= ${date}`),
  )!;
}

/** The validity filter of lists and trees: valid on the date, or everything when closed ones are asked for. */
export function validityFilter(date: string, includeClosed: boolean | undefined): SQL | undefined {
  return includeClosed ? undefined : validOn(date);
}

/** One unit, when the actor may see it. */
export async function findUnitInScope(
  db: Db,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<UnitRow | undefined> {
  const query = db
    .select()
    .from(units)
    .where(and(eq(units.id, id), unitsVisibleTo(actor)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** Units by id, without scope (callers check it); locked for update when asked. */
export async function findUnitsByIds(
  db: Db,
  ids: readonly string[],
  options: { lock?: boolean } = {},
): Promise<UnitRow[]> {
  if (ids.length === 0) return [];
  const query = db
    .select()
    .from(units)
    .where(inArray(units.id, [...ids]));
  return options.lock ? query.for('update') : query;
}

/** Name, folded name and Vietnamese sort key, always written together. */
export function nameColumns(name: string) {
  return { name, nameFolded: foldVietnamese(name), nameSort: vietnameseSortKey(name) };
}

/** Inserts a unit row and returns it. */
export async function insertUnit(db: Db, values: typeof units.$inferInsert): Promise<UnitRow> {
  const [row] = await db.insert(units).values(values).returning();
  return row!;
}

/** Updates a unit, bumping its version; with `expectedVersion`, only when the version still matches. */
export async function updateUnitRow(
  db: Db,
  id: string,
  changes: Partial<typeof units.$inferInsert>,
  expectedVersion?: number,
): Promise<UnitRow | undefined> {
  const [row] = await db
    .update(units)
    .set({ ...changes, updatedAt: new Date(), version: sql`${units.version} + 1` })
    .where(
      and(eq(units.id, id), expectedVersion === undefined ? undefined : eq(units.version, expectedVersion)),
    )
    .returning();
  return row;
}

const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`);

const SORTS: Record<NonNullable<UnitListQuery['sort']>, SQL[]> = {
  name: [sql`${units.nameSort} collate "C" asc`],
  '-name': [sql`${units.nameSort} collate "C" desc`],
  code: [sql`${units.code} asc nulls last`, sql`${units.nameSort} collate "C" asc`],
  '-code': [sql`${units.code} desc nulls last`, sql`${units.nameSort} collate "C" asc`],
  validFrom: [asc(units.validFrom), sql`${units.nameSort} collate "C" asc`],
  '-validFrom': [desc(units.validFrom), sql`${units.nameSort} collate "C" asc`],
};

/** A page of units in the actor's scope, each with its number of children valid under the same filter. */
export async function selectUnitPage(
  db: Db,
  actor: Actor,
  query: UnitListQuery,
  date: string,
): Promise<{ rows: (UnitRow & { childCount: number })[]; total: number }> {
  const folded = query.q ? foldVietnamese(query.q) : '';
  const where = and(
    unitsVisibleTo(actor),
    query.parentId ? eq(units.parentId, query.parentId) : undefined,
    query.kind ? eq(units.kind, query.kind) : undefined,
    query.level ? eq(units.level, query.level) : undefined,
    folded
      ? or(
          sql`${units.nameFolded} like ${'%' + escapeLike(folded) + '%'}`,
          sql`lower(${units.code}) = ${folded}`,
        )
      : undefined,
    validityFilter(date, query.includeClosed),
  );
  const childValidity = query.includeClosed
    ? sql`true`
    : sql`c.valid_from <= ${date} and (c.valid_to is null or c.valid_to >= ${date})`;
  // Written out in full: drizzle leaves columns of a single-table select unqualified.
  const childCount = sql<number>`(select count(*)::int from units c where c.parent_id = "units"."id" and ${childValidity})`;
  const [rows, [totalRow]] = await Promise.all([
    db
      .select({ unit: units, childCount })
      .from(units)
      .where(where)
      .orderBy(...SORTS[query.sort ?? 'name'], asc(units.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(units).where(where),
  ]);
  return {
    rows: rows.map((r) => ({ ...r.unit, childCount: Number(r.childCount) })),
    total: totalRow?.n ?? 0,
  };
}

/** Every unit of the actor's subtrees in one query (by path prefix), for the tree. */
export async function selectScopeSubtrees(
  db: Db,
  actor: Actor,
  date: string,
  includeClosed: boolean | undefined,
): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(and(unitsVisibleTo(actor), validityFilter(date, includeClosed)));
}

/** Number of direct children valid on the date. */
export async function countValidChildren(db: Db, parentId: string, date: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(units)
    .where(and(eq(units.parentId, parentId), validOn(date)));
  return row?.n ?? 0;
}

/** Units strictly below the path that are still open after the date (validTo null or later). */
export async function selectOpenDescendants(db: Db, path: string, after: string): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(
      and(
        sql`${units.path} like ${escapeLike(path) + '%'}`,
        sql`${units.path} <> ${path}`,
        or(isNull(units.validTo), sql`${units.validTo} > ${after}`),
      ),
    )
    .orderBy(asc(sql`length(${units.path})`), sql`${units.nameSort} collate "C"`);
}

/** Direct children of a unit that are still open on the date. */
export async function selectOpenChildren(db: Db, parentId: string, date: string): Promise<UnitRow[]> {
  return db
    .select()
    .from(units)
    .where(and(eq(units.parentId, parentId), or(isNull(units.validTo), sql`${units.validTo} >= ${date}`)))
    .orderBy(sql`${units.nameSort} collate "C"`)
    .for('update');
}

/**
 * Moves a subtree in one UPDATE: every path under oldPrefix gets newPrefix instead, and the subtree's root
 * gets its new parent. Only the moved unit's version changes; its descendants' own data is untouched.
 */
export async function moveSubtree(
  db: Db,
  unitId: string,
  oldPrefix: string,
  newPrefix: string,
  newParentId: string,
): Promise<number> {
  const moved = await db
    .update(units)
    .set({
      path: sql`${newPrefix} || substr(${units.path}, ${oldPrefix.length + 1})`,
      parentId: sql`case when ${units.id} = ${unitId} then ${newParentId}::uuid else ${units.parentId} end`,
      version: sql`case when ${units.id} = ${unitId} then ${units.version} + 1 else ${units.version} end`,
      updatedAt: sql`case when ${units.id} = ${unitId} then now() else ${units.updatedAt} end`,
    })
    .where(sql`${units.path} like ${escapeLike(oldPrefix) + '%'}`)
    .returning({ id: units.id });
  return moved.length;
}

/** What refers to a unit: children, employments, role bindings, lineage events. */
export async function unitReferences(db: Db, id: string) {
  const [row] = await db
    .select({
      children: sql<boolean>`exists (select 1 from ${units} where ${units.parentId} = ${id})`,
      employments: sql<boolean>`exists (select 1 from ${employments} where ${employments.unitId} = ${id})`,
      roles: sql<boolean>`exists (select 1 from ${userRoles} where ${userRoles.unitId} = ${id})`,
      events: sql<boolean>`exists (select 1 from ${unitEventUnits} where ${unitEventUnits.unitId} = ${id})`,
      // Awards, ratings, member figures, disciplines, investigations and regulations keep pointing at the unit.
      history: sql<boolean>`exists (select 1 from awards
          where unit_id = ${id} or unit_at_award_id = ${id} or authority_unit_id = ${id})
        or exists (select 1 from annual_ratings where unit_id = ${id} or rated_at_unit_id = ${id})
        or exists (select 1 from member_stats where unit_id = ${id})
        or exists (select 1 from disciplines where unit_id = ${id})
        or exists (select 1 from investigations where unit_id = ${id})
        or exists (select 1 from local_overlays where unit_id = ${id})`,
    })
    .from(sql`(select 1) as one`);
  const refs = {
    children: !!row?.children,
    employments: !!row?.employments,
    roles: !!row?.roles,
    events: !!row?.events,
    history: !!row?.history,
  };
  return { ...refs, any: Object.values(refs).some(Boolean) };
}

/** Deletes an unreferenced unit. */
export async function deleteUnitRow(db: Db, id: string): Promise<void> {
  await db.delete(units).where(eq(units.id, id));
}

export interface EventParticipant {
  eventId: string;
  unitId: string;
  role: 'source' | 'target';
  name: string;
  path: string;
}

/** Inserts an event and its participants. */
export async function insertUnitEvent(
  db: Db,
  event: typeof unitEvents.$inferInsert,
  participants: { unitId: string; role: 'source' | 'target' }[],
): Promise<UnitEventRow> {
  const [row] = await db.insert(unitEvents).values(event).returning();
  if (participants.length > 0) {
    await db.insert(unitEventUnits).values(participants.map((p) => ({ eventId: row!.id, ...p })));
  }
  return row!;
}

/** The units taking part in the given events, with their names and paths. */
export async function selectEventParticipants(
  db: Db,
  eventIds: readonly string[],
): Promise<EventParticipant[]> {
  if (eventIds.length === 0) return [];
  const rows = await db
    .select({
      eventId: unitEventUnits.eventId,
      unitId: unitEventUnits.unitId,
      role: unitEventUnits.role,
      name: units.name,
      path: units.path,
    })
    .from(unitEventUnits)
    .innerJoin(units, eq(units.id, unitEventUnits.unitId))
    .where(inArray(unitEventUnits.eventId, [...eventIds]))
    .orderBy(sql`${units.nameSort} collate "C"`);
  return rows as EventParticipant[];
}

/** Events with at least one participant matching the condition (scope, a given unit), newest first. */
export async function selectEventPage(
  db: Db,
  participantCondition: SQL,
  options: { kind?: string | undefined; page: number; pageSize: number },
): Promise<{ rows: UnitEventRow[]; total: number }> {
  // The condition reads columns of "units" (the participant); the outer event is named in full.
  const touching = sql`exists (select 1 from unit_event_units p inner join units on units.id = p.unit_id where p.event_id = "unit_events"."id" and ${participantCondition})`;
  const where = and(touching, options.kind ? eq(unitEvents.kind, options.kind) : undefined);
  const [rows, [totalRow]] = await Promise.all([
    db
      .select()
      .from(unitEvents)
      .where(where)
      .orderBy(desc(unitEvents.effectiveOn), desc(unitEvents.createdAt), asc(unitEvents.id))
      .limit(options.pageSize)
      .offset((options.page - 1) * options.pageSize),
    db.select({ n: count() }).from(unitEvents).where(where),
  ]);
  return { rows, total: totalRow?.n ?? 0 };
}

/** Every event touching the unit, oldest first (for the detail page). */
export async function selectEventsOfUnit(db: Db, unitId: string, kind?: string): Promise<UnitEventRow[]> {
  return db
    .selectDistinct({
      id: unitEvents.id,
      kind: unitEvents.kind,
      effectiveOn: unitEvents.effectiveOn,
      documentRef: unitEvents.documentRef,
      note: unitEvents.note,
      details: unitEvents.details,
      createdAt: unitEvents.createdAt,
    })
    .from(unitEvents)
    .innerJoin(unitEventUnits, eq(unitEventUnits.eventId, unitEvents.id))
    .where(and(eq(unitEventUnits.unitId, unitId), kind ? eq(unitEvents.kind, kind) : undefined))
    .orderBy(asc(unitEvents.effectiveOn), asc(unitEvents.createdAt));
}

/** The unit's rename events as the domain reads them (old and new names around each effective date). */
export async function selectRenameHistory(db: Db, unitId: string): Promise<RenameRecord[]> {
  const events = await selectEventsOfUnit(db, unitId, 'rename');
  return events.map((e) => {
    const d = (e.details ?? {}) as Partial<RenameRecord>;
    return {
      effectiveOn: e.effectiveOn,
      oldName: d.oldName ?? '',
      newName: d.newName ?? '',
      oldShortName: d.oldShortName ?? null,
      newShortName: d.newShortName ?? null,
    };
  });
}

/** Lineage events that take effect after the date and may have changed parents (move, merge, split). */
export async function selectParentChangingEventsAfter(db: Db, date: string): Promise<UnitEventRow[]> {
  return db
    .select()
    .from(unitEvents)
    .where(
      and(sql`${unitEvents.effectiveOn} > ${date}`, inArray(unitEvents.kind, ['move', 'merge', 'split'])),
    );
}
