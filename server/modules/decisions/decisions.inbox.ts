// The decisions' inbox provider: for a leader, the drafts of the authority their role is bound to, waiting for
// the signature; for an officer or specialist bound at an authority with a register, the nominees the council
// passed that no decision takes yet.
import { sql } from 'drizzle-orm';
import type { InboxCount, InboxItem } from '../../../contracts/inbox';
import { shortDate } from '../../../domain/decisions';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import {
  countsOf,
  inboxOrder,
  type InboxPart,
  type InboxProvider,
  windowCounts,
} from '../inbox/inbox.registry';
import { DRAFTERS, SIGNERS } from './decisions.policy';

const bound = (actor: Actor, roles: readonly string[]) => [
  ...new Set(actor.roles.filter((r) => roles.includes(r.role)).map((r) => r.unitId)),
];

const inList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/** SQL FROM + WHERE of the drafts waiting for the signature of a leader bound at their authority's unit. */
const draftsFrom = (units: readonly string[]) =>
  sql`from decisions d where d.status = 'draft' and d.authority_unit_id in (${inList(units)})`;

/**
 * SQL FROM + WHERE of the nominees the council passed that no decision takes yet, at the registers of the
 * drafters' authorities: one item per register (grouped by r.id).
 */
const candidatesFrom = (units: readonly string[]) => sql`from decision_registers r
  join dossiers ds on ds.authority_unit_id = r.authority_unit_id and ds.authority_code = r.authority_code
  join dossier_nominees n on n.dossier_id = ds.id
  where r.active and r.authority_unit_id in (${inList(units)})
    and ds.status in ('concluded', 'forwarded', 'decided') and n.outcome = 'passed'
    and n.forwarded_to_nominee_id is null and n.decision_id is null
    and not exists (select 1 from decision_awardees x where x.nominee_id = n.id)`;

export const decisionInboxProvider: InboxProvider = {
  key: 'decisions',
  async count(tx: Db, actor: Actor): Promise<InboxCount> {
    let count = 0;
    const signerUnits = bound(actor, SIGNERS).filter((id) => id !== '');
    if (signerUnits.length > 0) {
      const [row] = await queryRows<{ count: number }>(
        tx,
        sql`select count(*)::int as count ${draftsFrom(signerUnits)}`,
      );
      count += row?.count ?? 0;
    }
    const drafterUnits = bound(actor, DRAFTERS).filter((id) => id !== '');
    if (drafterUnits.length > 0) {
      const [row] = await queryRows<{ count: number }>(
        tx,
        sql`select count(distinct r.id)::int as count ${candidatesFrom(drafterUnits)}`,
      );
      count += row?.count ?? 0;
    }
    return { count, overdue: 0 };
  },
  async page(tx: Db, actor: Actor, _today: string, limit: number): Promise<InboxPart> {
    const items: InboxItem[] = [];
    let count = 0;
    const signerUnits = bound(actor, SIGNERS).filter((id) => id !== '');
    if (signerUnits.length > 0) {
      const drafts = await queryRows<{
        id: string;
        title: string;
        authority_label: string;
        decision_date: string;
        updated_at: Date | string;
        awardees: number;
        total_amount: number;
        inbox_count: number;
        inbox_overdue: number;
      }>(
        tx,
        sql`select d.id, d.title, d.authority_label, d.decision_date::text as decision_date, d.updated_at,
            d.total_amount, (select count(*)::int from decision_awardees a where a.decision_id = d.id) as awardees,
            ${windowCounts()}
          ${draftsFrom(signerUnits)}
          order by ${inboxOrder({ since: sql`d.updated_at`, key: sql`d.id::text` })} limit ${limit}`,
      );
      count += countsOf(drafts).count;
      for (const d of drafts) {
        items.push({
          key: `decision:${d.id}`,
          kind: 'decision',
          kindLabel: 'Quyết định khen thưởng',
          title: `Dự thảo: ${d.title}`,
          subtitle: `${d.authority_label} · ${d.awardees} cá nhân, tập thể · ngày ký dự kiến ${shortDate(d.decision_date)}`,
          action: 'Xem xét và ký ban hành quyết định',
          href: `/quyet-dinh/${d.id}`,
          deadline: null,
          overdue: false,
          since: new Date(d.updated_at).toISOString(),
        });
      }
    }
    const drafterUnits = bound(actor, DRAFTERS).filter((id) => id !== '');
    if (drafterUnits.length > 0) {
      const waiting = await queryRows<{
        id: string;
        authority_label: string;
        count: number;
        since: Date | string;
        inbox_count: number;
        inbox_overdue: number;
      }>(
        tx,
        sql`select r.id, r.authority_label, count(n.id)::int as count, min(ds.updated_at) as since,
            ${windowCounts()}
          ${candidatesFrom(drafterUnits)}
          group by r.id, r.authority_label
          order by ${inboxOrder({ since: sql`min(ds.updated_at)`, key: sql`r.id::text` })} limit ${limit}`,
      );
      count += countsOf(waiting).count;
      for (const r of waiting) {
        items.push({
          key: `decision_candidates:${r.id}`,
          kind: 'decision_candidates',
          kindLabel: 'Quyết định khen thưởng',
          title: `${r.count} đề nghị đã được Hội đồng thông qua chưa có quyết định`,
          subtitle: r.authority_label,
          action: 'Lập dự thảo quyết định khen thưởng',
          href: `/quyet-dinh/lap-moi?so=${r.id}`,
          deadline: null,
          overdue: false,
          since: new Date(r.since).toISOString(),
        });
      }
    }
    return { count, overdue: 0, items };
  },
};
