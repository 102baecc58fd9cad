// Reads of registrations: one in the actor's scope, its lines (with the subjects' names and whether each was
// achieved), its events, pages, the deadline of a parent's year, and the checks of line subjects.
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { RegistrationListQuery } from '../../../contracts/registrations';
import type { AwardKindCode } from '../../../domain/regimes/types';
import type { RegistrationStatus, RegistrationSubjectKind } from '../../../domain/registration';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import { registrationDeadlines, registrationEvents, registrations, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { likeEscape } from '../people/people.queries';
import { registrationVisibleSql } from './registrations.policy';

export type RegistrationRow = typeof registrations.$inferSelect & {
  status: RegistrationStatus;
  unitName: string;
  unitPath: string;
  parentName: string;
  parentPath: string;
};

export interface LineRow {
  id: string;
  position: number;
  subjectKind: RegistrationSubjectKind;
  subjectId: string;
  subjectName: string;
  subjectUnit: string | null;
  awardKind: AwardKindCode;
  note: string | null;
  achieved: boolean;
}

export type EventRow = typeof registrationEvents.$inferSelect;

/** One registration the actor may see (its unit in scope), locked when asked. */
export async function findRegistrationInScope(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<RegistrationRow | undefined> {
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select r.id from registrations r join units u on u.id = r.unit_id
      where r.id = ${id} and ${registrationVisibleSql(actor, sql`u.path`)}
      ${lock ? sql`for update of r` : sql``}`,
  );
  if (rows.length === 0) return undefined;
  return loadRegistrationRow(db, id);
}

/** The registration of a unit for a year (no scope: callers check it). */
export async function findRegistrationOf(db: Db, unitId: string, year: number): Promise<string | undefined> {
  const [row] = await db
    .select({ id: registrations.id })
    .from(registrations)
    .where(and(eq(registrations.unitId, unitId), eq(registrations.year, year)));
  return row?.id;
}

async function loadRegistrationRow(db: Db, id: string): Promise<RegistrationRow | undefined> {
  const parent = alias(units, 'p');
  const [row] = await db
    .select({
      r: registrations,
      unitName: units.name,
      unitPath: units.path,
      parentName: parent.name,
      parentPath: parent.path,
    })
    .from(registrations)
    .innerJoin(units, eq(units.id, registrations.unitId))
    .innerJoin(parent, eq(parent.id, registrations.parentUnitId))
    .where(eq(registrations.id, id));
  if (!row) return undefined;
  return {
    ...row.r,
    status: row.r.status as RegistrationStatus,
    unitName: row.unitName,
    unitPath: row.unitPath,
    parentName: row.parentName,
    parentPath: row.parentPath,
  };
}

/** Lines of registrations with their subjects' names and whether the title was achieved (awards of the year). */
export async function loadLines(db: Db, registrationIds: readonly string[]): Promise<Map<string, LineRow[]>> {
  const out = new Map<string, LineRow[]>(registrationIds.map((id) => [id, []]));
  if (registrationIds.length === 0) return out;
  const rows = await queryRows<{
    id: string;
    registration_id: string;
    position: number;
    subject_kind: RegistrationSubjectKind;
    subject_id: string;
    subject_name: string;
    subject_unit: string | null;
    award_kind: AwardKindCode;
    note: string | null;
    achieved: boolean;
  }>(
    db,
    sql`select l.id, l.registration_id, l.position, l.subject_kind, coalesce(l.person_id, l.unit_id) as subject_id,
        coalesce(p.full_name, su.name) as subject_name,
        case when l.person_id is not null then
          (select eu.name from employments e join units eu on eu.id = e.unit_id
            where e.person_id = l.person_id and e.from_date <= make_date(r.year, 12, 31)
              and (e.to_date is null or e.to_date >= make_date(r.year, 1, 1))
            order by e.from_date desc limit 1)
        else (select pu.name from units pu where pu.id = su.parent_id) end as subject_unit,
        l.award_kind, l.note,
        exists (select 1 from awards a where a.award_kind = l.award_kind and a.achievement_year = r.year
          and not a.revoked and a.subject_kind = l.subject_kind
          and (a.person_id = l.person_id or a.unit_id = l.unit_id)) as achieved
      from registration_lines l join registrations r on r.id = l.registration_id
        left join people p on p.id = l.person_id left join units su on su.id = l.unit_id
      where l.registration_id in (select (jsonb_array_elements_text(${JSON.stringify(registrationIds)}::jsonb))::uuid)
      order by l.registration_id, l.position`,
  );
  for (const r of rows) {
    out.get(r.registration_id)!.push({
      id: r.id,
      position: Number(r.position),
      subjectKind: r.subject_kind,
      subjectId: r.subject_id,
      subjectName: r.subject_name,
      subjectUnit: r.subject_unit,
      awardKind: r.award_kind,
      note: r.note,
      achieved: r.achieved,
    });
  }
  return out;
}

export async function loadEvents(db: Db, registrationId: string): Promise<EventRow[]> {
  return db
    .select()
    .from(registrationEvents)
    .where(eq(registrationEvents.registrationId, registrationId))
    .orderBy(asc(registrationEvents.at), asc(registrationEvents.id));
}

/** The deadline set by a parent for a year, or undefined. */
export async function findDeadline(db: Db, parentUnitId: string, year: number) {
  const [row] = await db
    .select()
    .from(registrationDeadlines)
    .where(and(eq(registrationDeadlines.parentUnitId, parentUnitId), eq(registrationDeadlines.year, year)));
  return row;
}

export interface PageRow extends Record<string, unknown> {
  id: string;
  unit_id: string;
  unit_name: string;
  parent_id: string;
  parent_name: string;
  year: number;
  status: RegistrationStatus;
  line_count: number;
  first_submitted_at: string | null;
  first_submitted_on: string | null;
  submitted_at: string | null;
  due_on: string | null;
}

/** A page of registrations in scope, filtered; newest year first, then by unit name. */
export async function selectRegistrationPage(
  db: Db,
  actor: Actor,
  query: RegistrationListQuery,
): Promise<{ rows: PageRow[]; total: number }> {
  const conditions = [registrationVisibleSql(actor, sql`u.path`)];
  if (query.year) conditions.push(sql`r.year = ${query.year}`);
  if (query.unitId) conditions.push(sql`r.unit_id = ${query.unitId}`);
  if (query.parentUnitId) conditions.push(sql`r.parent_unit_id = ${query.parentUnitId}`);
  if (query.status) conditions.push(sql`r.status = ${query.status}`);
  for (const word of foldVietnamese(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean)) {
    conditions.push(sql`u.name_folded like ${`%${likeEscape(word)}%`}`);
  }
  const where = sql.join(conditions, sql` and `);
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from registrations r join units u on u.id = r.unit_id where ${where}`,
  );
  const rows = await queryRows<PageRow>(
    db,
    sql`select r.id, u.id as unit_id, u.name as unit_name, p.id as parent_id, p.name as parent_name, r.year, r.status,
        (select count(*)::int from registration_lines l where l.registration_id = r.id) as line_count,
        r.first_submitted_at::text as first_submitted_at, r.first_submitted_on::text as first_submitted_on,
        r.submitted_at::text as submitted_at, d.due_on::text as due_on
      from registrations r join units u on u.id = r.unit_id join units p on p.id = r.parent_unit_id
        left join registration_deadlines d on d.parent_unit_id = r.parent_unit_id and d.year = r.year
      where ${where}
      order by r.year desc, u.name_sort collate "C", r.id
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: count?.n ?? 0 };
}

/** People employed at some time of the year at a unit of the subtree, among the ids (those that qualify). */
export async function peopleOfSubtreeInYear(
  db: Db,
  ids: readonly string[],
  path: string,
  year: number,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select distinct e.person_id as id from employments e join units u on u.id = e.unit_id
      where e.person_id in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)
        and u.path like ${`${likeEscape(path)}%`}
        and e.from_date <= make_date(${year}::int, 12, 31) and (e.to_date is null or e.to_date >= make_date(${year}::int, 1, 1))`,
  );
  return new Set(rows.map((r) => r.id));
}

/** Units of the subtree (the unit included) open at some time of the year, among the ids. */
export async function unitsOfSubtreeInYear(
  db: Db,
  ids: readonly string[],
  path: string,
  year: number,
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await queryRows<{ id: string }>(
    db,
    sql`select id from units
      where id in (select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)
        and path like ${`${likeEscape(path)}%`}
        and valid_from <= make_date(${year}::int, 12, 31) and (valid_to is null or valid_to >= make_date(${year}::int, 1, 1))`,
  );
  return new Set(rows.map((r) => r.id));
}
