// Reading the audit trail for the admin viewer, limited to the admin's subtree.
import { and, count, desc, eq, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import type { AuditEntryView, AuditQuery } from '../../../contracts/audit';
import type { Db } from '../../db/client';
import { auditLog, units, users } from '../../db/schema/index';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import { usersVisibleTo } from '../users/users.policy';

/** SQL: the entry concerns a unit in the admin's subtrees, or was made by an account the admin manages;
 * entries with neither (system work) are for administrators bound at a root unit. */
function entriesVisibleTo(actor: Actor): SQL {
  const paths = scopePaths(actor, ['admin']);
  const isRootAdmin = paths.some((p) => p.split('/').filter(Boolean).length === 1);
  return sql`(
    exists (select 1 from ${units} u where u.id = ${auditLog.unitId} and ${pathInScope(sql`u.path`, paths)})
    or exists (select 1 from ${users} where ${users.id} = ${auditLog.actorId} and ${usersVisibleTo(actor)})
    or (${isRootAdmin} and ${auditLog.unitId} is null and ${auditLog.actorId} is null)
  )`;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** One page of entries, newest first. */
export async function listAuditEntries(
  db: Db,
  actor: Actor,
  query: AuditQuery,
): Promise<{ items: AuditEntryView[]; total: number }> {
  const conditions: SQL[] = [entriesVisibleTo(actor)];
  if (query.action)
    conditions.push(like(auditLog.action, `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`));
  if (query.entity) conditions.push(eq(auditLog.entity, query.entity));
  if (query.entityId) conditions.push(eq(auditLog.entityId, query.entityId));
  if (query.actorId) conditions.push(eq(auditLog.actorId, query.actorId));
  if (query.from) conditions.push(gte(auditLog.at, new Date(`${query.from}T00:00:00+07:00`)));
  if (query.to) conditions.push(lt(auditLog.at, new Date(`${nextDay(query.to)}T00:00:00+07:00`)));
  if (query.q?.trim()) {
    const pattern = `%${query.q
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`(lower(${auditLog.actorName}) like ${pattern} or lower(${auditLog.action}) like ${pattern} or ${auditLog.entityId} like ${pattern})`,
    );
  }
  const where = and(...conditions);
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  const rows = await db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actorName: auditLog.actorName,
      actorFullName: users.fullName,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      unitId: auditLog.unitId,
      unitName: units.name,
      client: auditLog.client,
      before: auditLog.before,
      after: auditLog.after,
      hash: auditLog.hash,
    })
    .from(auditLog)
    .leftJoin(units, eq(units.id, auditLog.unitId))
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where)
    .orderBy(desc(auditLog.seq))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return {
    items: rows.map((r) => ({ ...r, seq: Number(r.seq), at: r.at.toISOString() })),
    total: total?.n ?? 0,
  };
}
