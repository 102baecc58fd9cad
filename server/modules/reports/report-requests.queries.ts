// Reads of report requests: one request in the actor's scope (with its requester and document), its targets with
// their answers, a page of requests with answer counts, the issued work reports a target may send, and the award
// results frozen in the answering reports.
import { sql } from 'drizzle-orm';
import type { RequestListQuery } from '../../../contracts/report-requests';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { likeEscape } from '../people/people.queries';
import { requestVisibleSql } from './report-requests.policy';

export interface RequestRow extends Record<string, unknown> {
  id: string;
  requester_unit_id: string;
  requester_name: string;
  requester_path: string;
  title: string;
  period_from: string;
  period_to: string;
  deadline: string;
  document_id: string | null;
  doc_type: string | null;
  doc_type_name: string | null;
  doc_number_symbol: string | null;
  doc_issued_on: string | null;
  doc_summary: string | null;
  content: string | null;
  created_by_name: string | null;
  created_at: Date;
  version: number;
}

const requestSelect = sql`select r.id, r.requester_unit_id, u.name as requester_name, u.path as requester_path,
    r.title, r.period_from::text as period_from, r.period_to::text as period_to, r.deadline::text as deadline,
    r.document_id, d.type as doc_type, d.type_name as doc_type_name, d.number_symbol as doc_number_symbol,
    d.issued_on::text as doc_issued_on, d.summary as doc_summary, r.content, cu.full_name as created_by_name,
    r.created_at, r.version
  from report_requests r
  join units u on u.id = r.requester_unit_id
  left join documents d on d.id = r.document_id
  left join users cu on cu.id = r.created_by`;

/** One request the actor may see (requester or one of its targets in scope), locked when asked. */
export async function findRequestInScope(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<RequestRow | undefined> {
  const [row] = await queryRows<RequestRow>(
    db,
    sql`${requestSelect} where r.id = ${id} and ${requestVisibleSql(actor, sql`r.id`, sql`u.path`)}
      ${lock ? sql`for update of r` : sql``}`,
  );
  return row;
}

export interface TargetRow extends Record<string, unknown> {
  id: string;
  request_id: string;
  unit_id: string;
  unit_name: string;
  unit_path: string;
  status: 'pending' | 'report' | 'nil';
  report_id: string | null;
  report_title: string | null;
  report_number: string | null;
  report_issued_on: string | null;
  answered_at: Date | null;
  answered_by_name: string | null;
  answer_note: string | null;
  reminded_at: Date | null;
  reminder_count: number;
  version: number;
}

const targetSelect = sql`select t.id, t.request_id, t.unit_id, u.name as unit_name, u.path as unit_path, t.status,
    t.report_id, w.title as report_title, w.number_symbol as report_number, w.issued_on::text as report_issued_on,
    t.answered_at, au.full_name as answered_by_name, t.answer_note, t.reminded_at, t.reminder_count, t.version
  from report_request_targets t
  join units u on u.id = t.unit_id
  left join work_reports w on w.id = t.report_id
  left join users au on au.id = t.answered_by`;

/** The targets of the requests, in the order of the tree (by path, so a district's line follows its province's). */
export async function loadTargets(db: Db, requestIds: readonly string[]): Promise<TargetRow[]> {
  if (requestIds.length === 0) return [];
  return queryRows<TargetRow>(
    db,
    sql`${targetSelect} where t.request_id in (${sql.join(
      requestIds.map((id) => sql`${id}`),
      sql`, `,
    )}) order by t.request_id, u.name collate "C", u.path`,
  );
}

/** One target with its request's id (no scope: the caller loads the request in scope next), locked when asked. */
export async function findTarget(db: Db, id: string, lock = false): Promise<TargetRow | undefined> {
  const [row] = await queryRows<TargetRow>(
    db,
    sql`${targetSelect} where t.id = ${id} ${lock ? sql`for update of t` : sql``}`,
  );
  return row;
}

export type ListRow = RequestRow;

/** A page of the requests the actor sees, the latest period first. */
export async function selectRequestPage(
  db: Db,
  actor: Actor,
  query: RequestListQuery,
): Promise<{ rows: ListRow[]; total: number }> {
  // A request is "sent" when the actor holds a role over its requester; else the actor sees it as a target.
  const over = actor.roles.map((r) => sql`u.path like ${r.unitPath + '%'}`);
  const sent = over.length === 0 ? sql`false` : sql`(${sql.join(over, sql` or `)})`;
  const words = foldVietnamese(query.q ?? '')
    .split(' ')
    .filter(Boolean);
  const conditions = [
    requestVisibleSql(actor, sql`r.id`, sql`u.path`),
    query.box === 'sent' ? sent : undefined,
    query.box === 'received' ? sql`not ${sent}` : undefined,
    query.year ? sql`extract(year from r.period_to) = ${query.year}` : undefined,
    ...words.map(
      (w) =>
        sql`lower(unaccent(replace(replace(r.title, 'đ', 'd'), 'Đ', 'D'))) like ${'%' + likeEscape(w) + '%'}`,
    ),
  ].filter((c) => c !== undefined);
  const where = sql.join(conditions, sql` and `);
  const rows = await queryRows<ListRow>(
    db,
    sql`${requestSelect} where ${where}
      order by r.period_to desc, r.created_at desc
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  const [total] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from report_requests r join units u on u.id = r.requester_unit_id where ${where}`,
  );
  return { rows, total: total?.n ?? 0 };
}

export interface CandidateRow extends Record<string, unknown> {
  id: string;
  title: string;
  number_symbol: string;
  issued_on: string;
}

/** The issued work reports of a unit for exactly the period. */
export async function selectCandidates(
  db: Db,
  unitId: string,
  periodFrom: string,
  periodTo: string,
): Promise<CandidateRow[]> {
  return queryRows<CandidateRow>(
    db,
    sql`select id, title, number_symbol, issued_on::text as issued_on from work_reports
      where unit_id = ${unitId} and period_from = ${periodFrom} and period_to = ${periodTo} and status = 'issued'
      order by issued_on desc`,
  );
}

/** A work report's facts, for checking an answer. */
export async function findWorkReport(
  db: Db,
  id: string,
): Promise<
  | { id: string; unit_id: string; status: string; period_from: string; period_to: string; title: string }
  | undefined
> {
  const [row] = await queryRows<{
    id: string;
    unit_id: string;
    status: string;
    period_from: string;
    period_to: string;
    title: string;
  }>(
    db,
    sql`select id, unit_id, status, period_from::text as period_from, period_to::text as period_to, title
      from work_reports where id = ${id}`,
  );
  return row;
}

/** The award results frozen in the issued reports (figures.awardResults), by report id. */
export async function loadFrozenAwardResults(
  db: Db,
  reportIds: readonly string[],
): Promise<Map<string, unknown>> {
  if (reportIds.length === 0) return new Map();
  const rows = await queryRows<{ id: string; results: unknown }>(
    db,
    sql`select id, figures -> 'awardResults' as results from work_reports
      where status = 'issued' and id in (${sql.join(
        reportIds.map((id) => sql`${id}`),
        sql`, `,
      )})`,
  );
  return new Map(rows.map((r) => [r.id, r.results]));
}
