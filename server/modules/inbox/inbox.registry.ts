// The inbox provider registry: each module that has work waiting for users registers one provider (by key, so
// registering again — a second app in the same process — replaces it). Providers answer within the caller's
// transaction and must apply their own scope: an item is only what this actor may act on.
import type { InboxItem } from '../../../contracts/inbox';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';

export interface InboxProvider {
  /** Unique key: 'dossiers', 'councils', 'decisions' … */
  key: string;
  /** The items waiting for the actor's action ('YYYY-MM-DD' today in Vietnam, for overdue flags). */
  items(tx: Db, actor: Actor, today: string): Promise<InboxItem[]>;
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
