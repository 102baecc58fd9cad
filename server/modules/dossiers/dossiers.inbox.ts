// The dossiers' inbox provider: for an officer, the dossiers returned for supplement and their own drafts; for
// a specialist, the dossiers handled by the very unit their role is bound to that wait on them (receive, start
// the appraisal, appraise and send to the council, forward what the council passed beyond its authority).
import { type SQL, sql } from 'drizzle-orm';
import type { InboxCount, InboxItem } from '../../../contracts/inbox';
import { regimeById } from '../../../domain/catalog';
import { isOverdue } from '../../../domain/working-days';
import { DOSSIER_STATUS_LABELS, type DossierStatus, WAITING_STATUSES } from '../../../domain/workflow';
import { type Db, queryRows } from '../../db/client';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import {
  countsOf,
  inboxOrder,
  type InboxPart,
  type InboxProvider,
  windowCounts,
} from '../inbox/inbox.registry';
import { compareInboxItems } from '../inbox/inbox.service';
import { loadAncestries } from './dossiers.authority';
import {
  DOSSIER_FROM,
  type DossierRow,
  HANDLING_PATH,
  type NomineeRow,
  selectRows,
} from './dossiers.queries';
import { needsForwarding } from './dossiers.service';

const ACTION: Partial<Record<DossierStatus, string>> = {
  draft: 'Hoàn thiện và gửi hồ sơ',
  returned: 'Bổ sung theo yêu cầu và gửi lại hồ sơ',
  submitted: 'Tiếp nhận hoặc trả lại hồ sơ',
  received: 'Bắt đầu thẩm định hồ sơ',
  appraising: 'Thẩm định từng người và trình Hội đồng',
  concluded: 'Trình cấp trên các đề nghị vượt thẩm quyền',
};

/**
 * SQL over `dossiers d join units pu` (the proposer): the dossiers waiting on the actor, concluded ones included
 * whether or not they hold a nominee to forward. For a specialist: handled by the very unit their role is bound
 * to (HANDLING_PATH equal to its path), read from the dossier and its proposer alone — the authority's unit by
 * id, else (a central authority) the province above the proposer, the nearest one as provinces do not nest —
 * so that counting joins no unit for every dossier in the province.
 */
export function dossierInboxScope(actor: Actor): SQL | null {
  const parts: SQL[] = [];
  const officer = scopePaths(actor, ['officer']);
  if (officer.length > 0) {
    parts.push(sql`(d.status = 'returned' and ${pathInScope(sql`pu.path`, officer)})`);
    if (actor.userId) {
      parts.push(
        sql`(d.status = 'draft' and d.created_by = ${actor.userId} and ${pathInScope(sql`pu.path`, officer)})`,
      );
    }
  }
  const bound = [...new Set(actor.roles.filter((r) => r.role === 'specialist').map((r) => r.unitId))];
  if (bound.length > 0) {
    const ids = sql.join(
      bound.map((id) => sql`${id}::uuid`),
      sql`, `,
    );
    parts.push(
      sql`(d.status in ('submitted', 'received', 'appraising', 'concluded') and (d.authority_unit_id in (${ids})
        or (d.authority_unit_id is null and exists (select 1 from units sp where sp.id in (${ids})
          and sp.kind = 'province' and sp.id <> pu.id
          and sp.id = any(string_to_array(trim(both '/' from pu.path), '/')::uuid[])))))`,
    );
  }
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : null;
}

/** The dossiers and their proposers, for dossierInboxScope. */
const SCOPE_FROM = sql`dossiers d join units pu on pu.id = d.proposing_unit_id`;

/** SQL: the dossier's deadline has passed while it waits on its handler (presentDeadline → isOverdue). */
function overdueSql(today: string): SQL {
  return sql`(d.status in (${sql.join(
    WAITING_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  )}) and d.deadline_on is not null and d.deadline_on < ${today}::date)`;
}

/**
 * The concluded dossiers in scope that still hold a nominee to forward beyond the authority. That fact needs the
 * regime's authority rules placed on the proposer's ancestry (resolveAuthority, in TypeScript), so it is decided
 * in TypeScript — for the concluded dossiers that could hold one (a passed nominee not forwarded yet, read in
 * SQL) only — a handful, whatever the size of the province — as dossierFacts decides it (needsForwarding on each
 * such nominee; the test compares the two on varied dossiers).
 */
async function forwardableInScope(tx: Db, actor: Actor, scope: SQL): Promise<string[]> {
  // Only a specialist's scope holds concluded dossiers.
  if (!actor.roles.some((r) => r.role === 'specialist')) return [];
  // What needsForwarding reads, for the passed nominees not forwarded yet of the concluded dossiers in scope
  // (dossierFacts' other nominees never need forwarding): the handling unit, the regime, the proposer's path.
  const rows = await queryRows<{
    id: string;
    regimeId: DossierRow['regimeId'];
    proposingPath: string;
    handlingUnitId: string | null;
    handlingPath: string | null;
    outcome: NomineeRow['outcome'];
    outcomeAwardKind: string | null;
    awardKind: string;
    name: string;
  }>(
    tx,
    sql`select d.id, d.regime_id as "regimeId", pu.path as "proposingPath",
        coalesce(au.id, hp.id) as "handlingUnitId", ${HANDLING_PATH} as "handlingPath", n.outcome,
        n.outcome_award_kind as "outcomeAwardKind", n.award_kind as "awardKind", '' as name
      from ${DOSSIER_FROM} join dossier_nominees n on n.dossier_id = d.id
      where ${scope} and d.status = 'concluded' and n.outcome = 'passed' and n.forwarded_to_nominee_id is null`,
  );
  if (rows.length === 0) return [];
  const ancestries = await loadAncestries(
    tx,
    rows.map((r) => r.proposingPath),
  );
  const out = new Set<string>();
  for (const r of rows) {
    if (out.has(r.id)) continue;
    if (needsForwarding(r, regimeById(r.regimeId), ancestries.get(r.proposingPath) ?? [], r) !== null)
      out.add(r.id);
  }
  return [...out];
}

const idList = (ids: readonly string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

export const dossierInboxProvider: InboxProvider = {
  key: 'dossiers',
  async count(tx: Db, actor: Actor, today: string): Promise<InboxCount> {
    const scope = dossierInboxScope(actor);
    if (!scope) return { count: 0, overdue: 0 };
    const forwardable = await forwardableInScope(tx, actor, scope);
    // Concluded dossiers are never overdue (they wait on no deadline): they add to the count only.
    const [row] = await queryRows<{ count: number; overdue: number }>(
      tx,
      sql`select (count(*) filter (where d.status <> 'concluded'))::int as count,
          (count(*) filter (where ${overdueSql(today)}))::int as overdue
        from ${SCOPE_FROM} where ${scope}`,
    );
    return { count: (row?.count ?? 0) + forwardable.length, overdue: row?.overdue ?? 0 };
  },
  async page(tx: Db, actor: Actor, today: string, limit: number): Promise<InboxPart> {
    const scope = dossierInboxScope(actor);
    if (!scope) return { count: 0, overdue: 0, items: [] };
    const forwardable = await forwardableInScope(tx, actor, scope);
    const concluded = forwardable.length === 0 ? sql`false` : sql`d.id in (${idList(forwardable)})`;
    const overdue = overdueSql(today);
    const order = inboxOrder({
      overdue,
      deadline: sql`d.deadline_on`,
      since: sql`d.updated_at`,
      key: sql`d.id::text`,
    });
    // The page's ids and the window counts over every dossier in scope, from the dossiers and their proposers
    // alone (the LIMIT keeps the subquery apart), joined to selectRows' columns for those dossiers only.
    const rows = (await selectRows(
      tx,
      sql`, p.inbox_count, p.inbox_overdue from ${DOSSIER_FROM}
        join (select d.id, ${windowCounts(overdue)} from ${SCOPE_FROM}
          where ${scope} and (d.status <> 'concluded' or ${concluded}) order by ${order} limit ${limit}) p on p.id = d.id`,
    )) as (DossierRow & { inbox_count: number; inbox_overdue: number })[];
    const items = rows.map((row): InboxItem => {
      // presentDeadline's `on` and `overdue`, without the working days left (which the inbox does not show).
      const late = isOverdue(row.deadlineOn, today, WAITING_STATUSES.includes(row.status));
      return {
        key: `dossier:${row.id}`,
        kind: 'dossier',
        kindLabel: 'Hồ sơ đề nghị',
        title: `${row.code} — ${row.title}`,
        subtitle: `${row.proposingName} · ${DOSSIER_STATUS_LABELS[row.status]}`,
        action: ACTION[row.status] ?? DOSSIER_STATUS_LABELS[row.status],
        href: `/ho-so/${row.id}`,
        deadline: row.deadlineOn,
        overdue: late,
        since: row.updatedAt.toISOString(),
      };
    });
    return { ...countsOf(rows), items: items.sort(compareInboxItems) };
  },
};
