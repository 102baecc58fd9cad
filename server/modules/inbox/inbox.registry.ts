// The inbox provider registry: each module that has work waiting for users registers one provider (by key, so
// registering again — a second app in the same process — replaces it). Providers answer within the caller's
// transaction and must apply their own scope: an item is only what this actor may act on.
//
// A provider counts its items in SQL (no rows built: the header badge asks every minute for every user) and
// gives its first `limit` items in the inbox's order (compareInboxItems: overdue first, then the nearest deadline
// with none last, then the longest waiting, then the key) with the same counts — read in the same statement
// (window counts over the rows before the LIMIT) — so that the service can merge the providers' first
// page × pageSize items and cut the page out of them.
import { type SQL, sql } from 'drizzle-orm';
import type { InboxCount, InboxItem } from '../../../contracts/inbox';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';

export interface InboxProvider {
  /** Unique key: 'dossiers', 'councils', 'decisions' … */
  key: string;
  /** How many items wait for the actor and how many of them are overdue ('YYYY-MM-DD' today in Vietnam). */
  count(tx: Db, actor: Actor, today: string): Promise<InboxCount>;
  /** The actor's first `limit` (≥ 1) items in the inbox's order (compareInboxItems), with the counts. */
  page(tx: Db, actor: Actor, today: string, limit: number): Promise<InboxPart>;
}

/** A provider's share of an inbox page: its counts and its first items. */
export interface InboxPart extends InboxCount {
  items: InboxItem[];
}

/** The window counts a page query selects beside its rows (every row before the LIMIT): see partOf. */
export interface WindowCounts {
  inbox_count: number;
  inbox_overdue: number;
}

/**
 * SQL select-list terms counting every row of the query before its LIMIT, and those overdue (none when no
 * condition is given), as `inbox_count` and `inbox_overdue`.
 */
export function windowCounts(overdue?: SQL): SQL {
  return sql`(count(*) over ())::int as inbox_count, ${
    overdue ? sql`(count(*) filter (where ${overdue}) over ())::int` : sql`0`
  } as inbox_overdue`;
}

/** The counts of a page query's rows (windowCounts; no row: the query matched none, as its LIMIT is ≥ 1). */
export function countsOf(rows: readonly WindowCounts[]): InboxCount {
  return { count: rows[0]?.inbox_count ?? 0, overdue: rows[0]?.inbox_overdue ?? 0 };
}

/**
 * SQL ORDER BY terms giving compareInboxItems' order within one kind of item: overdue first, the deadline (none
 * last), the waiting time at the millisecond the item shows (`since` is an ISO time), then the key.
 */
export function inboxOrder(parts: { overdue?: SQL; deadline?: SQL; since: SQL; key: SQL }): SQL {
  const terms: SQL[] = [];
  if (parts.overdue) terms.push(sql`(${parts.overdue}) desc`);
  if (parts.deadline) terms.push(sql`${parts.deadline} asc nulls last`);
  terms.push(sql`date_trunc('milliseconds', ${parts.since}) asc`, sql`(${parts.key}) collate "C" asc`);
  return sql.join(terms, sql`, `);
}

const providers = new Map<string, InboxProvider>();

/** Adds (or replaces) a module's provider. */
export function registerInboxProvider(provider: InboxProvider): void {
  providers.set(provider.key, provider);
}

/** The registered providers, in registration order. */
export function inboxProviders(): InboxProvider[] {
  return [...providers.values()];
}
