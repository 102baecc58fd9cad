// Every automatic check, by criterion id (criteria-ids.ts). A criterion without a check here is decided by
// its definition: presumed → pass (presumed), judgement → unknown (judgement), otherwise unknown.

import { COLLECTIVE_CHECKS } from './checks-collective';
import { FORM_CHECKS } from './checks-forms';
import { GENERAL_CHECKS } from './checks-general';
import { INDIVIDUAL_CHECKS } from './checks-individual';
import type { Check } from './run';

export const checkFor: Readonly<Record<string, Check>> = {
  ...GENERAL_CHECKS,
  ...INDIVIDUAL_CHECKS,
  ...FORM_CHECKS,
  ...COLLECTIVE_CHECKS,
};
