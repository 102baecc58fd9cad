// Councils (Hội đồng Thi đua - Khen thưởng, issue #4 point 4): a council per awarding authority, its composition
// over time (each kiện toàn is a change; membership periods keep the history), meetings with their agenda of
// dossiers, attendance, and a ballot per nominee (counts, or each member's vote). A closed meeting is immutable
// (service checks, and triggers of migration council_locks).
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  doublePrecision,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ATTENDANCE_STATUSES,
  BALLOT_MODES,
  COUNCIL_ROLES,
  MEETING_STATUSES,
  SESSION_KINDS,
  VOTE_CHOICES,
} from '../../../domain/council';
import { AWARD_KIND_CODES } from '../../../domain/regimes/types';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { dossierNominees, dossiers } from './dossiers';
import { people } from './people';
import { units } from './units';

export const councils = pgTable(
  'councils',
  {
    id: id(),
    /** The awarding authority the council advises (huyện Cẩm Xuyên, tỉnh Hà Tĩnh …): one council per unit. */
    authorityUnitId: uuid('authority_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** "Hội đồng Thi đua - Khen thưởng huyện Cẩm Xuyên". */
    name: text('name').notNull(),
    /** The establishing decision as written: "Quyết định số 1520/QĐ-UBND ngày 15/6/2021 của Chủ tịch UBND huyện". */
    decision: text('decision').notNull(),
    establishedOn: date('established_on').notNull(),
    /** Last day of work (e.g. 30/6/2025 for a district council); null while it works. */
    dissolvedOn: date('dissolved_on'),
    /** Functions and working rules (quy chế), as paragraphs. */
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('councils_authority_key').on(t.authorityUnitId),
    check('councils_name_check', sql`length(btrim(${t.name})) between 5 and 300`),
    check('councils_decision_check', sql`length(btrim(${t.decision})) between 3 and 500`),
    check('councils_term_check', sql`${t.dissolvedOn} is null or ${t.dissolvedOn} >= ${t.establishedOn}`),
  ],
);

/** The establishing decision and every kiện toàn after it: the composition named from a date. */
export const councilChanges = pgTable(
  'council_changes',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    /** "Quyết định số 845/QĐ-UBND ngày 10/3/2023 về việc kiện toàn Hội đồng …". */
    decision: text('decision').notNull(),
    effectiveOn: date('effective_on').notNull(),
    note: text('note'),
    /** Members from this date. */
    membersTotal: smallint('members_total').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('council_changes_date_key').on(t.councilId, t.effectiveOn),
    check('council_changes_kind_check', sql`${t.kind} in ('establish', 'recompose')`),
    check('council_changes_decision_check', sql`length(btrim(${t.decision})) between 3 and 500`),
    check('council_changes_total_check', sql`${t.membersTotal} > 0`),
  ],
);

/** One member in one seat for a period; a change of seat or leaving ends the period, history is never rewritten. */
export const councilMembers = pgTable(
  'council_members',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'restrict' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    role: text('role').notNull(),
    /** As the decision writes it: "Chủ tịch UBND huyện". */
    position: text('position'),
    /** "UBND huyện Cẩm Xuyên". */
    organisation: text('organisation'),
    fromDate: date('from_date').notNull(),
    toDate: date('to_date'),
    startChangeId: uuid('start_change_id')
      .notNull()
      .references(() => councilChanges.id, { onDelete: 'restrict' }),
    endChangeId: uuid('end_change_id').references(() => councilChanges.id, { onDelete: 'restrict' }),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [
    index('council_members_council_idx').on(t.councilId, t.fromDate),
    index('council_members_person_idx').on(t.personId),
    check('council_members_role_check', sql`${t.role} in (${inList(COUNCIL_ROLES)})`),
    check('council_members_period_check', sql`${t.toDate} is null or ${t.toDate} >= ${t.fromDate}`),
  ],
);

export const councilMeetings = pgTable(
  'council_meetings',
  {
    id: id(),
    councilId: uuid('council_id')
      .notNull()
      .references(() => councils.id, { onDelete: 'restrict' }),
    /** "Phiên họp xét khen thưởng tổng kết năm 2023". */
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    /** "14:00". */
    startTime: text('start_time'),
    place: text('place'),
    sessionKind: text('session_kind').notNull().default('award'),
    chairPersonId: uuid('chair_person_id').references(() => people.id, { onDelete: 'restrict' }),
    secretaryPersonId: uuid('secretary_person_id').references(() => people.id, { onDelete: 'restrict' }),
    status: text('status').notNull().default('open'),
    /** Kết luận của chủ trì, as paragraphs. */
    conclusion: text('conclusion'),
    /** Snapshots taken at closing: the regime of the date, all members, the quorum reached. */
    regimeId: text('regime_id'),
    membersTotal: smallint('members_total'),
    presentCount: smallint('present_count'),
    quorumText: text('quorum_text'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by').references(() => users.id, { onDelete: 'set null' }),
    closedByName: text('closed_by_name'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('council_meetings_council_idx').on(t.councilId, t.heldOn),
    check('council_meetings_title_check', sql`length(btrim(${t.title})) between 5 and 300`),
    check('council_meetings_status_check', sql`${t.status} in (${inList(MEETING_STATUSES)})`),
    check('council_meetings_session_check', sql`${t.sessionKind} in (${inList(SESSION_KINDS)})`),
    check(
      'council_meetings_time_check',
      sql`${t.startTime} is null or ${t.startTime} ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`,
    ),
    check(
      'council_meetings_closed_check',
      sql`(${t.status} = 'closed') = (${t.closedAt} is not null and ${t.membersTotal} is not null)`,
    ),
  ],
);

/** The agenda: dossiers addressed to the council's authority, in the order considered. */
export const councilMeetingDossiers = pgTable(
  'council_meeting_dossiers',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id, { onDelete: 'cascade' }),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'restrict' }),
    position: smallint('position').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.dossierId] }),
    index('council_meeting_dossiers_dossier_idx').on(t.dossierId),
  ],
);

export const councilAttendance = pgTable(
  'council_attendance',
  {
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    status: text('status').notNull(),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.meetingId, t.personId] }),
    check('council_attendance_status_check', sql`${t.status} in (${inList(ATTENDANCE_STATUSES)})`),
  ],
);

/** The council's ballot on one nominee (one per nominee, ever): the tally, the rule applied and its outcome. */
export const councilBallots = pgTable(
  'council_ballots',
  {
    id: id(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => councilMeetings.id, { onDelete: 'restrict' }),
    nomineeId: uuid('nominee_id')
      .notNull()
      .references(() => dossierNominees.id, { onDelete: 'restrict' }),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'restrict' }),
    /** The kind voted on (the one requested, or the one the appraisal proposed). */
    awardKind: text('award_kind').notNull(),
    mode: text('mode').notNull(),
    agree: smallint('agree').notNull(),
    disagree: smallint('disagree').notNull(),
    invalid: smallint('invalid').notNull(),
    /** Votes of absent members given in writing (individual mode). */
    writtenVotes: smallint('written_votes').notNull().default(0),
    /** ALL members of the council on the meeting date: the denominator. */
    membersTotal: smallint('members_total').notNull(),
    ruleKind: text('rule_kind').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    strict: boolean('strict').notNull(),
    ruleText: text('rule_text').notNull(),
    ruleSource: text('rule_source').notNull(),
    passed: boolean('passed').notNull(),
    outcomeText: text('outcome_text').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    version: version(),
  },
  (t) => [
    uniqueIndex('council_ballots_nominee_key').on(t.nomineeId),
    index('council_ballots_meeting_idx').on(t.meetingId),
    check('council_ballots_mode_check', sql`${t.mode} in (${inList(BALLOT_MODES)})`),
    check('council_ballots_rule_check', sql`${t.ruleKind} in ('threshold', 'majority')`),
    check('council_ballots_kind_check', sql`${t.awardKind} in (${inList(AWARD_KIND_CODES)})`),
    check(
      'council_ballots_counts_check',
      sql`${t.agree} >= 0 and ${t.disagree} >= 0 and ${t.invalid} >= 0 and ${t.writtenVotes} >= 0
        and ${t.membersTotal} > 0 and ${t.agree} + ${t.disagree} + ${t.invalid} <= ${t.membersTotal}`,
    ),
    check('council_ballots_threshold_check', sql`${t.threshold} > 0 and ${t.threshold} <= 1`),
  ],
);

/** Each member's vote (individual mode); a member votes once per ballot. */
export const councilBallotVotes = pgTable(
  'council_ballot_votes',
  {
    ballotId: uuid('ballot_id')
      .notNull()
      .references(() => councilBallots.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    vote: text('vote').notNull(),
    /** An absent member's written vote. */
    written: boolean('written').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.ballotId, t.personId] }),
    check('council_ballot_votes_vote_check', sql`${t.vote} in (${inList(VOTE_CHOICES)})`),
  ],
);
