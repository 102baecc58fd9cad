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
  await tx.insert(auditLog).values({
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
  });
}

function toJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value, (key, v) => (SECRET_KEYS.has(key) ? '[ẩn]' : v)));
}

// Never copied into the audit trail.
const SECRET_KEYS = new Set(['passwordHash', 'password', 'tokenHash', 'csrfToken']);
