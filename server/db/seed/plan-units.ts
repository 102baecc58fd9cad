// Turns the organisation catalogue into an ordered list of steps (create, merge, move, rename, close) that
// the writer replays through the Units module, and a map of every unit as it stands after all the steps.
import type { AdminLevel, UnitKind } from '../../../contracts/enums';
import { dayBefore } from '../../../domain/units';
import {
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
  type NewCommuneSpec,
  OUTLINE_DISTRICTS,
  PREDECESSORS_2020,
  PROVINCIAL_AGENCIES,
  type AgencySpec,
  REFORM_DATE,
  REFORM_DOCUMENT,
  REFORM_NOTE,
  VILLAGE_NAMES,
} from './organisation';
import type { Random } from './prng';

/** What kind of staff a unit has; the people generator fills each profile with its positions. */
export type StaffProfile =
  | 'none'
  | 'provincial-gov'
  | 'agency'
  | 'ban-tdkt'
  | 'district'
  | 'district-office'
  | 'culture-centre'
  | 'health-centre'
  | 'hospital'
  | 'commune'
  | 'commune-2025'
  | 'school-mn'
  | 'school-th'
  | 'school-thcs'
  | 'school-thpt'
  | 'health-station'
  | 'village'
  | 'residential-group'
  | 'cooperative'
  | 'fishery-coop'
  | 'enterprise';

export interface UnitInfo {
  key: string;
  /** The parent after all the steps (children of merged communes follow the new commune). */
  parent: string | null;
  name: string;
  shortName: string | null;
  code: string | null;
  kind: UnitKind;
  level: AdminLevel;
  validFrom: string;
  validTo: string | null;
  profile: StaffProfile;
  /** Where staff of a unit that closes carry on (the merged commune, …); absent when they do not. */
  successor?: string;
  coastal?: boolean;
  /** Enterprises: how many workers. */
  workers?: number;
}

interface Meta {
  kind: UnitKind;
  level: AdminLevel;
  shortName?: string | null;
  code?: string | null;
  profile: StaffProfile;
  coastal?: boolean;
  workers?: number;
}

export type UnitStep =
  | ({ op: 'create'; key: string; parent: string | null; name: string; validFrom: string } & Meta)
  | ({
      op: 'merge';
      key: string;
      sources: string[];
      parent: string;
      name: string;
      effectiveOn: string;
      documentRef: string;
      note: string;
    } & Meta)
  | {
      op: 'move';
      unit: string;
      newParent: string;
      effectiveOn: string;
      documentRef: string | null;
      note: string;
    }
  | {
      op: 'rename';
      unit: string;
      newName: string;
      effectiveOn: string;
      documentRef: string | null;
      note: string;
    }
  | { op: 'close'; unit: string; validTo: string; reason: string; closeChildren: boolean };

export interface OrganisationPlan {
  steps: UnitStep[];
  units: Map<string, UnitInfo>;
}

export const PROVINCE_KEY = 'tinh';
export const DISTRICT_KEY = 'cx';

/** "Xã Cẩm Quang" → "xã Cẩm Quang", as written inside a sentence. */
const inSentence = (name: string) => name.replace(/^(Xã|Phường|Thị trấn)/, (w) => w.toLowerCase());
const townOrCommune = (c: CommuneSpec) => (c.town ? 'thị trấn' : 'xã');
const communeName = (c: CommuneSpec) => `${c.town ? 'Thị trấn' : 'Xã'} ${c.place}`;

/** Builds the demo organisation's steps; the random stream decides village counts and names only. */
export function planOrganisation(random: Random): OrganisationPlan {
  const steps: UnitStep[] = [];
  const units = new Map<string, UnitInfo>();

  const create = (
    key: string,
    parent: string | null,
    name: string,
    meta: Meta,
    validFrom = HISTORIC_START,
  ) => {
    steps.push({ op: 'create', key, parent, name, validFrom, ...meta });
    units.set(key, {
      key,
      parent,
      name,
      shortName: meta.shortName ?? null,
      code: meta.code ?? null,
      kind: meta.kind,
      level: meta.level,
      validFrom,
      validTo: null,
      profile: meta.profile,
      ...(meta.coastal ? { coastal: true } : {}),
      ...(meta.workers ? { workers: meta.workers } : {}),
    });
  };
  const merge = (
    spec: NewCommuneSpec,
    parent: string,
    meta: Meta,
    on: string,
    documentRef: string,
    note: string,
  ) => {
    steps.push({
      op: 'merge',
      key: spec.key,
      sources: [...spec.from],
      parent,
      name: spec.name,
      effectiveOn: on,
      documentRef,
      note,
      ...meta,
    });
    for (const source of spec.from) {
      const unit = units.get(source)!;
      unit.validTo = dayBefore(on);
      unit.successor = spec.key;
    }
    for (const unit of units.values()) {
      if (unit.parent && spec.from.includes(unit.parent) && unit.validTo === null) unit.parent = spec.key;
    }
    units.set(spec.key, {
      key: spec.key,
      parent,
      name: spec.name,
      shortName: null,
      code: meta.code ?? null,
      kind: meta.kind,
      level: meta.level,
      validFrom: on,
      validTo: null,
      profile: meta.profile,
      ...(meta.coastal ? { coastal: true } : {}),
    });
  };

  // Province and its agencies.
  create(PROVINCE_KEY, null, 'Tỉnh Hà Tĩnh', {
    kind: 'province',
    level: 'province',
    shortName: 'Hà Tĩnh',
    code: '42',
    profile: 'none',
  });
  const addAgency = (spec: AgencySpec, parent: string) => {
    const kind = spec.kind ?? 'agency';
    const profile: StaffProfile =
      spec.key === 'ubnd-tinh'
        ? 'provincial-gov'
        : spec.key === 'ban-tdkt'
          ? 'ban-tdkt'
          : kind === 'school'
            ? 'school-thpt'
            : kind === 'health_facility'
              ? 'hospital'
              : 'agency';
    create(spec.key, parent, spec.name, {
      kind,
      level: 'province',
      shortName: spec.shortName ?? null,
      profile,
    });
    for (const child of spec.children ?? []) addAgency(child, spec.key);
  };
  for (const agency of PROVINCIAL_AGENCIES) addAgency(agency, PROVINCE_KEY);

  // Huyện Cẩm Xuyên, its offices and its communes as they stood from 2020 (with the 2020 predecessors).
  create(DISTRICT_KEY, PROVINCE_KEY, 'Huyện Cẩm Xuyên', {
    kind: 'district',
    level: 'district',
    shortName: 'Cẩm Xuyên',
    // The statistical office's district code, as published.
    code: '446',
    profile: 'district',
  });
  for (const office of DISTRICT_OFFICES) {
    const kind = office.kind ?? 'agency';
    create(`${DISTRICT_KEY}.${office.key}`, DISTRICT_KEY, office.name, {
      kind,
      level: 'district',
      shortName: office.shortName ?? null,
      profile: kind === 'other' ? 'culture-centre' : 'district-office',
    });
  }
  const ttyt = `${DISTRICT_KEY}.${DISTRICT_HEALTH_CENTRE.key}`;
  create(ttyt, DISTRICT_KEY, DISTRICT_HEALTH_CENTRE.name, {
    kind: 'health_facility',
    level: 'district',
    profile: 'health-centre',
  });

  // Village names are drawn per 2025 group without repetition, so no new commune has two villages of one name.
  const groupOf = new Map<string, string>();
  for (const group of [...CAM_XUYEN_2025, ...OUTLINE_DISTRICTS.flatMap((d) => d.reform)]) {
    for (const key of group.from) {
      groupOf.set(key, group.key);
      for (const p of CAM_XUYEN_COMMUNES.find((c) => c.key === key)?.formedFrom ?? [])
        groupOf.set(p, group.key);
    }
  }
  const pools = new Map<string, string[]>();
  const villageName = (communeKey: string) => {
    const group = groupOf.get(communeKey) ?? communeKey;
    let pool = pools.get(group);
    if (!pool) pools.set(group, (pool = [...VILLAGE_NAMES]));
    return `Thôn ${pool.splice(random.int(0, pool.length - 1), 1)[0]!}`;
  };

  const communeMeta = (c: CommuneSpec): Meta => ({
    kind: 'commune',
    level: 'commune',
    profile: 'commune',
    ...(c.coastal ? { coastal: true } : {}),
  });
  const addVillages = (c: CommuneSpec, count: number, validFrom = HISTORIC_START) => {
    for (let i = 1; i <= count; i++) {
      if (c.town) {
        create(
          `${c.key}.tdp${i}`,
          c.key,
          `Tổ dân phố ${i}`,
          { kind: 'village', level: 'commune', profile: 'residential-group' },
          validFrom,
        );
      } else {
        create(
          `${c.key}.thon${i}`,
          c.key,
          villageName(c.key),
          { kind: 'village', level: 'commune', profile: 'village', ...(c.coastal ? { coastal: true } : {}) },
          validFrom,
        );
      }
    }
  };
  const school = (
    c: CommuneSpec,
    suffix: string,
    label: string,
    profile: StaffProfile,
    validFrom = HISTORIC_START,
  ) =>
    create(
      `${c.key}.${suffix}`,
      c.key,
      `Trường ${label} ${c.town ? `thị trấn ${c.place}` : c.place}`,
      { kind: 'school', level: 'commune', profile },
      validFrom,
    );
  const station = (c: CommuneSpec, validFrom = HISTORIC_START) =>
    create(
      `${c.key}.tyt`,
      c.key,
      `Trạm Y tế ${townOrCommune(c)} ${c.place}`,
      { kind: 'health_facility', level: 'commune', profile: 'health-station' },
      validFrom,
    );

  // 2020 predecessors: villages and the small schools they had, all moving with them into the merged commune.
  for (const p of PREDECESSORS_2020) {
    // No staff of their own: the merged commune's staff who started before 2020 began at one of them.
    create(p.key, DISTRICT_KEY, communeName(p), { ...communeMeta(p), profile: 'none' });
    addVillages(p, random.int(3, 5));
    school(p, 'th', 'Tiểu học', 'school-th');
    school(p, 'mn', 'Mầm non', 'school-mn');
  }
  for (const c of CAM_XUYEN_COMMUNES) {
    if (c.formedFrom) continue;
    create(c.key, DISTRICT_KEY, communeName(c), communeMeta(c));
    addVillages(c, c.town ? random.int(5, 7) : random.int(4, 7));
    school(c, 'mn', 'Mầm non', 'school-mn');
    school(c, 'th', 'Tiểu học', 'school-th');
    school(c, 'thcs', 'THCS', 'school-thcs');
    station(c);
  }
  for (const c of CAM_XUYEN_COMMUNES) {
    if (!c.formedFrom) continue;
    merge(
      { key: c.key, name: communeName(c), kind: 'xã', from: c.formedFrom },
      DISTRICT_KEY,
      communeMeta(c),
      ARRANGEMENT_2020,
      ARRANGEMENT_2020_DOCUMENT,
      `Thành lập xã ${c.place} trên cơ sở nhập các xã ${c.formedFrom.map((k) => units.get(k)!.name.replace(/^Xã /, '')).join(', ')} (theo hiểu biết tốt nhất; dữ liệu mẫu).`,
    );
    school(c, 'thcs', 'THCS', 'school-thcs', ARRANGEMENT_2020);
    station(c, ARRANGEMENT_2020);
  }
  const communeByKey = new Map(CAM_XUYEN_COMMUNES.map((c) => [c.key, c]));
  for (const c of CAM_XUYEN_COMMUNES) {
    if (c.cooperative)
      create(`${c.key}.htx`, c.key, `Hợp tác xã Nông nghiệp ${c.place}`, {
        kind: 'cooperative',
        level: 'commune',
        profile: 'cooperative',
      });
  }
  for (const f of FISHERY_COOPERATIVES)
    create(`${f.commune}.${f.key}`, f.commune, f.name, {
      kind: 'cooperative',
      level: 'commune',
      profile: 'fishery-coop',
    });
  for (const e of ENTERPRISES) {
    if (!communeByKey.has(e.commune)) throw new Error(`unknown commune ${e.commune}`);
    create(`${e.commune}.${e.key}`, e.commune, e.name, {
      kind: 'enterprise',
      level: 'commune',
      profile: 'enterprise',
      workers: e.workers,
    });
  }

  // Outline districts: communes with a health station and a primary school, and the district's Phòng Nội vụ.
  for (const d of OUTLINE_DISTRICTS) {
    create(d.key, PROVINCE_KEY, d.name, {
      kind: 'district',
      level: 'district',
      shortName: d.shortName,
      profile: 'district',
    });
    create(
      `${d.key}.p-noi-vu`,
      d.key,
      `Phòng Nội vụ ${d.name.replace(/^Huyện/, 'huyện').replace(/^Thành phố/, 'thành phố')}`,
      { kind: 'agency', level: 'district', shortName: 'Phòng Nội vụ', profile: 'district-office' },
    );
    for (const [key, name] of d.communes) {
      const ward = name.startsWith('Phường');
      create(key, d.key, name, { kind: 'commune', level: 'commune', profile: 'commune' });
      const place = name.replace(/^(Phường|Xã) /, '');
      create(`${key}.tyt`, key, `Trạm Y tế ${ward ? 'phường' : 'xã'} ${place}`, {
        kind: 'health_facility',
        level: 'commune',
        profile: 'health-station',
      });
      create(`${key}.th`, key, `Trường Tiểu học ${place}`, {
        kind: 'school',
        level: 'commune',
        profile: 'school-th',
      });
      for (let i = 1; i <= 3; i++) {
        if (ward)
          create(`${key}.tdp${i}`, key, `Tổ dân phố ${i}`, {
            kind: 'village',
            level: 'commune',
            profile: 'residential-group',
          });
        else
          create(`${key}.thon${i}`, key, villageName(key), {
            kind: 'village',
            level: 'commune',
            profile: 'village',
          });
      }
    }
  }

  // 1 July 2025: communes merge directly under the province (their villages, schools, stations, cooperatives and
  // enterprises move with them), the district health centre passes to Sở Y tế, the districts close.
  for (const group of [...CAM_XUYEN_2025, ...OUTLINE_DISTRICTS.flatMap((d) => d.reform)]) {
    const from = group.from.map((k) => inSentence(units.get(k)!.name)).join(', ');
    merge(
      group,
      PROVINCE_KEY,
      { kind: 'commune', level: 'commune', profile: 'commune-2025' },
      REFORM_DATE,
      REFORM_DOCUMENT,
      `Thành lập ${inSentence(group.name)} trên cơ sở sắp xếp ${from}. ${REFORM_NOTE}`,
    );
  }
  steps.push({
    op: 'move',
    unit: ttyt,
    newParent: 'so-y-te',
    effectiveOn: REFORM_DATE,
    documentRef: null,
    note: `Chuyển Trung tâm Y tế huyện về trực thuộc Sở Y tế khi kết thúc cấp huyện. ${REFORM_NOTE}`,
  });
  steps.push({
    op: 'rename',
    unit: ttyt,
    newName: 'Trung tâm Y tế khu vực Cẩm Xuyên',
    effectiveOn: REFORM_DATE,
    documentRef: null,
    note: `Đổi tên khi chuyển về Sở Y tế. ${REFORM_NOTE}`,
  });
  Object.assign(units.get(ttyt)!, { name: 'Trung tâm Y tế khu vực Cẩm Xuyên', parent: 'so-y-te' });
  for (const district of [DISTRICT_KEY, ...OUTLINE_DISTRICTS.map((d) => d.key)]) {
    steps.push({
      op: 'close',
      unit: district,
      validTo: DISTRICT_LAST_DAY,
      reason: DISTRICT_CLOSED_REASON,
      closeChildren: true,
    });
    for (const unit of units.values()) {
      if (unit.key === district || (unit.key.startsWith(`${district}.`) && unit.key !== ttyt)) {
        unit.validTo ??= DISTRICT_LAST_DAY;
      }
    }
  }
  return { steps, units };
}
