// The organisation of a synthetic province: the province, its agencies (sở) with one centre each, districts,
// communes, and the schools and health stations of every commune — about 1,500 units at the default shape.
import { foldVietnamese, vietnameseSortKey } from '../../domain/text';
import type { Random } from '../../server/db/seed/prng';
import { ColumnTable, keyedUuid } from './tables';

export const PROVINCE_CODE = 'BENCH-TINH';

export interface UnitShape {
  agencies: number;
  districts: number;
  communesPerDistrict: number;
}

export const DEFAULT_SHAPE: UnitShape = { agencies: 30, districts: 12, communesPerDistrict: 24 };

export interface SyntheticUnit {
  id: string;
  name: string;
  kind: string;
  /** Staff size relative to other units: people are placed in proportion to it. */
  weight: number;
  /** Who grants this unit's yearly titles (LĐTT, CSTĐCS) before 1/7/2025, and from that day. */
  authority: { id: string; text: string };
  authorityAfterReform: { id: string; text: string };
  /** Civil servants (công chức) in administrations, public employees (viên chức) in schools and clinics. */
  cadreClass: 'cong_chuc' | 'vien_chuc';
  position: string;
}

export interface Organisation {
  province: { id: string; text: string };
  units: SyntheticUnit[];
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
  const add = (
    parent: { id: string; path: string } | null,
    name: string,
    kind: string,
    level: string,
    code: string | null = null,
  ) => {
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
    return { id, path, name };
  };
  const root = add(null, 'Tỉnh Thử Nghiệm', 'province', 'province', PROVINCE_CODE);
  const province = { id: root.id, text: 'Chủ tịch UBND tỉnh Thử Nghiệm' };
  const staff = (
    u: { id: string; name: string },
    kind: string,
    weight: number,
    authority: SyntheticUnit['authority'],
    after: SyntheticUnit['authority'],
    position: string,
  ) =>
    units.push({
      id: u.id,
      name: u.name,
      kind,
      weight,
      authority,
      authorityAfterReform: after,
      cadreClass: kind === 'school' || kind === 'health_facility' ? 'vien_chuc' : 'cong_chuc',
      position,
    });
  staff(root, 'province', 60, province, province, 'Chuyên viên');
  for (let a = 0; a < shape.agencies; a++) {
    const suffix = a < AGENCY_NAMES.length ? AGENCY_NAMES[a]! : `Chuyên ngành ${a + 1}`;
    const agency = add(root, `Sở ${suffix}`, 'agency', 'province');
    const head = { id: agency.id, text: `Giám đốc Sở ${suffix}` };
    staff(agency, 'agency', 120, head, head, 'Chuyên viên');
    const centre = add(agency, `Trung tâm Dịch vụ thuộc Sở ${suffix}`, 'other', 'province');
    staff(centre, 'other', 60, head, head, 'Viên chức');
  }
  for (let d = 1; d <= shape.districts; d++) {
    const district = add(root, `Huyện Thử ${d}`, 'district', 'district');
    const chair = { id: district.id, text: `Chủ tịch UBND huyện Thử ${d}` };
    staff(district, 'district', 80, chair, province, 'Chuyên viên');
    for (let c = 1; c <= shape.communesPerDistrict; c++) {
      const name = `Xã Thử ${d}-${c}`;
      const commune = add(district, name, 'commune', 'commune');
      const communeChair = { id: commune.id, text: `Chủ tịch UBND xã Thử ${d}-${c}` };
      staff(commune, 'commune', 25, chair, communeChair, 'Công chức');
      for (const [school, weight] of [
        ['Trường Mầm non', 45],
        ['Trường Tiểu học', 60],
        ['Trường Trung học cơ sở', 60],
      ] as const) {
        const unit = add(commune, `${school} ${name.slice(4)}`, 'school', 'commune');
        staff(unit, 'school', weight, chair, communeChair, 'Giáo viên');
      }
      const clinic = add(commune, `Trạm Y tế ${name}`, 'health_facility', 'commune');
      staff(clinic, 'health_facility', 15, chair, communeChair, 'Nhân viên y tế');
    }
  }
  const cumulative: number[] = [];
  let total = 0;
  for (const u of units) cumulative.push((total += u.weight));
  const pickUnit = (r: Random) => {
    const x = r.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return units[lo]!;
  };
  return { province, units, table, pickUnit };
}
