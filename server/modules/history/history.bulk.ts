// Many history records at once (demo seeding, later imports): every item is validated with the same contracts
// and abilities as the single-record services, then all are written or none; one audit entry per table batch.
import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
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
import { awardAmount } from './history.money';
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

const CHUNK = 5_000;

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
    await insertJson(
      tx,
      sql`update people set recruited_on = x.recruited_on, version = version + 1, updated_at = now()
      from json_to_recordset(${json(parsed.recruitment.map((r) => ({ person_id: r.personId, recruited_on: r.recruitedOn })))}::json)
        as x(person_id uuid, recruited_on date) where people.id = x.person_id`,
    );
    await audit(
      'person.recruitment_imported',
      'person',
      parsed.recruitment.map((r) => ({ id: r.personId })),
      [],
    );
  }
  await insertRows(tx, 'awards', AWARD_COLUMNS, awards.map(awardRow));
  await audit(
    'award.imported',
    'award',
    awards,
    awards.map((a) => a.unitAtAwardId),
  );
  const ratings = parsed.ratings.map((r) => ({ ...r, id: randomUUID() }));
  await insertRows(
    tx,
    'annual_ratings',
    RATING_COLUMNS,
    ratings.map((r) => ({
      id: r.id,
      person_id: r.personId ?? null,
      unit_id: r.unitId ?? null,
      year: r.year,
      rating: r.rating,
      rated_at_unit_id: r.ratedAtUnitId ?? null,
      document: r.document,
    })),
  );
  await audit(
    'rating.imported',
    'rating',
    ratings,
    ratings.map((r) => r.unitId ?? r.ratedAtUnitId ?? undefined),
  );
  const initiatives = parsed.initiatives.map((r) => ({ ...r, id: randomUUID() }));
  await insertRows(
    tx,
    'initiatives',
    INITIATIVE_COLUMNS,
    initiatives.map((r) => ({
      id: r.id,
      person_id: r.personId,
      title: r.title,
      kind: r.kind,
      level: r.level,
      recognized_on: r.recognizedOn,
      recognition_document: r.recognitionDocument,
      used_by_award_id: r.usedByAwardId,
    })),
  );
  await audit('initiative.imported', 'initiative', initiatives, []);
  const disciplines = parsed.disciplines.map((r) => ({ ...r, id: randomUUID() }));
  await insertRows(
    tx,
    'disciplines',
    DISCIPLINE_COLUMNS,
    disciplines.map((r) => ({
      id: r.id,
      person_id: r.personId ?? null,
      unit_id: r.unitId ?? null,
      kind: r.kind,
      from_date: r.fromDate,
      to_date: r.toDate,
      document: r.document,
      reason: r.reason,
    })),
  );
  await audit(
    'discipline.imported',
    'discipline',
    disciplines,
    disciplines.map((r) => r.unitId),
  );
  const stats = parsed.memberStats.map((r) => ({ ...r, id: randomUUID() }));
  await insertRows(
    tx,
    'member_stats',
    STATS_COLUMNS,
    stats.map((r) => ({
      id: r.id,
      unit_id: r.unitId,
      year: r.year,
      members: r.members,
      ldtt_share: r.ldttShare,
      completed_share: r.completedShare,
      cstdcs_count: r.cstdcsCount,
      serious_discipline: r.seriousDiscipline,
      document: r.document,
    })),
  );
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

function awardRow(a: z.output<typeof BulkAward> & { id: string }) {
  const subjectKind = a.unitId ? 'collective' : a.householdName ? 'household' : 'individual';
  return {
    id: a.id,
    subject_kind: subjectKind,
    person_id: a.personId ?? null,
    unit_id: a.unitId ?? null,
    household_name: a.personId ? a.householdName : null,
    award_kind: a.awardKind,
    award_type: a.awardType,
    achievement_year: a.year,
    decision_number: a.decisionNumber,
    decision_date: a.decisionDate,
    authority: a.authority,
    authority_unit_id: a.authorityUnitId ?? null,
    unit_at_award_id: a.unitAtAwardId,
    amount: a.amount ?? awardAmount(a.awardKind, subjectKind, a.decisionDate),
    revoked: a.revoked !== undefined,
    revoked_on: a.revoked?.on ?? null,
    revoked_reason: a.revoked?.reason ?? null,
    source: 'recorded',
    note: a.note,
  };
}

const AWARD_COLUMNS = `id uuid, subject_kind text, person_id uuid, unit_id uuid, household_name text, award_kind text,
  award_type text, achievement_year smallint, decision_number text, decision_date date, authority text,
  authority_unit_id uuid, unit_at_award_id uuid, amount integer, revoked boolean, revoked_on date,
  revoked_reason text, source text, note text`;
const RATING_COLUMNS = `id uuid, person_id uuid, unit_id uuid, year smallint, rating text, rated_at_unit_id uuid,
  document text`;
const INITIATIVE_COLUMNS = `id uuid, person_id uuid, title text, kind text, level text, recognized_on date,
  recognition_document text, used_by_award_id uuid`;
const DISCIPLINE_COLUMNS = `id uuid, person_id uuid, unit_id uuid, kind text, from_date date, to_date date,
  document text, reason text`;
const STATS_COLUMNS = `id uuid, unit_id uuid, year smallint, members integer, ldtt_share numeric,
  completed_share numeric, cstdcs_count integer, serious_discipline boolean, document text`;

const json = (rows: unknown[]) => JSON.stringify(rows);

async function insertJson(tx: Db, statement: SQL): Promise<void> {
  await tx.execute(statement);
}

/** Inserts rows travelling as one JSON parameter per chunk (json_to_recordset: fast on both engines). */
async function insertRows(
  tx: Db,
  table: string,
  columns: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  const names = columns
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    const slice = rows.slice(i, i + CHUNK);
    await tx.execute(sql`insert into ${sql.raw(table)} (${sql.raw(names)})
      select * from json_to_recordset(${json(slice)}::json) as x(${sql.raw(columns)})`);
  }
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
