// The disclosures' inbox provider: for the officers and specialists bound at an authority's unit, the comments
// from the public that wait to be handled, the lists whose period has ended and whose outcome must be recorded
// before the council votes, and their own drafts not yet published.
import { sql } from 'drizzle-orm';
import type { InboxCount, InboxItem } from '../../../contracts/inbox';
import { viDate } from '../../../domain/council';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import {
  countsOf,
  inboxOrder,
  type InboxPart,
  type InboxProvider,
  windowCounts,
  type WindowCounts,
} from '../inbox/inbox.registry';
import { DISCLOSURE_MANAGERS } from './disclosures.policy';

interface Row extends Record<string, unknown> {
  id: string;
  title: string;
  /** Which item the disclosure gives: its draft, its new comments, or its ended period's outcome. */
  item: 'draft' | 'comments' | 'closed';
  closes_on: string | null;
  updated_at: Date;
  new_comments: number;
  oldest_comment: Date | null;
}

/**
 * SQL: the disclosures at the actor's units with the item each gives (null: none) — a draft for its author
 * only; once published, the new comments to handle, else the ended period whose outcome must be recorded —
 * and that item's overdue flag, deadline, waiting time and key, in columns for the count and the order.
 */
function itemsSql(actor: Actor, paths: readonly string[], today: string) {
  return sql`select * from (select s.*,
      (s.item = 'comments' and s.closes_on < ${today}::date) as overdue,
      case when s.item = 'draft' then null else s.closes_on end as deadline,
      case when s.item = 'comments' then coalesce(s.oldest_comment, s.updated_at) else s.updated_at end as since,
      (case when s.item = 'comments' then 'disclosure_comments:' else 'disclosure:' end) || s.id::text as key
    from (select x.id, x.title, x.closes_on, x.updated_at, c.new_comments, c.oldest_comment,
        case
          when x.status = 'draft' then
            case when x.created_by is not distinct from ${actor.userId}::uuid then 'draft' end
          when c.new_comments > 0 then 'comments'
          when x.closes_on < ${today}::date then 'closed'
        end as item
      from disclosures x join units u on u.id = x.authority_unit_id
      cross join lateral (select count(*)::int as new_comments, min(dc.created_at) as oldest_comment
        from disclosure_comments dc where dc.disclosure_id = x.id and dc.status = 'new') c
      where x.status <> 'closed' and u.path in (${sql.join(
        paths.map((p) => sql`${p}`),
        sql`, `,
      )})) s) i
    where i.item is not null`;
}

/** Paths of the units where the actor manages disclosures. */
const managedPaths = (actor: Actor) => [
  ...new Set(actor.roles.filter((r) => DISCLOSURE_MANAGERS.includes(r.role)).map((r) => r.unitPath)),
];

export const disclosureInboxProvider: InboxProvider = {
  key: 'disclosures',
  async count(tx: Db, actor: Actor, today: string): Promise<InboxCount> {
    const paths = managedPaths(actor);
    if (paths.length === 0) return { count: 0, overdue: 0 };
    const [row] = await queryRows<{ count: number; overdue: number }>(
      tx,
      sql`select count(*)::int as count, (count(*) filter (where i.overdue))::int as overdue
        from (${itemsSql(actor, paths, today)}) i`,
    );
    return { count: row?.count ?? 0, overdue: row?.overdue ?? 0 };
  },
  async page(tx: Db, actor: Actor, today: string, limit: number): Promise<InboxPart> {
    const paths = managedPaths(actor);
    if (paths.length === 0) return { count: 0, overdue: 0, items: [] };
    const order = inboxOrder({
      overdue: sql`i.overdue`,
      deadline: sql`i.deadline`,
      since: sql`i.since`,
      key: sql`i.key`,
    });
    const rows = await queryRows<Row & WindowCounts>(
      tx,
      sql`select i.id, i.title, i.item, i.closes_on::text as closes_on, i.updated_at, i.new_comments,
          i.oldest_comment, ${windowCounts(sql`i.overdue`)}
        from (${itemsSql(actor, paths, today)}) i order by ${order} limit ${limit}`,
    );
    const items = rows.map((r): InboxItem => {
      const href = `/cong-khai-lay-y-kien/${r.id}`;
      const base = { kind: 'disclosure', kindLabel: 'Công khai lấy ý kiến', title: r.title, href };
      if (r.item === 'draft') {
        return {
          ...base,
          key: `disclosure:${r.id}`,
          subtitle: 'Bản nháp',
          action: 'Kiểm tra nội dung và đăng công khai',
          deadline: null,
          overdue: false,
          since: new Date(r.updated_at).toISOString(),
        };
      }
      if (r.item === 'comments') {
        return {
          ...base,
          key: `disclosure_comments:${r.id}`,
          subtitle: `Lấy ý kiến đến hết ngày ${viDate(r.closes_on!)}`,
          action: `Xem xét, xử lý ${r.new_comments} ý kiến góp ý`,
          deadline: r.closes_on,
          overdue: r.closes_on !== null && r.closes_on < today,
          since: new Date(r.oldest_comment ?? r.updated_at).toISOString(),
        };
      }
      return {
        ...base,
        key: `disclosure:${r.id}`,
        subtitle: `Hết thời gian lấy ý kiến ngày ${viDate(r.closes_on!)}`,
        action: 'Ghi nhận kết quả công khai để Hội đồng bỏ phiếu',
        deadline: r.closes_on,
        overdue: false,
        since: new Date(r.updated_at).toISOString(),
      };
    });
    return { ...countsOf(rows), items };
  },
};
