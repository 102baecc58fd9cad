// The dossiers' inbox provider: for an officer, the dossiers returned for supplement and their own drafts; for
// a specialist, the dossiers handled by the very unit their role is bound to that wait on them (receive, start
// the appraisal, appraise and send to the council, forward what the council passed beyond its authority).
import { type SQL, sql } from 'drizzle-orm';
import type { InboxItem } from '../../../contracts/inbox';
import { DOSSIER_STATUS_LABELS, type DossierStatus } from '../../../domain/workflow';
import { type Db } from '../../db/client';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import type { InboxProvider } from '../inbox/inbox.registry';
import { loadAncestries } from './dossiers.authority';
import { presentDeadline } from './dossiers.present';
import {
  DOSSIER_FROM,
  type DossierRow,
  HANDLING_PATH,
  loadNominees,
  type NomineeRow,
  selectRows,
} from './dossiers.queries';
import { dossierFacts } from './dossiers.service';

const ACTION: Partial<Record<DossierStatus, string>> = {
  draft: 'Hoàn thiện và gửi hồ sơ',
  returned: 'Bổ sung theo yêu cầu và gửi lại hồ sơ',
  submitted: 'Tiếp nhận hoặc trả lại hồ sơ',
  received: 'Bắt đầu thẩm định hồ sơ',
  appraising: 'Thẩm định từng người và trình Hội đồng',
  concluded: 'Trình cấp trên các đề nghị vượt thẩm quyền',
};

function conditions(actor: Actor): SQL | null {
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
  const bound = actor.roles.filter((r) => r.role === 'specialist').map((r) => r.unitPath);
  if (bound.length > 0) {
    const here = sql.join(
      bound.map((p) => sql`${p}`),
      sql`, `,
    );
    parts.push(
      sql`(d.status in ('submitted', 'received', 'appraising', 'concluded') and ${HANDLING_PATH} in (${here}))`,
    );
  }
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : null;
}

export const dossierInboxProvider: InboxProvider = {
  key: 'dossiers',
  async items(tx: Db, actor: Actor, today: string): Promise<InboxItem[]> {
    const where = conditions(actor);
    if (!where) return [];
    const rows = await selectRows(
      tx,
      sql`from ${DOSSIER_FROM} where ${where} order by d.updated_at limit 500`,
    );
    const forwardable = await withForwardable(tx, rows);
    const items: InboxItem[] = [];
    for (const row of rows) {
      if (row.status === 'concluded' && !forwardable.has(row.id)) continue;
      const deadline = presentDeadline(row, today);
      items.push({
        key: `dossier:${row.id}`,
        kind: 'dossier',
        kindLabel: 'Hồ sơ đề nghị',
        title: `${row.code} — ${row.title}`,
        subtitle: `${row.proposingName} · ${DOSSIER_STATUS_LABELS[row.status]}`,
        action: ACTION[row.status] ?? DOSSIER_STATUS_LABELS[row.status],
        href: `/ho-so/${row.id}`,
        deadline: deadline?.on ?? null,
        overdue: deadline?.overdue ?? false,
        since: row.updatedAt.toISOString(),
      });
    }
    return items;
  },
};

/**
 * The concluded dossiers that still hold a nominee to forward beyond the authority: their nominees and their
 * proposers' ancestries read in two statements for all of them (one pair per dossier made a province
 * specialist's inbox cost a round trip per concluded dossier).
 */
async function withForwardable(tx: Db, rows: readonly DossierRow[]): Promise<Set<string>> {
  const concluded = rows.filter((r) => r.status === 'concluded');
  if (concluded.length === 0) return new Set();
  const nominees = await loadNominees(
    tx,
    concluded.map((r) => r.id),
  );
  const ancestries = await loadAncestries(
    tx,
    concluded.map((r) => r.proposingPath),
  );
  const byDossier = new Map<string, NomineeRow[]>();
  for (const n of nominees) byDossier.set(n.dossierId, [...(byDossier.get(n.dossierId) ?? []), n]);
  const out = new Set<string>();
  for (const row of concluded) {
    const facts = dossierFacts(row, byDossier.get(row.id) ?? [], ancestries.get(row.proposingPath) ?? []);
    if (facts.nominees.some((n) => n.needsForwarding && !n.forwarded)) out.add(row.id);
  }
  return out;
}
