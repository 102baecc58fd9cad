// Appends an entry to the hash-chained audit trail, inside the caller's transaction.
import { type Db, sql } from '../db/client';
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
 * Records many mutations in order in one statement (the chain trigger runs for each row in turn, in the order of
 * the SELECT, and sees the rows before it, so the chain is the same as entry by entry). The rows travel as one
 * JSON array: drizzle spends hundreds of milliseconds of CPU building a VALUES list of hundreds of rows.
 */
export async function appendAuditEntries(
  tx: Db,
  actor: Actor,
  entries: readonly AuditEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const rows = entries.map((e, i) => ({
    i,
    action: e.action,
    entity: e.entity,
    entity_id: e.entityId ?? null,
    unit_id: e.unitId || null,
    before: toJson(e.before),
    after: toJson(e.after),
  }));
  // Placeholders for seq, at, prev_hash and hash: the BEFORE INSERT trigger overwrites them under the chain lock.
  await tx.execute(
    sql`insert into audit_log (seq, at, prev_hash, hash, actor_id, actor_name, action, entity, entity_id, unit_id,
        before, after, client)
      select 0, 'epoch', '', '', ${actor.userId}::uuid, ${actor.username}, x.action, x.entity, x.entity_id,
        x.unit_id, nullif(x.before, 'null'::jsonb), nullif(x.after, 'null'::jsonb), ${actor.client}
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(i int, action text, entity text, entity_id text,
        unit_id uuid, before jsonb, after jsonb)
      order by x.i`,
  );
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
