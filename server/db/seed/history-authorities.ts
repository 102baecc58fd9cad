// Who signs the demo's award decisions, and their numbers: the district chair until 30/6/2025, the chair of the
// commune of 1/7/2025 after it, the head of a provincial body, or the provincial chair for provincial awards.
import type { DemoPlan } from './plan';
import { PROVINCE_KEY } from './plan-units';

const REFORM = '2025-07-01';

export interface Authority {
  /** As written on the decision: "Chủ tịch UBND huyện Cẩm Xuyên". */
  text: string;
  /** Key of the unit that issues it. */
  unit: string;
}

/** The authorities of the demo organisation, and a decision-number counter per authority and year. */
export function createAuthorities(plan: DemoPlan) {
  const units = plan.organisation.units;
  const created = new Map<string, string | null>();
  for (const step of plan.organisation.steps) {
    if (step.op === 'create' || step.op === 'merge') created.set(step.key, step.parent);
  }
  /** The district a unit belonged to when created (commune-level and district-level units), or null. */
  const districtOf = (key: string): string | null => {
    for (let k: string | null = key; k; k = created.get(k) ?? null) {
      if (units.get(k)?.kind === 'district') return k;
    }
    return null;
  };
  /** The commune of 1/7/2025 a unit lies in after the reform, or null. */
  const commune2025Of = (key: string): string | null => {
    for (let k: string | null = key; k; k = units.get(k)?.parent ?? null) {
      if (units.get(k)?.profile === 'commune-2025') return k;
    }
    return null;
  };
  const province = units.get(PROVINCE_KEY)!;
  const numbers = new Map<string, number>();
  const decision = (authorityUnit: string, date: string) => {
    const counter = `${authorityUnit}:${date.slice(0, 4)}`;
    const n = (numbers.get(counter) ?? 0) + 1;
    numbers.set(counter, n);
    return `${String(n).padStart(2, '0')}/QĐ-UBND`;
  };
  /** Who grants a unit's yearly titles on a date: the district (until 30/6/2025), the new commune, or the head. */
  const localAuthority = (unitKey: string, date: string): Authority => {
    const unit = units.get(unitKey)!;
    const district = districtOf(unitKey);
    if (district && date < REFORM)
      return { text: `Chủ tịch UBND ${inSentence(units.get(district)!.name)}`, unit: district };
    const commune = commune2025Of(unitKey);
    if (commune) return { text: `Chủ tịch UBND ${inSentence(units.get(commune)!.name)}`, unit: commune };
    const head = unit.name.startsWith('Sở ') ? 'Giám đốc' : 'Thủ trưởng';
    return { text: `${head} ${unit.name}`, unit: unitKey };
  };
  const provincial: Authority = { text: `Chủ tịch UBND ${inSentence(province.name)}`, unit: PROVINCE_KEY };

  return { decision, localAuthority, provincial };
}

/** "Huyện Cẩm Xuyên" → "huyện Cẩm Xuyên", as written after "Chủ tịch UBND". */
export const inSentence = (name: string) =>
  name.replace(/^(Xã|Phường|Thị trấn|Huyện|Thành phố|Tỉnh)/, (w) => w.toLowerCase());
