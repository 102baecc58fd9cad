// Citizen identity card number (CCCD, số định danh cá nhân) rules — Thông tư 59/2021/TT-BCA, Điều 7.

/** Province codes (first three digits) as assigned before the 2025 merger; numbers issued keep them. */
export const CCCD_PROVINCE_CODES: Readonly<Record<string, string>> = {
  '001': 'Hà Nội',
  '002': 'Hà Giang',
  '004': 'Cao Bằng',
  '006': 'Bắc Kạn',
  '008': 'Tuyên Quang',
  '010': 'Lào Cai',
  '011': 'Điện Biên',
  '012': 'Lai Châu',
  '014': 'Sơn La',
  '015': 'Yên Bái',
  '017': 'Hòa Bình',
  '019': 'Thái Nguyên',
  '020': 'Lạng Sơn',
  '022': 'Quảng Ninh',
  '024': 'Bắc Giang',
  '025': 'Phú Thọ',
  '026': 'Vĩnh Phúc',
  '027': 'Bắc Ninh',
  '030': 'Hải Dương',
  '031': 'Hải Phòng',
  '033': 'Hưng Yên',
  '034': 'Thái Bình',
  '035': 'Hà Nam',
  '036': 'Nam Định',
  '037': 'Ninh Bình',
  '038': 'Thanh Hóa',
  '040': 'Nghệ An',
  '042': 'Hà Tĩnh',
  '044': 'Quảng Bình',
  '045': 'Quảng Trị',
  '046': 'Thừa Thiên Huế',
  '048': 'Đà Nẵng',
  '049': 'Quảng Nam',
  '051': 'Quảng Ngãi',
  '052': 'Bình Định',
  '054': 'Phú Yên',
  '056': 'Khánh Hòa',
  '058': 'Ninh Thuận',
  '060': 'Bình Thuận',
  '062': 'Kon Tum',
  '064': 'Gia Lai',
  '066': 'Đắk Lắk',
  '067': 'Đắk Nông',
  '068': 'Lâm Đồng',
  '070': 'Bình Phước',
  '072': 'Tây Ninh',
  '074': 'Bình Dương',
  '075': 'Đồng Nai',
  '077': 'Bà Rịa - Vũng Tàu',
  '079': 'Hồ Chí Minh',
  '080': 'Long An',
  '082': 'Tiền Giang',
  '083': 'Bến Tre',
  '084': 'Trà Vinh',
  '086': 'Vĩnh Long',
  '087': 'Đồng Tháp',
  '089': 'An Giang',
  '091': 'Kiên Giang',
  '092': 'Cần Thơ',
  '093': 'Hậu Giang',
  '094': 'Sóc Trăng',
  '095': 'Bạc Liêu',
  '096': 'Cà Mau',
};

export type Gender = 'male' | 'female';

export interface CccdCheck {
  ok: boolean;
  /** Vietnamese reason when not ok. */
  reason?: string;
}

// Fourth digit = century + gender (Thông tư 59/2021/TT-BCA, Điều 7): 20th century (1900–1999) male 0,
// female 1; 21st 2/3; 22nd 4/5; 23rd 6/7; 24th 8/9.
const CENTURY_BASE: Readonly<Record<number, number>> = { 19: 0, 20: 2, 21: 4, 22: 6, 23: 8 };

/** The century/gender digit (4th) for a birth year and gender: 0/1 for 1900s, 2/3 for 2000s … */
export function cccdGenderCenturyDigit(gender: Gender, birthYear: number): number | null {
  const base = CENTURY_BASE[Math.floor(birthYear / 100)];
  if (base === undefined) return null;
  return base + (gender === 'female' ? 1 : 0);
}

/**
 * Validates a CCCD number: exactly 12 digits, a known province code, and — as far as the birth date and gender
 * are known — the gender/century digit (4th) and the two-digit birth year (5th–6th) must agree with them.
 */
export function checkCccd(
  value: string,
  person?: { gender?: Gender | null; birthDate?: string | null },
): CccdCheck {
  if (!/^\d{12}$/.test(value)) return { ok: false, reason: 'Số CCCD phải gồm đúng 12 chữ số' };
  const province = value.slice(0, 3);
  if (!(province in CCCD_PROVINCE_CODES)) {
    return { ok: false, reason: `Mã tỉnh "${province}" ở 3 chữ số đầu của số CCCD không tồn tại` };
  }
  const digit = Number(value[3]);
  const gender = person?.gender ?? null;
  const birthYear = person?.birthDate ? Number(person.birthDate.slice(0, 4)) : null;
  if (gender && (digit % 2 === 1) !== (gender === 'female')) {
    return {
      ok: false,
      reason: `Chữ số thứ 4 của số CCCD (${digit}) không khớp với giới tính ${gender === 'female' ? 'nữ' : 'nam'}`,
    };
  }
  if (birthYear) {
    const base = CENTURY_BASE[Math.floor(birthYear / 100)];
    if (base !== undefined && digit - (digit % 2) !== base) {
      return {
        ok: false,
        reason: `Chữ số thứ 4 của số CCCD (${digit}) không khớp với thế kỷ của năm sinh ${birthYear}`,
      };
    }
    if (value.slice(4, 6) !== String(birthYear % 100).padStart(2, '0')) {
      return {
        ok: false,
        reason: `Chữ số thứ 5–6 của số CCCD (${value.slice(4, 6)}) không khớp với năm sinh ${birthYear}`,
      };
    }
  }
  return { ok: true };
}

/** Builds a well-formed CCCD from its parts (for tests, demo data and benchmarks; never a real person's number). */
export function composeCccd(input: {
  provinceCode: string;
  gender: Gender;
  birthYear: number;
  serial: number;
}): string {
  const digit = cccdGenderCenturyDigit(input.gender, input.birthYear);
  if (digit === null || !(input.provinceCode in CCCD_PROVINCE_CODES)) {
    throw new Error('composeCccd: province code or birth year out of range');
  }
  const year = String(input.birthYear % 100).padStart(2, '0');
  return `${input.provinceCode}${digit}${year}${String(input.serial % 1_000_000).padStart(6, '0')}`;
}

/** Masks a CCCD for display to roles that do not need it: "042******123". */
export function maskCccd(value: string | null): string | null {
  if (!value) return value;
  return `${value.slice(0, 3)}******${value.slice(9)}`;
}
