// Who sees and who runs a council: anyone with a role at the authority's unit or above it sees the council, its
// meetings and ballots; the authority's administrators, officers and specialists (the council's standing office,
// cơ quan thường trực) keep its composition; its meetings are recorded by the council side of the dossier
// workflow (domain/workflow SIDE_ROLES.council: council members, specialists, leaders), who also conclude the
// dossiers. Outside that, a council does not exist.
import type { SQL } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { SIDE_ROLES } from '../../../domain/workflow';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** Roles that keep the composition and record meetings, attendance and ballots. */
export const COUNCIL_MANAGERS: readonly Role[] = ['admin', 'officer', 'specialist'];

export const MANAGE_REFUSED =
  'Chỉ cán bộ, chuyên viên thi đua, khen thưởng của cơ quan thường trực Hội đồng được thao tác này';

/** Roles that schedule and record meetings, attendance and ballots, and close them (concluding dossiers). */
export const MEETING_RECORDERS: readonly Role[] = SIDE_ROLES.council;

export const RECORD_REFUSED =
  'Chỉ thành viên Hội đồng, chuyên viên thẩm định hoặc lãnh đạo của cơ quan có thẩm quyền được ghi nhận phiên họp';

/** May the actor record the meetings of the council of the authority at this path? */
export function canRecordMeetings(actor: Actor, authorityPath: string): boolean {
  return hasRoleAt(actor, MEETING_RECORDERS, authorityPath);
}

/** May the actor create councils somewhere (the list's "new council" button)? */
export function canCreateCouncils(actor: Actor): boolean {
  return hasRole(actor, COUNCIL_MANAGERS);
}

/** May the actor manage the council of the authority at this path? */
export function canManageCouncil(actor: Actor, authorityPath: string): boolean {
  return hasRoleAt(actor, COUNCIL_MANAGERS, authorityPath);
}

/** SQL on the authority unit's path: the council is in the actor's scope. */
export function councilVisibleSql(actor: Actor, authorityPath: SQL): SQL {
  return pathInScope(authorityPath, scopePaths(actor));
}

/** Abilities shown with a council. */
export function councilAbilities(actor: Actor, authorityPath: string, dissolved: boolean) {
  const manage = canManageCouncil(actor, authorityPath);
  return {
    update: manage,
    recompose: manage && !dissolved,
    createMeeting: canRecordMeetings(actor, authorityPath) && !dissolved,
  };
}
