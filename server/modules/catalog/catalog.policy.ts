// Who sees and manages local overlays: administrators, for units in their subtree; an overlay of an ancestor
// of their units (the province's regulation seen by a commune's admin) is readable but not theirs to change.
import { type SQL, sql } from 'drizzle-orm';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

export const ADMIN_ONLY = 'Chỉ quản trị viên được quản lý quy chế địa phương';

/** True when the actor is an administrator somewhere (the overlays pages are theirs). */
export function canUseOverlays(actor: Actor): boolean {
  return hasRole(actor, ['admin']);
}

/** May the actor create or change an overlay of the unit (admin at the unit or above)? */
export function canManageOverlayAt(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, ['admin'], unitPath);
}

/** SQL on a units path: the overlay's unit is inside an admin subtree of the actor or above one of them. */
export function overlayVisibleSql(actor: Actor, unitPath: SQL): SQL {
  const paths = scopePaths(actor, ['admin']);
  if (paths.length === 0) return sql`false`;
  const above = paths.map((p) => sql`${p} like ${unitPath} || '%'`);
  return sql`(${pathInScope(unitPath, paths)} or ${sql.join(above, sql` or `)})`;
}

/** Abilities shown with an overlay. */
export function overlayAbilities(actor: Actor, unitPath: string): { update: boolean; delete: boolean } {
  const manage = canManageOverlayAt(actor, unitPath);
  return { update: manage, delete: manage };
}
