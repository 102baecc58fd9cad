// The subjects of a list of verdicts (a dossier's nominees) in the actor's scope: which of them the actor may see
// (as loadSubject decides, one at a time) and the unit whose overlays apply to each on a date — one query per
// subject type and one for the people's employments, however long the list.
import { and, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import { units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { employmentAt, type SubjectRef } from '../history/history.subject';
import { personVisibleSql } from '../people/people.policy';
import { unitsVisibleTo } from '../units/units.policy';

/** Where a subject's overlays come from, or the refusal loadSubject would have thrown for it. */
export type SubjectPlace = { unitPath: string | null } | { error: unknown };

/** The ids as one JSON parameter, however many. */
const idList = (ids: readonly string[]) =>
  sql`(select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)`;

/** The error loadSubject throws for a subject the actor may not see (NOT_FOUND, as if it did not exist). */
function refusal(what: string): unknown {
  try {
    return notFound(what);
  } catch (error) {
    return error;
  }
}

/** People the actor may see, with the unit path of their employment on the date (see employmentAt). */
async function placePeople(tx: Db, actor: Actor, ids: readonly string[], date: string) {
  const visible = await queryRows<{ id: string }>(
    tx,
    sql`select p.id from people p where p.id in ${idList(ids)} and ${personVisibleSql(actor, sql`p.id`)}`,
  );
  const jobs = new Map<string, { fromDate: string; toDate: string | null; unitPath: string }[]>(
    visible.map((p) => [p.id, []]),
  );
  if (jobs.size > 0) {
    // Every employment, in loadEmployments' order, so that employmentAt picks the same one.
    const rows = await queryRows<{
      person_id: string;
      from_date: string;
      to_date: string | null;
      path: string;
    }>(
      tx,
      sql`select e.person_id, e.from_date::text as from_date, e.to_date::text as to_date, u.path
        from employments e join units u on u.id = e.unit_id
        where e.person_id in ${idList([...jobs.keys()])}
        order by e.person_id, e.from_date, e.created_at`,
    );
    for (const r of rows) {
      jobs.get(r.person_id)!.push({ fromDate: r.from_date, toDate: r.to_date, unitPath: r.path });
    }
  }
  return new Map([...jobs].map(([id, list]) => [id, employmentAt(list, date)?.unitPath ?? null]));
}

/** Units the actor may see, with their paths. */
async function placeUnits(tx: Db, actor: Actor, ids: readonly string[]) {
  const rows = await tx
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(and(sql`${units.id} in ${idList(ids)}`, unitsVisibleTo(actor)));
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** For each subject, in order: where its overlays come from on the date, or the refusal to show it. */
export async function placeSubjects(
  tx: Db,
  actor: Actor,
  subjects: readonly SubjectRef[],
  date: string,
): Promise<SubjectPlace[]> {
  const idsOf = (type: SubjectRef['type']) => [
    ...new Set(subjects.filter((s) => s.type === type).map((s) => s.id)),
  ];
  const personIds = idsOf('person');
  const unitIds = idsOf('unit');
  const people = personIds.length > 0 ? await placePeople(tx, actor, personIds, date) : new Map();
  const unitPaths = unitIds.length > 0 ? await placeUnits(tx, actor, unitIds) : new Map<string, string>();
  return subjects.map((s) => {
    if (s.type === 'person') {
      return people.has(s.id) ? { unitPath: people.get(s.id)! } : { error: refusal('cá nhân') };
    }
    const path = unitPaths.get(s.id);
    return path !== undefined ? { unitPath: path } : { error: refusal('đơn vị') };
  });
}
