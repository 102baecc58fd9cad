// Yearly statutory statistics forms on emulation and commendation (issue #6 point 5): the "…N/BNV-TĐKT" forms of
// Thông tư 03/2018/TT-BNV (biểu 0701–0703) and Thông tư 02/2023/TT-BNV (biểu 0601–0605). What each form holds and
// where it was established is in docs/statutory-forms.md; the assumptions made here are marked "ASSUMED" and listed
// there. Pure: the server supplies the rows (awards, movements, units, staff) already in scope and in the period.
import type { AdminLevel, CadreClass, Gender, UnitKind } from '../contracts/enums';
import type { MovementKind } from './movements';
import type { AwardKindCode, AwardType, SubjectKind } from './regimes/types';
import { foldVietnamese } from './text';

export const FORM_SETS = ['tt03_2018', 'tt02_2023'] as const;
export type FormSet = (typeof FORM_SETS)[number];

export const FORM_CODES = ['0601', '0602', '0603', '0604', '0605', '0701', '0702', '0703'] as const;
export type FormCode = (typeof FORM_CODES)[number];

export interface Circular {
  set: FormSet;
  /** "Thông tư số 02/2023/TT-BNV ngày 23/3/2023". */
  citation: string;
  /** Day the circular took effect (ISO). */
  effectiveFrom: string;
  forms: readonly FormCode[];
}

export const CIRCULARS: Record<FormSet, Circular> = {
  tt03_2018: {
    set: 'tt03_2018',
    citation: 'Thông tư số 03/2018/TT-BNV ngày 06/3/2018 của Bộ trưởng Bộ Nội vụ',
    // ASSUMED: the effective date was not found in the sources read; the date of signature is used.
    effectiveFrom: '2018-03-06',
    forms: ['0701', '0702', '0703'],
  },
  tt02_2023: {
    set: 'tt02_2023',
    citation: 'Thông tư số 02/2023/TT-BNV ngày 23/3/2023 của Bộ trưởng Bộ Nội vụ',
    effectiveFrom: '2023-05-10',
    forms: ['0601', '0602', '0603', '0604', '0605'],
  },
};

export const FIRST_STATISTICS_YEAR = 2018;

/**
 * The form set of a report year. TT 02/2023 took effect on 10/5/2023, before the 2023 report was due (15/12/2023),
 * so the reports of 2023 and later use it; 2018–2022 use TT 03/2018. Null before 2018 (no form set known here).
 */
export function formSetForYear(year: number): FormSet | null {
  if (!Number.isInteger(year) || year < FIRST_STATISTICS_YEAR) return null;
  return year >= 2023 ? 'tt02_2023' : 'tt03_2018';
}

/**
 * The reporting period of a year. TT 02/2023: emulation and commendation are counted from 01/12 of the previous
 * year to 30/11 of the report year. TT 03/2018: the calendar year (ASSUMED).
 */
export function reportingPeriod(year: number, set: FormSet): { from: string; to: string } {
  return set === 'tt02_2023'
    ? { from: `${year - 1}-12-01`, to: `${year}-11-30` }
    : { from: `${year}-01-01`, to: `${year}-12-31` };
}

// ---------------------------------------------------------------------------------------------------------------
// Rows supplied by the server

/** Where the submission to the Prime Minister came from (0602/0702 part 1). */
export type Submitter = 'ministry' | 'province';

/** The individual's group in the forms' "Cá nhân" breakdown; null when none of the groups applies. */
export type PersonTier =
  'province_leader' | 'department_leader' | 'businessman' | 'other_leader' | 'direct_worker';

export interface AwardStatRow {
  awardKind: AwardKindCode;
  awardType: AwardType;
  subjectKind: SubjectKind;
  /** Kind of the awarded unit (collectives only). */
  unitKind: UnitKind | null;
  submitter: Submitter;
  /** Individuals only. */
  tier: PersonTier | null;
}

export interface MovementStatRow {
  kind: MovementKind;
  /** Level of the launching authority ('agency': a provincial or central agency, organisation, unit). */
  level: AdminLevel | 'agency';
  /** Kind of the launching unit when it is one of ours. */
  launchingUnitKind: UnitKind | null;
  periodFrom: string | null;
  periodTo: string | null;
}

export type TdktOrgKind = 'vu' | 'phong_thuoc_vu' | 'ban_thuoc_snv' | 'phong_thuoc_snv';

export interface StaffStatRow {
  gender: Gender;
  ethnicity: string;
  cadreClass: CadreClass;
  leader: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Form layout

export interface FormColumn {
  /** The number printed under the header: "1", "2", "1=(2+3+4)". */
  number: string;
  label: string;
  /** Sub-columns (the values are in the leaves). */
  children?: FormColumn[];
}

export interface FormRow {
  /** "Mã số" (null for a heading line). */
  code: string | null;
  label: string;
  /** "Đơn vị tính" when the form has that column. */
  unit?: string;
  /** heading: no figures; total: bold; sub: "Trong đó" line in italics. */
  style: 'total' | 'heading' | 'item' | 'sub';
  /** One figure per leaf column; null for headings. */
  values: number[] | null;
}

export interface StatisticsForm {
  code: FormCode;
  /** "Biểu số 0601.N/BNV-TĐKT". */
  formNumber: string;
  set: FormSet;
  circular: string;
  title: string;
  /** "Ngày 15 tháng 12 năm báo cáo". */
  receiveDate: string;
  /** "Đơn vị tính: Phong trào" above the table, when the form has one. */
  unitNote: string | null;
  /** True when the form has the "Đơn vị tính" column C. */
  hasUnitColumn: boolean;
  columns: FormColumn[];
  rows: FormRow[];
  /** Assumptions a reader must know (printed under the table). */
  notes: string[];
}

export const FORM_TITLES: Record<FormCode, string> = {
  '0601': 'SỐ PHONG TRÀO THI ĐUA',
  '0602': 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
  '0603':
    'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
  '0604':
    'SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG CỦA BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG, TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
  '0605': 'SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
  '0701': 'SỐ PHONG TRÀO THI ĐUA',
  '0702': 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
  '0703':
    'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG',
};

export const formNumber = (code: FormCode) => `Biểu số ${code}.N/BNV-TĐKT`;
export const formSetOf = (code: FormCode): FormSet => (code.startsWith('06') ? 'tt02_2023' : 'tt03_2018');

/** Number of leaf columns under a header tree. */
export function leafCount(columns: readonly FormColumn[]): number {
  return columns.reduce((n, c) => n + (c.children?.length ? leafCount(c.children) : 1), 0);
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
/** A figure row: the total first, then the parts. */
const withTotal = (parts: number[]) => [sum(parts), ...parts];

// ---------------------------------------------------------------------------------------------------------------
// Awards: 0602/0702 (state level) and 0603/0703 (ministry/province level)

/** Kinds counted by the state-level form, in the order of its columns. */
export const STATE_MEDALS: readonly AwardKindCode[] = [
  'HC_SAO_VANG',
  'HC_HO_CHI_MINH',
  'HC_DOC_LAP_1',
  'HC_DOC_LAP_2',
  'HC_DOC_LAP_3',
  'HC_LAO_DONG_1',
  'HC_LAO_DONG_2',
  'HC_LAO_DONG_3',
];
export const MEDAL_LABELS: Partial<Record<AwardKindCode, string>> = {
  HC_SAO_VANG: 'Huân chương Sao vàng',
  HC_HO_CHI_MINH: 'Huân chương Hồ Chí Minh',
  HC_DOC_LAP_1: 'Huân chương Độc lập hạng Nhất',
  HC_DOC_LAP_2: 'Huân chương Độc lập hạng Nhì',
  HC_DOC_LAP_3: 'Huân chương Độc lập hạng Ba',
  HC_LAO_DONG_1: 'Huân chương Lao động hạng Nhất',
  HC_LAO_DONG_2: 'Huân chương Lao động hạng Nhì',
  HC_LAO_DONG_3: 'Huân chương Lao động hạng Ba',
};
export const STATE_AWARD_KINDS: readonly AwardKindCode[] = [
  ...STATE_MEDALS,
  'AHLD',
  'CO_CP',
  'BK_TTG',
  'CSTDTQ',
];
export const MINISTRY_AWARD_KINDS: readonly AwardKindCode[] = ['BK_TINH', 'CSTD_TINH', 'CO_TINH', 'KNC'];

interface AwardColumnSpec {
  columns: FormColumn[];
  /** Leaf index of an award row, or -1 when the form does not count it. */
  leafOf(row: AwardStatRow): number;
  leaves: number;
}

/**
 * 0602 (TT 02/2023): "each form of commendation in its own column" under the medal and honour-title groups: one
 * column per medal that occurs in the data (a single "Huân chương" column when none does), one for Anh hùng Lao
 * động. Prizes (Giải thưởng Hồ Chí Minh / Nhà nước) and "other forms" are not in the system's catalogue: their
 * columns are printed with zeros.
 */
function stateColumns(set: FormSet, rows: readonly AwardStatRow[]): AwardColumnSpec {
  if (set === 'tt03_2018') {
    // 0702: one column per group.
    const groups: FormColumn[] = [
      { number: '2', label: 'Các loại huân chương, huy chương' },
      { number: '3', label: 'Giải thưởng Hồ Chí Minh' },
      { number: '4', label: 'Giải thưởng Nhà nước' },
      { number: '5', label: 'Danh hiệu vinh dự nhà nước' },
      { number: '6', label: 'Cờ thi đua của Chính phủ' },
      { number: '7', label: 'Bằng khen của Thủ tướng Chính phủ' },
      { number: '8', label: 'Danh hiệu "Chiến sĩ thi đua toàn quốc"' },
      { number: '9', label: 'Các hình thức khen thưởng khác' },
    ];
    const index: Partial<Record<AwardKindCode, number>> = { AHLD: 3, CO_CP: 4, BK_TTG: 5, CSTDTQ: 6 };
    for (const m of STATE_MEDALS) index[m] = 0;
    return {
      columns: [
        { number: '1', label: 'Tổng số' },
        { number: '', label: 'Chia ra', children: groups },
      ],
      leafOf: (r) => index[r.awardKind] ?? -1,
      leaves: groups.length,
    };
  }
  const present = STATE_MEDALS.filter((m) => rows.some((r) => r.awardKind === m));
  const medalCols: FormColumn[] = present.length
    ? present.map((m) => ({ number: '2', label: MEDAL_LABELS[m]! }))
    : [{ number: '2', label: 'Huân chương' }];
  const medalIndex = new Map(present.map((m, i) => [m, i]));
  const n = medalCols.length;
  const groups: FormColumn[] = [
    {
      number: '2',
      label: 'Các loại huân chương, huy chương (mỗi hình thức khen thưởng ghi riêng một cột)',
      children: medalCols,
    },
    { number: '3', label: 'Giải thưởng Hồ Chí Minh' },
    { number: '4', label: 'Giải thưởng Nhà nước' },
    {
      number: '5',
      label: 'Danh hiệu vinh dự nhà nước (mỗi hình thức khen thưởng ghi riêng một cột)',
      children: [{ number: '5', label: 'Anh hùng Lao động' }],
    },
    { number: '6', label: 'Cờ thi đua của Chính phủ' },
    { number: '7', label: 'Bằng khen của Thủ tướng Chính phủ' },
    { number: '8', label: 'Danh hiệu "Chiến sĩ thi đua toàn quốc"' },
    { number: '9', label: 'Các hình thức khen thưởng khác (mỗi hình thức khen thưởng ghi riêng một cột)' },
  ];
  const fixed: Partial<Record<AwardKindCode, number>> = {
    AHLD: n + 2,
    CO_CP: n + 3,
    BK_TTG: n + 4,
    CSTDTQ: n + 5,
  };
  return {
    columns: [
      { number: '1', label: 'Tổng số' },
      { number: '', label: 'Chia ra', children: groups },
    ],
    leafOf: (r) => medalIndex.get(r.awardKind) ?? fixed[r.awardKind] ?? -1,
    leaves: n + 7,
  };
}

function ministryColumns(): AwardColumnSpec {
  const groups: FormColumn[] = [
    { number: '2', label: 'Bằng khen' },
    { number: '3', label: 'Chiến sĩ thi đua cấp bộ, cấp tỉnh' },
    {
      number: '4',
      label: 'Cờ thi đua của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
    },
    {
      number: '5',
      label:
        'Huy hiệu (kỷ niệm chương) của bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương',
    },
  ];
  return {
    columns: [
      { number: '1', label: 'Tổng số' },
      { number: '', label: 'Chia ra', children: groups },
    ],
    leafOf: (r) => MINISTRY_AWARD_KINDS.indexOf(r.awardKind),
    leaves: groups.length,
  };
}

const TIER_ROWS: { tier: PersonTier; label: string }[] = [
  { tier: 'province_leader', label: '+ Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên' },
  { tier: 'department_leader', label: '+ Lãnh đạo cấp vụ, sở, ngành và tương đương' },
  { tier: 'businessman', label: '+ Doanh nhân' },
  { tier: 'other_leader', label: '+ Các cấp lãnh đạo khác từ phó phòng trở lên' },
  {
    tier: 'direct_worker',
    label:
      '+ Người trực tiếp công tác, lao động, học tập, chiến đấu và phục vụ chiến đấu (công nhân, nông dân, ...)',
  },
];

/** "Chia theo phương thức khen thưởng": the award types of the system in the form's order; kháng chiến has none. */
const METHOD_ROWS: { label: string; type: AwardType | null }[] = [
  { label: '- Thường xuyên', type: 'cong_trang' },
  { label: '- Chuyên đề', type: 'chuyen_de' },
  { label: '- Đột xuất', type: 'dot_xuat' },
  { label: '- Đối ngoại', type: 'doi_ngoai' },
  { label: '- Cống hiến', type: 'cong_hien' },
  { label: '- Niên hạn', type: 'nien_han' },
  { label: '- Kháng chiến', type: null },
];

function awardForm(code: '0602' | '0603' | '0702' | '0703', rows: readonly AwardStatRow[]): StatisticsForm {
  const set = formSetOf(code);
  const state = code === '0602' || code === '0702';
  const spec = state ? stateColumns(set, rows) : ministryColumns();
  const counted = rows.filter((r) => spec.leafOf(r) >= 0);
  const figures = (pred: (r: AwardStatRow) => boolean) => {
    const parts = Array.from({ length: spec.leaves }, () => 0);
    for (const r of counted) if (pred(r)) parts[spec.leafOf(r)]! += 1;
    return withTotal(parts);
  };
  const out: FormRow[] = [];
  let n = 1;
  const code2 = () => String(n++).padStart(2, '0');
  const item = (
    label: string,
    unit: string,
    pred: (r: AwardStatRow) => boolean,
    style: FormRow['style'] = 'item',
  ) => out.push({ code: code2(), label, unit, style, values: figures(pred) });
  const heading = (label: string) => out.push({ code: null, label, style: 'heading', values: null });

  item('Tổng số', '', () => true, 'total');
  let part = 1;
  if (state) {
    heading(`${part++}. Chia theo đơn vị ban hành tờ trình Thủ tướng Chính phủ về khen thưởng`);
    item('- Bộ, ban, ngành, đoàn thể Trung ương', 'Bộ, ngành', (r) => r.submitter === 'ministry');
    item('- Tỉnh, thành phố trực thuộc Trung ương', 'Tỉnh, thành phố', (r) => r.submitter === 'province');
    n = 6; // the sources number the next line 06 (codes 04 and 05 are not used)
  }
  heading(`${part++}. Chia theo đối tượng khen thưởng`);
  item('- Tập thể', 'Tập thể', (r) => r.subjectKind === 'collective');
  item(
    'Trong đó: Doanh nghiệp',
    'Doanh nghiệp',
    (r) => r.subjectKind === 'collective' && r.unitKind === 'enterprise',
    'sub',
  );
  item('- Hộ gia đình', 'Hộ', (r) => r.subjectKind === 'household');
  item('- Cá nhân', 'Người', (r) => r.subjectKind === 'individual');
  for (const t of TIER_ROWS)
    item(t.label, 'Người', (r) => r.subjectKind === 'individual' && r.tier === t.tier);
  heading(`${part++}. Chia theo phương thức khen thưởng`);
  for (const m of METHOD_ROWS) item(m.label, '', (r) => m.type !== null && r.awardType === m.type);

  const notes = [
    'Số liệu tính từ các khen thưởng (không kể khen thưởng đã thu hồi) có quyết định trong kỳ báo cáo của tập thể, cá nhân, hộ gia đình thuộc đơn vị báo cáo.',
  ];
  if (state) {
    notes.push(
      'Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước và các hình thức khác chưa có trong danh mục của hệ thống nên ghi 0.',
    );
  }
  notes.push(
    'Nhóm cá nhân (lãnh đạo, doanh nhân, người trực tiếp) được xác định từ chức vụ và thành phần ghi trong quá trình công tác tại thời điểm khen thưởng (giả định, xem tài liệu biểu mẫu).',
  );
  return base(code, {
    hasUnitColumn: true,
    unitNote: null,
    columns: spec.columns,
    rows: out,
    notes,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Movements: 0601/0701

/** Movement kinds counted as phong trào thi đua (tasks and commemorations are not movements). */
export const COUNTED_MOVEMENT_KINDS: readonly MovementKind[] = ['regular', 'thematic', 'campaign'];

function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5);
  // 29/02 + n years on a non-leap year: 01/03 (the anniversary "day" is the day after 28/02).
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-03-01`;
  return `${y}-${md}`;
}

/**
 * Length band of a movement's period: a period of exactly one year runs from a day to the day before its
 * anniversary (01/01–31/12). Null when a date is missing.
 */
export function durationBand(
  from: string | null,
  to: string | null,
): '<1' | '1' | '1-3' | '3-5' | '>=5' | null {
  if (!from || !to || to < from) return null;
  const end = (years: number) => {
    const d = new Date(`${addYears(from, years)}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() - 1);
    return d.toISOString().slice(0, 10);
  };
  const oneYear = end(1);
  if (to < oneYear) return '<1';
  if (to === oneYear) return '1';
  if (to < end(3)) return '1-3';
  if (to < end(5)) return '3-5';
  return '>=5';
}

/** Column of the launching level: central, ministry/province, or (TT 02/2023 only) an agency, organisation, unit. */
function movementColumn(set: FormSet, row: MovementStatRow): number {
  if (row.level === 'central') return 0;
  if (row.level === 'province') return 1;
  return set === 'tt02_2023' ? 2 : -1;
}

/** Scope of the movement's participants (part 1): national, a ministry or locality, or an agency/organisation. */
function movementScope(row: MovementStatRow): 'national' | 'local' | 'organisation' {
  if (row.level === 'central') return 'national';
  if (row.level === 'agency') return 'organisation';
  const kind = row.launchingUnitKind;
  if (kind === null || kind === 'province' || kind === 'district' || kind === 'commune') return 'local';
  return 'organisation';
}

function movementForm(code: '0601' | '0701', rows: readonly MovementStatRow[]): StatisticsForm {
  const set = formSetOf(code);
  const levelCols: FormColumn[] = [
    { number: '2', label: 'Cấp Trung ương (Hội đồng Thi đua - Khen thưởng Trung ương)' },
    { number: '3', label: 'Cấp bộ, ban, ngành, đoàn thể Trung ương, tỉnh, thành phố trực thuộc Trung ương' },
  ];
  if (set === 'tt02_2023') levelCols.push({ number: '4', label: 'Cơ quan, tổ chức, đơn vị' });
  const counted = rows.filter((r) => COUNTED_MOVEMENT_KINDS.includes(r.kind) && movementColumn(set, r) >= 0);
  const figures = (pred: (r: MovementStatRow) => boolean) => {
    const parts = levelCols.map(() => 0);
    for (const r of counted) if (pred(r)) parts[movementColumn(set, r)]! += 1;
    return withTotal(parts);
  };
  const out: FormRow[] = [];
  const item = (
    code: string,
    label: string,
    pred: (r: MovementStatRow) => boolean,
    style: FormRow['style'] = 'item',
  ) => out.push({ code, label, style, values: figures(pred) });
  const heading = (label: string) => out.push({ code: null, label, style: 'heading', values: null });

  item('01', 'Tổng số', () => true, 'total');
  heading('1. Chia theo phạm vi tổ chức thi đua');
  item('02', '- Toàn quốc', (r) => movementScope(r) === 'national');
  if (set === 'tt02_2023') {
    item('03', '- Bộ, ban, ngành, đoàn thể, địa phương', (r) => movementScope(r) === 'local');
    item('04', '- Cụm, khối thi đua do Hội đồng Thi đua - Khen thưởng các cấp tổ chức', () => false);
    item('05', '- Cơ quan, tổ chức, đơn vị', (r) => movementScope(r) === 'organisation');
  } else {
    item(
      '03',
      '- Bộ, ban, ngành, đoàn thể trung ương, tỉnh, thành phố trực thuộc Trung ương',
      (r) => movementScope(r) !== 'national',
    );
  }
  heading('2. Chia theo thời hạn thi đua');
  const band = (r: MovementStatRow) => durationBand(r.periodFrom, r.periodTo);
  item('06', '- Dưới 1 năm', (r) => band(r) === '<1');
  item('07', '- 1 năm', (r) => band(r) === '1');
  item('08', '- Từ 1 năm đến dưới 3 năm', (r) => band(r) === '1-3');
  if (set === 'tt02_2023') {
    item('09', '- Từ 3 năm đến dưới 5 năm', (r) => band(r) === '3-5');
    item('10', '- Từ 5 năm trở lên', (r) => band(r) === '>=5');
  } else {
    item('09', '- Từ 3 năm trở lên', (r) => band(r) === '3-5' || band(r) === '>=5');
  }
  heading('3. Chia theo phương thức tổ chức phong trào thi đua');
  const [c1, c2] = set === 'tt02_2023' ? ['11', '12'] : ['10', '11'];
  item(c1, '- Thi đua theo chuyên đề', (r) => r.kind === 'thematic' || r.kind === 'campaign');
  item(c2, '- Thi đua thường xuyên hàng năm', (r) => r.kind === 'regular');

  const total = counted.length;
  const withoutPeriod = counted.filter((r) => band(r) === null).length;
  const notes = [
    'Số liệu tính từ các phong trào thi đua (thường xuyên, chuyên đề, theo đợt) của đơn vị báo cáo và cấp dưới, phát động trong kỳ báo cáo; nhiệm vụ và hoạt động kỷ niệm không tính.',
    'Cụm, khối thi đua chưa gắn với phong trào trong hệ thống nên dòng 04 ghi 0.',
  ];
  if (set === 'tt03_2018') notes.pop();
  if (withoutPeriod > 0)
    notes.push(
      `${withoutPeriod}/${total} phong trào chưa ghi đủ thời gian thực hiện nên không có trong phần 2.`,
    );
  return base(code, {
    hasUnitColumn: false,
    unitNote: 'Đơn vị tính: Phong trào',
    columns: [
      { number: set === 'tt02_2023' ? '1=(2+3+4)' : '1=(2+3)', label: 'Tổng số' },
      {
        number: '',
        label: 'Số phong trào thi đua chia theo cấp chủ trì phát động thi đua',
        children: levelCols,
      },
    ],
    rows: out,
    notes,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Organisations (0604) and staff (0605)

/**
 * The TĐKT organisation kind of a unit, from its name and its parent's: a "Ban/Phòng … Thi đua - Khen thưởng" under
 * a Sở Nội vụ, a "Vụ … Thi đua - Khen thưởng" of a central body, a "Phòng …" under such a Vụ (ASSUMED: the system
 * has no field saying what a unit does; names are what there is).
 */
export function tdktOrgKind(
  name: string,
  parent: { name: string; level: AdminLevel } | null,
  parentIsTdkt = false,
): TdktOrgKind | null {
  const f = foldVietnamese(name);
  const p = parent ? foldVietnamese(parent.name) : '';
  if (parentIsTdkt && f.startsWith('phong')) return 'phong_thuoc_vu';
  if (!f.includes('thi dua') || !f.includes('khen thuong')) return null;
  if (p.startsWith('so noi vu')) {
    if (f.startsWith('ban')) return 'ban_thuoc_snv';
    if (f.startsWith('phong')) return 'phong_thuoc_snv';
    return null;
  }
  if (parent?.level === 'central' && f.startsWith('vu')) return 'vu';
  return null;
}

function orgForm(rows: readonly TdktOrgKind[]): StatisticsForm {
  const count = (k: TdktOrgKind) => [rows.filter((r) => r === k).length];
  return base('0604', {
    hasUnitColumn: true,
    unitNote: null,
    columns: [{ number: '1', label: 'Số lượng' }],
    rows: [
      { code: '01', label: 'Tổng số', unit: 'Tổ chức', style: 'total', values: [rows.length] },
      { code: null, label: 'Chia theo cơ cấu tổ chức bộ máy', style: 'heading', values: null },
      {
        code: '02',
        label: '- Cấp Vụ thuộc bộ, ban, ngành, đoàn thể Trung ương',
        unit: 'Vụ',
        style: 'item',
        values: count('vu'),
      },
      {
        code: '03',
        label: '- Cấp phòng, ban hoặc bộ phận thuộc Vụ',
        unit: 'Phòng',
        style: 'item',
        values: count('phong_thuoc_vu'),
      },
      {
        code: '04',
        label: '- Cấp ban thuộc Sở Nội vụ',
        unit: 'Ban',
        style: 'item',
        values: count('ban_thuoc_snv'),
      },
      {
        code: '05',
        label: '- Cấp phòng thuộc Sở Nội vụ',
        unit: 'Phòng',
        style: 'item',
        values: count('phong_thuoc_snv'),
      },
    ],
    notes: [
      'Tổ chức làm công tác thi đua, khen thưởng được nhận biết theo tên đơn vị trong cây tổ chức, còn hoạt động vào cuối kỳ báo cáo.',
    ],
  });
}

const STAFF_CLASSES: { label: string; test: (c: CadreClass) => boolean }[] = [
  { label: '- Cán bộ, công chức', test: (c) => c === 'can_bo' || c === 'cong_chuc' },
  { label: '- Viên chức', test: (c) => c === 'vien_chuc' },
  { label: '- Người lao động khác', test: (c) => c !== 'can_bo' && c !== 'cong_chuc' && c !== 'vien_chuc' },
];

/**
 * 0605. ASSUMED structure: only the form's title was found in the sources; its rows here (total, women, ethnic
 * minorities, leaders, by class of staff) are the system's reading, marked as such on the form.
 */
function staffForm(rows: readonly StaffStatRow[]): StatisticsForm {
  const n = (pred: (r: StaffStatRow) => boolean) => [rows.filter(pred).length];
  const out: FormRow[] = [
    { code: '01', label: 'Tổng số', unit: 'Người', style: 'total', values: [rows.length] },
    {
      code: '02',
      label: 'Trong đó: Nữ',
      unit: 'Người',
      style: 'sub',
      values: n((r) => r.gender === 'female'),
    },
    {
      code: '03',
      label: 'Trong đó: Người dân tộc thiểu số',
      unit: 'Người',
      style: 'sub',
      values: n((r) => r.ethnicity !== 'Kinh'),
    },
    {
      code: '04',
      label: 'Trong đó: Lãnh đạo, quản lý',
      unit: 'Người',
      style: 'sub',
      values: n((r) => r.leader),
    },
    { code: null, label: 'Chia theo đối tượng', style: 'heading', values: null },
  ];
  STAFF_CLASSES.forEach((c, i) =>
    out.push({
      code: String(5 + i).padStart(2, '0'),
      label: c.label,
      unit: 'Người',
      style: 'item',
      values: n((r) => c.test(r.cadreClass)),
    }),
  );
  return base('0605', {
    hasUnitColumn: true,
    unitNote: null,
    columns: [{ number: '1', label: 'Số lượng' }],
    rows: out,
    notes: [
      'Cấu trúc dòng của biểu này là giả định của hệ thống (chưa xác định được nội dung biểu trong văn bản gốc).',
      'Người làm công tác thi đua, khen thưởng: người đang công tác vào cuối kỳ báo cáo tại các tổ chức của biểu 0604.',
    ],
  });
}

// ---------------------------------------------------------------------------------------------------------------

function base(
  code: FormCode,
  body: Pick<StatisticsForm, 'hasUnitColumn' | 'unitNote' | 'columns' | 'rows' | 'notes'>,
): StatisticsForm {
  const set = formSetOf(code);
  return {
    code,
    formNumber: formNumber(code),
    set,
    circular: CIRCULARS[set].citation,
    title: FORM_TITLES[code],
    receiveDate: 'Ngày 15 tháng 12 năm báo cáo',
    ...body,
  };
}

export interface StatisticsInput {
  awards: readonly AwardStatRow[];
  movements: readonly MovementStatRow[];
  tdktOrgs: readonly TdktOrgKind[];
  staff: readonly StaffStatRow[];
}

/** Builds one form from the rows (the rows must be in scope and in the period of the form's set). */
export function buildStatisticsForm(code: FormCode, input: StatisticsInput): StatisticsForm {
  switch (code) {
    case '0601':
    case '0701':
      return movementForm(code, input.movements);
    case '0602':
    case '0603':
    case '0702':
    case '0703':
      return awardForm(code, input.awards);
    case '0604':
      return orgForm(input.tdktOrgs);
    case '0605':
      return staffForm(input.staff);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Individuals' group

const LEADER_TITLE =
  /^(pho )?(chu tich|bi thu|giam doc|tong giam doc|truong|hieu truong|chanh|chu nhiem|vu truong|cuc truong|thu truong|bo truong)\b/;
const PROVINCE_TOP = /^(pho )?(chu tich|bi thu)\b/;
const DEPARTMENT_TOP = /^(pho )?(giam doc|truong ban|chanh van phong|chanh thanh tra|vu truong|cuc truong)\b/;

/**
 * The individual's group in the "Cá nhân" breakdown, from the position, class and unit at the time of the award
 * (ASSUMED reading): a chairman/secretary (or deputy) at a provincial unit, or any leading title at a central one →
 * province leader; a director (or deputy) of a
 * provincial department or agency → department leader; class doanh nhân → businessman; any other leading title
 * (trưởng/phó phòng, chủ tịch xã …) → other leader; a direct worker or worker/farmer/labourer → direct worker.
 */
export function personTier(input: {
  position: string | null;
  cadreClass: CadreClass | null;
  isDirectWorker: boolean;
  unitLevel: AdminLevel | null;
  unitKind: UnitKind | null;
}): PersonTier | null {
  const pos = input.position ? foldVietnamese(input.position).trim() : '';
  if (pos && LEADER_TITLE.test(pos)) {
    if (input.unitLevel === 'central' || (input.unitLevel === 'province' && PROVINCE_TOP.test(pos)))
      return 'province_leader';
    if (input.unitLevel === 'province' && input.unitKind === 'agency' && DEPARTMENT_TOP.test(pos))
      return 'department_leader';
    if (input.cadreClass !== 'doanh_nhan') return 'other_leader';
  }
  if (input.cadreClass === 'doanh_nhan') return 'businessman';
  if (
    input.isDirectWorker ||
    input.cadreClass === 'cong_nhan' ||
    input.cadreClass === 'nong_dan' ||
    input.cadreClass === 'nguoi_lao_dong'
  )
    return 'direct_worker';
  return null;
}

/** True when the position names a leading or managing post (0605 "Lãnh đạo, quản lý"). */
export const isLeaderPosition = (position: string | null) =>
  !!position && LEADER_TITLE.test(foldVietnamese(position).trim());
