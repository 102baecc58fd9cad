// Who runs a cluster or block (cụm, khối thi đua): the organising unit's admins, officers and specialists manage
// it (members, covenant, score sheet, finalising); the cluster's points are entered by them or by the leading
// unit's (trưởng cụm) admins and officers; each member's admins and officers enter its self-score with evidence.
// A group is visible to anyone whose scope covers the organiser or one of the members.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

export const GROUP_MANAGERS: readonly Role[] = ['admin', 'officer', 'specialist'];
export const UNIT_SCORERS: readonly Role[] = ['admin', 'officer'];

export const MANAGE_REFUSED =
  'Chỉ cán bộ thi đua, khen thưởng của đơn vị tổ chức cụm, khối được thao tác này';
export const GROUP_SCORE_REFUSED =
  'Chỉ đơn vị tổ chức hoặc trưởng cụm, khối được chấm điểm của cụm, khối cho đơn vị thành viên';
export const SELF_SCORE_REFUSED =
  'Chỉ cán bộ thi đua, khen thưởng của đơn vị thành viên được tự chấm điểm của đơn vị';

export function canCreateGroups(actor: Actor): boolean {
  return hasRole(actor, GROUP_MANAGERS);
}

export function canManageAt(actor: Actor, organiserPath: string): boolean {
  return hasRoleAt(actor, GROUP_MANAGERS, organiserPath);
}

/** The cluster's points: the organiser, or the leading member's officers. */
export function canGroupScore(actor: Actor, organiserPath: string, leaderPath: string | null): boolean {
  return (
    canManageAt(actor, organiserPath) || (leaderPath !== null && hasRoleAt(actor, UNIT_SCORERS, leaderPath))
  );
}

/** A member's own points and evidence. */
export function canSelfScore(actor: Actor, memberPath: string): boolean {
  return hasRoleAt(actor, UNIT_SCORERS, memberPath);
}

/** SQL on a group: its organiser or one of its members lies in the actor's scope. */
export function groupVisibleSql(actor: Actor, groupId: SQL, organiserPath: SQL): SQL {
  const paths = scopePaths(actor);
  if (paths.length === 0) return sql`false`;
  if (paths.includes('/')) return sql`true`;
  return sql`(${pathInScope(organiserPath, paths)} or exists (select 1 from emulation_group_members vm
    join units vu on vu.id = vm.unit_id where vm.group_id = ${groupId} and ${pathInScope(sql`vu.path`, paths)}))`;
}
