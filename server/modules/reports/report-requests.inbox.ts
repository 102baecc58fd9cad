// The report requests' inbox provider: for the people who answer for a target unit, the requests still waiting
// for its report (overdue once the calendar deadline has passed; a reminder from the requester is mentioned).
import { sql } from 'drizzle-orm';
import type { InboxItem } from '../../../contracts/inbox';
import { formatDocumentDate } from '../../../domain/documents';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import type { InboxProvider } from '../inbox/inbox.registry';
import { answerableSql } from './report-requests.policy';

export const reportRequestInboxProvider: InboxProvider = {
  key: 'report-requests',
  async items(tx: Db, actor: Actor, today: string): Promise<InboxItem[]> {
    const rows = await queryRows<{
      id: string;
      request_id: string;
      title: string;
      deadline: string;
      requester_name: string;
      unit_name: string;
      reminder_count: number;
      created_at: Date;
    }>(
      tx,
      sql`select t.id, r.id as request_id, r.title, r.deadline::text as deadline, ru.name as requester_name,
          tu.name as unit_name, t.reminder_count, r.created_at
        from report_request_targets t
        join report_requests r on r.id = t.request_id
        join units ru on ru.id = r.requester_unit_id
        join units tu on tu.id = t.unit_id
        where t.status = 'pending' and ${answerableSql(actor, sql`tu.path`, sql`ru.path`)}
        order by r.deadline limit 200`,
    );
    return rows.map((t) => ({
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
  },
};
