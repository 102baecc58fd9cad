// Adds what the emulation work stores to the histories the eligibility engine reads: the registered titles
// (đăng ký thi đua) of people and collectives, and the finalised cluster/block results of collectives.
import type { EligibilityHistory } from '../../../domain/eligibility/facts';
import type { SubjectHistory, SubjectKind } from '../../../domain/regimes/types';
import type { Db } from '../../db/client';
import { loadGroupResults } from '../clusters/clusters.load';
import { loadRegisteredTitles } from './registrations.load';

/**
 * The histories with `registrations` (people and collectives; see loadRegisteredTitles for when the list is
 * left undefined) and, for collectives, `groupResults`. Households get neither: their registration is not kept.
 */
export async function withEmulationRecords(
  db: Db,
  subjectKind: SubjectKind,
  year: number,
  histories: ReadonlyMap<string, SubjectHistory>,
): Promise<Map<string, EligibilityHistory>> {
  const out = new Map<string, EligibilityHistory>(histories);
  if (subjectKind === 'household') return out;
  const ids = [...histories.keys()];
  const registered = await loadRegisteredTitles(db, subjectKind, ids, year);
  const results = subjectKind === 'collective' ? await loadGroupResults(db, ids) : null;
  for (const [id, history] of histories) {
    const extra: EligibilityHistory = { ...history };
    const titles = registered.get(id);
    if (titles !== undefined) extra.registrations = titles;
    if (results) extra.groupResults = results.get(id) ?? [];
    out.set(id, extra);
  }
  return out;
}
