// The people list, in few and cheap statements:
// - up to SMALL_SET matches: one statement materialises them once, counts them and sorts out the page;
// - more: an exact count (per relevance tier for a name search), then the page's ids read in order — each tier
//   the page overlaps along the name_sort index, stopping after the page — instead of sorting every match;
// - then the current employment and full-CCCD right of the page's 20 people only.
// On 100k people a province admin's search for "nguyen" (41k matches) took ~120 ms on PostgreSQL when one
// statement sorted every match by relevance and joined each one's employment and scope; see docs/benchmarks.md.
import { type SQL, sql } from 'drizzle-orm';
import type { PEOPLE_SORTS, PeopleListQuery } from '../../../contracts/people';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import { personAdminSql, personBirthDateSql, personVisibleSql } from './people.policy';
import { likeEscape, type ListRow, searchCondition } from './people.queries';

/** Up to this many rows, a set is materialised and sorted whole; above it, read in order with LIMIT. */
export const SMALL_SET = 5_000;

/** Runs one statement and returns its rows (the benchmark passes one that also records EXPLAIN ANALYZE). */
export type RunStatement = <T extends Record<string, unknown>>(db: Db, statement: SQL) => Promise<T[]>;

/** The sorts that read the same for every actor (by date of birth: birthDateOrder). */
const ORDER: Record<Exclude<(typeof PEOPLE_SORTS)[number], 'birthDate' | '-birthDate'>, SQL> = {
  name: sql`p.name_sort collate "C" asc, p.id asc`,
  '-name': sql`p.name_sort collate "C" desc, p.id desc`,
  updatedAt: sql`p.updated_at asc, p.id asc`,
  '-updatedAt': sql`p.updated_at desc, p.id desc`,
};

/**
 * Relevance of a name search without an explicit sort: the exact name first, then names holding every word as a
 * whole word ("an" as a given name before "thanh" or "anh"), then the rest; Vietnamese name order in each tier.
 * `wholeLike` and `wholeRegex` are the same condition: LIKE is cheaper to evaluate, while the planner estimates a
 * regular expression on the column from its statistics (an expression's LIKE gets a fixed 0.5% guess).
 */
interface RelevanceTiers {
  exact: SQL;
  wholeLike: SQL;
  wholeRegex: SQL;
}

export interface PeopleListPlan {
  query: PeopleListQuery;
  actor: Actor;
  today: string;
  where: SQL;
  tiers: RelevanceTiers | null;
  /** Sets up to this size are sorted whole (SMALL_SET; tests lower it to exercise the ordered reads). */
  smallSet: number;
}

export interface PeopleListCounts {
  total: number;
  /** With relevance tiers: matches of the exact name, and matches holding every word whole (exact included). */
  exact: number;
  whole: number;
}

const regexEscape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`);

function relevanceTiers(q: string | undefined): RelevanceTiers | null {
  const folded = foldVietnamese(q ?? '');
  if (folded === '' || /^\d{12}$/.test(folded)) return null;
  const words = folded.split(' ');
  const like = words.map((w) => sql`(' ' || p.full_name_folded || ' ') like ${'% ' + likeEscape(w) + ' %'}`);
  const regex = words.map((w) => sql`p.full_name_folded ~ ${'(^| )' + regexEscape(w) + '( |$)'}`);
  return {
    exact: sql`p.full_name_folded = ${folded}`,
    wholeLike: sql`(${sql.join(like, sql` and `)})`,
    wholeRegex: sql`(${sql.join(regex, sql` and `)})`,
  };
}

/**
 * True when every unit lies in one of the actor's subtrees (an admin of the root province, say). Such an actor
 * sees every person: a person is visible through an employment at a unit in scope, every person is created with
 * at least one employment (createPerson; PersonBulkInput requires one) and no employment is ever deleted. The
 * list then skips the per-row scope check, which on 100k people is a semi-join over every employment — most of
 * the cost of counting the matches of a common name.
 */
export async function coversEveryUnit(db: Db, actor: Actor, run: RunStatement = queryRows): Promise<boolean> {
  const paths = scopePaths(actor);
  if (paths.length === 0) return false;
  if (paths.includes('/')) return true;
  const [row] = await run<{ outside: boolean }>(
    db,
    sql`select exists (select 1 from units u where not ${pathInScope(sql`u.path`, paths)}) as outside`,
  );
  return row?.outside === false;
}

/** The conditions and relevance tiers of a list request (`everyUnit`: see coversEveryUnit). */
export function planPeopleList(
  actor: Actor,
  query: PeopleListQuery,
  unitPath: string | null,
  today: string,
  everyUnit = false,
): PeopleListPlan {
  const conditions: SQL[] = [everyUnit ? sql`true` : personVisibleSql(actor, sql`p.id`)];
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
  const tiers = search && !query.sort ? relevanceTiers(query.q) : null;
  return { query, actor, today, where: sql.join(conditions, sql` and `), tiers, smallSet: SMALL_SET };
}

/** The number of people matching the request (and, for a relevance order, of each tier). */
export async function countPeopleList(
  db: Db,
  plan: PeopleListPlan,
  run: RunStatement = queryRows,
): Promise<PeopleListCounts> {
  const tiers = plan.tiers
    ? sql`, count(*) filter (where ${plan.tiers.exact})::int as exact,
        count(*) filter (where ${plan.tiers.wholeLike})::int as whole`
    : sql``;
  const [row] = await run<{ n: number; exact?: number; whole?: number }>(
    db,
    sql`select count(*)::int as n${tiers} from people p where ${plan.where}`,
  );
  const total = Number(row?.n ?? 0);
  return { total, exact: Number(row?.exact ?? 0), whole: Number(row?.whole ?? 0) };
}

/**
 * Ids of rows matching `where`, in `order`, from `offset`. A small set is materialised first (a fence: the
 * planner cannot walk an index hoping to meet the few matches early); a large one is read in order, so the
 * planner can walk the name_sort index and stop after `limit` rows.
 */
async function pickIds(
  db: Db,
  run: RunStatement,
  plan: PeopleListPlan,
  where: SQL,
  order: SQL,
  window: { limit: number; offset: number; size: number },
): Promise<string[]> {
  const rows =
    window.size <= plan.smallSet
      ? await run<{ id: string }>(
          db,
          sql`with m as materialized (
              select p.id, p.full_name_folded, p.name_sort, p.birth_date, p.updated_at from people p where ${where})
            select p.id from m p order by ${order} limit ${window.limit} offset ${window.offset}`,
        )
      : await run<{ id: string }>(
          db,
          sql`select p.id from people p where ${where} order by ${order}
            limit ${window.limit} offset ${window.offset}`,
        );
  return rows.map((r) => r.id);
}

/**
 * Sorting by date of birth for an actor who sees only the year of some people (Nghị định 13/2023, see
 * people.policy.ts): those people are ordered by their year, then by name — an order by the full date would tell a
 * masked role who is older within a year. For an actor who sees every full date (or none) the condition is a
 * constant and the planner drops the CASE.
 */
function birthDateOrder(actor: Actor, direction: 'asc' | 'desc'): SQL {
  const key = sql`case when ${personBirthDateSql(actor, sql`p.id`)} then p.birth_date
    else date_trunc('year', p.birth_date)::date end`;
  return direction === 'asc'
    ? sql`${key} asc nulls last, p.name_sort collate "C" asc, p.id asc`
    : sql`${key} desc nulls last, p.name_sort collate "C" asc, p.id asc`;
}

/** The order of a list request: relevance tiers for a name search without a sort, else the sort asked for. */
function listOrder(plan: PeopleListPlan): SQL {
  const { tiers } = plan;
  const sort = plan.query.sort ?? 'name';
  if (!tiers) {
    if (sort === 'birthDate') return birthDateOrder(plan.actor, 'asc');
    if (sort === '-birthDate') return birthDateOrder(plan.actor, 'desc');
    return ORDER[sort];
  }
  return sql`(${tiers.exact}) desc, ${tiers.wholeLike} desc, ${ORDER.name}`;
}

/**
 * When at most `smallSet` people match: their number and the page's ids, from one statement that materialises
 * the matches (at most smallSet + 1 of them) once for both. Otherwise null, having read only smallSet + 1 rows
 * (and sorted none: the CASE leaves the page's subquery unevaluated).
 */
export async function smallPeopleList(
  db: Db,
  plan: PeopleListPlan,
  run: RunStatement = queryRows,
): Promise<{ total: number; ids: string[] } | null> {
  const { page, pageSize } = plan.query;
  const [row] = await run<{ n: number; ids: string[] | null }>(
    db,
    sql`with m as materialized (
        select p.id, p.full_name_folded, p.name_sort, p.birth_date, p.updated_at from people p where ${plan.where}
        limit ${plan.smallSet + 1})
      select c.n, case when c.n <= ${plan.smallSet} then (select json_agg(x.id order by x.rn) from (
          select p.id, row_number() over (order by ${listOrder(plan)}) as rn from m p
          order by ${listOrder(plan)} limit ${pageSize} offset ${(page - 1) * pageSize}) x) end as ids
      from (select count(*)::int as n from m) c`,
  );
  const total = Number(row?.n ?? 0);
  return total > plan.smallSet ? null : { total, ids: row?.ids ?? [] };
}

/** The ids of the requested page, in list order. */
async function pageIds(
  db: Db,
  plan: PeopleListPlan,
  counts: PeopleListCounts,
  run: RunStatement,
): Promise<string[]> {
  const { page, pageSize } = plan.query;
  const from = (page - 1) * pageSize;
  const to = Math.min(from + pageSize, counts.total);
  if (from >= to) return [];
  const { tiers, where } = plan;
  if (!tiers || counts.total <= plan.smallSet) {
    return pickIds(db, run, plan, where, listOrder(plan), {
      limit: to - from,
      offset: from,
      size: counts.total,
    });
  }
  // Large relevance-ordered set: read each tier the page overlaps in name order, from the counted boundaries.
  const segments = [
    { condition: tiers.exact, size: counts.exact },
    { condition: sql`${tiers.wholeRegex} and not (${tiers.exact})`, size: counts.whole - counts.exact },
    { condition: sql`not ${tiers.wholeRegex}`, size: counts.total - counts.whole },
  ];
  const ids: string[] = [];
  let start = 0;
  for (const segment of segments) {
    const end = start + segment.size;
    const lo = Math.max(from, start);
    const hi = Math.min(to, end);
    if (lo < hi) {
      const window = { limit: hi - lo, offset: lo - start, size: segment.size };
      ids.push(...(await pickIds(db, run, plan, sql`${where} and ${segment.condition}`, ORDER.name, window)));
    }
    start = end;
  }
  return ids;
}

/** One page of the people the actor can see, with each one's current employment. */
export async function pagePeopleList(
  db: Db,
  plan: PeopleListPlan,
  counts: PeopleListCounts,
  run: RunStatement = queryRows,
): Promise<ListRow[]> {
  return loadListRows(db, plan, await pageIds(db, plan, counts, run), run);
}

/** The list rows of these people, in this order: each one's current employment and the full-CCCD right. */
async function loadListRows(
  db: Db,
  plan: PeopleListPlan,
  ids: readonly string[],
  run: RunStatement,
): Promise<ListRow[]> {
  if (ids.length === 0) return [];
  // An array literal (not JSON): the planner then knows how many ids there are and joins by primary key.
  return run<ListRow>(
    db,
    sql`select p.id, p.full_name, p.gender, p.birth_date::text as birth_date, p.ethnicity, p.cccd,
        ${personAdminSql(plan.actor, sql`p.id`)} as cccd_full,
        ${personBirthDateSql(plan.actor, sql`p.id`)} as birth_date_full,
        cur.unit_id as cur_unit_id, cu.name as cur_unit_name, cur.position as cur_position,
        cur.cadre_class as cur_cadre_class
      from unnest(${`{${ids.join(',')}}`}::uuid[]) with ordinality as k(id, ord)
      join people p on p.id = k.id
      left join lateral (
        select e.unit_id, e.position, e.cadre_class from employments e
        where e.person_id = p.id and (e.to_date is null or e.to_date >= ${plan.today})
        order by e.from_date desc, e.created_at desc limit 1
      ) cur on true
      left join units cu on cu.id = cur.unit_id
      order by k.ord`,
  );
}

/**
 * One page of the people the actor can see, with each one's current employment, and the total: a small match
 * set in one statement, a large one counted (per relevance tier) and then read in order.
 */
export async function listPeopleRows(
  db: Db,
  actor: Actor,
  query: PeopleListQuery,
  unitPath: string | null,
  today: string,
  run: RunStatement = queryRows,
): Promise<{ rows: ListRow[]; total: number }> {
  const plan = planPeopleList(actor, query, unitPath, today, await coversEveryUnit(db, actor, run));
  const small = await smallPeopleList(db, plan, run);
  if (small) return { rows: await loadListRows(db, plan, small.ids, run), total: small.total };
  const counts = await countPeopleList(db, plan, run);
  return { rows: await pagePeopleList(db, plan, counts, run), total: counts.total };
}
