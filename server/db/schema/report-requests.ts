// Report requests (yêu cầu báo cáo, issue #6 point 4): a higher unit asks units of its subtree for their work report
// on a period by a deadline, citing its request document ("Văn bản số 253/BTĐKT-THHC ngày 31/5/2023"); each target
// unit answers with one of its issued work reports for that period, or answers that it has nothing to report.
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
import { REPORT_TARGET_STATUSES } from '../../../contracts/report-requests';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { documents } from './documents';
import { units } from './units';
import { workReports } from './reports';

export const reportRequests = pgTable(
  'report_requests',
  {
    id: id(),
    /** The unit asking (e.g. tỉnh Hà Tĩnh for its Ban Thi đua - Khen thưởng); scope of the request. */
    requesterUnitId: uuid('requester_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** "Báo cáo công tác thi đua, khen thưởng 6 tháng đầu năm 2023". */
    title: text('title').notNull(),
    periodFrom: date('period_from').notNull(),
    periodTo: date('period_to').notNull(),
    /** The last calendar day on which an answer is on time. */
    deadline: date('deadline').notNull(),
    /** The request document in the documents registry. */
    documentId: uuid('document_id').references(() => documents.id, { onDelete: 'restrict' }),
    /** What the request asks for, as paragraphs. */
    content: text('content'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('report_requests_requester_idx').on(t.requesterUnitId, t.periodFrom),
    index('report_requests_document_idx').on(t.documentId),
    check('report_requests_title_check', sql`length(btrim(${t.title})) between 3 and 300`),
    check('report_requests_period_check', sql`${t.periodTo} >= ${t.periodFrom}`),
  ],
);

export const reportRequestTargets = pgTable(
  'report_request_targets',
  {
    id: id(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => reportRequests.id, { onDelete: 'cascade' }),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    status: text('status').notNull().default('pending'),
    /** The issued work report sent in answer (status 'report'). */
    reportId: uuid('report_id').references(() => workReports.id, { onDelete: 'restrict' }),
    answeredAt: timestamp('answered_at', { withTimezone: true }),
    answeredBy: uuid('answered_by').references(() => users.id, { onDelete: 'set null' }),
    /** The answering unit's note ("Đơn vị không phát sinh khen thưởng trong kỳ", a reason for lateness). */
    answerNote: text('answer_note'),
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    reminderCount: smallint('reminder_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('report_request_targets_unit_key').on(t.requestId, t.unitId),
    index('report_request_targets_unit_idx').on(t.unitId),
    index('report_request_targets_report_idx').on(t.reportId),
    check('report_request_targets_status_check', sql`${t.status} in (${inList(REPORT_TARGET_STATUSES)})`),
    check('report_request_targets_report_check', sql`(${t.status} = 'report') = (${t.reportId} is not null)`),
    check(
      'report_request_targets_answered_check',
      sql`(${t.status} = 'pending') = (${t.answeredAt} is null)`,
    ),
  ],
);
