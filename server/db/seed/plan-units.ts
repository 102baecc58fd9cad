// Turns the organisation catalogue (organisation.ts) into the ordered steps the writer replays through the
// Units module: the province and its agencies, huyện Cẩm Xuyên with the 2020 merger, two outline districts,
// and the 1 July 2025 reform.
import {
  type AgencySpec,
  ARRANGEMENT_2020,
  ARRANGEMENT_2020_DOCUMENT,
  CAM_XUYEN_2025,
  CAM_XUYEN_COMMUNES,
  type CommuneSpec,
  DISTRICT_CLOSED_REASON,
  DISTRICT_HEALTH_CENTRE,
  DISTRICT_LAST_DAY,
  DISTRICT_OFFICES,
  ENTERPRISES,
  FISHERY_COOPERATIVES,
  HISTORIC_START,
  OUTLINE_DISTRICTS,
  PREDECESSORS_2020,
  PROVINCIAL_AGENCIES,
  REFORM_DATE,
  REFORM_DOCUMENT,
  REFORM_NOTE,
  VILLAGE_NAMES,
} from './organisation';
import {
  createPlanBuilder,
  type Meta,
  type OrganisationPlan,
  type PlanBuilder,
  type StaffProfile,
} from './plan-builder';
import type { Random } from './prng';

export type { OrganisationPlan, StaffProfile, UnitInfo, UnitStep } from './plan-builder';

export const PROVINCE_KEY = 'tinh';
export const DISTRICT_KEY = 'cx';
const HEALTH_CENTRE_KEY = `${DISTRICT_KEY}.${DISTRICT_HEALTH_CENTRE.key}`;

/** "Xã Cẩm Quang" → "xã Cẩm Quang", as written inside a sentence. */
const inSentence = (name: string) =>
  name.replace(/^(Xã|Phường|Thị trấn|Huyện|Thành phố)/, (w) => w.toLowerCase());
const communeName = (c: CommuneSpec) => `${c.town ? 'Thị trấn' : 'Xã'} ${c.place}`;
const communeMeta = (c: CommuneSpec, profile: StaffProfile = 'commune'): Meta => ({
  kind: 'commune',
  level: 'commune',
  profile,
  ...(c.coastal ? { coastal: true } : {}),
});
const at = (kind: Meta['kind'], profile: StaffProfile, extra: Partial<Meta> = {}): Meta => ({
  kind,
  level: 'commune',
  profile,
  ...extra,
});

/** Builds the demo organisation's steps; the random stream decides village counts and names only. */
export function planOrganisation(random: Random): OrganisationPlan {
  const b = createPlanBuilder();
  const villageName = villageNamer(random);
  addProvince(b);
  addCamXuyen(b, random, villageName);
  addOutlineDistricts(b, villageName);
  addReform(b);
  return b.plan;
}

function addProvince(b: PlanBuilder): void {
  b.create(PROVINCE_KEY, null, 'Tỉnh Hà Tĩnh', {
    kind: 'province',
    level: 'province',
    shortName: 'Hà Tĩnh',
    code: '42',
    profile: 'none',
  });
  const profiles: Record<string, StaffProfile> = { 'ubnd-tinh': 'provincial-gov', 'ban-tdkt': 'ban-tdkt' };
  const kindProfiles: Record<string, StaffProfile> = { school: 'school-thpt', health_facility: 'hospital' };
  const addAgency = (spec: AgencySpec, parent: string) => {
    const kind = spec.kind ?? 'agency';
    const profile = profiles[spec.key] ?? kindProfiles[kind] ?? 'agency';
    b.create(spec.key, parent, spec.name, {
      kind,
      level: 'province',
      shortName: spec.shortName ?? null,
      profile,
    });
    for (const child of spec.children ?? []) addAgency(child, spec.key);
  };
  for (const agency of PROVINCIAL_AGENCIES) addAgency(agency, PROVINCE_KEY);
}

/**
 * Village names drawn without repetition per 2025 commune (the old communes it is formed from share one
 * pool), so that no new commune ends up with two villages of the same name.
 */
function villageNamer(random: Random): (communeKey: string) => string {
  const groupOf = new Map<string, string>();
  for (const group of [...CAM_XUYEN_2025, ...OUTLINE_DISTRICTS.flatMap((d) => d.reform)]) {
    for (const key of group.from) {
      groupOf.set(key, group.key);
      const formedFrom = CAM_XUYEN_COMMUNES.find((c) => c.key === key)?.formedFrom ?? [];
      for (const predecessor of formedFrom) groupOf.set(predecessor, group.key);
    }
  }
  const pools = new Map<string, string[]>();
  return (communeKey) => {
    const group = groupOf.get(communeKey) ?? communeKey;
    const pool = pools.get(group) ?? [...VILLAGE_NAMES];
    pools.set(group, pool);
    return `Thôn ${pool.splice(random.int(0, pool.length - 1), 1)[0]!}`;
  };
}

function addCamXuyen(b: PlanBuilder, random: Random, villageName: (commune: string) => string): void {
  b.create(DISTRICT_KEY, PROVINCE_KEY, 'Huyện Cẩm Xuyên', {
    kind: 'district',
    level: 'district',
    shortName: 'Cẩm Xuyên',
    // The statistics office's district code, as published.
    code: '446',
    profile: 'district',
  });
  for (const office of DISTRICT_OFFICES) {
    const kind = office.kind ?? 'agency';
    b.create(`${DISTRICT_KEY}.${office.key}`, DISTRICT_KEY, office.name, {
      kind,
      level: 'district',
      shortName: office.shortName ?? null,
      profile: kind === 'other' ? 'culture-centre' : 'district-office',
    });
  }
  b.create(HEALTH_CENTRE_KEY, DISTRICT_KEY, DISTRICT_HEALTH_CENTRE.name, {
    kind: 'health_facility',
    level: 'district',
    profile: 'health-centre',
  });

  const villages = (c: CommuneSpec, count: number) => {
    for (let i = 1; i <= count; i++) {
      if (c.town) b.create(`${c.key}.tdp${i}`, c.key, `Tổ dân phố ${i}`, at('village', 'residential-group'));
      else
        b.create(
          `${c.key}.thon${i}`,
          c.key,
          villageName(c.key),
          at('village', 'village', { coastal: c.coastal }),
        );
    }
  };
  const school = (
    c: CommuneSpec,
    suffix: string,
    label: string,
    profile: StaffProfile,
    from = HISTORIC_START,
  ) =>
    b.create(
      `${c.key}.${suffix}`,
      c.key,
      `Trường ${label} ${c.town ? `thị trấn ${c.place}` : c.place}`,
      at('school', profile),
      from,
    );
  const station = (c: CommuneSpec, from = HISTORIC_START) =>
    b.create(
      `${c.key}.tyt`,
      c.key,
      `Trạm Y tế ${c.town ? 'thị trấn' : 'xã'} ${c.place}`,
      at('health_facility', 'health-station'),
      from,
    );

  // 2020 predecessors: villages and small schools, all moving with them into the merged commune. They have no
  // staff of their own: the merged commune's staff who started before 2020 began at one of them.
  for (const p of PREDECESSORS_2020) {
    b.create(p.key, DISTRICT_KEY, communeName(p), communeMeta(p, 'none'));
    villages(p, random.int(3, 5));
    school(p, 'th', 'Tiểu học', 'school-th');
    school(p, 'mn', 'Mầm non', 'school-mn');
  }
  for (const c of CAM_XUYEN_COMMUNES.filter((c) => !c.formedFrom)) {
    b.create(c.key, DISTRICT_KEY, communeName(c), communeMeta(c));
    villages(c, c.town ? random.int(5, 7) : random.int(4, 7));
    school(c, 'mn', 'Mầm non', 'school-mn');
    school(c, 'th', 'Tiểu học', 'school-th');
    school(c, 'thcs', 'THCS', 'school-thcs');
    station(c);
  }
  for (const c of CAM_XUYEN_COMMUNES.filter((c) => c.formedFrom)) {
    const parts = c.formedFrom!.map((k) => b.unit(k).name.replace(/^Xã /, '')).join(', ');
    b.merge({ key: c.key, name: communeName(c), from: c.formedFrom! }, DISTRICT_KEY, communeMeta(c), {
      effectiveOn: ARRANGEMENT_2020,
      documentRef: ARRANGEMENT_2020_DOCUMENT,
      note: `Thành lập xã ${c.place} trên cơ sở nhập các xã ${parts} (theo hiểu biết tốt nhất; dữ liệu mẫu).`,
    });
    school(c, 'thcs', 'THCS', 'school-thcs', ARRANGEMENT_2020);
    station(c, ARRANGEMENT_2020);
  }
  for (const c of CAM_XUYEN_COMMUNES.filter((c) => c.cooperative)) {
    b.create(`${c.key}.htx`, c.key, `Hợp tác xã Nông nghiệp ${c.place}`, at('cooperative', 'cooperative'));
  }
  for (const f of FISHERY_COOPERATIVES) {
    b.create(`${f.commune}.${f.key}`, f.commune, f.name, at('cooperative', 'fishery-coop'));
  }
  for (const e of ENTERPRISES) {
    b.create(
      `${e.commune}.${e.key}`,
      e.commune,
      e.name,
      at('enterprise', 'enterprise', { workers: e.workers }),
    );
  }
}

/** Outline districts: their Phòng Nội vụ, and communes with a health station, a primary school and villages. */
function addOutlineDistricts(b: PlanBuilder, villageName: (commune: string) => string): void {
  for (const d of OUTLINE_DISTRICTS) {
    b.create(d.key, PROVINCE_KEY, d.name, {
      kind: 'district',
      level: 'district',
      shortName: d.shortName,
      profile: 'district',
    });
    b.create(`${d.key}.p-noi-vu`, d.key, `Phòng Nội vụ ${inSentence(d.name)}`, {
      kind: 'agency',
      level: 'district',
      shortName: 'Phòng Nội vụ',
      profile: 'district-office',
    });
    for (const [key, name] of d.communes) {
      const ward = name.startsWith('Phường');
      const place = name.replace(/^(Phường|Xã) /, '');
      b.create(key, d.key, name, at('commune', 'commune'));
      b.create(
        `${key}.tyt`,
        key,
        `Trạm Y tế ${ward ? 'phường' : 'xã'} ${place}`,
        at('health_facility', 'health-station'),
      );
      b.create(`${key}.th`, key, `Trường Tiểu học ${place}`, at('school', 'school-th'));
      for (let i = 1; i <= 3; i++) {
        if (ward) b.create(`${key}.tdp${i}`, key, `Tổ dân phố ${i}`, at('village', 'residential-group'));
        else b.create(`${key}.thon${i}`, key, villageName(key), at('village', 'village'));
      }
    }
  }
}

/**
 * 1 July 2025: communes merge into new communes directly under the province (their villages, schools,
 * stations, cooperatives and enterprises move with them), the district health centre passes to Sở Y tế under
 * a new name, and the districts close with their offices.
 */
function addReform(b: PlanBuilder): void {
  for (const group of [...CAM_XUYEN_2025, ...OUTLINE_DISTRICTS.flatMap((d) => d.reform)]) {
    const from = group.from.map((k) => inSentence(b.unit(k).name)).join(', ');
    b.merge(group, PROVINCE_KEY, at('commune', 'commune-2025'), {
      effectiveOn: REFORM_DATE,
      documentRef: REFORM_DOCUMENT,
      note: `Thành lập ${inSentence(group.name)} trên cơ sở sắp xếp ${from}. ${REFORM_NOTE}`,
    });
  }
  const illustrative = { effectiveOn: REFORM_DATE, documentRef: null };
  b.move(HEALTH_CENTRE_KEY, 'so-y-te', {
    ...illustrative,
    note: 'Chuyển Trung tâm Y tế huyện về trực thuộc Sở Y tế khi kết thúc cấp huyện (dữ liệu mẫu minh họa).',
  });
  b.rename(HEALTH_CENTRE_KEY, 'Trung tâm Y tế khu vực Cẩm Xuyên', {
    ...illustrative,
    note: 'Đổi tên khi chuyển về Sở Y tế (dữ liệu mẫu minh họa).',
  });
  for (const district of [DISTRICT_KEY, ...OUTLINE_DISTRICTS.map((d) => d.key)]) {
    b.close(district, DISTRICT_LAST_DAY, DISTRICT_CLOSED_REASON);
  }
}
