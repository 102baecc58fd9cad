// The dossiers' inbox provider: for an officer, the dossiers returned for supplement and their own drafts; for
// a specialist, the dossiers handled by the very unit their role is bound to that wait on them (receive, start
// the appraisal, appraise and send to the council, forward what the council passed beyond its authority).
import { type SQL, sql } from 'drizzle-orm';
import type { InboxItem } from '../../../contracts/inbox';
import { DOSSIER_STATUS_LABELS, type DossierStatus } from '../../../domain/workflow';
import { type Db } from '../../db/client';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import type { InboxProvider } from '../inbox/inbox.registry';
import { loadAncestry } from './dossiers.authority';
import { presentDeadline } from './dossiers.present';
import { DOSSIER_FROM, type DossierRow, HANDLING_PATH, loadNominees, selectRows } from './dossiers.queries';
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
    const items: InboxItem[] = [];
    for (const row of rows) {
      if (row.status === 'concluded' && !(await hasForwardable(tx, row))) continue;
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

async function hasForwardable(tx: Db, row: DossierRow): Promise<boolean> {
  const nominees = await loadNominees(tx, [row.id]);
  const facts = dossierFacts(row, nominees, await loadAncestry(tx, row.proposingPath));
  return facts.nominees.some((n) => n.needsForwarding && !n.forwarded);
}
