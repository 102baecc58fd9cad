// Emulation movements (phong trào thi đua, issue #5 point 2): the movement with its launching authority and level,
// its place in the tree across levels (Thủ tướng → tỉnh → huyện), participating units, documents with their role,
// status steps, and indicators (chỉ tiêu) with target and actual values per unit and period.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { AUTHORITY_LEVELS } from '../../../domain/documents';
import {
  DOCUMENT_ROLES,
  MOVEMENT_KINDS,
  MOVEMENT_STATUSES,
  REVIEW_KINDS,
  STATUS_ACTIONS,
  VALUE_QUALIFIERS,
} from '../../../domain/movements';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { documents } from './documents';
import { units } from './units';

export const movements = pgTable(
  'movements',
  {
    id: id(),
    /** The movement of the level above that this one implements (no cycles: checked by the service). */
    parentId: uuid('parent_id').references((): AnyPgColumn => movements.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    nameFolded: text('name_folded').notNull(),
    nameSort: text('name_sort').notNull(),
    /** Other names the sources use for it. */
    nameVariants: text('name_variants')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    kind: text('kind').notNull(),
    /** The unit the movement belongs to (scope): its launching unit, or the unit that follows it. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** The launching unit when it is one of ours. */
    launchingUnitId: uuid('launching_unit_id').references(() => units.id, { onDelete: 'restrict' }),
    /** The launching authority as written: "Thủ tướng Chính phủ", "UBND tỉnh Hà Tĩnh". */
    authorityName: text('authority_name'),
    authorityLevel: text('authority_level'),
    periodFrom: date('period_from'),
    periodTo: date('period_to'),
    launchedOn: date('launched_on'),
    /** Aims and content (paragraphs). */
    description: text('description'),
    /** What was done, as a list. */
    activities: text('activities')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text('status').notNull().default('launched'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('movements_parent_idx').on(t.parentId),
    index('movements_unit_idx').on(t.unitId),
    index('movements_name_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`),
    check('movements_kind_check', sql`${t.kind} in (${inList(MOVEMENT_KINDS)})`),
    check('movements_status_check', sql`${t.status} in (${inList(MOVEMENT_STATUSES)})`),
    check(
      'movements_level_check',
      sql`${t.authorityLevel} is null or ${t.authorityLevel} in (${inList(AUTHORITY_LEVELS)})`,
    ),
    check('movements_name_check', sql`length(btrim(${t.name})) between 3 and 500`),
    check(
      'movements_period_check',
      sql`${t.periodTo} is null or ${t.periodFrom} is null or ${t.periodTo} >= ${t.periodFrom}`,
    ),
    check('movements_parent_self_check', sql`${t.parentId} is null or ${t.parentId} <> ${t.id}`),
  ],
);

export const movementUnits = pgTable(
  'movement_units',
  {
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.movementId, t.unitId] }), index('movement_units_unit_idx').on(t.unitId)],
);

export const movementDocuments = pgTable(
  'movement_documents',
  {
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'restrict' }),
    role: text('role').notNull(),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.movementId, t.documentId] }),
    index('movement_documents_document_idx').on(t.documentId),
    check('movement_documents_role_check', sql`${t.role} in (${inList(DOCUMENT_ROLES)})`),
  ],
);

/** Every status step, in order: the launch (when entered), start, sơ kết/tổng kết with its document, close. */
export const movementStatusEvents = pgTable(
  'movement_status_events',
  {
    id: id(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    /** The day it happened (not the day it was recorded). */
    occurredOn: date('occurred_on'),
    reviewKind: text('review_kind'),
    /** The sơ kết / tổng kết report or decision. */
    documentId: uuid('document_id').references(() => documents.id, { onDelete: 'restrict' }),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('movement_status_events_movement_idx').on(t.movementId, t.at),
    check('movement_status_events_action_check', sql`${t.action} in ('launch', ${inList(STATUS_ACTIONS)})`),
    check('movement_status_events_to_check', sql`${t.toStatus} in (${inList(MOVEMENT_STATUSES)})`),
    check(
      'movement_status_events_review_check',
      sql`(${t.action} = 'review') = (${t.reviewKind} is not null)
        and (${t.reviewKind} is null or ${t.reviewKind} in (${inList(REVIEW_KINDS)}))`,
    ),
  ],
);

export const movementIndicators = pgTable(
  'movement_indicators',
  {
    id: id(),
    movementId: uuid('movement_id')
      .notNull()
      .references(() => movements.id, { onDelete: 'cascade' }),
    /** "số hợp tác xã", "tổng vốn điều lệ". */
    name: text('name').notNull(),
    /** "doanh nghiệp", "tỷ đồng", "%". */
    unitOfMeasure: text('unit_of_measure'),
    /** The movement's overall target, if it sets one. */
    target: numeric('target', { precision: 20, scale: 4, mode: 'number' }),
    note: text('note'),
    sortOrder: smallint('sort_order').notNull().default(0),
    createdAt: createdAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('movement_indicators_name_key').on(t.movementId, sql`lower(${t.name})`),
    check('movement_indicators_name_check', sql`length(btrim(${t.name})) between 2 and 500`),
  ],
);

/** A unit's figures for an indicator over a period: target, actual (with "hơn", "gần" …) and as of when. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: id(),
    indicatorId: uuid('indicator_id')
      .notNull()
      .references(() => movementIndicators.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    target: numeric('target', { precision: 20, scale: 4, mode: 'number' }),
    actual: numeric('actual', { precision: 20, scale: 4, mode: 'number' }),
    qualifier: text('qualifier'),
    /** The day the actual figure stands at, when the source gives one. */
    asOf: date('as_of'),
    note: text('note'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('indicator_values_period_key').on(t.indicatorId, t.unitId, t.periodFrom, t.periodTo),
    index('indicator_values_unit_idx').on(t.unitId),
    check('indicator_values_period_check', sql`${t.periodTo} >= ${t.periodFrom}`),
    check('indicator_values_figure_check', sql`${t.target} is not null or ${t.actual} is not null`),
    check(
      'indicator_values_qualifier_check',
      sql`${t.qualifier} is null or (${t.actual} is not null and ${t.qualifier} in (${inList(VALUE_QUALIFIERS)}))`,
    ),
  ],
);
