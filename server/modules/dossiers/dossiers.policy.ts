// Who acts on a dossier: the sides of domain/workflow (proposer, authority, council) from the actor's role
// bindings over the proposing unit and the unit that handles the dossier. Pure.
import { SIDE_ROLES, type Side } from '../../../domain/workflow';
import { type Actor, hasRole, hasRoleAt } from '../../lib/actor';

export interface DossierPlaces {
  proposingPath: string;
  /** Null when the authority is outside the system (central authority reached from the province). */
  handlingPath: string | null;
}

/** The sides the actor stands on for this dossier. */
export function sidesOf(actor: Actor, d: DossierPlaces): Set<Side> {
  const sides = new Set<Side>();
  if (hasRoleAt(actor, SIDE_ROLES.proposer, d.proposingPath)) sides.add('proposer');
  if (d.handlingPath && hasRoleAt(actor, SIDE_ROLES.authority, d.handlingPath)) sides.add('authority');
  if (d.handlingPath && hasRoleAt(actor, SIDE_ROLES.council, d.handlingPath)) sides.add('council');
  return sides;
}

/** May the actor draft dossiers somewhere (the list's "new dossier" button)? */
export function canCreateDossiers(actor: Actor): boolean {
  return hasRole(actor, SIDE_ROLES.proposer);
}

export const PROPOSER_REFUSED =
  'Chỉ cán bộ thi đua, khen thưởng của đơn vị đề nghị (hoặc đơn vị cấp trên) được thao tác này';
export const AUTHORITY_REFUSED = 'Chỉ chuyên viên thẩm định của cơ quan có thẩm quyền được thao tác này';
