// Every automatic check, by criterion id (criteria-ids.ts). A criterion without a check here is decided by
// its definition: presumed → pass (presumed), judgement → unknown (judgement), otherwise unknown.

import { COLLECTIVE_CHECKS, COLLECTIVE_REACH } from './checks-collective';
import { FORM_CHECKS, FORM_REACH } from './checks-forms';
import { GENERAL_CHECKS, GENERAL_REACH } from './checks-general';
import { INDIVIDUAL_CHECKS, INDIVIDUAL_REACH } from './checks-individual';
import type { Check, Reach } from './run';

export const checkFor: Readonly<Record<string, Check>> = {
  ...GENERAL_CHECKS,
  ...INDIVIDUAL_CHECKS,
  ...FORM_CHECKS,
  ...COLLECTIVE_CHECKS,
};

/** What each check reads of the history (reach.ts); a check missing here is taken to read everything. */
export const reachOf: Readonly<Record<string, Reach>> = {
  ...GENERAL_REACH,
  ...INDIVIDUAL_REACH,
  ...FORM_REACH,
  ...COLLECTIVE_REACH,
};
