// The inbox: every provider's items for the actor, overdue first, then by deadline, then oldest first.
import type { InboxCount, InboxItem, InboxPage } from '../../../contracts/inbox';
import { todayInVietnam } from '../../../contracts/people';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { inboxProviders } from './inbox.registry';

/** Overdue first; then the nearest deadline (none last); then the longest waiting. */
export function compareInboxItems(a: InboxItem, b: InboxItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.deadline !== b.deadline) {
    if (a.deadline === null) return 1;
    if (b.deadline === null) return -1;
    return a.deadline < b.deadline ? -1 : 1;
  }
  return a.since < b.since ? -1 : a.since > b.since ? 1 : 0;
}

async function collect(tx: Db, actor: Actor): Promise<InboxItem[]> {
  const today = todayInVietnam();
  const items: InboxItem[] = [];
  for (const provider of inboxProviders()) items.push(...(await provider.items(tx, actor, today)));
  return items.sort(compareInboxItems);
}

/** GET /api/inbox */
export async function listInbox(tx: Db, actor: Actor): Promise<InboxPage> {
  const items = await collect(tx, actor);
  return { items, total: items.length, overdue: items.filter((i) => i.overdue).length };
}

/** GET /api/inbox/count: the header badge. */
export async function countInbox(tx: Db, actor: Actor): Promise<InboxCount> {
  const items = await collect(tx, actor);
  return { count: items.length, overdue: items.filter((i) => i.overdue).length };
}
