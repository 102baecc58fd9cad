// The collectives of the demo history: member figures of schools and communes computed from their people's
// year (members, LĐTT share, share completing duties, CSTĐCS, discipline ≥ cảnh cáo), the unit's own rating,
// and TTLĐXS or TTLĐTT where the figures qualify under the regime of the year.
import type { DisciplineKind, Rating } from '../../../domain/regimes/types';
import { dateBetween } from './dates';
import type { Authority } from './history-authorities';
import type { HistoryPlan, PersonYear, PlannedAward } from './history-plan';
import type { UnitInfo } from './plan-units';
import type { Random } from './prng';

export interface CollectiveContext {
  units: ReadonlyMap<string, UnitInfo>;
  /** "unitKey:year" → the people at the unit on 31 December of the year. */
  byUnitYear: ReadonlyMap<string, PersonYear[]>;
  cstdcsYears: ReadonlyMap<string, Set<number>>;
  disciplinedYears: ReadonlyMap<string, Map<number, DisciplineKind>>;
  out: HistoryPlan;
  award: (a: Omit<PlannedAward, 'key' | 'decisionNumber'>) => PlannedAward;
  localAuthority: (unitKey: string, date: string) => Authority;
  provincial: Authority;
}

const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

const hasStats = (unit: UnitInfo) => unit.kind === 'school' || unit.kind === 'commune';

/** Adds the member figures, unit ratings and collective titles to the plan. */
export function planCollectives(random: Random, ctx: CollectiveContext): void {
  const { units, byUnitYear, cstdcsYears, disciplinedYears, out, award, localAuthority, provincial } = ctx;
  for (const [key, people] of byUnitYear) {
    const [unitKey, yearText] = key.split(':') as [string, string];
    const unit = units.get(unitKey)!;
    if (!hasStats(unit)) continue;
    const year = Number(yearText);
    const r = random.fork(`stats:${key}`);
    const members = people.length;
    const ldtt = people.filter((p) => p.ldtt).length;
    const completed = people.filter((p) => p.rating !== 'KHT').length;
    const cstdcsCount = people.filter((p) => cstdcsYears.get(p.person.key)?.has(year)).length;
    const serious = people.some((p) => {
      const kind = disciplinedYears.get(p.person.key)?.get(year);
      return kind !== undefined && kind !== 'khien_trach';
    });
    const ldttShare = round4(ldtt / members);
    const completedShare = round4(completed / members);
    out.memberStats.push({
      unit: unitKey,
      year,
      members,
      ldttShare,
      completedShare,
      cstdcsCount,
      seriousDiscipline: serious,
    });
    const rating: Rating = ldttShare >= 0.75 && r.chance(0.5) ? 'HTXS' : ldttShare >= 0.5 ? 'HTT' : 'HT';
    out.ratings.push({ unit: unitKey, year, rating });
    const date = dateBetween(r, `${year}-12-15`, `${year}-12-30`);
    // TTLĐTT: more than 50% LĐTT under regime A, at least 70% since 2024.
    const enoughLdtt = year <= 2023 ? ldttShare > 0.5 : ldttShare >= 0.7;
    const ttldxs =
      rating === 'HTXS' && completedShare === 1 && ldttShare >= 0.7 && cstdcsCount >= 1 && !serious;
    if (ttldxs && r.chance(0.6)) {
      award({
        unit: unitKey,
        awardKind: 'TTLDXS',
        year,
        decisionDate: date,
        authority: provincial.text,
        authorityUnit: provincial.unit,
        unitAtAward: unitKey,
      });
    } else if (rating !== 'HT' && enoughLdtt && !serious && r.chance(0.8)) {
      const local = localAuthority(unitKey, date);
      award({
        unit: unitKey,
        awardKind: 'TTLDTT',
        year,
        decisionDate: date,
        authority: local.text,
        authorityUnit: local.unit,
        unitAtAward: unitKey,
      });
    }
  }
}
