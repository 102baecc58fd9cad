// The organisation of a synthetic province: the province, its agencies (sở) with one centre each, districts with
// their communes and enterprises, and the schools, health station and villages (thôn) of every commune — about
// 1,500 units at the default shape; `scaleShape` multiplies agencies and districts for bigger provinces.
import { foldVietnamese, vietnameseSortKey } from '../../domain/text';
import type { Random } from '../../server/db/seed/prng';
import { ColumnTable, keyedUuid } from './tables';

export const PROVINCE_CODE = 'BENCH-TINH';

export interface UnitShape {
  agencies: number;
  districts: number;
  communesPerDistrict: number;
  villagesPerCommune: number;
  enterprisesPerDistrict: number;
}

export const DEFAULT_SHAPE: UnitShape = {
  agencies: 30,
  districts: 12,
  communesPerDistrict: 16,
  villagesPerCommune: 2,
  enterprisesPerDistrict: 3,
};

/** The default shape with `scale` times the agencies and districts (so about `scale` × 1,500 units). */
export function scaleShape(scale: number): UnitShape {
  return {
    ...DEFAULT_SHAPE,
    agencies: DEFAULT_SHAPE.agencies * scale,
    districts: DEFAULT_SHAPE.districts * scale,
  };
}

export interface SyntheticUnit {
  id: string;
  name: string;
  kind: string;
  level: 'province' | 'district' | 'commune';
  path: string;
  parent: SyntheticUnit | null;
  /** Staff size relative to other units: people are placed in proportion to it. */
  weight: number;
  /** Who grants this unit's yearly titles (LĐTT, CSTĐCS) before 1/7/2025, and from that day. */
  authority: Authority;
  authorityAfterReform: Authority;
  /** Civil servants (công chức) in administrations, public employees (viên chức) in schools and clinics. */
  cadreClass: 'cong_chuc' | 'vien_chuc' | 'nguoi_lao_dong';
  position: string;
}

export interface Authority {
  id: string;
  /** domain/workflow AUTHORITY_CODES. */
  code: string;
  text: string;
}

export interface Organisation {
  province: Authority;
  units: SyntheticUnit[];
  /** Every authority of the tree (one decision register each). */
  authorities: Authority[];
  table: ColumnTable;
  /** Cumulative weights, to draw a unit in proportion to its staff. */
  pickUnit(random: Random): SyntheticUnit;
}

const AGENCY_NAMES = [
  'Nội vụ',
  'Tài chính',
  'Tư pháp',
  'Công Thương',
  'Nông nghiệp và Môi trường',
  'Xây dựng',
  'Khoa học và Công nghệ',
  'Giáo dục và Đào tạo',
  'Y tế',
  'Văn hóa, Thể thao và Du lịch',
  'Dân tộc và Tôn giáo',
];

function unitsTable() {
  return new ColumnTable('units', {
    id: 'uuid',
    parent_id: 'uuid',
    path: 'text',
    code: 'text',
    name: 'text',
    name_folded: 'text',
    name_sort: 'text',
    kind: 'text',
    level: 'text',
    valid_from: 'date',
  });
}

export function generateOrganisation(salt: number, shape: UnitShape = DEFAULT_SHAPE): Organisation {
  const table = unitsTable();
  const units: SyntheticUnit[] = [];
  const authorities: Authority[] = [];
  const authority = (id: string, code: string, text: string) => {
    const a = { id, code, text };
    authorities.push(a);
    return a;
  };
  const add = (
    parent: SyntheticUnit | null,
    name: string,
    kind: string,
    level: SyntheticUnit['level'],
    staff: { weight: number; position: string } | null,
    authorities: (self: { id: string }) => [Authority, Authority],
    code: string | null = null,
  ): SyntheticUnit => {
    const id = keyedUuid(salt, table.length);
    const path = `${parent?.path ?? '/'}${id}/`;
    table.push({
      id,
      parent_id: parent?.id ?? null,
      path,
      code,
      name,
      name_folded: foldVietnamese(name),
      name_sort: vietnameseSortKey(name),
      kind,
      level,
      valid_from: '2000-01-01',
    });
    const [before, after] = authorities({ id });
    const unit: SyntheticUnit = {
      id,
      name,
      kind,
      level,
      path,
      parent,
      weight: staff?.weight ?? 0,
      authority: before,
      authorityAfterReform: after,
      cadreClass:
        kind === 'school' || kind === 'health_facility'
          ? 'vien_chuc'
          : kind === 'enterprise'
            ? 'nguoi_lao_dong'
            : 'cong_chuc',
      position: staff?.position ?? '',
    };
    units.push(unit);
    return unit;
  };
  let province!: Authority;
  const root = add(
    null,
    'Tỉnh Thử Nghiệm',
    'province',
    'province',
    { weight: 60, position: 'Chuyên viên' },
    (self) => {
      province = authority(self.id, 'chu_tich_ubnd_tinh', 'Chủ tịch UBND tỉnh Thử Nghiệm');
      return [province, province];
    },
    PROVINCE_CODE,
  );
  for (let a = 0; a < shape.agencies; a++) {
    const suffix = a < AGENCY_NAMES.length ? AGENCY_NAMES[a]! : `Chuyên ngành ${a + 1}`;
    let head!: Authority;
    const agency = add(
      root,
      `Sở ${suffix}`,
      'agency',
      'province',
      { weight: 120, position: 'Chuyên viên' },
      (self) => {
        head = authority(self.id, 'thu_truong_co_quan', `Giám đốc Sở ${suffix}`);
        return [head, head];
      },
    );
    add(
      agency,
      `Trung tâm Dịch vụ thuộc Sở ${suffix}`,
      'other',
      'province',
      { weight: 60, position: 'Viên chức' },
      () => [head, head],
    );
  }
  for (let d = 1; d <= shape.districts; d++) {
    let chair!: Authority;
    const district = add(
      root,
      `Huyện Thử ${d}`,
      'district',
      'district',
      { weight: 80, position: 'Chuyên viên' },
      (self) => {
        chair = authority(self.id, 'chu_tich_ubnd_huyen', `Chủ tịch UBND huyện Thử ${d}`);
        // Districts ended on 1/7/2025: their staff's later titles come from the province.
        return [chair, province];
      },
    );
    for (let c = 1; c <= shape.communesPerDistrict; c++) {
      const name = `Xã Thử ${d}-${c}`;
      let communeChair!: Authority;
      const commune = add(
        district,
        name,
        'commune',
        'commune',
        { weight: 25, position: 'Công chức' },
        (self) => {
          communeChair = authority(self.id, 'chu_tich_ubnd_xa', `Chủ tịch UBND xã Thử ${d}-${c}`);
          return [chair, communeChair];
        },
      );
      const local = (): [Authority, Authority] => [chair, communeChair];
      for (const [school, weight] of [
        ['Trường Mầm non', 45],
        ['Trường Tiểu học', 60],
        ['Trường Trung học cơ sở', 60],
      ] as const) {
        add(
          commune,
          `${school} ${name.slice(4)}`,
          'school',
          'commune',
          { weight, position: 'Giáo viên' },
          local,
        );
      }
      add(
        commune,
        `Trạm Y tế ${name}`,
        'health_facility',
        'commune',
        { weight: 15, position: 'Nhân viên y tế' },
        local,
      );
      // Villages have no staff of their own: they are awarded as collectives (Thôn văn hóa, Giấy khen).
      for (let v = 1; v <= shape.villagesPerCommune; v++) {
        add(commune, `Thôn ${v} ${name}`, 'village', 'commune', null, local);
      }
    }
    for (let e = 1; e <= shape.enterprisesPerDistrict; e++) {
      const name = `Công ty TNHH Thử ${d}-${e}`;
      add(district, name, 'enterprise', 'district', { weight: 50, position: 'Nhân viên' }, (self) => {
        const director = authority(self.id, 'giam_doc_doanh_nghiep', `Giám đốc ${name}`);
        return [director, director];
      });
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  const staffed = units.filter((u) => u.weight > 0);
  for (const u of staffed) cumulative.push((total += u.weight));
  const pickUnit = (r: Random) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return staffed[lo]!;
  };
  return { province, units, authorities, table, pickUnit };
}
