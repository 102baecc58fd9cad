// Rows → views of the history: awards with the Vietnamese name of their kind and the abilities over them.
import type { AwardView } from '../../../contracts/history';
import { REGIMES, regimeForYear } from '../../../domain/catalog';
import type { AwardKindCode } from '../../../domain/regimes/types';
import type { awards } from '../../db/schema/index';
import { awardAbilities, type HistoryAbilities } from './history.policy';

export type AwardRow = typeof awards.$inferSelect;

/**
 * The Vietnamese name of an award kind as the regime of its achievement year names it; for years before the
 * catalog (before 1/10/2017) or kinds that regime lacks, the name in the newest regime defining it.
 */
export function awardKindName(code: AwardKindCode, year: number): string {
  const key = `${code}:${year}`;
  let name = kindNames.get(key);
  if (name === undefined) {
    name = findAwardKindName(code, year);
    // Bounded: award kinds × years seen (a few thousand at most); the guard only stops a pathological caller.
    if (kindNames.size < 10_000) kindNames.set(key, name);
  }
  return name;
}

/**
 * Names already found: a history page presents dozens of awards, and a year before the first regime is found by
 * the regime lookup throwing — an Error with its stack for every such award (seen in the load benchmark's profile).
 */
const kindNames = new Map<string, string>();

function findAwardKindName(code: AwardKindCode, year: number): string {
  try {
    const name = regimeForYear(year).kinds[code]?.name;
    if (name) return name;
  } catch {
    // Before regime A: fall through to the newest name.
  }
  for (const regime of [...REGIMES].reverse()) {
    const name = regime.kinds[code]?.name;
    if (name) return name;
  }
  return code;
}

/** One award as the API shows it. */
export function presentAward(
  row: AwardRow,
  unitAtAwardName: string,
  initiativeIds: string[],
  can: HistoryAbilities,
): AwardView {
  const awardKind = row.awardKind as AwardKindCode;
  return {
    id: row.id,
    subjectKind: row.subjectKind as AwardView['subjectKind'],
    personId: row.personId,
    unitId: row.unitId,
    householdName: row.householdName,
    awardKind,
    awardKindName: awardKindName(awardKind, row.achievementYear),
    awardType: row.awardType as AwardView['awardType'],
    year: row.achievementYear,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    authority: row.authority,
    authorityUnitId: row.authorityUnitId,
    unitAtAward: { id: row.unitAtAwardId, name: unitAtAwardName },
    amount: row.amount,
    revoked: row.revoked,
    revokedOn: row.revokedOn,
    revokedReason: row.revokedReason,
    source: row.source,
    note: row.note,
    initiativeIds,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    can: awardAbilities(can, row.revoked, row.source),
  };
}
