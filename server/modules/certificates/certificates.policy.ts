// Who may do what with certificates: the awarding authority's administrators and specialists keep its layouts;
// officers, specialists and leaders print the certificates of awards in their scope. Pure functions.
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRoleAt } from '../../lib/actor';

/** Roles that create, change and delete the layouts of an authority (bound at the authority or above). */
export const LAYOUT_EDITORS: readonly Role[] = ['admin', 'specialist'];
/** Roles that print certificates. */
export const PRINTERS: readonly Role[] = ['officer', 'specialist', 'leader'];

/**
 * A layout is visible to whoever works at its authority, above it, or below it (units under an authority print
 * the certificates it grants to their people).
 */
export function layoutVisible(actor: Actor, authorityPath: string): boolean {
  return actor.roles.some(
    (r) => authorityPath.startsWith(r.unitPath) || r.unitPath.startsWith(authorityPath),
  );
}

export function layoutAbilities(actor: Actor, authorityPath: string) {
  const edit = hasRoleAt(actor, LAYOUT_EDITORS, authorityPath);
  const print = actor.roles.some(
    (r) =>
      PRINTERS.includes(r.role) &&
      (authorityPath.startsWith(r.unitPath) || r.unitPath.startsWith(authorityPath)),
  );
  return { update: edit, delete: edit, print };
}

/** Facts of an award that decide who may print it. */
export interface AwardScopeFacts {
  unitAtAwardPath: string;
  authorityPath: string | null;
}

/**
 * An award is printable by a printer over the unit the award was made at (the recipient's unit), or over the
 * awarding authority's unit (the issuing office prints its own certificates).
 */
export function canPrintAward(actor: Actor, award: AwardScopeFacts): boolean {
  return (
    hasRoleAt(actor, PRINTERS, award.unitAtAwardPath) ||
    (award.authorityPath !== null && hasRoleAt(actor, PRINTERS, award.authorityPath))
  );
}
