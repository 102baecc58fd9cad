// Reads of accounts with their roles, limited to what the actor may see.
import { and, asc, count, eq, inArray, max, type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { foldVietnamese } from '../../../domain/text';
import type { Db } from '../../db/client';
import { sessions, units, userRoles, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { usersVisibleTo } from './users.policy';

export type UserRow = typeof users.$inferSelect;
export interface RoleRow {
  userId: string;
  role: Role;
  unitId: string;
  unitName: string;
  unitPath: string;
}

/** One page of accounts visible to the actor, searched by username or name (without diacritics). */
export async function listUsers(db: Db, actor: Actor, query: { q?: string; page: number; pageSize: number }) {
  const conditions: SQL[] = [usersVisibleTo(actor)];
  if (query.q?.trim()) {
    const folded = `%${foldVietnamese(query.q).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(
      sql`(lower(${users.username}) like ${folded} or lower(unaccent(${users.fullName})) like ${folded})`,
    );
  }
  const where = and(...conditions);
  const [total] = await db.select({ n: count() }).from(users).where(where);
  const rows = await db
    .select()
    .from(users)
    .where(where)
    .orderBy(asc(users.username))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { rows, total: total?.n ?? 0 };
}

/** The account if the actor may see it, else undefined. */
export async function findUserInScope(db: Db, actor: Actor, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), usersVisibleTo(actor)))
    .limit(1);
  return row;
}

/** Role bindings of several users, with unit names and paths. */
export async function rolesOf(db: Db, userIds: string[]): Promise<RoleRow[]> {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({
      userId: userRoles.userId,
      role: userRoles.role,
      unitId: units.id,
      unitName: units.name,
      unitPath: units.path,
    })
    .from(userRoles)
    .innerJoin(units, eq(units.id, userRoles.unitId))
    .where(inArray(userRoles.userId, userIds));
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

/** Last sign-in time of several users. */
export async function lastLogins(db: Db, userIds: string[]): Promise<Map<string, Date>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: sessions.userId, at: max(sessions.createdAt) })
    .from(sessions)
    .where(inArray(sessions.userId, userIds))
    .groupBy(sessions.userId);
  return new Map(rows.filter((r) => r.at).map((r) => [r.userId, r.at!]));
}

/** Paths of units by id (for checking where roles may be bound). */
export async function unitPaths(db: Db, unitIds: string[]): Promise<Map<string, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await db
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(inArray(units.id, unitIds));
  return new Map(rows.map((r) => [r.id, r.path]));
}
