// The people list: one statement for the page (with each person's current employment) and one for the total,
// split out of people.queries.ts unchanged, with hooks (`run`) so that bench/people-search.ts can time each part.
import { type SQL, sql } from 'drizzle-orm';
import type { PEOPLE_SORTS, PeopleListQuery } from '../../../contracts/people';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { personAdminSql, personVisibleSql } from './people.policy';
import { likeEscape, type ListRow, searchCondition } from './people.queries';

/** Runs one statement and returns its rows (the benchmark passes one that also records EXPLAIN ANALYZE). */
export type RunStatement = <T extends Record<string, unknown>>(db: Db, statement: SQL) => Promise<T[]>;

const ORDER: Record<(typeof PEOPLE_SORTS)[number], SQL> = {
  name: sql`p.name_sort collate "C" asc, p.id asc`,
  '-name': sql`p.name_sort collate "C" desc, p.id desc`,
  birthDate: sql`p.birth_date asc nulls last, p.name_sort collate "C" asc, p.id asc`,
  '-birthDate': sql`p.birth_date desc nulls last, p.name_sort collate "C" asc, p.id asc`,
  updatedAt: sql`p.updated_at asc, p.id asc`,
  '-updatedAt': sql`p.updated_at desc, p.id desc`,
};

/**
 * Order for a name search without an explicit sort: the exact name first, then names holding every word as a
 * whole word ("an" as a given name before "thanh" or "anh"), then Vietnamese name order.
 */
function relevanceOrder(q: string | undefined): SQL | null {
  const folded = foldVietnamese(q ?? '');
  if (folded === '' || /^\d{12}$/.test(folded)) return null;
  const whole = folded
    .split(' ')
    .map((w) => sql`(' ' || p.full_name_folded || ' ') like ${'% ' + likeEscape(w) + ' %'}`);
  return sql`(p.full_name_folded = ${folded}) desc, (${sql.join(whole, sql` and `)}) desc, ${ORDER.name}`;
}

export interface PeopleListPlan {
  query: PeopleListQuery;
  actor: Actor;
  today: string;
  where: SQL;
}

export interface PeopleListCounts {
  total: number;
}

/** The conditions of a list request (`_everyUnit` is the benchmark's hook; this version always checks scope). */
export function planPeopleList(
  actor: Actor,
  query: PeopleListQuery,
  unitPath: string | null,
  today: string,
  _everyUnit = false,
): PeopleListPlan {
  const conditions: SQL[] = [personVisibleSql(actor, sql`p.id`)];
  const search = searchCondition(query.q);
  if (search) conditions.push(search);
  if (query.gender) conditions.push(sql`p.gender = ${query.gender}`);
  if (query.unitId) {
    const unitCondition =
      query.includeSubunits && unitPath
        ? sql`fu.path like ${likeEscape(unitPath) + '%'}`
        : sql`fe.unit_id = ${query.unitId}`;
    conditions.push(sql`exists (select 1 from employments fe join units fu on fu.id = fe.unit_id
      where fe.person_id = p.id and (fe.to_date is null or fe.to_date >= ${today}) and ${unitCondition})`);
  }
  return { query, actor, today, where: sql.join(conditions, sql` and `) };
}

/** The number of people matching the request. */
export async function countPeopleList(
  db: Db,
  plan: PeopleListPlan,
  run: RunStatement = queryRows,
): Promise<PeopleListCounts> {
  const [row] = await run<{ n: number }>(
    db,
    sql`select count(*)::int as n from people p where ${plan.where}`,
  );
  return { total: Number(row?.n ?? 0) };
}

/** One page of the people the actor can see, with each one's current employment. */
export async function pagePeopleList(
  db: Db,
  plan: PeopleListPlan,
  _counts: PeopleListCounts,
  run: RunStatement = queryRows,
): Promise<ListRow[]> {
  const { query, actor, today, where } = plan;
  const offset = (query.page - 1) * query.pageSize;
  return run<ListRow>(
    db,
    sql`select p.id, p.full_name, p.gender, p.birth_date::text as birth_date, p.ethnicity, p.cccd,
        ${personAdminSql(actor, sql`p.id`)} as cccd_full,
        cur.unit_id as cur_unit_id, cu.name as cur_unit_name, cur.position as cur_position,
        cur.cadre_class as cur_cadre_class
      from people p
      left join lateral (
        select e.unit_id, e.position, e.cadre_class from employments e
        where e.person_id = p.id and (e.to_date is null or e.to_date >= ${today})
        order by e.from_date desc, e.created_at desc limit 1
      ) cur on true
      left join units cu on cu.id = cur.unit_id
      where ${where}
      order by ${(query.sort ? null : relevanceOrder(query.q)) ?? ORDER[query.sort ?? 'name']}
      limit ${query.pageSize} offset ${offset}`,
  );
}

/** One page of the people the actor can see, with each one's current employment, and the total. */
export async function listPeopleRows(
  db: Db,
  actor: Actor,
  query: PeopleListQuery,
  unitPath: string | null,
  today: string,
  run: RunStatement = queryRows,
): Promise<{ rows: ListRow[]; total: number }> {
  const plan = planPeopleList(actor, query, unitPath, today);
  const rows = await pagePeopleList(db, plan, { total: 0 }, run);
  const { total } = await countPeopleList(db, plan, run);
  return { rows, total };
}

/** Benchmark hook: this version of the list does not use it and always checks the scope row by row. */
export async function coversEveryUnit(_db: Db, _actor: Actor, _run?: RunStatement): Promise<boolean> {
  return false;
}
