// Who sees and who runs an inspection plan: the organising unit's admins, officers and specialists manage it;
// anyone with a role over the organiser sees the whole plan; an inspected unit's people see the plan with their
// own targets only, and its admins and officers report progress on the recommendations made to them.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** Roles that create plans, name teams, schedule targets and record findings at the organising unit. */
export const INSPECTION_MANAGERS: readonly Role[] = ['admin', 'officer', 'specialist'];
/** Roles of an inspected unit that report progress on its recommendations. */
export const FOLLOW_UP_REPORTERS: readonly Role[] = ['admin', 'officer'];

export const MANAGE_REFUSED = 'Chỉ cán bộ thi đua, khen thưởng của đơn vị tổ chức kiểm tra được thao tác này';

/** May the actor create plans somewhere (the list's "new plan" button)? */
export function canCreatePlans(actor: Actor): boolean {
  return hasRole(actor, INSPECTION_MANAGERS);
}

/** May the actor run the plans organised by this unit? */
export function canManageAt(actor: Actor, organiserPath: string): boolean {
  return hasRoleAt(actor, INSPECTION_MANAGERS, organiserPath);
}

/** Does the actor see the whole plan (a role over the organiser), not only their own targets? */
export function seesWholePlan(actor: Actor, organiserPath: string): boolean {
  return actor.roles.some((r) => organiserPath.startsWith(r.unitPath));
}

/** Does the actor see this target of a plan? */
export function seesTarget(actor: Actor, organiserPath: string, targetPath: string): boolean {
  return seesWholePlan(actor, organiserPath) || actor.roles.some((r) => targetPath.startsWith(r.unitPath));
}

/** May the actor report follow-up progress on a recommendation made to the target unit? */
export function canReportFollowUp(actor: Actor, organiserPath: string, targetPath: string): boolean {
  return canManageAt(actor, organiserPath) || hasRoleAt(actor, FOLLOW_UP_REPORTERS, targetPath);
}

/** Abilities shown with a plan. */
export function planAbilities(actor: Actor, organiserPath: string) {
  const manage = canManageAt(actor, organiserPath);
  return { update: manage, delete: manage, manageTeam: manage, addTarget: manage };
}

/**
 * SQL on a plan: the organiser lies in one of the actor's subtrees, or one of the plan's targets does (outside
 * both, the plan does not exist for the actor).
 */
export function planVisibleSql(actor: Actor, planId: SQL, organiserPath: SQL): SQL {
  const paths = scopePaths(actor);
  if (paths.length === 0) return sql`false`;
  if (paths.includes('/')) return sql`true`;
  return sql`(${pathInScope(organiserPath, paths)} or exists (select 1 from inspection_targets vt
    join units vu on vu.id = vt.unit_id where vt.plan_id = ${planId} and ${pathInScope(sql`vu.path`, paths)}))`;
}
