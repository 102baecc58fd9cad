// Reads and writes of people and employments (Drizzle and SQL); scope conditions come from people.policy.ts.
import { and, asc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { CadreClass, Gender } from '../../../contracts/enums';
import { foldVietnamese, personNameSortKey } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import { employments, people, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { personVisibleSql } from './people.policy';

export type PersonRow = typeof people.$inferSelect;

export interface EmploymentRow {
  id: string;
  personId: string;
  unitId: string;
  unitName: string;
  unitPath: string;
  position: string | null;
  cadreClass: CadreClass;
  isDirectWorker: boolean;
  fromDate: string;
  toDate: string | null;
}

/** The stored form of a person's own fields, with the derived search and sort columns. */
export interface PersonValues {
  fullName: string;
  gender: Gender;
  birthDate: string | null;
  ethnicity: string;
  cccd: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
}

/** The columns derived from a name: folded (search) and the Vietnamese sort key. */
export function nameColumns(fullName: string) {
  return { fullNameFolded: foldVietnamese(fullName), nameSort: personNameSortKey(fullName) };
}

/** Adds the derived name columns to a person's fields. */
export function withDerivedColumns(values: PersonValues) {
  return { ...values, ...nameColumns(values.fullName) };
}

/** The person if the actor can see them, else undefined. */
export async function findVisiblePerson(db: Db, actor: Actor, id: string): Promise<PersonRow | undefined> {
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.id, id), personVisibleSql(actor, sql`${people.id}`)))
    .limit(1);
  return row;
}

/** Every employment of a person, oldest first, with the unit's name and path. */
export async function loadEmployments(db: Db, personId: string): Promise<EmploymentRow[]> {
  const rows = await db
    .select({
      id: employments.id,
      personId: employments.personId,
      unitId: employments.unitId,
      unitName: units.name,
      unitPath: units.path,
      position: employments.position,
      cadreClass: employments.cadreClass,
      isDirectWorker: employments.isDirectWorker,
      fromDate: employments.fromDate,
      toDate: employments.toDate,
    })
    .from(employments)
    .innerJoin(units, eq(units.id, employments.unitId))
    .where(eq(employments.personId, personId))
    .orderBy(asc(employments.fromDate), asc(employments.createdAt));
  return rows as EmploymentRow[];
}

/** The id of the person holding this CCCD (other than `exceptId`), or null. */
export async function findCccdOwner(db: Db, cccd: string, exceptId?: string): Promise<string | null> {
  const [row] = await db
    .select({ id: people.id })
    .from(people)
    .where(exceptId ? and(eq(people.cccd, cccd), ne(people.id, exceptId)) : eq(people.cccd, cccd))
    .limit(1);
  return row?.id ?? null;
}

/** Which of these CCCD numbers are already stored (one JSON parameter, however many numbers). */
export async function findTakenCccds(db: Db, cccds: readonly string[]): Promise<Set<string>> {
  if (cccds.length === 0) return new Set();
  const rows = await queryRows<{ cccd: string }>(
    db,
    sql`select cccd from people
      where cccd in (select jsonb_array_elements_text(${JSON.stringify(cccds)}::jsonb))`,
  );
  return new Set(rows.map((r) => r.cccd));
}

export interface UnitFacts {
  id: string;
  code: string | null;
  name: string;
  path: string;
  validTo: string | null;
}

/** Units by id (any scope: callers check it). */
export async function loadUnitsByIds(db: Db, ids: readonly string[]): Promise<Map<string, UnitFacts>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: units.id, code: units.code, name: units.name, path: units.path, validTo: units.validTo })
    .from(units)
    .where(inArray(units.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Units matching a condition on their path (used for the units an actor manages). */
export async function loadUnitsWhere(db: Db, condition: SQL, limit: number): Promise<UnitFacts[]> {
  return db
    .select({ id: units.id, code: units.code, name: units.name, path: units.path, validTo: units.validTo })
    .from(units)
    .where(condition)
    .orderBy(sql`${units.nameSort} collate "C"`)
    .limit(limit);
}

export interface ListRow extends Record<string, unknown> {
  id: string;
  full_name: string;
  gender: Gender;
  birth_date: string | null;
  ethnicity: string;
  cccd: string | null;
  cccd_full: boolean;
  /** The actor sees the full date of birth (else only the year). */
  birth_date_full: boolean;
  cur_unit_id: string | null;
  cur_unit_name: string | null;
  cur_position: string | null;
  cur_cadre_class: CadreClass | null;
}

/** Escapes LIKE wildcards in a user's word. */
export const likeEscape = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The search condition: a 12-digit query is a CCCD (exact); otherwise every folded word must occur in the
 * folded name (`full_name_folded LIKE '%word%'`, served by the trigram GIN index).
 */
export function searchCondition(q: string | undefined): SQL | null {
  const query = q?.trim() ?? '';
  if (query === '') return null;
  if (/^\d{12}$/.test(query)) return sql`p.cccd = ${query}`;
  const words = foldVietnamese(query).split(' ').filter(Boolean);
  if (words.length === 0) return null;
  return sql.join(
    words.map((w) => sql`p.full_name_folded like ${'%' + likeEscape(w) + '%'}`),
    sql` and `,
  );
}

/** Employments of the person at a unit whose period overlaps [from, to] (to null = open-ended). */
export async function findOverlappingEmployments(
  db: Db,
  input: { personId: string; unitId: string; fromDate: string; toDate: string | null; exceptId?: string },
): Promise<{ id: string; fromDate: string; toDate: string | null }[]> {
  const rows = await queryRows<{ id: string; from_date: string; to_date: string | null }>(
    db,
    sql`select id, from_date::text as from_date, to_date::text as to_date from employments
      where person_id = ${input.personId} and unit_id = ${input.unitId}
        ${input.exceptId ? sql`and id <> ${input.exceptId}` : sql``}
        and (to_date is null or to_date >= ${input.fromDate})
        ${input.toDate ? sql`and from_date <= ${input.toDate}` : sql``}`,
  );
  return rows.map((r) => ({ id: r.id, fromDate: r.from_date, toDate: r.to_date }));
}
