// Nomination dossiers (hồ sơ đề nghị khen thưởng, issue #4 points 1–3 and 6): the dossier addressed to an
// awarding authority, its nominees with the eligibility verdict taken at submission and the appraisal,
// its attachments, and every workflow step as an event.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ROLES } from '../../../contracts/enums';
import { AWARD_KIND_CODES, AWARD_TYPES, SUBJECT_KINDS } from '../../../domain/regimes/types';
import {
  APPRAISALS,
  ATTACHMENT_KINDS,
  AUTHORITY_CODES,
  DOSSIER_STATUSES,
  OUTCOMES,
  VERDICT_STATUSES,
} from '../../../domain/workflow';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { files } from './files';
import { people } from './people';
import { units } from './units';

export const dossiers = pgTable(
  'dossiers',
  {
    id: id(),
    /** Human-readable number, a sequence per year: "HS-2026-00042". */
    code: text('code').notNull(),
    proposingUnitId: uuid('proposing_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** Who awards (domain/regimes/types AuthorityCode) and its title: "Chủ tịch UBND xã". */
    authorityCode: text('authority_code').notNull(),
    authorityLabel: text('authority_label').notNull(),
    /** The unit whose head awards; NULL for a central authority (Thủ tướng, Chủ tịch nước …). */
    authorityUnitId: uuid('authority_unit_id').references(() => units.id, { onDelete: 'restrict' }),
    /** The regime the dossier is judged under (of the achievement year), kept from submission. */
    regimeId: text('regime_id').notNull(),
    awardType: text('award_type').notNull(),
    /** Phong trào thi đua (movements table of another module; no FK yet). */
    movementId: uuid('movement_id'),
    title: text('title').notNull(),
    achievementYear: smallint('achievement_year').notNull(),
    status: text('status').notNull().default('draft'),
    /** Deadline of the step the dossier waits on (working days, domain/working-days). */
    deadlineOn: date('deadline_on'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    receivedAt: timestamp('received_at', { withTimezone: true }),
    /** The lower-level dossier this one was forwarded from. */
    forwardedFromId: uuid('forwarded_from_id').references((): AnyPgColumn => dossiers.id, {
      onDelete: 'restrict',
    }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('dossiers_code_key').on(t.code),
    index('dossiers_proposing_idx').on(t.proposingUnitId, t.status),
    index('dossiers_authority_idx').on(t.authorityUnitId, t.status),
    index('dossiers_forwarded_from_idx').on(t.forwardedFromId),
    index('dossiers_movement_idx').on(t.movementId),
    // The list's default order (updated_at desc, code desc: this index read backwards): its first page comes from
    // the index instead of sorting every dossier in scope.
    index('dossiers_updated_idx').on(t.updatedAt, t.code),
    check('dossiers_code_check', sql`${t.code} ~ '^HS-[0-9]{4}-[0-9]{5,}$'`),
    check('dossiers_status_check', sql`${t.status} in (${inList(DOSSIER_STATUSES)})`),
    check('dossiers_authority_code_check', sql`${t.authorityCode} in (${inList(AUTHORITY_CODES)})`),
    check('dossiers_regime_check', sql`${t.regimeId} in ('A', 'B', 'C')`),
    check('dossiers_award_type_check', sql`${t.awardType} in (${inList(AWARD_TYPES)})`),
    check('dossiers_year_check', sql`${t.achievementYear} between 1945 and 2100`),
    check('dossiers_title_check', sql`length(btrim(${t.title})) between 3 and 500`),
    check(
      'dossiers_forward_self_check',
      sql`${t.forwardedFromId} is null or ${t.forwardedFromId} <> ${t.id}`,
    ),
  ],
);

/** The last code number given per year (dossier codes: one row per year, incremented under a row lock). */
export const dossierCodeCounters = pgTable('dossier_code_counters', {
  year: smallint('year').primaryKey(),
  last: integer('last').notNull(),
});

export const dossierNominees = pgTable(
  'dossier_nominees',
  {
    id: id(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    subjectKind: text('subject_kind').notNull(),
    /** The individual, or the head of the household. */
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    /** The collective. */
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    householdName: text('household_name'),
    awardKind: text('award_kind').notNull(),
    /** Tóm tắt thành tích. */
    summary: text('summary'),
    /** Báo cáo thành tích. */
    reportFileId: uuid('report_file_id').references(() => files.id, { onDelete: 'restrict' }),
    /** Eligibility verdict taken at submission (snapshot: status and the whole verdict with evidence). */
    verdictStatus: text('verdict_status'),
    verdict: jsonb('verdict'),
    verdictAt: timestamp('verdict_at', { withTimezone: true }),
    /** The specialist's appraisal. */
    appraisal: text('appraisal'),
    appraisalNote: text('appraisal_note'),
    proposedAwardKind: text('proposed_award_kind'),
    /** The council's outcome (written by the council module). */
    outcome: text('outcome'),
    outcomeAwardKind: text('outcome_award_kind'),
    /** The decision that awarded it (decisions module; no FK yet). */
    decisionId: uuid('decision_id'),
    /** Its copy in the dossier forwarded one level up. */
    forwardedToNomineeId: uuid('forwarded_to_nominee_id').references((): AnyPgColumn => dossierNominees.id, {
      onDelete: 'set null',
    }),
    version: version(),
  },
  (t) => [
    index('dossier_nominees_dossier_idx').on(t.dossierId, t.position),
    index('dossier_nominees_person_idx').on(t.personId),
    index('dossier_nominees_unit_idx').on(t.unitId),
    index('dossier_nominees_decision_idx').on(t.decisionId),
    // The same subject is not nominated twice for the same award kind in one dossier.
    uniqueIndex('dossier_nominees_subject_key').on(
      t.dossierId,
      t.subjectKind,
      sql`coalesce(${t.personId}, ${t.unitId})`,
      t.awardKind,
    ),
    check('dossier_nominees_subject_kind_check', sql`${t.subjectKind} in (${inList(SUBJECT_KINDS)})`),
    check(
      'dossier_nominees_subject_check',
      sql`(${t.subjectKind} = 'individual' and ${t.personId} is not null and ${t.unitId} is null and ${t.householdName} is null)
        or (${t.subjectKind} = 'collective' and ${t.unitId} is not null and ${t.personId} is null and ${t.householdName} is null)
        or (${t.subjectKind} = 'household' and ${t.personId} is not null and ${t.unitId} is null and ${t.householdName} is not null)`,
    ),
    check('dossier_nominees_kind_check', sql`${t.awardKind} in (${inList(AWARD_KIND_CODES)})`),
    check(
      'dossier_nominees_proposed_kind_check',
      sql`${t.proposedAwardKind} is null or ${t.proposedAwardKind} in (${inList(AWARD_KIND_CODES)})`,
    ),
    check(
      'dossier_nominees_outcome_kind_check',
      sql`${t.outcomeAwardKind} is null or ${t.outcomeAwardKind} in (${inList(AWARD_KIND_CODES)})`,
    ),
    check(
      'dossier_nominees_verdict_check',
      sql`(${t.verdictStatus} is null and ${t.verdict} is null and ${t.verdictAt} is null)
        or (${t.verdictStatus} in (${inList(VERDICT_STATUSES)}) and ${t.verdict} is not null and ${t.verdictAt} is not null)`,
    ),
    check(
      'dossier_nominees_appraisal_check',
      sql`${t.appraisal} is null or ${t.appraisal} in (${inList(APPRAISALS)})`,
    ),
    check(
      'dossier_nominees_outcome_check',
      sql`${t.outcome} is null or ${t.outcome} in (${inList(OUTCOMES)})`,
    ),
    check('dossier_nominees_position_check', sql`${t.position} >= 1`),
    check('dossier_nominees_summary_check', sql`${t.summary} is null or length(${t.summary}) <= 20000`),
  ],
);

export const dossierAttachments = pgTable(
  'dossier_attachments',
  {
    id: id(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    fileId: uuid('file_id')
      .notNull()
      .references(() => files.id, { onDelete: 'restrict' }),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('dossier_attachments_dossier_idx').on(t.dossierId),
    check('dossier_attachments_kind_check', sql`${t.kind} in (${inList(ATTACHMENT_KINDS)})`),
  ],
);

export const dossierEvents = pgTable(
  'dossier_events',
  {
    id: id(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'cascade' }),
    /** The workflow action (domain/workflow ACTIONS) or 'create'. */
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorUserId: uuid('actor_user_id').references(() => users.id, { onDelete: 'set null' }),
    actorRole: text('actor_role'),
    actorUnitId: uuid('actor_unit_id').references(() => units.id, { onDelete: 'restrict' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    comment: text('comment'),
    /** What to supplement when the dossier is returned: ["Biên bản bình xét", …]. */
    supplementItems: jsonb('supplement_items'),
  },
  (t) => [
    index('dossier_events_dossier_idx').on(t.dossierId, t.at),
    check(
      'dossier_events_from_check',
      sql`${t.fromStatus} is null or ${t.fromStatus} in (${inList(DOSSIER_STATUSES)})`,
    ),
    check('dossier_events_to_check', sql`${t.toStatus} in (${inList(DOSSIER_STATUSES)})`),
    check('dossier_events_role_check', sql`${t.actorRole} is null or ${t.actorRole} in (${inList(ROLES)})`),
  ],
);
