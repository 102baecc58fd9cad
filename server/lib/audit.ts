// Appends an entry to the hash-chained audit trail, inside the caller's transaction.
import type { Db } from '../db/client';
import { auditLog } from '../db/schema/index';
import type { Actor } from './actor';

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Records one mutation; seq, time and hashes are assigned by the database chain trigger. */
export async function appendAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values(auditRow(actor, entry));
}

/**
 * Records many mutations in order, a few statements instead of one per entry (the chain trigger runs for each
 * row in turn and sees the rows before it in the same statement, so the chain is the same as entry by entry).
 */
export async function appendAuditEntries(
  tx: Db,
  actor: Actor,
  entries: readonly AuditEntry[],
): Promise<void> {
  for (let from = 0; from < entries.length; from += 1000) {
    await tx.insert(auditLog).values(entries.slice(from, from + 1000).map((e) => auditRow(actor, e)));
  }
}

function auditRow(actor: Actor, entry: AuditEntry) {
  return {
    // Placeholders: the BEFORE INSERT trigger overwrites seq, at, prev_hash and hash under the chain lock.
    seq: 0,
    at: new Date(0),
    prevHash: '',
    hash: '',
    actorId: actor.userId,
    actorName: actor.username,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    unitId: entry.unitId || null,
    before: toJson(entry.before),
    after: toJson(entry.after),
    client: actor.client,
  };
}

function toJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? '[ẩn]' : v)));
}

// Never copied into the audit trail.
const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'csrfToken']);
