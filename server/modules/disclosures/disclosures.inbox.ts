// The disclosures' inbox provider: for the officers and specialists bound at an authority's unit, the comments
// from the public that wait to be handled, the lists whose period has ended and whose outcome must be recorded
// before the council votes, and their own drafts not yet published.
import { sql } from 'drizzle-orm';
import type { InboxItem } from '../../../contracts/inbox';
import { viDate } from '../../../domain/council';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import type { InboxProvider } from '../inbox/inbox.registry';
import { DISCLOSURE_MANAGERS } from './disclosures.policy';

interface Row extends Record<string, unknown> {
  id: string;
  title: string;
  status: string;
  closes_on: string | null;
  created_by: string | null;
  updated_at: Date;
  new_comments: number;
  oldest_comment: Date | null;
}

export const disclosureInboxProvider: InboxProvider = {
  key: 'disclosures',
  async items(tx: Db, actor: Actor, today: string): Promise<InboxItem[]> {
    const paths = [
      ...new Set(actor.roles.filter((r) => DISCLOSURE_MANAGERS.includes(r.role)).map((r) => r.unitPath)),
    ];
    if (paths.length === 0) return [];
    const rows = await queryRows<Row>(
      tx,
      sql`select x.id, x.title, x.status, x.closes_on::text, x.created_by, x.updated_at,
          (select count(*)::int from disclosure_comments c where c.disclosure_id = x.id and c.status = 'new') as new_comments,
          (select min(c.created_at) from disclosure_comments c where c.disclosure_id = x.id and c.status = 'new') as oldest_comment
        from disclosures x join units u on u.id = x.authority_unit_id
        where x.status <> 'closed' and u.path in (${sql.join(
          paths.map((p) => sql`${p}`),
          sql`, `,
        )})
        order by x.closes_on nulls last limit 200`,
    );
    const items: InboxItem[] = [];
    for (const r of rows) {
      const href = `/cong-khai-lay-y-kien/${r.id}`;
      const base = { kind: 'disclosure', kindLabel: 'Công khai lấy ý kiến', title: r.title, href };
      if (r.status === 'draft') {
        if (r.created_by !== actor.userId) continue;
        items.push({
          ...base,
          key: `disclosure:${r.id}`,
          subtitle: 'Bản nháp',
          action: 'Kiểm tra nội dung và đăng công khai',
          deadline: null,
          overdue: false,
          since: new Date(r.updated_at).toISOString(),
        });
        continue;
      }
      if (r.new_comments > 0) {
        items.push({
          ...base,
          key: `disclosure_comments:${r.id}`,
          subtitle: `Lấy ý kiến đến hết ngày ${viDate(r.closes_on!)}`,
          action: `Xem xét, xử lý ${r.new_comments} ý kiến góp ý`,
          deadline: r.closes_on,
          overdue: r.closes_on !== null && r.closes_on < today,
          since: new Date(r.oldest_comment ?? r.updated_at).toISOString(),
        });
      } else if (r.closes_on !== null && r.closes_on < today) {
        items.push({
          ...base,
          key: `disclosure:${r.id}`,
          subtitle: `Hết thời gian lấy ý kiến ngày ${viDate(r.closes_on)}`,
          action: 'Ghi nhận kết quả công khai để Hội đồng bỏ phiếu',
          deadline: r.closes_on,
          overdue: false,
          since: new Date(r.updated_at).toISOString(),
        });
      }
    }
    return items;
  },
};
