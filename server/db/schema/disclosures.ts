// Public disclosure (công khai lấy ý kiến, issue #4 point 8, legal.md §9): the nominees of a dossier published
// for a comment period before the council votes, the public's comments, and the outcome recorded. Per authority,
// an administrator may add award kinds that must be disclosed although the law does not require it.
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { COMMENT_STATUSES, DISCLOSURE_OUTCOMES, DISCLOSURE_STATUSES } from '../../../domain/council';
import { AWARD_KIND_CODES } from '../../../domain/regimes/types';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { dossierNominees, dossiers } from './dossiers';
import { units } from './units';

/** Kinds an authority chose to disclose beyond the law, with their comment period. */
export const disclosureSettings = pgTable(
  'disclosure_settings',
  {
    id: id(),
    authorityUnitId: uuid('authority_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    awardKind: text('award_kind').notNull(),
    /** Working days of the comment period. */
    days: smallint('days').notNull().default(10),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('disclosure_settings_kind_key').on(t.authorityUnitId, t.awardKind),
    check('disclosure_settings_kind_check', sql`${t.awardKind} in (${inList(AWARD_KIND_CODES)})`),
    check('disclosure_settings_days_check', sql`${t.days} between 1 and 60`),
  ],
);

export const disclosures = pgTable(
  'disclosures',
  {
    id: id(),
    dossierId: uuid('dossier_id')
      .notNull()
      .references(() => dossiers.id, { onDelete: 'restrict' }),
    /** The dossier's awarding authority: who publishes, and the scope of the disclosure. */
    authorityUnitId: uuid('authority_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** Public title: "Lấy ý kiến Nhân dân đối với các cá nhân đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc". */
    title: text('title').notNull(),
    /** Public introduction (who publishes, how to send comments), as paragraphs. */
    intro: text('intro'),
    status: text('status').notNull().default('draft'),
    days: smallint('days').notNull(),
    dayKind: text('day_kind').notNull().default('working'),
    opensOn: date('opens_on'),
    /** The last day comments are received. */
    closesOn: date('closes_on'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedByName: text('published_by_name'),
    outcome: text('outcome'),
    outcomeNote: text('outcome_note'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedByName: text('closed_by_name'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('disclosures_dossier_key').on(t.dossierId),
    index('disclosures_authority_idx').on(t.authorityUnitId, t.status),
    check('disclosures_status_check', sql`${t.status} in (${inList(DISCLOSURE_STATUSES)})`),
    check('disclosures_day_kind_check', sql`${t.dayKind} in ('working', 'calendar')`),
    check('disclosures_days_check', sql`${t.days} between 1 and 60`),
    check('disclosures_title_check', sql`length(btrim(${t.title})) between 5 and 500`),
    check(
      'disclosures_outcome_check',
      sql`${t.outcome} is null or ${t.outcome} in (${inList(DISCLOSURE_OUTCOMES)})`,
    ),
    check(
      'disclosures_published_check',
      sql`(${t.status} = 'draft') = (${t.opensOn} is null) and (${t.opensOn} is null) = (${t.closesOn} is null)
        and (${t.closesOn} is null or ${t.closesOn} >= ${t.opensOn})`,
    ),
    check('disclosures_closed_check', sql`(${t.status} = 'closed') = (${t.outcome} is not null)`),
  ],
);

/** The nominees published, with the public text fixed at publication (never CCCD, birth date or contacts). */
export const disclosureNominees = pgTable(
  'disclosure_nominees',
  {
    disclosureId: uuid('disclosure_id')
      .notNull()
      .references(() => disclosures.id, { onDelete: 'cascade' }),
    nomineeId: uuid('nominee_id')
      .notNull()
      .references(() => dossierNominees.id, { onDelete: 'restrict' }),
    position: smallint('position').notNull(),
    publicName: text('public_name').notNull(),
    /** Chức vụ, đơn vị (individual) or the unit's place (collective). */
    publicDescription: text('public_description'),
    awardKind: text('award_kind').notNull(),
    awardKindName: text('award_kind_name').notNull(),
    /** Tóm tắt thành tích as published. */
    publicSummary: text('public_summary'),
  },
  (t) => [
    primaryKey({ columns: [t.disclosureId, t.nomineeId] }),
    index('disclosure_nominees_nominee_idx').on(t.nomineeId),
    check('disclosure_nominees_kind_check', sql`${t.awardKind} in (${inList(AWARD_KIND_CODES)})`),
  ],
);

/** A comment from the public: stored as typed (NFC text), shown escaped; the address only as a salted hash. */
export const disclosureComments = pgTable(
  'disclosure_comments',
  {
    id: id(),
    disclosureId: uuid('disclosure_id')
      .notNull()
      .references(() => disclosures.id, { onDelete: 'cascade' }),
    /** The nominee the comment is about, when the sender chose one. */
    nomineeId: uuid('nominee_id').references(() => dossierNominees.id, { onDelete: 'restrict' }),
    authorName: text('author_name'),
    authorContact: text('author_contact'),
    content: text('content').notNull(),
    /** sha256 of the sender's address with a per-disclosure salt: rate limits without keeping the address. */
    clientHash: text('client_hash').notNull(),
    status: text('status').notNull().default('new'),
    handledNote: text('handled_note'),
    handledBy: uuid('handled_by').references(() => users.id, { onDelete: 'set null' }),
    handledByName: text('handled_by_name'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    index('disclosure_comments_disclosure_idx').on(t.disclosureId, t.createdAt),
    index('disclosure_comments_client_idx').on(t.clientHash, t.createdAt),
    check('disclosure_comments_status_check', sql`${t.status} in (${inList(COMMENT_STATUSES)})`),
    check('disclosure_comments_content_check', sql`length(btrim(${t.content})) between 10 and 5000`),
    check(
      'disclosure_comments_author_check',
      sql`(${t.authorName} is null or length(${t.authorName}) <= 200)
        and (${t.authorContact} is null or length(${t.authorContact}) <= 200)`,
    ),
    check(
      'disclosure_comments_handled_check',
      sql`(${t.status} = 'handled') = (${t.handledAt} is not null and ${t.handledNote} is not null)`,
    ),
  ],
);
