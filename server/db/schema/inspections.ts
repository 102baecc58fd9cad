// Inspections of emulation & commendation work (kiểm tra công tác TĐKT, issue #5 point 6): a unit's yearly plan,
// the team the decision establishes, the units inspected with their findings, recommendations and follow-up.
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
import { FOLLOW_UP_STATUSES, TARGET_STATUSES, TEAM_ROLES } from '../../../domain/inspections';
import { createdAt, id, inList, updatedAt, version } from './_shared';
import { users } from './access';
import { people } from './people';
import { units } from './units';

export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    id: id(),
    year: smallint('year').notNull(),
    /** The unit that issues the plan and runs the inspections (e.g. huyện Cẩm Xuyên); scope of the plan. */
    organiserUnitId: uuid('organiser_unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    /** "Kế hoạch kiểm tra công tác quản lý nhà nước về thi đua, khen thưởng năm 2023". */
    title: text('title').notNull(),
    /** Số, ký hiệu of the plan document: "45/KH-UBND". */
    planNumber: text('plan_number'),
    planDate: date('plan_date'),
    /** Purpose, content and method of the inspection as the plan states them (paragraphs). */
    content: text('content'),
    /** The decision establishing the team (quyết định thành lập Đoàn kiểm tra). */
    teamDecisionNumber: text('team_decision_number'),
    teamDecisionDate: date('team_decision_date'),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('inspection_plans_organiser_idx').on(t.organiserUnitId, t.year),
    check('inspection_plans_year_check', sql`${t.year} between 1945 and 2100`),
    check('inspection_plans_title_check', sql`length(btrim(${t.title})) between 3 and 500`),
    check(
      'inspection_plans_decision_check',
      sql`${t.teamDecisionDate} is null or ${t.planDate} is null or ${t.teamDecisionDate} >= ${t.planDate}`,
    ),
  ],
);

export const inspectionTeamMembers = pgTable(
  'inspection_team_members',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => inspectionPlans.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id, { onDelete: 'restrict' }),
    role: text('role').notNull(),
    /** Position as written in the decision: "Trưởng phòng Nội vụ, Ủy viên Hội đồng TĐKT huyện". */
    position: text('position'),
    /** What the member is assigned to (phụ trách cơ quan, đơn vị …). */
    assignment: text('assignment'),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('inspection_team_members_person_key').on(t.planId, t.personId),
    uniqueIndex('inspection_team_members_head_key')
      .on(t.planId)
      .where(sql`${t.role} = 'truong_doan'`),
    check('inspection_team_members_role_check', sql`${t.role} in (${inList(TEAM_ROLES)})`),
  ],
);

export const inspectionTargets = pgTable(
  'inspection_targets',
  {
    id: id(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => inspectionPlans.id, { onDelete: 'cascade' }),
    /** The unit inspected; its officers see this inspection and report follow-up progress. */
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id, { onDelete: 'restrict' }),
    scheduledFrom: date('scheduled_from').notNull(),
    scheduledTo: date('scheduled_to'),
    /** The team member in charge of this unit (phụ trách), if the plan names one. */
    leadPersonId: uuid('lead_person_id').references(() => people.id, { onDelete: 'restrict' }),
    status: text('status').notNull().default('planned'),
    inspectedOn: date('inspected_on'),
    cancelReason: text('cancel_reason'),
    /** Findings (kết quả kiểm tra: ưu điểm, tồn tại, hạn chế) as paragraphs. */
    findings: text('findings'),
    /** The document concluding the inspection: "Thông báo kết luận số 12/TB-ĐKT". */
    resultDocument: text('result_document'),
    resultDocumentDate: date('result_document_date'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    uniqueIndex('inspection_targets_unit_key').on(t.planId, t.unitId),
    index('inspection_targets_unit_idx').on(t.unitId),
    check('inspection_targets_status_check', sql`${t.status} in (${inList(TARGET_STATUSES)})`),
    check(
      'inspection_targets_schedule_check',
      sql`${t.scheduledTo} is null or ${t.scheduledTo} >= ${t.scheduledFrom}`,
    ),
    check('inspection_targets_done_check', sql`(${t.status} = 'done') = (${t.inspectedOn} is not null)`),
    check(
      'inspection_targets_cancel_check',
      sql`(${t.status} = 'cancelled') = (${t.cancelReason} is not null)`,
    ),
  ],
);

export const inspectionRecommendations = pgTable(
  'inspection_recommendations',
  {
    id: id(),
    targetId: uuid('target_id')
      .notNull()
      .references(() => inspectionTargets.id, { onDelete: 'cascade' }),
    sortOrder: smallint('sort_order').notNull().default(0),
    content: text('content').notNull(),
    /** Deadline for the inspected unit (hạn thực hiện); none: never overdue. */
    dueOn: date('due_on'),
    /** Current follow-up state; every change is kept in inspection_follow_ups. */
    status: text('status').notNull().default('open'),
    statusNote: text('status_note'),
    statusOn: date('status_on'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    index('inspection_recommendations_target_idx').on(t.targetId, t.sortOrder),
    check('inspection_recommendations_status_check', sql`${t.status} in (${inList(FOLLOW_UP_STATUSES)})`),
    check('inspection_recommendations_content_check', sql`length(btrim(${t.content})) between 3 and 2000`),
  ],
);

export const inspectionFollowUps = pgTable(
  'inspection_follow_ups',
  {
    id: id(),
    recommendationId: uuid('recommendation_id')
      .notNull()
      .references(() => inspectionRecommendations.id, { onDelete: 'cascade' }),
    status: text('status').notNull(),
    note: text('note').notNull(),
    /** The day the progress is reported for. */
    on: date('reported_on').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('inspection_follow_ups_rec_idx').on(t.recommendationId, t.on),
    check('inspection_follow_ups_status_check', sql`${t.status} in (${inList(FOLLOW_UP_STATUSES)})`),
  ],
);
