// Who does what with a registration (đăng ký thi đua): the registering unit's admins and officers draft and
// submit it; the parent unit's admins, officers and specialists accept or return it and set the yearly deadline;
// anyone whose scope covers the registering unit sees it.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { movesFor, isEditable, type RegistrationStatus } from '../../../domain/registration';
import { type Actor, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** Roles of the registering unit (or above it) that draft and submit. */
export const UNIT_EDITORS: readonly Role[] = ['admin', 'officer'];
/** Roles of the parent unit (or above it) that accept, return and set deadlines. */
export const PARENT_DECIDERS: readonly Role[] = ['admin', 'officer', 'specialist'];

export const EDIT_REFUSED = 'Chỉ cán bộ thi đua, khen thưởng của đơn vị đăng ký được lập và gửi đăng ký';
export const DECIDE_REFUSED =
  'Chỉ cán bộ thi đua, khen thưởng của đơn vị cấp trên nhận đăng ký được chấp nhận hoặc trả lại';

export function canEditAt(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, UNIT_EDITORS, unitPath);
}

export function canDecideAt(actor: Actor, parentPath: string): boolean {
  return hasRoleAt(actor, PARENT_DECIDERS, parentPath);
}

/** Abilities shown with a registration. */
export function registrationAbilities(
  actor: Actor,
  facts: { status: RegistrationStatus; unitPath: string; parentPath: string },
) {
  const unitSide = canEditAt(actor, facts.unitPath);
  const parentSide = canDecideAt(actor, facts.parentPath);
  const unitMoves = movesFor(facts.status, 'unit');
  const parentMoves = movesFor(facts.status, 'parent');
  return {
    edit: unitSide && isEditable(facts.status),
    submit: unitSide && unitMoves.includes('submit'),
    accept: parentSide && parentMoves.includes('accept'),
    return: parentSide && parentMoves.includes('return'),
  };
}

/** SQL: the registering unit (its path column given) lies in the actor's scope. */
export function registrationVisibleSql(actor: Actor, unitPath: SQL): SQL {
  const paths = scopePaths(actor);
  if (paths.length === 0) return sql`false`;
  return pathInScope(unitPath, paths);
}
