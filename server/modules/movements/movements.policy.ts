// Who sees and who runs a movement: it belongs to its unit (the launching unit, or the unit following a movement
// launched outside the system); that unit's admins, officers and specialists (or an ancestor's) edit it. Everyone
// whose unit lies above or below the movement's unit, or above or below one of its participating units, sees it.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import type { StatusAction } from '../../../contracts/movements';
import { type MovementStatus, nextStatus, type ReviewKind, STATUS_ACTIONS } from '../../../domain/movements';
import { type Actor, hasRole, hasRoleAt, scopePaths } from '../../lib/actor';
import { relatedPathSql } from '../documents/documents.policy';

/** Roles that create and run movements at their unit and below. */
export const MOVEMENT_EDITORS: readonly Role[] = ['admin', 'officer', 'specialist'];

export const EDIT_REFUSED =
  'Chỉ cán bộ thi đua, khen thưởng của đơn vị phát động (theo dõi) được sửa phong trào này';

/** May the actor create movements somewhere? */
export function canCreateMovements(actor: Actor): boolean {
  return hasRole(actor, MOVEMENT_EDITORS);
}

/** May the actor edit the movements of the unit at this path? */
export function canEditAt(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, MOVEMENT_EDITORS, unitPath);
}

/** SQL on a movement: its unit or one of its participating units is related to the actor. */
export function movementVisibleSql(actor: Actor, movementId: SQL, unitId: SQL): SQL {
  if (scopePaths(actor).includes('/')) return sql`true`;
  return sql`(exists (select 1 from units vu where vu.id = ${unitId} and ${relatedPathSql(actor, sql`vu.path`)})
    or exists (select 1 from movement_units vp join units vpu on vpu.id = vp.unit_id
      where vp.movement_id = ${movementId} and ${relatedPathSql(actor, sql`vpu.path`)}))`;
}

/** Abilities shown with a movement. */
export function movementAbilities(
  actor: Actor,
  unitPath: string,
  facts: {
    status: MovementStatus;
    lastReviewKind: ReviewKind | null;
    hasChildren: boolean;
    hasDossiers: boolean;
  },
) {
  const edit = canEditAt(actor, unitPath);
  const actions: StatusAction[] = edit
    ? STATUS_ACTIONS.filter(
        (action) => nextStatus(facts, { action, reviewKind: action === 'review' ? 'interim' : null }).ok,
      )
    : [];
  // A tổng kết is still possible after a sơ kết, which the check above (made with a sơ kết) may not show.
  if (
    edit &&
    !actions.includes('review') &&
    nextStatus(facts, { action: 'review', reviewKind: 'final' }).ok
  ) {
    actions.push('review');
  }
  return {
    update: edit,
    delete: edit && !facts.hasChildren && !facts.hasDossiers,
    changeStatus: actions.length > 0,
    actions,
    createChild: canCreateMovements(actor),
  };
}
