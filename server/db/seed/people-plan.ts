// Generated demo people: names, birth dates, CCCD numbers, addresses and employment histories that follow the
// organisation's history (2020 commune merger, moves between units, retirement, the 2025 reform).
import type { CadreClass, Gender } from '../../../contracts/enums';
import { dayBefore } from '../../../domain/units';
import { createCccdGenerator } from './cccd';
import { addYears, dateBetween, DEMO_HORIZON, retirementDate } from './dates';
import { ETHNICITIES, generateFullName } from './names';
import { type OrganisationPlan, PROVINCE_KEY, type UnitInfo } from './plan-units';
import { type Random, randomDate } from './prng';
import { continueAfterReform } from './reform-people';
import { type Slot, slotsFor } from './staffing';

export interface EmploymentPlan {
  unit: string;
  position: string;
  cadreClass: CadreClass;
  isDirectWorker: boolean;
  fromDate: string;
  toDate: string | null;
}

export interface PersonPlan {
  key: string;
  fullName: string;
  gender: Gender;
  birthDate: string;
  ethnicity: string;
  cccd: string;
  address: string | null;
  /** The slot the person was generated for (rank routes leaders to leading posts in 2025). */
  rank: Slot['rank'] | null;
  employments: EmploymentPlan[];
}

const CAREER_FLOOR = '1992-01-01';
const LATEST_START = '2024-09-05';

/** The position held before moving here: leaders were deputies or staff elsewhere, specialists were specialists. */
function priorPosition(unit: UnitInfo, slot: Slot): { position: string; cadreClass: CadreClass } {
  if (unit.kind === 'school' && slot.rank) return { position: 'Giáo viên', cadreClass: 'vien_chuc' };
  if (unit.kind === 'health_facility' && slot.rank) {
    return { position: unit.profile === 'health-station' ? 'Y sĩ' : 'Bác sĩ', cadreClass: 'vien_chuc' };
  }
  if (unit.profile === 'district' && slot.rank)
    return { position: 'Phó Chủ tịch UBND huyện', cadreClass: 'can_bo' };
  if (unit.profile === 'commune' && slot.rank)
    return { position: 'Công chức Văn hóa - Xã hội', cadreClass: 'cong_chuc' };
  if (unit.profile === 'culture-centre') return { position: 'Biên tập viên', cadreClass: 'vien_chuc' };
  if (['district-office', 'agency', 'ban-tdkt', 'provincial-gov'].includes(unit.profile)) {
    return { position: 'Chuyên viên', cadreClass: 'cong_chuc' };
  }
  return { position: slot.position, cadreClass: slot.cadre };
}

/** Generates every demo person from the organisation plan. */
export function planPeople(random: Random, organisation: OrganisationPlan): PersonPlan[] {
  const { units } = organisation;
  const cccd = createCccdGenerator(random.fork('cccd'));
  const byProfile = new Map<string, UnitInfo[]>();
  for (const u of units.values()) byProfile.set(u.profile, [...(byProfile.get(u.profile) ?? []), u]);
  const predecessorsOf = (key: string) =>
    [...units.values()].filter((u) => u.successor === key && u.validTo !== null && u.validTo < '2025-01-01');

  const people: PersonPlan[] = [];
  for (const unit of units.values()) {
    for (const slot of slotsFor(unit)) {
      const count = random.int(slot.count[0], slot.count[1]);
      for (let i = 0; i < count; i++) {
        const gender: Gender = random.chance(slot.female) ? 'female' : 'male';
        const birthDate = randomDate(random, slot.born[0], slot.born[1]);
        const floor = [addYears(birthDate, 21), CAREER_FLOOR].sort()[1]!;
        const latest = unit.validTo
          ? [LATEST_START, dayBefore(dayBefore(unit.validTo))].sort()[0]!
          : LATEST_START;
        const start = dateBetween(random, floor, latest);
        const base = {
          position: slot.position,
          cadreClass: slot.cadre,
          isDirectWorker: slot.isDirectWorker ?? false,
        };
        const employments: EmploymentPlan[] = [];
        let joined = start;
        const sameProfile = (from: string, to: string) =>
          (byProfile.get(unit.profile) ?? []).filter(
            (u) => u.key !== unit.key && u.validFrom <= from && (u.validTo === null || u.validTo >= to),
          );
        if (unit.validFrom > start) {
          // The unit did not exist yet: the career began at a predecessor or at a unit of the same kind.
          joined = unit.validFrom;
          const before = predecessorsOf(unit.key);
          const prior = before.length > 0 ? before : sameProfile(start, dayBefore(joined));
          if (prior.length > 0) {
            employments.push({
              ...base,
              unit: random.pick(prior).key,
              fromDate: start,
              toDate: dayBefore(joined),
            });
          }
        } else if (unit.kind !== 'village' && random.chance(0.12)) {
          // Some people moved here from another unit of the same kind.
          const moved = dateBetween(random, addYears(start, 2), latest);
          const prior = moved > addYears(start, 2) ? sameProfile(start, dayBefore(moved)) : [];
          if (prior.length > 0) {
            joined = moved;
            employments.push({
              ...base,
              ...priorPosition(unit, slot),
              unit: random.pick(prior).key,
              fromDate: start,
              toDate: dayBefore(joined),
            });
          }
        }
        employments.push({ ...base, unit: unit.key, fromDate: joined, toDate: unit.validTo });
        people.push({
          key: `p${String(people.length + 1).padStart(5, '0')}`,
          fullName: generateFullName(random, gender),
          gender,
          birthDate,
          ethnicity: random.weighted(ETHNICITIES),
          cccd: cccd(gender, birthDate),
          address: null,
          rank: slot.rank ?? null,
          employments,
        });
      }
    }
  }
  continueAfterReform(random.fork('reform'), organisation, people);
  for (const person of people) applyRetirement(person);
  assignAddresses(random.fork('addresses'), organisation, people);
  return people.filter((p) => p.employments.length > 0);
}

/** Ends employments at retirement when it falls before the demo horizon, dropping those that start later. */
function applyRetirement(person: PersonPlan): void {
  const retired = retirementDate(person.birthDate, person.gender);
  if (retired > DEMO_HORIZON) return;
  person.employments = person.employments
    .filter((e) => e.fromDate <= retired)
    .map((e) => (e.toDate === null || e.toDate > retired ? { ...e, toDate: retired } : e));
}

/** Where the staff of a district's offices live: the new commune around the former district seat. */
const DISTRICT_SEATS: Record<string, string> = { cx: 'x25-cam-xuyen', 'ky-anh': 'x25-ky-xuan' };

/** The commune (as of today) a unit lies in: its own successor chain, or the nearest commune above it. */
function homeCommune(units: Map<string, UnitInfo>, key: string): string {
  let unit = units.get(key);
  while (unit) {
    if (unit.kind === 'commune') {
      while (unit.successor) unit = units.get(unit.successor)!;
      return unit.key;
    }
    if (unit.kind === 'district') return DISTRICT_SEATS[unit.key] ?? 'p25-thanh-sen';
    if (unit.parent === PROVINCE_KEY || unit.parent === null) return 'p25-thanh-sen';
    unit = unit.parent ? units.get(unit.parent) : undefined;
  }
  return 'p25-thanh-sen';
}

/** Addresses in today's form: village, commune (after 2025), province. */
function assignAddresses(random: Random, organisation: OrganisationPlan, people: PersonPlan[]): void {
  const { units } = organisation;
  const villages = new Map<string, string[]>();
  for (const u of units.values()) {
    if (u.kind === 'village' && u.parent) villages.set(u.parent, [...(villages.get(u.parent) ?? []), u.name]);
  }
  for (const person of people) {
    const first = person.employments[0];
    if (!first) continue;
    const unit = units.get(first.unit)!;
    const commune = units.get(homeCommune(units, unit.key))!;
    const village =
      unit.kind === 'village' ? unit.name : random.pick(villages.get(commune.key) ?? ['Tổ dân phố 1']);
    const communeName = commune.name.replace(/^Xã/, 'xã').replace(/^Phường/, 'phường');
    person.address = `${village}, ${communeName}, tỉnh Hà Tĩnh`;
  }
}
