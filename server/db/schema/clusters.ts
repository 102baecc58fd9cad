// Clusters and blocks (cụm, khối thi đua, issue #5 point 4): per year and organising unit, the members with the
// leader and deputy, the covenant (giao ước), the score sheet (criteria groups, criteria, bonus and penalty
// items), the members' self-scores with evidence and the cluster's scores, and the results once finalised
// (read by the eligibility engine for Cờ thi đua: dẫn đầu cụm, khối).
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
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { GROUP_KINDS, MEMBER_ROLES, SCORE_ITEM_KINDS } from '../../../domain/cluster-scoring';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { files } from './files';
import { units } from './units';

/** Points: up to 1000 with two decimals. */
const points = (name: string) => numeric(name, { precision: 7, scale: 2, mode: 'number' });

export const emulationGroups = pgTable(
  'emulation_groups',
  {
    id: id(),
    year: smallint('year').notNull(),
    /** The unit whose Hội đồng TĐKT runs the cluster (e.g. huyện Cẩm Xuyên, tỉnh Hà Tĩnh); scope of the group. */
    organiserUnitId: uuid('organiser_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    note: text('note'),
    /** Giao ước thi đua: number/symbol, date, content (paragraphs) and the signed file. */
    covenantNumber: text('covenant_number'),
    covenantDate: date('covenant_date'),
    covenantText: text('covenant_text'),
    covenantFileId: uuid('covenant_file_id').references(() => files.id, { onDelete: 'restrict' }),
    /** Cap of the bonus total of the score sheet; null: each bonus item's maximum only. */
    bonusCap: points('bonus_cap'),
    /** 'open' while scoring; 'finalised' once the results are stored (scores and sheet locked). */
    status: text('status').notNull().default('open'),
    finalisedAt: timestamp('finalised_at', { withTimezone: true }),
    /** The document recording the result (biên bản bình xét, suy tôn), as written. */
    resultDocument: text('result_document'),
    /** Last year's group this one continues (members, rotation, sheet copied). */
    previousGroupId: uuid('previous_group_id').references((): AnyPgColumn => emulationGroups.id, {
      onDelete: 'set null',
    }),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('emulation_groups_name_key').on(t.organiserUnitId, t.year, t.name),
    index('emulation_groups_year_idx').on(t.year),
    check('emulation_groups_kind_check', sql`${t.kind} in (${inList(GROUP_KINDS)})`),
    check('emulation_groups_status_check', sql`${t.status} in ('open', 'finalised')`),
    check('emulation_groups_year_check', sql`${t.year} between 2000 and 2100`),
    check('emulation_groups_name_check', sql`length(btrim(${t.name})) between 3 and 300`),
    check('emulation_groups_bonus_cap_check', sql`${t.bonusCap} is null or ${t.bonusCap} > 0`),
    check(
      'emulation_groups_finalised_check',
      sql`(${t.status} = 'finalised') = (${t.finalisedAt} is not null)`,
    ),
  ],
);

export const emulationGroupMembers = pgTable(
  'emulation_group_members',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => emulationGroups.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    role: text('role').notNull().default('member'),
    /** Position in the yearly rotation of leader and deputy. */
    rotationOrder: smallint('rotation_order').notNull(),
    /** Incremented by every score written for this member (optimistic locking of its score card). */
    scoresVersion: integer('scores_version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('emulation_group_members_unit_key').on(t.groupId, t.unitId),
    uniqueIndex('emulation_group_members_order_key').on(t.groupId, t.rotationOrder),
    uniqueIndex('emulation_group_members_leader_key')
      .on(t.groupId)
      .where(sql`${t.role} = 'leader'`),
    uniqueIndex('emulation_group_members_deputy_key')
      .on(t.groupId)
      .where(sql`${t.role} = 'deputy'`),
    index('emulation_group_members_unit_idx').on(t.unitId),
    check('emulation_group_members_role_check', sql`${t.role} in (${inList(MEMBER_ROLES)})`),
    check('emulation_group_members_order_check', sql`${t.rotationOrder} >= 1`),
  ],
);

/** A criteria group of the score sheet ("I. Thực hiện nhiệm vụ chính trị"). */
export const scoreSections = pgTable(
  'score_sections',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => emulationGroups.id, { onDelete: 'cascade' }),
    position: smallint('position').notNull(),
    title: text('title').notNull(),
  },
  (t) => [
    index('score_sections_group_idx').on(t.groupId, t.position),
    check('score_sections_title_check', sql`length(btrim(${t.title})) between 2 and 500`),
  ],
);

/** A criterion (in a section), a bonus item or a penalty item, with its maximum (or largest deduction). */
export const scoreItems = pgTable(
  'score_items',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => emulationGroups.id, { onDelete: 'cascade' }),
    sectionId: uuid('section_id').references(() => scoreSections.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    position: smallint('position').notNull(),
    title: text('title').notNull(),
    maxPoints: points('max_points').notNull(),
    /** How to score it (cách chấm, minh chứng cần có). */
    guidance: text('guidance'),
  },
  (t) => [
    index('score_items_group_idx').on(t.groupId, t.kind, t.position),
    check('score_items_kind_check', sql`${t.kind} in (${inList(SCORE_ITEM_KINDS)})`),
    check('score_items_section_check', sql`(${t.kind} = 'criterion') = (${t.sectionId} is not null)`),
    check('score_items_max_check', sql`${t.maxPoints} > 0`),
    check('score_items_title_check', sql`length(btrim(${t.title})) between 2 and 1000`),
  ],
);

/** A member's points on an item: its self-score with evidence, and the cluster's score (the one that counts). */
export const memberScores = pgTable(
  'member_scores',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => emulationGroups.id, { onDelete: 'cascade' }),
    itemId: uuid('item_id')
      .notNull()
      .references(() => scoreItems.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    selfScore: points('self_score'),
    selfEvidence: text('self_evidence'),
    selfFileId: uuid('self_file_id').references(() => files.id, { onDelete: 'restrict' }),
    selfBy: uuid('self_by').references(() => users.id, { onDelete: 'set null' }),
    selfAt: timestamp('self_at', { withTimezone: true }),
    groupScore: points('group_score'),
    groupNote: text('group_note'),
    groupBy: uuid('group_by').references(() => users.id, { onDelete: 'set null' }),
    groupAt: timestamp('group_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('member_scores_key').on(t.itemId, t.unitId),
    index('member_scores_group_idx').on(t.groupId, t.unitId),
    check('member_scores_self_check', sql`${t.selfScore} is null or ${t.selfScore} >= 0`),
    check('member_scores_group_check', sql`${t.groupScore} is null or ${t.groupScore} >= 0`),
  ],
);

/** The finalised result of each member (rank, points, leading): what the eligibility engine reads. */
export const emulationGroupResults = pgTable(
  'emulation_group_results',
  {
    id: id(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => emulationGroups.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    year: smallint('year').notNull(),
    rank: smallint('rank').notNull(),
    basic: points('basic').notNull(),
    bonus: points('bonus').notNull(),
    penalty: points('penalty').notNull(),
    total: numeric('total', { precision: 8, scale: 2, mode: 'number' }).notNull(),
    leading: boolean('leading').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('emulation_group_results_key').on(t.groupId, t.unitId),
    index('emulation_group_results_unit_idx').on(t.unitId, t.year),
    check('emulation_group_results_rank_check', sql`${t.rank} >= 1`),
  ],
);
