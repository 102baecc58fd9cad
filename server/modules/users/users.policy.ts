// Who may see and manage accounts: administrators, within their unit subtree.
import { type SQL, sql } from 'drizzle-orm';
import { userRoles, units, users } from '../../db/schema/index';
import { type Actor, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** SQL: the user holds at least one role at a unit inside the actor's admin subtrees. */
export function usersVisibleTo(actor: Actor): SQL {
  const paths = scopePaths(actor, ['admin']);
  return sql`exists (select 1 from ${userRoles} ur join ${units} u on u.id = ur.unit_id
    where ur.user_id = ${users.id} and ${pathInScope(sql`u.path`, paths)})`;
}

/** May the actor bind a role at a unit with this path? */
export function canAssignAt(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, ['admin'], unitPath);
}

/** Abilities on a visible account. */
export function userAbilities(actor: Actor, target: { id: string }) {
  const isAdmin = scopePaths(actor, ['admin']).length > 0;
  return { update: isAdmin, resetPassword: isAdmin && target.id !== actor.userId };
}
