// Who sees and who may change a person: pure abilities plus the row scope as SQL.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** Roles that may create people and change their records within their subtree. */
export const MANAGER_ROLES: readonly Role[] = ['admin', 'officer'];

/**
 * Roles that see a full date of birth (Nghị định 13/2023: only where the work needs it): admins, officers and
 * specialists, who keep the records and prepare and appraise the dossiers. Leaders, council members and
 * viewers decide on or read lists and see only the year of birth.
 */
export const BIRTH_DATE_ROLES: readonly Role[] = ['admin', 'officer', 'specialist'];

/** An employment as the policy needs it: where and until when. */
export interface EmploymentFacts {
  unitPath: string;
  toDate: string | null;
}

export interface PersonAbilities {
  update: boolean;
  addEmployment: boolean;
  /** The full CCCD is shown only to admins of one of the person's units. */
  viewFullCccd: boolean;
  /** The full date of birth is shown only to BIRTH_DATE_ROLES of one of the person's units (else the year). */
  viewFullBirthDate: boolean;
}

/** True while the employment has not ended (no end date, or ends today or later). */
export function isCurrent(employment: { toDate: string | null }, today: string): boolean {
  return employment.toDate === null || employment.toDate >= today;
}

/**
 * Abilities over a visible person: admins and officers whose subtree holds one of the person's current
 * employments may change the record; an admin whose subtree holds any of them (even a past one) may too.
 */
export function abilitiesFor(
  actor: Actor,
  employments: readonly EmploymentFacts[],
  today: string,
): PersonAbilities {
  const update =
    employments.some((e) => isCurrent(e, today) && hasRoleAt(actor, MANAGER_ROLES, e.unitPath)) ||
    employments.some((e) => hasRoleAt(actor, ['admin'], e.unitPath));
  return {
    update,
    addEmployment: update,
    viewFullCccd: employments.some((e) => hasRoleAt(actor, ['admin'], e.unitPath)),
    viewFullBirthDate: employments.some((e) => hasRoleAt(actor, BIRTH_DATE_ROLES, e.unitPath)),
  };
}

/** An employment may be changed by whoever may change the person and manages the employment's unit. */
export function canUpdateEmployment(actor: Actor, person: PersonAbilities, unitPath: string): boolean {
  return person.update && canManageUnit(actor, unitPath);
}

/** True when the actor may put people into the unit (admin or officer over it). */
export function canManageUnit(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, MANAGER_ROLES, unitPath);
}

/** True when the actor may create or import people somewhere. */
export function canCreatePeople(actor: Actor): boolean {
  return hasRole(actor, MANAGER_ROLES);
}

/**
 * SQL condition on a person id column: the person has an employment (past or present) at a unit inside one of
 * the actor's subtrees (any role). Outside it a person does not exist for the actor.
 */
export function personVisibleSql(actor: Actor, personId: SQL): SQL {
  const paths = scopePaths(actor);
  if (paths.includes('/')) return sql`true`;
  if (paths.length === 0) return sql`false`;
  return sql`exists (select 1 from employments se join units su on su.id = se.unit_id
    where se.person_id = ${personId} and ${pathInScope(sql`su.path`, paths)})`;
}

/** SQL condition: the actor holds one of `roles` at a unit where the person works or worked. */
function personRoleSql(actor: Actor, personId: SQL, roles: readonly Role[]): SQL {
  const paths = scopePaths(actor, roles);
  if (paths.includes('/')) return sql`true`;
  if (paths.length === 0) return sql`false`;
  return sql`exists (select 1 from employments ae join units au on au.id = ae.unit_id
    where ae.person_id = ${personId} and ${pathInScope(sql`au.path`, paths)})`;
}

/** SQL condition: the actor is an admin of one of the person's units (so sees the full CCCD). */
export function personAdminSql(actor: Actor, personId: SQL): SQL {
  return personRoleSql(actor, personId, ['admin']);
}

/** SQL condition: the actor sees the person's full date of birth (BIRTH_DATE_ROLES at one of their units). */
export function personBirthDateSql(actor: Actor, personId: SQL): SQL {
  return personRoleSql(actor, personId, BIRTH_DATE_ROLES);
}

/** SQL condition on a units path column: the actor manages the unit (admin or officer over it). */
export function unitManagedSql(actor: Actor, path: SQL): SQL {
  return pathInScope(path, scopePaths(actor, MANAGER_ROLES));
}
