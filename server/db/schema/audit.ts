// The audit trail: append-only, hash-chained (see the custom migration for the chain and immutability triggers).
import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const auditLog = pgTable(
  'audit_log',
  {
    /** Assigned by the chain trigger after it takes the chain lock, so seq order is chain order. */
    seq: bigint('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    /** The unit the entity belongs to, for scoping the audit viewer. */
    unitId: uuid('unit_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    client: text('client'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    index('audit_log_entity_idx').on(t.entity, t.entityId),
    index('audit_log_actor_idx').on(t.actorId),
    index('audit_log_at_idx').on(t.at),
    index('audit_log_unit_idx').on(t.unitId),
    index('audit_log_action_idx').on(sql`${t.action} text_pattern_ops`),
  ],
);
