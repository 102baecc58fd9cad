// The collective awards of a synthetic province, years FROM–TO: Tập thể lao động tiên tiến and Giấy khen for units
// (from their district, commune, agency or director), Tập thể lao động xuất sắc, Cờ thi đua and Bằng khen of the
// province for some of the best (proposed the year after, so the last year's are still candidates in the
// workflow, as are a third of the last year's Tập thể lao động tiên tiến), now and then a Bằng khen of the Prime
// Minister, and Thôn văn hóa for villages. Deterministic: one
// random stream per unit.
import type { Random } from '../../server/db/seed/prng';
import { type Awarding, FROM_YEAR, TO_YEAR } from './awarding';
import { keyedUuid } from './tables';
import type { Organisation, SyntheticUnit } from './units';

export function addCollectiveAwards(
  random: Random,
  salt: number,
  organisation: Organisation,
  awarding: Awarding,
) {
  let n = 0;
  const nextId = () => keyedUuid(salt ^ 0xc011ec7, n++);
  for (const unit of organisation.units) {
    if (unit.kind === 'province') continue;
    const r = random.fork(`unit:${unit.id}`);
    const subject = { kind: 'collective' as const, personId: null, unit, name: unit.name };
    const grant = (kind: Parameters<Awarding['grant']>[0]['kind'], year: number) =>
      awarding.grant({ subject, kind, year, id: nextId() });
    for (let year = FROM_YEAR; year <= TO_YEAR; year++) {
      // Districts ended on 1/7/2025: no title for their last year.
      if (unit.kind === 'district' && year === TO_YEAR) continue;
      if (unit.kind === 'village') {
        if (r.chance(0.55)) grant('THON_VH', year);
        if (r.chance(0.2)) grant('GK', year);
        continue;
      }
      if (r.chance(0.4)) grant('GK', year);
      if (!r.chance(0.6)) continue;
      // A third of the last year's collective titles are late (the communes merged on 1/7/2025): still proposals.
      if (year === TO_YEAR && r.chance(0.33)) {
        candidate(awarding, unit, 'TTLDTT');
        continue;
      }
      grant('TTLDTT', year);
      if (!r.chance(0.3)) continue;
      // The province's titles and Bằng khen come the year after: the last year's are still proposals.
      if (year === TO_YEAR) {
        candidate(awarding, unit, 'TTLDXS');
        continue;
      }
      grant('TTLDXS', year);
      if (r.chance(0.12)) grant('CO_TINH', year);
      else if (r.chance(0.25)) grant(r.chance(0.06) ? 'BK_TTG' : 'BK_TINH', year);
    }
  }
}

function candidate(awarding: Awarding, unit: SyntheticUnit, kind: 'TTLDXS' | 'TTLDTT') {
  awarding.candidates.push({ subjectKind: 'collective', personId: null, unit, name: unit.name, kind });
}
