// Reads of councils: one council in the actor's scope, its membership periods and changes, a page of councils,
// and the people an actor may name as members.
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import { councilChanges, councilMembers, councils, people, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { likeEscape } from '../people/people.queries';
import { personVisibleSql } from '../people/people.policy';
import { councilVisibleSql } from './councils.policy';

export type CouncilRow = typeof councils.$inferSelect & { authorityName: string; authorityPath: string };
export type PeriodRow = typeof councilMembers.$inferSelect & { fullName: string };
export type ChangeRow = typeof councilChanges.$inferSelect;

const columns = { council: councils, authorityName: units.name, authorityPath: units.path };
const flatten = (r: {
  council: typeof councils.$inferSelect;
  authorityName: string;
  authorityPath: string;
}) => ({
  ...r.council,
  authorityName: r.authorityName,
  authorityPath: r.authorityPath,
});

/** One council the actor may see (its authority in scope), locked for update when asked. */
export async function findCouncilInScope(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<CouncilRow | undefined> {
  const query = db
    .select(columns)
    .from(councils)
    .innerJoin(units, eq(units.id, councils.authorityUnitId))
    .where(and(eq(councils.id, id), councilVisibleSql(actor, sql`${units.path}`)));
  const [row] = lock ? await query.for('update', { of: councils }) : await query;
  return row ? flatten(row) : undefined;
}

/** The council of an authority unit, if any (no scope: callers check it). */
export async function findCouncilOfAuthority(db: Db, unitId: string): Promise<CouncilRow | undefined> {
  const [row] = await db
    .select(columns)
    .from(councils)
    .innerJoin(units, eq(units.id, councils.authorityUnitId))
    .where(eq(councils.authorityUnitId, unitId));
  return row ? flatten(row) : undefined;
}

const ROLE_ORDER = sql`case ${councilMembers.role} when 'chu_tich' then 0 when 'pho_chu_tich_thuong_truc' then 1
  when 'pho_chu_tich' then 2 when 'uy_vien' then 3 else 4 end`;

/** Every membership period of a council: by start (newest first), then role and the decision's order. */
export async function loadPeriods(db: Db, councilId: string): Promise<PeriodRow[]> {
  const rows = await db
    .select({ member: councilMembers, fullName: people.fullName })
    .from(councilMembers)
    .innerJoin(people, eq(people.id, councilMembers.personId))
    .where(eq(councilMembers.councilId, councilId))
    .orderBy(desc(councilMembers.fromDate), ROLE_ORDER, asc(councilMembers.sortOrder));
  return rows.map((r) => ({ ...r.member, fullName: r.fullName }));
}

/** The establishing decision and every kiện toàn, newest first. */
export async function loadChanges(db: Db, councilId: string): Promise<ChangeRow[]> {
  return db
    .select()
    .from(councilChanges)
    .where(eq(councilChanges.councilId, councilId))
    .orderBy(desc(councilChanges.effectiveOn));
}

/** The people among `ids` the actor can see, with their names. */
export async function visiblePeople(
  db: Db,
  actor: Actor,
  ids: readonly string[],
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: people.id, fullName: people.fullName })
    .from(people)
    .where(and(inArray(people.id, [...new Set(ids)]), personVisibleSql(actor, sql`${people.id}`)));
  return new Map(rows.map((r) => [r.id, r.fullName]));
}

export interface CouncilPageRow extends Record<string, unknown> {
  id: string;
  name: string;
  authority_id: string;
  authority_name: string;
  established_on: string;
  dissolved_on: string | null;
  members_total: number;
  last_change_on: string;
  open_meetings: number;
}

/** A page of the councils in the actor's scope, with the member count on a date. */
export async function selectCouncilPage(
  db: Db,
  actor: Actor,
  query: { q?: string; page: number; pageSize: number },
  date: string,
): Promise<{ rows: CouncilPageRow[]; total: number }> {
  const words = foldVietnamese(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const search = words.map(
    (w) =>
      sql` and (u.name_folded like ${`%${likeEscape(w)}%`} or lower(unaccent(replace(replace(c.name, 'đ', 'd'), 'Đ', 'D'))) like ${`%${likeEscape(w)}%`})`,
  );
  const where = sql`${councilVisibleSql(actor, sql`u.path`)}${sql.join(search, sql``)}`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from councils c join units u on u.id = c.authority_unit_id where ${where}`,
  );
  const rows = await queryRows<CouncilPageRow>(
    db,
    sql`select c.id, c.name, u.id as authority_id, u.name as authority_name, c.established_on::text,
      c.dissolved_on::text,
      (select count(*)::int from council_members m where m.council_id = c.id and m.from_date <= ${date}
        and (m.to_date is null or m.to_date >= ${date})) as members_total,
      (select max(ch.effective_on)::text from council_changes ch where ch.council_id = c.id) as last_change_on,
      (select count(*)::int from council_meetings mt where mt.council_id = c.id and mt.status = 'open') as open_meetings
      from councils c join units u on u.id = c.authority_unit_id where ${where}
      order by c.dissolved_on is not null, array_position(array['central','province','district','commune'], u.level), u.name_sort collate "C" limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: count?.n ?? 0 };
}
