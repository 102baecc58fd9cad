// Organisation tree: units with validity periods and lineage events (merge, split, rename, move).
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { ADMIN_LEVELS, UNIT_EVENT_KINDS, UNIT_KINDS } from '../../../contracts/enums';
import { createdAt, id, inList, updatedAt, version } from './_shared';

export const units = pgTable(
  'units',
  {
    id: id(),
    parentId: uuid('parent_id').references((): AnyPgColumn => units.id, { onDelete: 'restrict' }),
    /** Materialised path of ids from the root: "/<root>/<child>/…/<self>/". */
    path: text('path').notNull(),
    code: text('code'),
    name: text('name').notNull(),
    nameFolded: text('name_folded').notNull(),
    nameSort: text('name_sort').notNull(),
    shortName: text('short_name'),
    kind: text('kind').notNull(),
    level: text('level').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    closedReason: text('closed_reason'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('units_path_key').on(t.path),
    uniqueIndex('units_code_key').on(t.code),
    index('units_parent_idx').on(t.parentId),
    index('units_path_prefix_idx').on(sql`${t.path} text_pattern_ops`),
    index('units_name_trgm_idx').using('gin', sql`${t.nameFolded} gin_trgm_ops`),
    check('units_kind_check', sql`${t.kind} in (${inList(UNIT_KINDS)})`),
    check('units_level_check', sql`${t.level} in (${inList(ADMIN_LEVELS)})`),
    check('units_validity_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('units_name_check', sql`length(btrim(${t.name})) between 1 and 300`),
    check('units_path_check', sql`${t.path} like '/%/'`),
  ],
);

export const unitEvents = pgTable(
  'unit_events',
  {
    id: id(),
    kind: text('kind').notNull(),
    effectiveOn: date('effective_on').notNull(),
    /** The legal act that ordered the change, as written (e.g. "Nghị quyết 1665/NQ-UBTVQH15"). */
    documentRef: text('document_ref'),
    note: text('note'),
    /** Kind-specific facts: old and new names for a rename, old and new parent for a move. */
    details: jsonb('details').notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    check('unit_events_kind_check', sql`${t.kind} in (${inList(UNIT_EVENT_KINDS)})`),
    index('unit_events_effective_idx').on(t.effectiveOn),
  ],
);

export const unitEventUnits = pgTable(
  'unit_event_units',
  {
    eventId: uuid('event_id')
      .notNull()
      .references(() => unitEvents.id, { onDelete: 'restrict' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** source: the unit before the change; target: the unit after it. */
    role: text('role').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.unitId, t.role] }),
    index('unit_event_units_unit_idx').on(t.unitId),
    check('unit_event_units_role_check', sql`${t.role} in ('source', 'target')`),
  ],
);
