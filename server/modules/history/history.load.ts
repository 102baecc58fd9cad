// Loads subject histories in the shape the rules engine reads (domain SubjectHistory): one query per table,
// whether for one subject or for many (suggestions, the benchmark) — never one query per subject.
import { type SQL, sql } from 'drizzle-orm';
import { todayInVietnam } from '../../../contracts/people';
import type { HistoryWindow } from '../../../domain/eligibility/reach';
import type {
  AwardKindCode,
  AwardRecord,
  AwardType,
  DisciplineKind,
  DisciplineRecord,
  InitiativeLevel,
  InitiativeRecord,
  MemberStatsRecord,
  Rating,
  RatingRecord,
  SubjectHistory,
  SubjectKind,
} from '../../../domain/regimes/types';
import { type Db, queryRows } from '../../db/client';

export interface HistorySubject {
  kind: SubjectKind;
  /** A person for individuals and households (the head), a unit for collectives. */
  id: string;
}

export interface LoadOptions {
  /** The day a pending investigation is judged on (default: today in Vietnam). */
  asOf?: string;
  /**
   * Send the statements together (people's histories): on a connection pool they run side by side, the server
   * sorting one table while this process reads another. Only for a pool-backed database, never a transaction:
   * node-postgres warns about (and pg@9 refuses) concurrent queries on one connection.
   */
  parallel?: boolean;
  /**
   * Only the years the verdicts to come read (historyWindow of their requests, domain/eligibility/reach.ts): the
   * rows withinWindow keeps, so that judging a whole province reads a few years instead of every one.
   */
  window?: HistoryWindow;
}

/** The conditions of a window on ratings, awards and initiatives (withinWindow's filters, in SQL). */
function windowed(options: LoadOptions, asOf: string) {
  const w = options.window;
  const yearFrom = (year: number) => `${String(year).padStart(4, '0')}-01-01`;
  return {
    ratings: w?.ratingsFrom == null ? sql`` : sql` and year >= ${w.ratingsFrom}`,
    awards:
      w?.awardsFrom == null
        ? sql``
        : sql` and (achievement_year >= ${w.awardsFrom} or decision_date > ${asOf})`,
    initiatives:
      w?.initiativesFrom == null
        ? sql``
        : sql` and (recognized_on >= ${yearFrom(w.initiativesFrom)} or recognized_on > ${asOf})`,
  };
}

/** Runs the loaders one after the other, or all at once with `parallel`; each fills its own lists. */
async function runAll(options: LoadOptions, loaders: (() => Promise<void>)[]): Promise<void> {
  if (options.parallel) {
    await Promise.all(loaders.map((load) => load()));
    return;
  }
  for (const load of loaders) await load();
}

interface Bucket {
  recruitedOn: string | null;
  awards: AwardRecord[];
  ratings: RatingRecord[];
  initiatives: InitiativeRecord[];
  disciplines: DisciplineRecord[];
  memberStats: MemberStatsRecord[];
  pendingInvestigation: boolean;
}

/** The ids as one JSON parameter, however many (json_array_elements keeps the statement small). */
const idList = (ids: readonly string[]) =>
  sql`(select (jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb))::uuid)`;

/** The history of one subject. */
export async function loadSubjectHistory(
  db: Db,
  subject: HistorySubject,
  options: LoadOptions = {},
): Promise<SubjectHistory> {
  const loaded =
    subject.kind === 'collective'
      ? await loadUnitHistories(db, [subject.id], options)
      : await loadHistories(db, [subject.id], { ...options, household: subject.kind === 'household' });
  return loaded.get(subject.id)!;
}

/** Histories of many people (individuals, or households they head), keyed by person id. */
export async function loadHistories(
  db: Db,
  personIds: readonly string[],
  options: LoadOptions & { household?: boolean } = {},
): Promise<Map<string, SubjectHistory>> {
  const asOf = options.asOf ?? todayInVietnam();
  const buckets = emptyBuckets(personIds);
  if (personIds.length === 0) return finish(buckets, false);
  const ids = idList(personIds);
  const kind = options.household ? 'household' : 'individual';
  const only = windowed(options, asOf);
  await runAll(options, [
    () => loadRecruitment(db, buckets, ids),
    () =>
      loadAwards(db, buckets, sql`subject_kind = ${kind} and person_id in ${ids}${only.awards}`, 'person_id'),
    () => loadRatings(db, buckets, sql`person_id in ${ids}${only.ratings}`, 'person_id'),
    () => loadInitiatives(db, buckets, sql`person_id in ${ids}${only.initiatives}`),
    () => loadDisciplines(db, buckets, sql`person_id in ${ids}`, 'person_id'),
    () => loadInvestigations(db, buckets, sql`person_id in ${ids}`, 'person_id', asOf),
  ]);
  return finish(buckets, false);
}

async function loadRecruitment(db: Db, buckets: Map<string, Bucket>, ids: SQL) {
  const people = await queryRows<{ id: string; recruited_on: string | null }>(
    db,
    sql`select id, recruited_on::text as recruited_on from people where id in ${ids}`,
  );
  for (const p of people) buckets.get(p.id)!.recruitedOn = p.recruited_on;
}

async function loadInitiatives(db: Db, buckets: Map<string, Bucket>, where: SQL) {
  const initiatives = await queryRows<{
    id: string;
    person_id: string;
    title: string;
    level: InitiativeLevel;
    recognized_on: string;
    used_by_award_id: string | null;
  }>(
    db,
    sql`select id, person_id, title, level, recognized_on::text as recognized_on, used_by_award_id
      from initiatives where ${where} order by recognized_on, id`,
  );
  for (const i of initiatives) {
    buckets.get(i.person_id)!.initiatives.push({
      id: i.id,
      title: i.title,
      level: i.level,
      recognizedOn: i.recognized_on,
      usedByAward: i.used_by_award_id,
    });
  }
}

/** Histories of many units (collectives), keyed by unit id. */
export async function loadUnitHistories(
  db: Db,
  unitIds: readonly string[],
  options: LoadOptions = {},
): Promise<Map<string, SubjectHistory>> {
  const asOf = options.asOf ?? todayInVietnam();
  const buckets = emptyBuckets(unitIds);
  if (unitIds.length === 0) return finish(buckets, true);
  const ids = idList(unitIds);
  const only = windowed(options, asOf);
  await loadAwards(
    db,
    buckets,
    sql`subject_kind = 'collective' and unit_id in ${ids}${only.awards}`,
    'unit_id',
  );
  await loadRatings(db, buckets, sql`unit_id in ${ids}${only.ratings}`, 'unit_id');
  await loadDisciplines(db, buckets, sql`unit_id in ${ids}`, 'unit_id');
  await loadInvestigations(db, buckets, sql`unit_id in ${ids}`, 'unit_id', asOf);
  const stats = await queryRows<{
    unit_id: string;
    year: number;
    members: number;
    ldtt_share: number;
    completed_share: number;
    cstdcs_count: number;
    serious_discipline: boolean;
  }>(
    db,
    sql`select unit_id, year, members, ldtt_share::float8 as ldtt_share,
        completed_share::float8 as completed_share, cstdcs_count, serious_discipline
      from member_stats where unit_id in ${ids} order by year`,
  );
  for (const s of stats) {
    buckets.get(s.unit_id)!.memberStats.push({
      year: Number(s.year),
      members: Number(s.members),
      ldttShare: Number(s.ldtt_share),
      completedShare: Number(s.completed_share),
      cstdcsCount: Number(s.cstdcs_count),
      seriousDiscipline: s.serious_discipline,
    });
  }
  return finish(buckets, true);
}

function emptyBuckets(ids: readonly string[]): Map<string, Bucket> {
  return new Map(
    ids.map((id) => [
      id,
      {
        recruitedOn: null,
        awards: [],
        ratings: [],
        initiatives: [],
        disciplines: [],
        memberStats: [],
        pendingInvestigation: false,
      },
    ]),
  );
}

/**
 * The histories, each made as one object literal with every field at once (not a spread plus fields): the
 * engine reads these objects many times, and V8 reads an object of that shape several times faster.
 */
function finish(buckets: Map<string, Bucket>, collective: boolean): Map<string, SubjectHistory> {
  const out = new Map<string, SubjectHistory>();
  for (const [id, b] of buckets) {
    out.set(
      id,
      collective
        ? {
            awards: b.awards,
            ratings: b.ratings,
            disciplines: b.disciplines,
            pendingInvestigation: b.pendingInvestigation,
            memberStats: b.memberStats,
          }
        : {
            awards: b.awards,
            ratings: b.ratings,
            disciplines: b.disciplines,
            pendingInvestigation: b.pendingInvestigation,
            recruitedOn: b.recruitedOn,
            initiatives: b.initiatives,
          },
    );
  }
  return out;
}

type OwnerColumn = 'person_id' | 'unit_id';

async function loadAwards(db: Db, buckets: Map<string, Bucket>, where: SQL, owner: OwnerColumn) {
  const rows = await queryRows<{
    id: string;
    owner: string;
    award_kind: AwardKindCode;
    year: number;
    decision_date: string | null;
    decision_number: string | null;
    authority: string | null;
    award_type: AwardType;
    revoked: boolean;
  }>(
    db,
    sql`select id, ${sql.raw(owner)} as owner, award_kind, achievement_year as year,
        decision_date::text as decision_date, decision_number, authority, award_type, revoked
      from awards where ${where} order by achievement_year, decision_date nulls last, id`,
  );
  for (const r of rows) {
    buckets.get(r.owner)!.awards.push({
      id: r.id,
      awardKind: r.award_kind,
      year: Number(r.year),
      decisionDate: r.decision_date,
      decisionNumber: r.decision_number,
      authority: r.authority,
      awardType: r.award_type,
      revoked: r.revoked,
    });
  }
}

async function loadRatings(db: Db, buckets: Map<string, Bucket>, where: SQL, owner: OwnerColumn) {
  const rows = await queryRows<{ id: string; owner: string; year: number; rating: Rating }>(
    db,
    sql`select id, ${sql.raw(owner)} as owner, year, rating from annual_ratings where ${where} order by year`,
  );
  for (const r of rows)
    buckets.get(r.owner)!.ratings.push({ id: r.id, year: Number(r.year), rating: r.rating });
}

async function loadDisciplines(db: Db, buckets: Map<string, Bucket>, where: SQL, owner: OwnerColumn) {
  const rows = await queryRows<{
    id: string;
    owner: string;
    kind: DisciplineKind;
    from_date: string;
    to_date: string | null;
    document: string | null;
  }>(
    db,
    sql`select id, ${sql.raw(owner)} as owner, kind, from_date::text as from_date, to_date::text as to_date,
        document
      from disciplines where ${where} order by from_date, id`,
  );
  for (const r of rows) {
    buckets.get(r.owner)!.disciplines.push({
      id: r.id,
      kind: r.kind,
      from: r.from_date,
      to: r.to_date,
      document: r.document,
    });
  }
}

async function loadInvestigations(
  db: Db,
  buckets: Map<string, Bucket>,
  where: SQL,
  owner: OwnerColumn,
  asOf: string,
) {
  const rows = await queryRows<{ owner: string }>(
    db,
    sql`select distinct ${sql.raw(owner)} as owner from investigations
      where ${where} and opened_on <= ${asOf} and (closed_on is null or closed_on > ${asOf})`,
  );
  for (const r of rows) buckets.get(r.owner)!.pendingInvestigation = true;
}
