// The people list as a benchmark measures it (bench/people-search.ts, bench/queries.ts): the request the route
// runs (listPeople in a transaction: a page and the exact total) and, as its reference, the page query alone on
// the same plan, its total known beforehand.
import type { PeopleListQuery } from '../../contracts/people';
import { todayInVietnam } from '../../contracts/people';
import type { Db } from '../../server/db/client';
import type { Actor } from '../../server/lib/actor';
import {
  countPeopleList,
  coversEveryUnit,
  type PeopleListPlan,
  pagePeopleList,
  planPeopleList,
} from '../../server/modules/people/people.list';
import { listPeople } from '../../server/modules/people/people.service';

export interface PeopleListCase {
  plan: PeopleListPlan;
  /** listPeople as the route calls it; resolves to the total. */
  list: () => Promise<number>;
  /** The page query alone (the reference). */
  page: () => Promise<unknown>;
  /** The count query alone. */
  count: () => Promise<unknown>;
}

/** One list request of `actor`; `subtreePath` is the path of query.unitId when includeSubunits is set. */
export async function peopleListCase(
  db: Db,
  actor: Actor,
  query: PeopleListQuery,
  subtreePath: string | null,
  today = todayInVietnam(),
): Promise<PeopleListCase> {
  const unitPath = query.includeSubunits ? subtreePath : null;
  const plan = planPeopleList(actor, query, unitPath, today, await coversEveryUnit(db, actor));
  const counts = await countPeopleList(db, plan);
  return {
    plan,
    list: async () => (await db.transaction((tx) => listPeople(tx, actor, query))).total,
    page: () => pagePeopleList(db, plan, counts),
    count: () => countPeopleList(db, plan),
  };
}
