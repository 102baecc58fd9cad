// The councils' inbox provider: for the council side bound at an authority's unit (council members, specialists,
// leaders), the open meetings to prepare or to record and close (overdue once their day has passed), and — for
// specialists — the dossiers sent to the council that no open meeting has on its agenda yet.
import { type SQL, sql } from 'drizzle-orm';
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
} from '../inbox/inbox.registry';
import { MEETING_RECORDERS } from './councils.policy';

/** Paths of the units where the actor holds one of the roles (bound there, not above). */
function boundPaths(actor: Actor, roles: readonly string[]) {
  const paths = [...new Set(actor.roles.filter((r) => roles.includes(r.role)).map((r) => r.unitPath))];
  return paths.length === 0
    ? null
    : sql.join(
        paths.map((p) => sql`${p}`),
        sql`, `,
      );
}

/** SQL FROM + WHERE of the open meetings the actor records (bound at the council's authority unit). */
const meetingsFrom = (recorders: SQL) => sql`from council_meetings m join councils c on c.id = m.council_id
  join units u on u.id = c.authority_unit_id where m.status = 'open' and u.path in (${recorders})`;

/** SQL FROM + WHERE of the dossiers sent to a council of the specialist's unit that no open meeting has yet. */
const waitingFrom = (specialists: SQL) => sql`from dossiers d join units u on u.id = d.authority_unit_id
  join councils c on c.authority_unit_id = u.id
  where d.status = 'council' and u.path in (${specialists})
    and not exists (select 1 from council_meeting_dossiers a join council_meetings m on m.id = a.meeting_id
      where a.dossier_id = d.id and m.status = 'open')`;

export const councilInboxProvider: InboxProvider = {
  key: 'councils',
  async count(tx: Db, actor: Actor, today: string): Promise<InboxCount> {
    let count = 0;
    let overdue = 0;
    const recorders = boundPaths(actor, MEETING_RECORDERS);
    if (recorders) {
      const [row] = await queryRows<{ count: number; overdue: number }>(
        tx,
        sql`select count(*)::int as count, (count(*) filter (where m.held_on < ${today}::date))::int as overdue
          ${meetingsFrom(recorders)}`,
      );
      count += row?.count ?? 0;
      overdue += row?.overdue ?? 0;
    }
    const specialists = boundPaths(actor, ['specialist']);
    if (specialists) {
      const [row] = await queryRows<{ count: number }>(
        tx,
        sql`select count(*)::int as count ${waitingFrom(specialists)}`,
      );
      count += row?.count ?? 0;
    }
    return { count, overdue };
  },
  async page(tx: Db, actor: Actor, today: string, limit: number): Promise<InboxPart> {
    const items: InboxItem[] = [];
    let count = 0;
    let overdue = 0;
    const recorders = boundPaths(actor, MEETING_RECORDERS);
    if (recorders) {
      const late = sql`m.held_on < ${today}::date`;
      const order = inboxOrder({
        overdue: late,
        deadline: sql`m.held_on`,
        since: sql`m.created_at`,
        key: sql`m.id::text`,
      });
      const meetings = await queryRows<{
        id: string;
        inbox_count: number;
        inbox_overdue: number;
        title: string;
        held_on: string;
        council_name: string;
        created_at: Date;
      }>(
        tx,
        sql`select m.id, m.title, m.held_on::text, c.name as council_name, m.created_at, ${windowCounts(late)}
          ${meetingsFrom(recorders)} order by ${order} limit ${limit}`,
      );
      count += countsOf(meetings).count;
      overdue += countsOf(meetings).overdue;
      for (const m of meetings) {
        const due = m.held_on <= today;
        items.push({
          key: `council_meeting:${m.id}`,
          kind: 'council_meeting',
          kindLabel: 'Phiên họp Hội đồng',
          title: m.title,
          subtitle: `${m.council_name} · ngày ${viDate(m.held_on)}`,
          action: due
            ? 'Ghi điểm danh, kết quả bỏ phiếu và kết thúc phiên họp'
            : 'Chuẩn bị phiên họp: chương trình, thành phần dự họp',
          href: `/hoi-dong/phien-hop/${m.id}`,
          deadline: m.held_on,
          overdue: m.held_on < today,
          since: new Date(m.created_at).toISOString(),
        });
      }
    }
    const specialists = boundPaths(actor, ['specialist']);
    if (specialists) {
      const order = inboxOrder({ since: sql`d.updated_at`, key: sql`d.id::text` });
      const waiting = await queryRows<{
        id: string;
        inbox_count: number;
        inbox_overdue: number;
        code: string;
        title: string;
        council_id: string;
        updated_at: Date;
      }>(
        tx,
        sql`select d.id, d.code, d.title, c.id as council_id, d.updated_at, ${windowCounts()}
          ${waitingFrom(specialists)} order by ${order} limit ${limit}`,
      );
      count += countsOf(waiting).count;
      for (const d of waiting) {
        items.push({
          key: `council_agenda:${d.id}`,
          kind: 'council_agenda',
          kindLabel: 'Hồ sơ chờ Hội đồng xét',
          title: `${d.code} — ${d.title}`,
          subtitle: null,
          action: 'Đưa hồ sơ vào chương trình một phiên họp Hội đồng',
          href: `/hoi-dong/${d.council_id}`,
          deadline: null,
          overdue: false,
          since: new Date(d.updated_at).toISOString(),
        });
      }
    }
    return { count, overdue, items };
  },
};
