// The history eligibility is judged on: awards, annual ratings, initiatives, disciplines, pending
// investigations and the yearly member figures of collectives (issue #3, point 3).
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  AWARD_KIND_CODES,
  AWARD_TYPES,
  DISCIPLINE_KINDS,
  INITIATIVE_LEVELS,
  RATINGS,
  SUBJECT_KINDS,
} from '../../../domain/regimes/types';
import { AWARD_SOURCES, INITIATIVE_KINDS, UNIQUE_YEARLY_TITLES } from '../../../contracts/history-enums';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { decisions } from './decisions';
import { people } from './people';
import { units } from './units';

/** A year of achievement or rating: the system keeps history from the 1945 republic onwards. */
const yearCheck = (column: AnyPgColumn) => sql`${column} between 1945 and 2100`;

/** Exactly one of a person and a unit is the subject. */
const oneSubject = (person: AnyPgColumn, unit: AnyPgColumn) => sql`(${person} is null) <> (${unit} is null)`;

export const awards = pgTable(
  'awards',
  {
    id: id(),
    subjectKind: text('subject_kind').notNull(),
    /** The individual, or the head of the household. */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    /** The collective. */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    householdName: text('household_name'),
    awardKind: text('award_kind').notNull(),
    awardType: text('award_type').notNull().default('cong_trang'),
    achievementYear: smallint('achievement_year').notNull(),
    decisionNumber: text('decision_number'),
    decisionDate: date('decision_date'),
    /** The awarding authority as written on the decision: "Chủ tịch UBND huyện Cẩm Xuyên". */
    authority: text('authority'),
    authorityUnitId: uuid('authority_unit_id').references(() => units.id, { onDelete: 'restrict' }),
    /** The unit as it was when the award was granted (principle 5: history survives reorganisation). */
    unitAtAwardId: uuid('unit_at_award_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** Money in VND as decided (null when not known). */
    amount: integer('amount'),
    revoked: boolean('revoked').notNull().default(false),
    revokedOn: date('revoked_on'),
    revokedReason: text('revoked_reason'),
    /** 'recorded': entered by hand from a paper decision; 'decision', 'external': written by the decisions module. */
    source: text('source').notNull().default('recorded'),
    /** The decision (issued here or recorded from a higher authority) that granted it. */
    decisionId: uuid('decision_id').references((): AnyPgColumn => decisions.id, { onDelete: 'restrict' }),
    note: text('note'),
    /**
     * Random, unguessable code of the public verification page /xac-thuc/<code> (the certificate's QR): 16
     * characters of Crockford base32, made by the database (function award_public_code, migration 0015).
     */
    publicCode: text('public_code')
      .notNull()
      .default(sql`award_public_code()`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('awards_public_code_key').on(t.publicCode),
    index('awards_person_idx').on(t.personId, t.awardKind, t.achievementYear),
    index('awards_unit_idx').on(t.unitId, t.awardKind, t.achievementYear),
    index('awards_unit_at_award_idx').on(t.unitAtAwardId, t.achievementYear),
    index('awards_decision_idx').on(t.decisionId),
    // A yearly title is granted once per subject and year (revoked ones aside).
    uniqueIndex('awards_title_once_key')
      .on(t.subjectKind, sql`coalesce(${t.personId}, ${t.unitId})`, t.awardKind, t.achievementYear)
      .where(sql`not ${t.revoked} and ${t.awardKind} in (${inList(UNIQUE_YEARLY_TITLES)})`),
    check('awards_subject_kind_check', sql`${t.subjectKind} in (${inList(SUBJECT_KINDS)})`),
    check(
      'awards_subject_check',
      sql`(${t.subjectKind} = 'individual' and ${t.personId} is not null and ${t.unitId} is null and ${t.householdName} is null)
        or (${t.subjectKind} = 'collective' and ${t.unitId} is not null and ${t.personId} is null and ${t.householdName} is null)
        or (${t.subjectKind} = 'household' and ${t.personId} is not null and ${t.unitId} is null and ${t.householdName} is not null)`,
    ),
    check('awards_kind_check', sql`${t.awardKind} in (${inList(AWARD_KIND_CODES)})`),
    check('awards_type_check', sql`${t.awardType} in (${inList(AWARD_TYPES)})`),
    check('awards_year_check', yearCheck(t.achievementYear)),
    check(
      'awards_decision_date_check',
      sql`${t.decisionDate} is null or ${t.decisionDate} >= date '1945-01-01'`,
    ),
    check('awards_amount_check', sql`${t.amount} is null or ${t.amount} >= 0`),
    check(
      'awards_revoked_check',
      sql`(${t.revoked} and ${t.revokedOn} is not null and ${t.revokedReason} is not null)
        or (not ${t.revoked} and ${t.revokedOn} is null and ${t.revokedReason} is null)`,
    ),
    check('awards_source_check', sql`${t.source} in (${inList(AWARD_SOURCES)})`),
    check(
      'awards_decision_source_check',
      sql`(${t.source} in ('decision', 'external')) = (${t.decisionId} is not null)`,
    ),
  ],
);

export const annualRatings = pgTable(
  'annual_ratings',
  {
    id: id(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    year: smallint('year').notNull(),
    /** Mức độ hoàn thành nhiệm vụ: HTXS, HTT, HT, KHT. */
    rating: text('rating').notNull(),
    /** For a person: the unit where they were rated that year. */
    ratedAtUnitId: uuid('rated_at_unit_id').references(() => units.id, { onDelete: 'restrict' }),
    document: text('document'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('annual_ratings_person_year_key').on(t.personId, t.year),
    uniqueIndex('annual_ratings_unit_year_key').on(t.unitId, t.year),
    check('annual_ratings_subject_check', oneSubject(t.personId, t.unitId)),
    check('annual_ratings_rating_check', sql`${t.rating} in (${inList(RATINGS)})`),
    check('annual_ratings_year_check', yearCheck(t.year)),
  ],
);

export const initiatives = pgTable(
  'initiatives',
  {
    id: id(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    title: text('title').notNull(),
    /** Sáng kiến, đề tài khoa học, đề án, công trình, giải pháp. */
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    recognizedOn: date('recognized_on').notNull(),
    /** The act that recognised it: "Quyết định 45/QĐ-HĐSK ngày 01/6/2025 của Hội đồng sáng kiến". */
    recognitionDocument: text('recognition_document'),
    /** The award that already used it: an initiative counts once. */
    usedByAwardId: uuid('used_by_award_id').references(() => awards.id, { onDelete: 'restrict' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('initiatives_person_idx').on(t.personId, t.recognizedOn),
    index('initiatives_award_idx').on(t.usedByAwardId),
    check('initiatives_kind_check', sql`${t.kind} in (${inList(INITIATIVE_KINDS)})`),
    check('initiatives_level_check', sql`${t.level} in (${inList(INITIATIVE_LEVELS)})`),
    check('initiatives_title_check', sql`length(btrim(${t.title})) between 2 and 500`),
    check('initiatives_date_check', sql`${t.recognizedOn} >= date '1945-01-01'`),
  ],
);

export const disciplines = pgTable(
  'disciplines',
  {
    id: id(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    fromDate: date('from_date').notNull(),
    /** Null while in force with no end date set. */
    toDate: date('to_date'),
    document: text('document'),
    reason: text('reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('disciplines_person_idx').on(t.personId, t.fromDate),
    index('disciplines_unit_idx').on(t.unitId, t.fromDate),
    check('disciplines_subject_check', oneSubject(t.personId, t.unitId)),
    check('disciplines_kind_check', sql`${t.kind} in (${inList(DISCIPLINE_KINDS)})`),
    check('disciplines_period_check', sql`${t.toDate} is null or ${t.toDate} >= ${t.fromDate}`),
  ],
);

/** Pending inspections, investigations or complaints: a hold on any award while open. */
export const investigations = pgTable(
  'investigations',
  {
    id: id(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    reason: text('reason').notNull(),
    document: text('document'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('investigations_person_idx').on(t.personId),
    index('investigations_unit_idx').on(t.unitId),
    check('investigations_subject_check', oneSubject(t.personId, t.unitId)),
    check('investigations_period_check', sql`${t.closedOn} is null or ${t.closedOn} >= ${t.openedOn}`),
    check('investigations_reason_check', sql`length(btrim(${t.reason})) between 2 and 1000`),
  ],
);

/** Yearly figures of a collective: what TTLĐTT, TTLĐXS and the collective forms are judged on. */
export const memberStats = pgTable(
  'member_stats',
  {
    id: id(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    year: smallint('year').notNull(),
    members: integer('members').notNull(),
    /** Share of members who are LĐTT (0–1). */
    ldttShare: numeric('ldtt_share', { precision: 5, scale: 4, mode: 'number' }).notNull(),
    /** Share of members who completed their duties (HT or better, 0–1). */
    completedShare: numeric('completed_share', { precision: 5, scale: 4, mode: 'number' }).notNull(),
    cstdcsCount: integer('cstdcs_count').notNull().default(0),
    /** A member disciplined at cảnh cáo or above that year. */
    seriousDiscipline: boolean('serious_discipline').notNull().default(false),
    document: text('document'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('member_stats_unit_year_key').on(t.unitId, t.year),
    check('member_stats_year_check', yearCheck(t.year)),
    check('member_stats_members_check', sql`${t.members} >= 0`),
    check('member_stats_ldtt_check', sql`${t.ldttShare} between 0 and 1`),
    check('member_stats_completed_check', sql`${t.completedShare} between 0 and 1`),
    check('member_stats_cstdcs_check', sql`${t.cstdcsCount} between 0 and ${t.members}`),
  ],
);
