// Đăng ký thi đua (issue #5 point 3): each year a unit registers the titles it and its people aim for and sends
// the registration to its parent unit, which accepts or returns it; the parent sets the yearly deadline.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { REGISTRATION_ACTIONS, REGISTRATION_STATUSES } from '../../../domain/registration';
import { AWARD_KIND_CODES } from '../../../domain/regimes/types';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { people } from './people';
import { units } from './units';

/** The deadline a parent unit sets for its children's registrations of a year (hạn đăng ký thi đua). */
export const registrationDeadlines = pgTable(
  'registration_deadlines',
  {
    id: id(),
    parentUnitId: uuid('parent_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    year: smallint('year').notNull(),
    dueOn: date('due_on').notNull(),
    /** The document setting it, or a remark ("theo Hướng dẫn số …"). */
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('registration_deadlines_key').on(t.parentUnitId, t.year),
    check('registration_deadlines_year_check', sql`${t.year} between 2000 and 2100`),
  ],
);

export const registrations = pgTable(
  'registrations',
  {
    id: id(),
    /** The registering unit. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** The recipient: the unit's parent when the registration was made (it accepts or returns it). */
    parentUnitId: uuid('parent_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    year: smallint('year').notNull(),
    status: text('status').notNull().default('draft'),
    /** The unit's commitments in its own words (nội dung đăng ký, chỉ tiêu), paragraphs. */
    note: text('note'),
    /** First submission: lateness is judged on it (a resubmission after a return is not late again). */
    firstSubmittedAt: timestamp('first_submitted_at', { withTimezone: true }),
    /** The day of the first submission in Vietnam (UTC+7). */
    firstSubmittedOn: date('first_submitted_on'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** When the parent last accepted or returned it. */
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The reason of the last return (also kept in the events). */
    returnReason: text('return_reason'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('registrations_unit_year_key').on(t.unitId, t.year),
    index('registrations_parent_idx').on(t.parentUnitId, t.year, t.status),
    check('registrations_status_check', sql`${t.status} in (${inList(REGISTRATION_STATUSES)})`),
    check('registrations_year_check', sql`${t.year} between 2000 and 2100`),
    check('registrations_parent_check', sql`${t.parentUnitId} <> ${t.unitId}`),
    check(
      'registrations_submitted_check',
      sql`${t.status} = 'draft' or (${t.firstSubmittedAt} is not null and ${t.firstSubmittedOn} is not null)`,
    ),
  ],
);

/** One registered title for one subject: a person of the unit, or the unit itself or a unit under it. */
export const registrationLines = pgTable(
  'registration_lines',
  {
    id: id(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    subjectKind: text('subject_kind').notNull(),
    personId: uuid('person_id').references(() => people.id, { onDelete: 'restrict' }),
    unitId: uuid('unit_id').references(() => units.id, { onDelete: 'restrict' }),
    awardKind: text('award_kind').notNull(),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('registration_lines_subject_key').on(
      t.registrationId,
      t.subjectKind,
      sql`coalesce(${t.personId}, ${t.unitId})`,
      t.awardKind,
    ),
    index('registration_lines_person_idx').on(t.personId),
    index('registration_lines_unit_idx').on(t.unitId),
    check('registration_lines_subject_kind_check', sql`${t.subjectKind} in ('individual', 'collective')`),
    check(
      'registration_lines_subject_check',
      sql`(${t.subjectKind} = 'individual' and ${t.personId} is not null and ${t.unitId} is null)
        or (${t.subjectKind} = 'collective' and ${t.unitId} is not null and ${t.personId} is null)`,
    ),
    check('registration_lines_award_kind_check', sql`${t.awardKind} in (${inList(AWARD_KIND_CODES)})`),
  ],
);

/** Every step of a registration: who, when, from which status to which, with the reason of a return. */
export const registrationEvents = pgTable(
  'registration_events',
  {
    id: id(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    comment: text('comment'),
  },
  (t) => [
    index('registration_events_reg_idx').on(t.registrationId, t.at),
    check('registration_events_action_check', sql`${t.action} in (${inList(REGISTRATION_ACTIONS)})`),
    check(
      'registration_events_return_check',
      sql`${t.action} <> 'return' or length(btrim(coalesce(${t.comment}, ''))) >= 3`,
    ),
  ],
);
