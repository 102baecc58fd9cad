// Who may do what with units: pure abilities over materialised paths, and the row scope for queries.
import type { SQL } from 'drizzle-orm';
import type { UnitAbilities } from '../../../contracts/units';
import { isStrictDescendant, isWithin, pathIds } from '../../../domain/units';
import { units } from '../../db/schema/index';
import { type Actor, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** SQL condition: the unit lies in a subtree where the actor holds any role. */
export function unitsVisibleTo(actor: Actor): SQL {
  return pathInScope(units.path, scopePaths(actor));
}

/** Any role whose subtree contains the unit lets the actor read it. */
export function canRead(actor: Actor, unitPath: string): boolean {
  return actor.roles.some((r) => isWithin(unitPath, r.unitPath));
}

/** True when the unit is an ancestor of (or equal to) a unit where the actor holds a role. */
export function isAboveScope(actor: Actor, unitPath: string): boolean {
  return actor.roles.some((r) => isWithin(r.unitPath, unitPath));
}

/** Admin at the unit or an ancestor; officer only strictly inside their own subtree. */
export function canManage(actor: Actor, unitPath: string): boolean {
  return (
    hasRoleAt(actor, ['admin'], unitPath) ||
    actor.roles.some((r) => r.role === 'officer' && isStrictDescendant(unitPath, r.unitPath))
  );
}

/** A new child of the parent lies strictly inside the subtree of an officer bound at the parent or above. */
export function canCreateChild(actor: Actor, parentPath: string): boolean {
  return hasRoleAt(actor, ['admin', 'officer'], parentPath);
}

/** A new root: only an administrator whose role unit has no parent (or the system actor). */
export function canCreateRoot(actor: Actor): boolean {
  return actor.roles.some((r) => r.role === 'admin' && pathIds(r.unitPath).length <= 1);
}

/** Lineage events and deletion: administrators only, at the unit or above. */
export function canAdminister(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, ['admin'], unitPath);
}

/** The abilities shown with a unit, so the UI hides what the reader may not do. */
export function unitAbilities(
  actor: Actor,
  unit: { path: string; validTo: string | null },
  options: { isReferenced?: boolean } = {},
): UnitAbilities {
  const isClosed = unit.validTo !== null;
  return {
    update: canManage(actor, unit.path),
    close: !isClosed && canManage(actor, unit.path),
    createChild: !isClosed && canCreateChild(actor, unit.path),
    recordEvent: !isClosed && canAdminister(actor, unit.path),
    delete: canAdminister(actor, unit.path) && options.isReferenced === false,
  };
}
