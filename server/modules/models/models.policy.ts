// Who sees and who keeps exemplary models: anyone with a role over the owning unit sees its models; its admins
// and officers create, correct, publish and delete them. The public sees published models only (public routes).
import { type SQL } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** Roles that keep the models of their unit and its subtree. */
export const MODEL_MANAGERS: readonly Role[] = ['admin', 'officer'];

export const MANAGE_REFUSED =
  'Chỉ cán bộ thi đua, khen thưởng của đơn vị quản lý được thao tác với điển hình này';

/** May the actor create models somewhere? */
export function canCreateModels(actor: Actor): boolean {
  return hasRole(actor, MODEL_MANAGERS);
}

/** May the actor keep the models owned by this unit? */
export function canManageModelAt(actor: Actor, ownerPath: string): boolean {
  return hasRoleAt(actor, MODEL_MANAGERS, ownerPath);
}

/** Abilities shown with a model. */
export function modelAbilities(actor: Actor, ownerPath: string) {
  const manage = canManageModelAt(actor, ownerPath);
  return { update: manage, delete: manage, publish: manage };
}

/** SQL on the owning unit's path: it lies in one of the actor's subtrees. */
export function modelVisibleSql(actor: Actor, ownerPath: SQL): SQL {
  return pathInScope(ownerPath, scopePaths(actor));
}
