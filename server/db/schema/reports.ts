// Work reports (báo cáo công tác thi đua, khen thưởng, issue #6): a unit's report for a period. The figures of
// section I are generated from data at read time; the narrative (II assessment, III tasks), the addressee, the
// signer block and the recipients are written by people, and every save is kept as a version. Issuing gives the
// report its number and date and freezes the figures as a JSON snapshot; an issued report never changes (service
// and database trigger).
import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt, version } from './_shared';
import { users } from './access';
import { documents } from './documents';
import { units } from './units';

export const WORK_REPORT_STATUSES = ['draft', 'issued'] as const;

export const workReports = pgTable(
  'work_reports',
  {
    id: id(),
    /** The reporting unit (scope of the report): "huyện Cẩm Xuyên". */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    /** The line under "BÁO CÁO": "Công tác thi đua, khen thưởng 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023". */
    title: text('title').notNull(),
    /** "Kính gửi: …". */
    addressee: text('addressee').notNull(),
    /** The document asking for the report ("Văn bản số 253/BTĐKT-THHC ngày 31/5/2023"), when registered. */
    requestDocumentId: uuid('request_document_id').references(() => documents.id, { onDelete: 'restrict' }),
    status: text('status').notNull().default('draft'),
    /** Số, ký hiệu given at issue: "125/BC-UBND". */
    numberSymbol: text('number_symbol'),
    issuedOn: date('issued_on'),
    issuedAt: timestamp('issued_at', { withTimezone: true }),
    issuedBy: uuid('issued_by').references(() => users.id, { onDelete: 'set null' }),
    /** The place in the "…, ngày … tháng … năm …" line ("Cẩm Xuyên"). */
    place: text('place'),
    /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH" (empty when the head signs in own name). */
    signerCapacity: text('signer_capacity'),
    signerTitle: text('signer_title').notNull(),
    signerName: text('signer_name').notNull(),
    /** Nơi nhận, one line each, without the leading dash. */
    recipients: jsonb('recipients').$type<string[]>().notNull().default([]),
    /** II.1–4 and III, paragraphs separated by blank lines. */
    strengths: text('strengths').notNull().default(''),
    weaknesses: text('weaknesses').notNull().default(''),
    causes: text('causes').notNull().default(''),
    solutions: text('solutions').notNull().default(''),
    tasks: text('tasks').notNull().default(''),
    /** The generated figures (section I) frozen at issue; NULL while draft. */
    figures: jsonb('figures'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    updatedBy: uuid('updated_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('work_reports_period_key').on(t.unitId, t.periodFrom, t.periodTo),
    index('work_reports_unit_idx').on(t.unitId, t.periodTo),
    index('work_reports_request_document_idx').on(t.requestDocumentId),
    check('work_reports_status_check', sql`${t.status} in ('draft', 'issued')`),
    check('work_reports_period_check', sql`${t.periodTo} >= ${t.periodFrom}`),
    check('work_reports_title_check', sql`length(btrim(${t.title})) between 3 and 500`),
    check(
      'work_reports_issue_check',
      sql`(${t.status} = 'issued') = (${t.numberSymbol} is not null and ${t.issuedOn} is not null
        and ${t.issuedAt} is not null and ${t.figures} is not null)`,
    ),
  ],
);

/** Every save of a report's written parts, kept: who, when, and the whole content as it was saved. */
export const workReportVersions = pgTable(
  'work_report_versions',
  {
    id: id(),
    reportId: uuid('report_id')
      .notNull()
      .references(() => workReports.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    /** The report's written fields as saved (title, addressee, signer, recipients, narrative). */
    content: jsonb('content').notNull(),
    savedBy: uuid('saved_by').references(() => users.id, { onDelete: 'set null' }),
    savedByName: text('saved_by_name').notNull(),
    savedAt: timestamp('saved_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('work_report_versions_key').on(t.reportId, t.version)],
);
