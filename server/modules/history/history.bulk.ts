// Many history records at once (demo seeding, later imports): every item is validated with the same contracts
// and abilities as the single-record services, then all are written or none; one audit entry per table batch.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import {
  AwardCreateObject,
  type AwardCreateInput,
  CSTDCS_WITHIN_MEMBERS,
  decisionAfterYear,
  DISCIPLINE_PERIOD,
  DisciplineCreateObject,
  InitiativeCreateBody,
  MemberStatsCreateObject,
  periodRefine,
  RatingCreateBody,
} from '../../../contracts/history';
import { IsoDate, text } from '../../../contracts/common';
import type { ImportRowError } from '../../../contracts/people';
import { todayInVietnam } from '../../../contracts/people';
import { z } from '../../../contracts/zod';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { commonUnitId, refuseBatch } from '../people/people.bulk';
import {
  AWARD_COLUMNS,
  awardRow,
  CHUNK,
  DISCIPLINE_COLUMNS,
  disciplineRow,
  INITIATIVE_COLUMNS,
  initiativeRow,
  insertRows,
  json,
  RATING_COLUMNS,
  ratingRow,
  STATS_COLUMNS,
  statsRow,
  updateRecruitment,
  withIds,
} from './history.bulk-rows';
import { personHistoryAbilities, unitHistoryAbilities } from './history.policy';

const Uuid = z.uuid({ error: 'Mã định danh không hợp lệ' });
const PersonOrUnit = { personId: Uuid.optional(), unitId: Uuid.optional() };
const oneSubject = (b: { personId?: string | undefined; unitId?: string | undefined }) =>
  (b.personId === undefined) !== (b.unitId === undefined);
const SUBJECT_MESSAGE = 'Cần đúng một đối tượng: cá nhân (personId) hoặc đơn vị (unitId)';

const BulkAward = AwardCreateObject.extend({
  ...PersonOrUnit,
  id: Uuid.optional(),
  unitAtAwardId: Uuid,
  revoked: z.object({ on: IsoDate, reason: text({ min: 2, max: 1000 }) }).optional(),
})
  .refine(...decisionAfterYear)
  .refine(oneSubject, { message: SUBJECT_MESSAGE, path: ['personId'] });
const BulkRating = RatingCreateBody.extend(PersonOrUnit).refine(oneSubject, {
  message: SUBJECT_MESSAGE,
  path: ['personId'],
});
const BulkInitiative = InitiativeCreateBody.extend({
  personId: Uuid,
  usedByAwardId: Uuid.nullable().default(null),
});
const BulkDiscipline = DisciplineCreateObject.extend(PersonOrUnit)
  .refine(periodRefine, DISCIPLINE_PERIOD)
  .refine(oneSubject, { message: SUBJECT_MESSAGE, path: ['personId'] });
const BulkMemberStats = MemberStatsCreateObject.extend({ unitId: Uuid }).refine(...CSTDCS_WITHIN_MEMBERS);
const BulkRecruitment = z.object({ personId: Uuid, recruitedOn: IsoDate }).strict();

export interface HistoryBatchInput {
  recruitment?: z.input<typeof BulkRecruitment>[];
  awards?: (AwardCreateInput & {
    id?: string;
    personId?: string;
    unitId?: string;
    unitAtAwardId: string;
    revoked?: { on: string; reason: string };
  })[];
  ratings?: z.input<typeof BulkRating>[];
  initiatives?: z.input<typeof BulkInitiative>[];
  disciplines?: z.input<typeof BulkDiscipline>[];
  memberStats?: z.input<typeof BulkMemberStats>[];
}

const LISTS = {
  recruitment: BulkRecruitment,
  awards: BulkAward,
  ratings: BulkRating,
  initiatives: BulkInitiative,
  disciplines: BulkDiscipline,
  memberStats: BulkMemberStats,
} as const;
type ListName = keyof typeof LISTS;
type Parsed = { [K in ListName]: z.output<(typeof LISTS)[K]>[] };

export interface HistoryBatchResult {
  counts: Record<ListName, number>;
  awardIds: string[];
}

/** Validates and writes a batch of history records; VALIDATION with every bad item when any is bad. */
export async function recordHistoryBulk(
  tx: Db,
  actor: Actor,
  input: HistoryBatchInput,
  details: Record<string, unknown> = { source: 'bulk' },
): Promise<HistoryBatchResult> {
  const errors: ImportRowError[] = [];
  const parsed = {} as Parsed;
  for (const name of Object.keys(LISTS) as ListName[]) {
    const items = (input[name] ?? []) as unknown[];
    const out: unknown[] = [];
    items.forEach((item, i) => {
      const result = LISTS[name].safeParse(item);
      if (result.success) out.push(result.data);
      else {
        for (const issue of result.error.issues) {
          errors.push({
            row: i + 1,
            field: `${name}.${issue.path.join('.') || 'item'}`,
            message: issue.message,
          });
        }
      }
    });
    (parsed as Record<string, unknown[]>)[name] = out;
  }
  if (errors.length > 0) refuseBatch(errors, 'Danh sách quá trình khen thưởng');
  await checkAbilities(tx, actor, parsed, errors);
  await checkInitiativeLinks(tx, parsed, errors);
  if (errors.length > 0) refuseBatch(errors, 'Danh sách quá trình khen thưởng');

  const awards = parsed.awards.map((a) => ({ ...a, id: a.id ?? randomUUID() }));
  const units = await unitPaths(tx, [...subjectsOf(parsed).units, ...awards.map((a) => a.unitAtAwardId)]);
  const unitOf = (ids: (string | undefined | null)[]) =>
    commonUnitId(ids.filter((id): id is string => !!id && units.has(id)).map((id) => units.get(id)!));
  const audit = async (
    action: string,
    entity: string,
    rows: { id?: string }[],
    unitIds: (string | undefined)[],
  ) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const slice = rows.slice(i, i + CHUNK);
      await appendAudit(tx, actor, {
        action,
        entity,
        unitId: unitOf(unitIds),
        after: { ...details, count: slice.length, ids: slice.map((r) => r.id).filter(Boolean) },
      });
    }
  };

  if (parsed.recruitment.length > 0) {
    await updateRecruitment(tx, parsed.recruitment);
    const people = parsed.recruitment.map((r) => ({ id: r.personId }));
    await audit('person.recruitment_imported', 'person', people, []);
  }
  await insertRows(tx, 'awards', AWARD_COLUMNS, awards.map(awardRow));
  await audit(
    'award.imported',
    'award',
    awards,
    awards.map((a) => a.unitAtAwardId),
  );
  const ratings = withIds(parsed.ratings);
  await insertRows(tx, 'annual_ratings', RATING_COLUMNS, ratings.map(ratingRow));
  await audit(
    'rating.imported',
    'rating',
    ratings,
    ratings.map((r) => r.unitId ?? r.ratedAtUnitId ?? undefined),
  );
  const initiatives = withIds(parsed.initiatives);
  await insertRows(tx, 'initiatives', INITIATIVE_COLUMNS, initiatives.map(initiativeRow));
  await audit('initiative.imported', 'initiative', initiatives, []);
  const disciplines = withIds(parsed.disciplines);
  await insertRows(tx, 'disciplines', DISCIPLINE_COLUMNS, disciplines.map(disciplineRow));
  await audit(
    'discipline.imported',
    'discipline',
    disciplines,
    disciplines.map((r) => r.unitId),
  );
  const stats = withIds(parsed.memberStats);
  await insertRows(tx, 'member_stats', STATS_COLUMNS, stats.map(statsRow));
  await audit(
    'member_stats.imported',
    'member_stats',
    stats,
    stats.map((r) => r.unitId),
  );
  const counts = Object.fromEntries(Object.entries(parsed).map(([k, v]) => [k, v.length])) as Record<
    ListName,
    number
  >;
  return { counts, awardIds: awards.map((a) => a.id) };
}

function subjectsOf(parsed: Parsed): { people: Set<string>; units: Set<string> } {
  const people = new Set<string>();
  const units = new Set<string>();
  for (const list of [parsed.awards, parsed.ratings, parsed.disciplines] as {
    personId?: string;
    unitId?: string;
  }[][]) {
    for (const r of list) {
      if (r.personId) people.add(r.personId);
      if (r.unitId) units.add(r.unitId);
    }
  }
  for (const r of parsed.initiatives) people.add(r.personId);
  for (const r of parsed.recruitment) people.add(r.personId);
  for (const r of parsed.memberStats) units.add(r.unitId);
  return { people, units };
}

async function unitPaths(tx: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await queryRows<{ id: string; path: string }>(
    tx,
    sql`select id, path from units where id in (select (jsonb_array_elements_text(${json(unique)}::jsonb))::uuid)`,
  );
  return new Map(rows.map((r) => [r.id, r.path]));
}

/** The same abilities as one-by-one: writers of each subject (specialists too for awards). */
async function checkAbilities(tx: Db, actor: Actor, parsed: Parsed, errors: ImportRowError[]): Promise<void> {
  const { people, units } = subjectsOf(parsed);
  const today = todayInVietnam();
  const jobs = await queryRows<{ person_id: string; unit_path: string; to_date: string | null }>(
    tx,
    sql`select e.person_id, u.path as unit_path, e.to_date::text as to_date from employments e
      join units u on u.id = e.unit_id
      where e.person_id in (select (jsonb_array_elements_text(${json([...people])}::jsonb))::uuid)`,
  );
  const byPerson = new Map<string, { unitPath: string; toDate: string | null }[]>();
  for (const j of jobs)
    byPerson.set(j.person_id, [
      ...(byPerson.get(j.person_id) ?? []),
      { unitPath: j.unit_path, toDate: j.to_date },
    ]);
  const paths = await unitPaths(tx, [...units]);
  // Outside the actor's subtrees a subject does not exist, as on the single-record routes.
  const inScope = (path: string) => actor.roles.some((role) => path.startsWith(role.unitPath));
  const can = (r: { personId?: string; unitId?: string }) => {
    if (r.personId) {
      const list = byPerson.get(r.personId);
      if (!list || !list.some((e) => inScope(e.unitPath))) return null;
      return personHistoryAbilities(actor, list, today);
    }
    const path = paths.get(r.unitId!);
    return path && inScope(path) ? unitHistoryAbilities(actor, path) : null;
  };
  const check = (name: ListName, list: { personId?: string; unitId?: string }[], award = false) =>
    list.forEach((r, i) => {
      const abilities = can(r);
      const field = `${name}.${r.personId ? 'personId' : 'unitId'}`;
      if (!abilities) errors.push({ row: i + 1, field, message: 'Không tìm thấy đối tượng' });
      else if (!(award ? abilities.recordAward : abilities.write)) {
        errors.push({
          row: i + 1,
          field,
          message: 'Bạn không có quyền cập nhật quá trình của đối tượng này',
        });
      }
    });
  check('recruitment', parsed.recruitment);
  check('awards', parsed.awards, true);
  check('ratings', parsed.ratings);
  check('initiatives', parsed.initiatives);
  check('disciplines', parsed.disciplines);
  check('memberStats', parsed.memberStats);
}

/** An initiative may only be marked as used by an award of the same person (in the batch or already stored). */
async function checkInitiativeLinks(tx: Db, parsed: Parsed, errors: ImportRowError[]): Promise<void> {
  const owners = new Map<string, string | undefined>();
  for (const a of parsed.awards) if (a.id) owners.set(a.id, a.personId);
  const stored = [
    ...new Set(
      parsed.initiatives.map((i) => i.usedByAwardId).filter((id): id is string => !!id && !owners.has(id)),
    ),
  ];
  if (stored.length > 0) {
    const rows = await queryRows<{ id: string; person_id: string | null }>(
      tx,
      sql`select id, person_id from awards
        where id in (select (jsonb_array_elements_text(${json(stored)}::jsonb))::uuid)`,
    );
    for (const r of rows) owners.set(r.id, r.person_id ?? undefined);
  }
  parsed.initiatives.forEach((i, n) => {
    if (i.usedByAwardId && owners.get(i.usedByAwardId) !== i.personId) {
      const message = 'Không tìm thấy khen thưởng này của cá nhân';
      errors.push({ row: n + 1, field: 'initiatives.usedByAwardId', message });
    }
  });
}
