// Who sees and who may change a history: a person's history is visible iff the person is, a unit's iff the unit
// is; admins and officers over the subject write it; specialists may also record awards.
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRoleAt } from '../../lib/actor';
import { abilitiesFor, type EmploymentFacts, isCurrent } from '../people/people.policy';

/** Roles that write a history (ratings, initiatives, disciplines, investigations, member figures, awards). */
export const HISTORY_WRITERS: readonly Role[] = ['admin', 'officer'];
/** Roles that may record awards besides the writers. */
export const AWARD_RECORDERS: readonly Role[] = ['admin', 'officer', 'specialist'];

export interface HistoryAbilities {
  write: boolean;
  recordAward: boolean;
}

/** Over a visible person: the writers of the person record (people.policy), plus specialists for awards. */
export function personHistoryAbilities(
  actor: Actor,
  employments: readonly EmploymentFacts[],
  today: string,
): HistoryAbilities {
  const write = abilitiesFor(actor, employments, today).update;
  const specialist = employments.some(
    (e) => isCurrent(e, today) && hasRoleAt(actor, ['specialist'], e.unitPath),
  );
  return { write, recordAward: write || specialist };
}

/** Over a visible unit: admins and officers bound at the unit or above; specialists there record awards. */
export function unitHistoryAbilities(actor: Actor, unitPath: string): HistoryAbilities {
  return {
    write: hasRoleAt(actor, HISTORY_WRITERS, unitPath),
    recordAward: hasRoleAt(actor, AWARD_RECORDERS, unitPath),
  };
}

/** The abilities shown with one record of the history. */
export function recordAbilities(can: HistoryAbilities): { update: boolean; delete: boolean } {
  return { update: can.write, delete: can.write };
}

/** The abilities shown with one award: corrections and revocation by whoever may record awards. */
export function awardAbilities(
  can: HistoryAbilities,
  revoked: boolean,
  source: string,
): { update: boolean; revoke: boolean } {
  // An award written by a decision (ours or a higher authority's) changes only through a revocation act of
  // the decisions module; the history page edits only what was recorded by hand.
  const editable = can.recordAward && !revoked && source === 'recorded';
  return { update: editable, revoke: editable };
}
