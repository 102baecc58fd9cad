// The documents registry (văn bản, issue #5 point 1): laws, decrees, directives, plans, letters … with their
// number/symbol as written and its parts, date, issuer, summary, validity and an optional file.
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { AUTHORITY_LEVELS, DOCUMENT_TYPES } from '../../../domain/documents';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { files } from './files';
import { units } from './units';

export const documents = pgTable(
  'documents',
  {
    id: id(),
    /** The unit that keeps the record (scope): who sees it and whose officers edit it. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    type: text('type').notNull(),
    /** The type word as the document is cited when it is not the type's label ("Văn bản", "Bộ tiêu chí"). */
    typeName: text('type_name'),
    /** Số, ký hiệu as written: "3382/UBND-KH", "65/2018/NQ-HĐND"; NULL for a document cited by name only. */
    numberSymbol: text('number_symbol'),
    number: integer('number'),
    /** The year inside the number ("65/2018/NQ-HĐND" → 2018). */
    numberYear: smallint('number_year'),
    symbol: text('symbol'),
    /** The symbol folded (case and diacritics ignored), compared for duplicates. */
    symbolKey: text('symbol_key'),
    /** The number's year, else the year of issue: numbers restart every year. */
    year: smallint('year'),
    issuedOn: date('issued_on'),
    /** The issuing body as written: "UBND huyện Cẩm Xuyên", "HĐND tỉnh Hà Tĩnh", "Quốc hội". */
    issuerName: text('issuer_name'),
    issuerFolded: text('issuer_folded'),
    /** The issuer when it is a unit of our tree. */
    issuerUnitId: uuid('issuer_unit_id').references(() => units.id, { onDelete: 'restrict' }),
    issuerLevel: text('issuer_level'),
    /** Trích yếu. */
    summary: text('summary'),
    /** Type, number, summary and issuer folded: what search matches (trigram index). */
    searchFolded: text('search_folded').notNull(),
    effectiveFrom: date('effective_from'),
    effectiveTo: date('effective_to'),
    supersededById: uuid('superseded_by_id').references((): AnyPgColumn => documents.id, {
      onDelete: 'set null',
    }),
    fileId: uuid('file_id').references(() => files.id, { onDelete: 'restrict' }),
    /** What the record rests on when the source leaves it open ("cơ quan ban hành suy luận …"). */
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    // The same number and symbol from the same issuer in the same year is one document.
    uniqueIndex('documents_number_key')
      .on(t.number, t.symbolKey, sql`coalesce(${t.issuerFolded}, '')`, sql`coalesce(${t.year}, 0)`)
      .where(sql`${t.number} is not null`),
    index('documents_search_trgm_idx').using('gin', sql`${t.searchFolded} gin_trgm_ops`),
    index('documents_unit_idx').on(t.unitId),
    index('documents_issued_idx').on(t.issuedOn),
    index('documents_issuer_unit_idx').on(t.issuerUnitId),
    index('documents_superseded_idx').on(t.supersededById),
    check('documents_type_check', sql`${t.type} in (${inList(DOCUMENT_TYPES)})`),
    check(
      'documents_issuer_level_check',
      sql`${t.issuerLevel} is null or ${t.issuerLevel} in (${inList(AUTHORITY_LEVELS)})`,
    ),
    check(
      'documents_number_check',
      sql`(${t.numberSymbol} is null and ${t.number} is null and ${t.symbol} is null and ${t.numberYear} is null)
        or (${t.numberSymbol} is not null and ${t.number} is not null and ${t.symbol} is not null and ${t.symbolKey} is not null)`,
    ),
    check('documents_identity_check', sql`${t.numberSymbol} is not null or ${t.summary} is not null`),
    check('documents_summary_check', sql`${t.summary} is null or length(${t.summary}) between 2 and 2000`),
    check(
      'documents_validity_check',
      sql`${t.effectiveTo} is null or ${t.effectiveFrom} is null or ${t.effectiveTo} >= ${t.effectiveFrom}`,
    ),
    check(
      'documents_superseded_self_check',
      sql`${t.supersededById} is null or ${t.supersededById} <> ${t.id}`,
    ),
  ],
);
