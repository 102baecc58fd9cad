// The report requests' inbox provider: for the people who answer for a target unit, the requests still waiting
// for its report (overdue once the calendar deadline has passed; a reminder from the requester is mentioned).
import { sql } from 'drizzle-orm';
import type { InboxCount, InboxItem } from '../../../contracts/inbox';
import { formatDocumentDate } from '../../../domain/documents';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import {
  countsOf,
  inboxOrder,
  type InboxPart,
  type InboxProvider,
  windowCounts,
} from '../inbox/inbox.registry';
import { answerableSql } from './report-requests.policy';

/** SQL FROM + WHERE of the targets still to answer that the actor answers for. */
const pendingFrom = (actor: Actor) => sql`from report_request_targets t
  join report_requests r on r.id = t.request_id
  join units ru on ru.id = r.requester_unit_id
  join units tu on tu.id = t.unit_id
  where t.status = 'pending' and ${answerableSql(actor, sql`tu.path`, sql`ru.path`)}`;

export const reportRequestInboxProvider: InboxProvider = {
  key: 'report-requests',
  async count(tx: Db, actor: Actor, today: string): Promise<InboxCount> {
    const [row] = await queryRows<{ count: number; overdue: number }>(
      tx,
      sql`select count(*)::int as count, (count(*) filter (where r.deadline < ${today}::date))::int as overdue
        ${pendingFrom(actor)}`,
    );
    return { count: row?.count ?? 0, overdue: row?.overdue ?? 0 };
  },
  async page(tx: Db, actor: Actor, today: string, limit: number): Promise<InboxPart> {
    const late = sql`r.deadline < ${today}::date`;
    const order = inboxOrder({
      overdue: late,
      deadline: sql`r.deadline`,
      since: sql`r.created_at`,
      key: sql`t.id::text`,
    });
    const rows = await queryRows<{
      id: string;
      request_id: string;
      title: string;
      deadline: string;
      requester_name: string;
      unit_name: string;
      reminder_count: number;
      created_at: Date;
      inbox_count: number;
      inbox_overdue: number;
    }>(
      tx,
      sql`select t.id, r.id as request_id, r.title, r.deadline::text as deadline, ru.name as requester_name,
          tu.name as unit_name, t.reminder_count, r.created_at, ${windowCounts(late)}
        ${pendingFrom(actor)} order by ${order} limit ${limit}`,
    );
    const items = rows.map((t): InboxItem => ({
      key: `report_request:${t.id}`,
      kind: 'report_request',
      kindLabel: 'Yêu cầu báo cáo',
      title: t.title,
      subtitle:
        `${t.requester_name} yêu cầu ${t.unit_name} gửi trước ngày ${formatDocumentDate(t.deadline)}` +
        (t.reminder_count > 0 ? ` · đã nhắc ${t.reminder_count} lần` : ''),
      action: 'Gửi báo cáo đã ban hành của đơn vị (hoặc báo không phát sinh)',
      href: `/bao-cao/yeu-cau/${t.request_id}`,
      deadline: t.deadline,
      overdue: t.deadline < today,
      since: new Date(t.created_at).toISOString(),
    }));
    return { ...countsOf(rows), items };
  },
};
