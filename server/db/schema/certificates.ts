// Certificate print layouts (issue #4 point 7): where each field of a Giấy khen / Bằng khen goes on the
// pre-printed blank of an awarding authority. The fields are a JSON list validated by contracts/certificates.ts.
import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import type { CertificateField } from '../../../contracts/certificates';
import { createdAt, id, updatedAt, version } from './_shared';
import { users } from './access';
import { units } from './units';

export const certificateLayouts = pgTable(
  'certificate_layouts',
  {
    id: id(),
    /** The unit of the awarding authority whose blanks this layout fits (e.g. UBND huyện). */
    authorityUnitId: uuid('authority_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    /** Award kinds (domain codes) printed on this blank; empty = any kind of the authority. */
    awardKinds: jsonb('award_kinds').$type<string[]>().notNull().default([]),
    /** 'A4', 'A3', 'A5' or 'custom' (the size itself is in width/height). */
    paper: text('paper').notNull().default('A4'),
    pageWidthMm: doublePrecision('page_width_mm').notNull(),
    pageHeightMm: doublePrecision('page_height_mm').notNull(),
    /** Printer calibration: every field moved by this much (mm, + = right / down). */
    offsetXMm: doublePrecision('offset_x_mm').notNull().default(0),
    offsetYMm: doublePrecision('offset_y_mm').notNull().default(0),
    /** Địa danh of the place/date line when the award's decision gives none: "Cẩm Xuyên". */
    placeName: text('place_name'),
    /** Signer defaults when the award's decision gives none (recorded awards). */
    signerTitle: text('signer_title'),
    signerName: text('signer_name'),
    fields: jsonb('fields').$type<CertificateField[]>().notNull().default([]),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('certificate_layouts_authority_idx').on(t.authorityUnitId),
    uniqueIndex('certificate_layouts_name_key').on(t.authorityUnitId, sql`lower(${t.name})`),
    check('certificate_layouts_paper_check', sql`${t.paper} in ('A4', 'A3', 'A5', 'custom')`),
    check(
      'certificate_layouts_size_check',
      sql`${t.pageWidthMm} between 50 and 1000 and ${t.pageHeightMm} between 50 and 1000`,
    ),
    check(
      'certificate_layouts_offset_check',
      sql`${t.offsetXMm} between -30 and 30 and ${t.offsetYMm} between -30 and 30`,
    ),
    check('certificate_layouts_name_check', sql`length(btrim(${t.name})) between 2 and 200`),
  ],
);

export type CertificateLayoutRow = typeof certificateLayouts.$inferSelect;
