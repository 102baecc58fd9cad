// The acting user as seen by services: who, which roles at which units, and from where.
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Role } from '../../contracts/enums';

export interface RoleBinding {
  role: Role;
  unitId: string;
  /** Materialised path of the unit the role is bound to; the role covers that unit's subtree. */
  unitPath: string;
  unitName: string;
}

export interface Actor {
  userId: string | null;
  username: string;
  fullName: string;
  roles: RoleBinding[];
  sessionId: string | null;
  /** Client address, recorded in the audit trail. */
  client: string | null;
}

/** The actor used by the command line and the demo seeding: acts everywhere, recorded as "system". */
export function systemActor(rootPath = '/'): Actor {
  return {
    userId: null,
    username: 'system',
    fullName: 'Hệ thống',
    roles: [{ role: 'admin', unitId: '', unitPath: rootPath, unitName: 'Toàn hệ thống' }],
    sessionId: null,
    client: 'cli',
  };
}

/** Paths of the subtrees where the actor holds one of the roles (all roles when none is given). */
export function scopePaths(actor: Actor, roles?: readonly Role[]): string[] {
  const paths = actor.roles.filter((r) => !roles || roles.includes(r.role)).map((r) => r.unitPath);
  // Drop paths already covered by an ancestor path, so queries stay short.
  return [...new Set(paths)].filter((p, _, all) => !all.some((q) => q !== p && p.startsWith(q)));
}

/** True when the actor holds one of the roles at the unit (bound to it or to an ancestor). */
export function hasRoleAt(actor: Actor, roles: readonly Role[], unitPath: string): boolean {
  return actor.roles.some((r) => roles.includes(r.role) && unitPath.startsWith(r.unitPath));
}

/** True when the actor holds one of the roles anywhere. */
export function hasRole(actor: Actor, roles: readonly Role[]): boolean {
  return actor.roles.some((r) => roles.includes(r.role));
}

/** SQL condition: the path column lies inside one of the given subtrees (false when there are none). */
export function pathInScope(column: AnyPgColumn | SQL, paths: readonly string[]): SQL {
  if (paths.length === 0) return sql`false`;
  if (paths.includes('/')) return sql`true`;
  const parts = paths.map((p) => sql`${column} like ${p + '%'}`);
  return sql`(${sql.join(parts, sql` or `)})`;
}
