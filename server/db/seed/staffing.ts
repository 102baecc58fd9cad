// Staffing tables of the demo units: which positions each kind of unit has, how many people hold them, the
// cadre class that goes with the position, the share of women and the birth years drawn.
import type { CadreClass } from '../../../contracts/enums';
import type { StaffProfile, UnitInfo } from './plan-units';

export interface Slot {
  position: string;
  cadre: CadreClass;
  count: readonly [number, number];
  /** Probability that the holder is a woman. */
  female: number;
  born: readonly [number, number];
  isDirectWorker?: boolean;
  /** Leaders are routed to leading posts when their unit closes in 2025. */
  rank?: 'head' | 'deputy';
}

const slot = (
  position: string,
  cadre: CadreClass,
  count: number | readonly [number, number],
  female: number,
  born: readonly [number, number],
  extra: Partial<Slot> = {},
): Slot => ({
  position,
  cadre,
  count: typeof count === 'number' ? [count, count] : count,
  female,
  born,
  ...extra,
});

const LEADER_BORN = [1966, 1980] as const;
const DEPUTY_BORN = [1968, 1985] as const;
const STAFF_BORN = [1970, 1999] as const;
const ANY_BORN = [1965, 2000] as const;

function districtOffice(unit: UnitInfo): Slot[] {
  const [head, deputy, staff] = unit.key.endsWith('.vp')
    ? ['Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Chuyên viên']
    : unit.key.endsWith('.thanh-tra')
      ? ['Chánh Thanh tra', 'Phó Chánh Thanh tra', 'Thanh tra viên']
      : ['Trưởng phòng', 'Phó Trưởng phòng', 'Chuyên viên'];
  const slots = [
    slot(head, 'cong_chuc', 1, 0.25, LEADER_BORN, { rank: 'head' }),
    slot(deputy, 'cong_chuc', [1, 2], 0.35, DEPUTY_BORN, { rank: 'deputy' }),
    slot(staff, 'cong_chuc', [2, 4], 0.5, STAFF_BORN),
  ];
  // The report: one civil servant of Phòng Nội vụ advises on emulation and commendation.
  if (unit.key.endsWith('.p-noi-vu')) {
    slots.push(slot('Chuyên viên phụ trách thi đua, khen thưởng', 'cong_chuc', 1, 0.5, [1978, 1992]));
  }
  return slots;
}

function commune(unit: UnitInfo): Slot[] {
  const where = unit.name.startsWith('Thị trấn')
    ? 'thị trấn'
    : unit.name.startsWith('Phường')
      ? 'phường'
      : 'xã';
  return [
    slot(`Chủ tịch UBND ${where}`, 'can_bo', 1, 0.15, LEADER_BORN, { rank: 'head' }),
    slot(`Phó Chủ tịch UBND ${where}`, 'can_bo', [1, 2], 0.25, DEPUTY_BORN, { rank: 'deputy' }),
    // The report: at commune level the Văn phòng - Thống kê civil servant also handles emulation work.
    slot('Công chức Văn phòng - Thống kê', 'cong_chuc', [1, 2], 0.6, STAFF_BORN),
    slot('Công chức Tư pháp - Hộ tịch', 'cong_chuc', 1, 0.5, STAFF_BORN),
    slot('Công chức Tài chính - Kế toán', 'cong_chuc', 1, 0.7, STAFF_BORN),
    slot('Công chức Địa chính - Xây dựng', 'cong_chuc', 1, 0.2, STAFF_BORN),
    slot('Công chức Văn hóa - Xã hội', 'cong_chuc', [1, 2], 0.5, STAFF_BORN),
    slot('Chỉ huy trưởng Ban Chỉ huy Quân sự', 'cong_chuc', 1, 0, [1970, 1990]),
  ];
}

function enterprise(unit: UnitInfo): Slot[] {
  const garment = unit.name.includes('May');
  const workers = unit.workers ?? 8;
  return [
    slot('Giám đốc', 'doanh_nhan', 1, 0.25, LEADER_BORN),
    slot('Kế toán', 'nguoi_lao_dong', 1, 0.8, STAFF_BORN),
    slot('Tổ trưởng sản xuất', 'cong_nhan', [1, 2], garment ? 0.8 : 0.2, ANY_BORN, { isDirectWorker: true }),
    slot('Công nhân', 'cong_nhan', [workers - 2, workers + 2], garment ? 0.85 : 0.2, [1975, 2000], {
      isDirectWorker: true,
    }),
  ];
}

/** The slots of a unit, from its staff profile. */
export function slotsFor(unit: UnitInfo): Slot[] {
  const profile: StaffProfile = unit.profile;
  switch (profile) {
    case 'provincial-gov':
      return [
        slot('Chủ tịch UBND tỉnh', 'can_bo', 1, 0.1, [1966, 1974], { rank: 'head' }),
        slot('Phó Chủ tịch UBND tỉnh', 'can_bo', 3, 0.2, [1966, 1978], { rank: 'deputy' }),
        slot('Chuyên viên Văn phòng UBND tỉnh', 'cong_chuc', 4, 0.5, STAFF_BORN),
      ];
    case 'agency':
      return [
        slot('Giám đốc Sở', 'cong_chuc', 1, 0.2, LEADER_BORN, { rank: 'head' }),
        slot('Phó Giám đốc Sở', 'cong_chuc', 2, 0.3, DEPUTY_BORN, { rank: 'deputy' }),
        slot('Trưởng phòng', 'cong_chuc', 2, 0.35, [1968, 1985]),
        slot('Chuyên viên', 'cong_chuc', [3, 5], 0.5, STAFF_BORN),
      ];
    case 'ban-tdkt':
      return [
        slot('Trưởng ban', 'cong_chuc', 1, 0.3, LEADER_BORN, { rank: 'head' }),
        slot('Phó Trưởng ban', 'cong_chuc', 2, 0.4, DEPUTY_BORN, { rank: 'deputy' }),
        slot('Chuyên viên', 'cong_chuc', 5, 0.5, STAFF_BORN),
      ];
    case 'district':
      return [
        slot('Chủ tịch UBND huyện', 'can_bo', 1, 0.1, [1966, 1976], { rank: 'head' }),
        slot('Phó Chủ tịch UBND huyện', 'can_bo', [2, 3], 0.25, [1966, 1980], { rank: 'head' }),
      ];
    case 'district-office':
      return districtOffice(unit);
    case 'culture-centre':
      return [
        slot('Giám đốc', 'vien_chuc', 1, 0.3, LEADER_BORN, { rank: 'head' }),
        slot('Phó Giám đốc', 'vien_chuc', 1, 0.4, DEPUTY_BORN, { rank: 'deputy' }),
        slot('Biên tập viên', 'vien_chuc', [1, 2], 0.6, STAFF_BORN),
        slot('Kỹ thuật viên', 'vien_chuc', [1, 2], 0.2, STAFF_BORN),
      ];
    case 'health-centre':
    case 'hospital':
      return [
        slot('Giám đốc', 'vien_chuc', 1, 0.3, LEADER_BORN, { rank: 'head' }),
        slot('Phó Giám đốc', 'vien_chuc', 2, 0.4, DEPUTY_BORN, { rank: 'deputy' }),
        slot('Bác sĩ', 'vien_chuc', profile === 'hospital' ? [10, 14] : [7, 10], 0.45, STAFF_BORN),
        slot('Điều dưỡng', 'vien_chuc', profile === 'hospital' ? [10, 14] : [7, 10], 0.85, [1972, 2000]),
        slot('Kỹ thuật viên xét nghiệm', 'vien_chuc', 2, 0.6, [1975, 2000]),
        slot('Dược sĩ', 'vien_chuc', [1, 2], 0.7, [1975, 2000]),
      ];
    case 'commune':
      return commune(unit);
    case 'school-mn':
      return [
        slot('Hiệu trưởng', 'vien_chuc', 1, 0.95, [1968, 1982], { rank: 'head' }),
        slot('Phó Hiệu trưởng', 'vien_chuc', 1, 0.95, [1970, 1986], { rank: 'deputy' }),
        slot('Giáo viên', 'vien_chuc', [6, 9], 0.9, [1970, 2000]),
        slot('Nhân viên kế toán', 'vien_chuc', 1, 0.85, STAFF_BORN),
        slot('Nhân viên nấu ăn', 'nguoi_lao_dong', [1, 2], 0.9, ANY_BORN, { isDirectWorker: true }),
      ];
    case 'school-th':
      return [
        slot('Hiệu trưởng', 'vien_chuc', 1, 0.6, [1968, 1982], { rank: 'head' }),
        slot('Phó Hiệu trưởng', 'vien_chuc', 1, 0.6, [1970, 1986], { rank: 'deputy' }),
        slot('Giáo viên', 'vien_chuc', [8, 12], 0.6, [1970, 2000]),
        slot('Nhân viên văn thư - kế toán', 'vien_chuc', 1, 0.6, STAFF_BORN),
        slot('Nhân viên bảo vệ', 'nguoi_lao_dong', 1, 0.05, ANY_BORN, { isDirectWorker: true }),
      ];
    case 'school-thcs':
      return [
        slot('Hiệu trưởng', 'vien_chuc', 1, 0.4, [1968, 1982], { rank: 'head' }),
        slot('Phó Hiệu trưởng', 'vien_chuc', 1, 0.5, [1970, 1986], { rank: 'deputy' }),
        slot('Giáo viên', 'vien_chuc', [9, 13], 0.5, [1970, 2000]),
        slot('Nhân viên thư viện - thiết bị', 'vien_chuc', 1, 0.6, STAFF_BORN),
      ];
    case 'school-thpt':
      return [
        slot('Hiệu trưởng', 'vien_chuc', 1, 0.3, [1966, 1980], { rank: 'head' }),
        slot('Phó Hiệu trưởng', 'vien_chuc', 2, 0.4, [1968, 1984], { rank: 'deputy' }),
        slot('Giáo viên', 'vien_chuc', [16, 22], 0.5, [1970, 2000]),
        slot('Nhân viên kế toán', 'vien_chuc', 1, 0.8, STAFF_BORN),
      ];
    case 'health-station':
      return [
        slot('Trạm trưởng', 'vien_chuc', 1, 0.5, [1968, 1985], { rank: 'head' }),
        slot('Y sĩ', 'vien_chuc', [1, 2], 0.5, [1972, 1998]),
        slot('Điều dưỡng', 'vien_chuc', [0, 1], 0.9, [1975, 2000]),
        slot('Nữ hộ sinh', 'vien_chuc', [0, 1], 1, [1975, 2000]),
      ];
    case 'village':
      return [
        slot('Trưởng thôn', 'khac', 1, 0.15, [1965, 1988]),
        unit.coastal
          ? slot('Ngư dân', 'nong_dan', [1, 3], 0.05, ANY_BORN, { isDirectWorker: true })
          : slot('Nông dân', 'nong_dan', [1, 2], 0.45, ANY_BORN, { isDirectWorker: true }),
      ];
    case 'residential-group':
      return [
        slot('Tổ trưởng tổ dân phố', 'khac', 1, 0.3, [1965, 1985]),
        slot('Hộ kinh doanh cá thể', 'doanh_nhan', [0, 1], 0.6, ANY_BORN),
      ];
    case 'cooperative':
      return [
        slot('Giám đốc hợp tác xã', 'khac', 1, 0.2, LEADER_BORN),
        slot('Kế toán hợp tác xã', 'nguoi_lao_dong', 1, 0.8, STAFF_BORN),
        slot('Thành viên hợp tác xã', 'nong_dan', [2, 4], 0.45, ANY_BORN, { isDirectWorker: true }),
      ];
    case 'fishery-coop':
      return [
        slot('Giám đốc hợp tác xã', 'khac', 1, 0.2, LEADER_BORN),
        slot('Thành viên hợp tác xã (ngư dân)', 'nong_dan', [3, 5], 0.1, ANY_BORN, { isDirectWorker: true }),
        slot('Thành viên hợp tác xã (chế biến)', 'nong_dan', [1, 3], 0.8, ANY_BORN, { isDirectWorker: true }),
      ];
    case 'enterprise':
      return enterprise(unit);
    case 'commune-2025':
    case 'none':
      return [];
  }
}
