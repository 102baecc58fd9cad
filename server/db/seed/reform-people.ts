// What happens to people on 1 July 2025: staff of merged communes carry on at the new commune; district staff
// lead the new communes, join provincial agencies, or leave (retirement and early-leave schemes).
import type { CadreClass } from '../../../contracts/enums';
import { CAM_XUYEN_2025, DISTRICT_LAST_DAY, OUTLINE_DISTRICTS, REFORM_DATE } from './organisation';
import { retirementDate } from './dates';
import type { EmploymentPlan, PersonPlan } from './people-plan';
import { DISTRICT_KEY, type OrganisationPlan } from './plan-units';
import type { Random } from './prng';

const CHAIR = 'Chủ tịch UBND xã';
const VICE_CHAIR = 'Phó Chủ tịch UBND xã';
const OFFICE_HEAD = 'Chánh Văn phòng HĐND và UBND xã';
const ECONOMY_HEAD = 'Trưởng phòng Kinh tế';
const SOCIAL_HEAD = 'Trưởng phòng Văn hóa - Xã hội';
const MILITARY_HEAD = 'Chỉ huy trưởng Ban Chỉ huy Quân sự xã';
const OFFICE_STAFF = 'Chuyên viên Văn phòng HĐND và UBND xã';
const ECONOMY_STAFF = 'Chuyên viên Phòng Kinh tế';
const SOCIAL_STAFF = 'Chuyên viên Phòng Văn hóa - Xã hội';

/** Leading posts of a new commune, in the order they are filled. */
const LEADING_POSTS = [VICE_CHAIR, VICE_CHAIR, OFFICE_HEAD, ECONOMY_HEAD, SOCIAL_HEAD];

/** For each district office: the commune specialist post its staff take, and the provincial agency they may join. */
const OFFICE_AREAS: Record<string, { post: string; agency: string }> = {
  vp: { post: OFFICE_STAFF, agency: 'ubnd-tinh' },
  'p-noi-vu': { post: OFFICE_STAFF, agency: 'so-noi-vu' },
  'p-vhtt': { post: SOCIAL_STAFF, agency: 'so-vhttdl' },
  'tt-vhtt': { post: SOCIAL_STAFF, agency: 'so-vhttdl' },
  'p-gddt': { post: SOCIAL_STAFF, agency: 'so-gddt' },
  'p-ldtbxh': { post: SOCIAL_STAFF, agency: 'so-noi-vu' },
  'p-tckh': { post: ECONOMY_STAFF, agency: 'so-tai-chinh' },
  'p-nnptnt': { post: ECONOMY_STAFF, agency: 'so-cong-thuong' },
  'p-kt-ht': { post: ECONOMY_STAFF, agency: 'so-cong-thuong' },
  'p-tnmt': { post: ECONOMY_STAFF, agency: 'so-cong-thuong' },
  'p-tu-phap': { post: OFFICE_STAFF, agency: 'so-tu-phap' },
  'thanh-tra': { post: OFFICE_STAFF, agency: 'so-tu-phap' },
};

/** The specialist post that continues a commune civil servant's former field. */
function communeStaffPost(position: string): string {
  if (position.includes('Tài chính') || position.includes('Địa chính')) return ECONOMY_STAFF;
  if (position.includes('Văn hóa')) return SOCIAL_STAFF;
  if (position.includes('Quân sự')) return MILITARY_HEAD;
  return OFFICE_STAFF;
}

const cadreOf = (post: string, previous: CadreClass): CadreClass =>
  post === CHAIR || post === VICE_CHAIR ? 'can_bo' : previous === 'vien_chuc' ? 'vien_chuc' : 'cong_chuc';

/**
 * Appends the employment each affected person holds from 1/7/2025. Deterministic: people are visited in
 * generation order (district leaders first, then commune staff), drawing from the given random stream.
 */
export function continueAfterReform(
  random: Random,
  organisation: OrganisationPlan,
  people: PersonPlan[],
): void {
  const { units } = organisation;
  const taken = new Map<string, string[]>();
  const take = (commune: string, posts: readonly string[]): string | null => {
    const used = taken.get(commune) ?? [];
    const counts = (p: string) => used.filter((u) => u === p).length;
    const post = posts.find((p) => counts(p) < posts.filter((q) => q === p).length) ?? null;
    if (post) taken.set(commune, [...used, post]);
    return post;
  };
  const carryOn = (person: PersonPlan, last: EmploymentPlan, unit: string, position: string) => {
    person.employments.push({
      unit,
      position,
      cadreClass: cadreOf(position, last.cadreClass),
      isDirectWorker: false,
      fromDate: REFORM_DATE,
      toDate: null,
    });
  };
  const endsAtReform = (person: PersonPlan) => {
    const last = person.employments[person.employments.length - 1];
    if (!last || last.toDate !== DISTRICT_LAST_DAY) return null;
    return retirementDate(person.birthDate, person.gender) < REFORM_DATE ? null : last;
  };

  const districts = [
    { key: DISTRICT_KEY, communes: CAM_XUYEN_2025.map((c) => c.key) },
    ...OUTLINE_DISTRICTS.map((d) => ({ key: d.key, communes: d.reform.map((c) => c.key) })),
  ];
  for (const district of districts) {
    const inDistrict = (unit: string) => unit === district.key || unit.startsWith(`${district.key}.`);
    const staff = people.filter((p) => {
      const last = endsAtReform(p);
      return last !== null && inDistrict(last.unit);
    });
    // Leaders of the district and its offices first, so that every new commune gets a chairman from them.
    const ordered = [
      ...staff.filter((p) => p.rank === 'head'),
      ...staff.filter((p) => p.rank === 'deputy'),
      ...staff.filter((p) => !p.rank),
    ];
    let turn = 0;
    const nextCommune = () => district.communes[turn++ % district.communes.length]!;
    for (const person of ordered) {
      const last = endsAtReform(person)!;
      const office = last.unit.slice(district.key.length + 1);
      const area = OFFICE_AREAS[office] ?? { post: OFFICE_STAFF, agency: 'so-noi-vu' };
      const chairless = district.communes.find((c) => !(taken.get(c) ?? []).includes(CHAIR));
      if (person.rank === 'head' && chairless) {
        take(chairless, [CHAIR]);
        carryOn(person, last, chairless, CHAIR);
        continue;
      }
      const roll = random.next();
      if (roll < 0.15) continue; // leaves: retirement or the early-leave scheme
      if (roll < 0.4) {
        const position =
          last.cadreClass === 'vien_chuc' ? last.position : person.rank ? 'Phó Trưởng phòng' : 'Chuyên viên';
        carryOn(person, last, area.agency, position);
        continue;
      }
      const commune = nextCommune();
      const post =
        person.rank === 'head'
          ? take(commune, LEADING_POSTS)
          : person.rank
            ? take(commune, LEADING_POSTS.slice(2))
            : null;
      carryOn(person, last, commune, post ?? area.post);
    }
  }

  // Staff of the merged communes carry on at the new commune, except those who leave.
  for (const person of people) {
    const last = endsAtReform(person);
    const unit = last ? units.get(last.unit) : undefined;
    if (!last || !unit || unit.kind !== 'commune' || !unit.successor) continue;
    if (random.chance(0.12)) continue;
    const commune = unit.successor;
    let post: string | null = null;
    if (person.rank === 'head') post = take(commune, LEADING_POSTS) ?? 'Phó Trưởng phòng Kinh tế';
    else if (person.rank === 'deputy') {
      post =
        take(commune, LEADING_POSTS.slice(2)) ??
        (random.chance(0.5) ? 'Phó Trưởng phòng Kinh tế' : 'Phó Trưởng phòng Văn hóa - Xã hội');
    } else {
      post = communeStaffPost(last.position);
      if (post === MILITARY_HEAD)
        post = take(commune, [MILITARY_HEAD]) ?? 'Phó Chỉ huy trưởng Ban Chỉ huy Quân sự xã';
    }
    carryOn(person, last, commune, post);
  }

  // A new commune left without a chairman (its district leaders had retired) promotes its first vice-chairman.
  for (const commune of districts.flatMap((d) => d.communes)) {
    if ((taken.get(commune) ?? []).includes(CHAIR)) continue;
    const vice = people.find((p) =>
      p.employments.some((e) => e.unit === commune && e.position === VICE_CHAIR),
    );
    const employment = vice?.employments.find((e) => e.unit === commune && e.position === VICE_CHAIR);
    if (employment) {
      employment.position = CHAIR;
      taken.set(commune, [...(taken.get(commune) ?? []), CHAIR]);
    }
  }
}
