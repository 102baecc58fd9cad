// The inbox: every provider's items for the actor, overdue first, then by deadline, then oldest first — a page
// at a time. The total and the overdue count are counted in SQL; a page is cut out of the providers' first
// page × pageSize items merged (each provider gives them in the inbox's order), so no provider builds more than
// that many items, and the header's count builds none.
import type { InboxCount, InboxItem, InboxPage, InboxQuery } from '../../../contracts/inbox';
import { todayInVietnam } from '../../../contracts/people';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { type InboxProvider, inboxProviders } from './inbox.registry';

/** Overdue first; then the nearest deadline (none last); then the longest waiting; then the key (a total order). */
export function compareInboxItems(a: InboxItem, b: InboxItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.deadline !== b.deadline) {
    if (a.deadline === null) return 1;
    if (b.deadline === null) return -1;
    return a.deadline < b.deadline ? -1 : 1;
  }
  if (a.since !== b.since) return a.since < b.since ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * GET /api/inbox: each provider's counts and first page × pageSize items (in one statement per kind of item), the
 * page cut out of their merge.
 */
export async function listInbox(
  tx: Db,
  actor: Actor,
  query: InboxQuery,
  providers: readonly InboxProvider[] = inboxProviders(),
): Promise<InboxPage> {
  const { page, pageSize } = query;
  const today = todayInVietnam();
  let total = 0;
  let overdue = 0;
  const items: InboxItem[] = [];
  for (const provider of providers) {
    const part = await provider.page(tx, actor, today, page * pageSize);
    total += part.count;
    overdue += part.overdue;
    items.push(...part.items);
  }
  items.sort(compareInboxItems);
  return { items: items.slice((page - 1) * pageSize, page * pageSize), total, overdue, page, pageSize };
}

/** GET /api/inbox/count: the header badge, from the providers' counts alone. */
export async function countInbox(tx: Db, actor: Actor): Promise<InboxCount> {
  const today = todayInVietnam();
  let count = 0;
  let overdue = 0;
  for (const provider of inboxProviders()) {
    const counted = await provider.count(tx, actor, today);
    count += counted.count;
    overdue += counted.overdue;
  }
  return { count, overdue };
}
