// Local overlays: a province's own regulation (quy chế) as a dated layer over the national rules. It may set
// only the parameters a regime declares overridable (domain/catalog.ts validateOverlayParams).
import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './_shared';
import { users } from './access';
import { units } from './units';

export const localOverlays = pgTable(
  'local_overlays',
  {
    id: id(),
    /** The unit whose subtree the regulation governs (usually the province). */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** The regulation as cited: "Quyết định 25/2024/QĐ-UBND ngày 20/5/2024 của UBND tỉnh Hà Tĩnh". */
    document: text('document').notNull(),
    effectiveFrom: date('effective_from').notNull(),
    /** Null while in force. */
    effectiveTo: date('effective_to'),
    /** Parameter key → value, e.g. {"CSTDCS.voteThreshold": 0.75}. */
    params: jsonb('params').notNull().default({}),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('local_overlays_unit_idx').on(t.unitId, t.effectiveFrom),
    check(
      'local_overlays_period_check',
      sql`${t.effectiveTo} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`,
    ),
    check('local_overlays_document_check', sql`length(btrim(${t.document})) between 2 and 500`),
    check('local_overlays_params_check', sql`jsonb_typeof(${t.params}) = 'object'`),
  ],
);
