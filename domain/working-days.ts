// Working days (ngày làm việc) of Vietnamese public bodies and the deadlines of the dossier workflow counted
// in them. A working day is Monday–Friday, minus the public holidays of Bộ luật Lao động 2019 Điều 112 as the
// yearly official schedule for cán bộ, công chức, viên chức places them (with compensatory days, nghỉ bù,
// and swapped days), plus the Saturdays that schedule turns into working days (làm bù). Pure; dates are
// 'YYYY-MM-DD' strings.

/**
 * Where a year's row comes from:
 * - 'official': the schedule announced for cán bộ, công chức, viên chức (Thông báo of Bộ Lao động – Thương binh
 *   và Xã hội, from 3/2025 Bộ Nội vụ, after the Prime Minister's approval);
 * - 'computed': not yet announced when this table was written; placed by Điều 112 alone (a holiday on a weekend
 *   moves to the next working day; the adjacent Quốc khánh day and the Tết days are our assumption).
 */
export type HolidaySource = 'official' | 'computed';

export interface HolidayYear {
  year: number;
  /** Weekdays off (holidays, compensatory and swapped days), ascending. */
  daysOff: readonly string[];
  /** Saturdays worked instead of a swapped weekday. */
  workingSaturdays: readonly string[];
  source: HolidaySource;
  note: string;
}

/** Legal basis of the holidays themselves. */
export const HOLIDAY_BASIS =
  'Bộ luật Lao động 2019 (Luật số 45/2019/QH14) Điều 112: Tết Dương lịch 01 ngày; Tết Âm lịch 05 ngày; ' +
  'Giỗ Tổ Hùng Vương 01 ngày (10/3 âm lịch); Ngày Chiến thắng 01 ngày (30/4); Quốc tế lao động 01 ngày (1/5); ' +
  'Quốc khánh 02 ngày (2/9 và 01 ngày liền kề trước hoặc sau); trùng ngày nghỉ hằng tuần thì nghỉ bù ngày làm việc kế tiếp.';

/** The table: 2023–2027. Weekdays only (weekend holidays need no entry; their compensatory days do). */
export const HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2023,
    daysOff: [
      '2023-01-02', // Tết Dương lịch (1/1 Chủ nhật → nghỉ bù)
      '2023-01-20', // Tết Quý Mão: 20/1–26/1
      '2023-01-23',
      '2023-01-24',
      '2023-01-25',
      '2023-01-26',
      '2023-05-01', // Giỗ Tổ 29/4 (thứ Bảy), 30/4 (Chủ nhật), 1/5 → nghỉ 29/4–3/5
      '2023-05-02',
      '2023-05-03',
      '2023-09-01', // Quốc khánh: 1/9–4/9 (2/9 thứ Bảy → nghỉ bù 4/9)
      '2023-09-04',
    ],
    workingSaturdays: [],
    source: 'official',
    note: 'Lịch nghỉ lễ, Tết năm 2023 của cán bộ, công chức, viên chức theo thông báo của Bộ Lao động – Thương binh và Xã hội',
  },
  {
    year: 2024,
    daysOff: [
      '2024-01-01', // Tết Dương lịch
      '2024-02-08', // Tết Giáp Thìn: 8/2–14/2
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
      '2024-04-18', // Giỗ Tổ Hùng Vương (10/3 Giáp Thìn)
      '2024-04-29', // hoán đổi, làm bù thứ Bảy 4/5
      '2024-04-30',
      '2024-05-01',
      '2024-09-02', // Quốc khánh: 2/9 và 3/9
      '2024-09-03',
    ],
    workingSaturdays: ['2024-05-04'],
    source: 'official',
    note: 'Lịch nghỉ lễ, Tết năm 2024 của cán bộ, công chức, viên chức theo thông báo của Bộ Lao động – Thương binh và Xã hội',
  },
  {
    year: 2025,
    daysOff: [
      '2025-01-01', // Tết Dương lịch
      '2025-01-27', // Tết Ất Tỵ: 25/1–2/2 (27/1 hoán đổi, làm bù thứ Bảy 8/2)
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-04-07', // Giỗ Tổ Hùng Vương (10/3 Ất Tỵ)
      '2025-04-30', // 30/4–4/5 (2/5 hoán đổi, làm bù thứ Bảy 26/4)
      '2025-05-01',
      '2025-05-02',
      '2025-09-01', // Quốc khánh: 1/9 và 2/9
      '2025-09-02',
    ],
    workingSaturdays: ['2025-02-08', '2025-04-26'],
    source: 'official',
    note: 'Lịch nghỉ lễ, Tết năm 2025 của cán bộ, công chức, viên chức theo thông báo của Bộ Lao động – Thương binh và Xã hội',
  },
  {
    year: 2026,
    daysOff: [
      '2026-01-01', // Tết Dương lịch (thứ Năm)
      '2026-02-16', // Tết Bính Ngọ: 14/2–22/2
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-27', // Giỗ Tổ 26/4 (Chủ nhật) → nghỉ bù
      '2026-04-30',
      '2026-05-01',
      '2026-09-01', // Quốc khánh: 2/9 (thứ Tư) và ngày liền kề — giả định 1/9
      '2026-09-02',
    ],
    workingSaturdays: [],
    source: 'computed',
    note: 'Tết Nguyên đán theo lịch đã công bố; các ngày khác xếp theo Điều 112 (ngày liền kề Quốc khánh là giả định) — cần đối chiếu thông báo chính thức của Bộ Nội vụ',
  },
  {
    year: 2027,
    daysOff: [
      '2027-01-01', // Tết Dương lịch (thứ Sáu)
      '2027-02-04', // Tết Đinh Mùi (mồng 1 = 6/2, thứ Bảy) — giả định 4/2–10/2
      '2027-02-05',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-04-16', // Giỗ Tổ Hùng Vương (10/3 Đinh Mùi)
      '2027-04-30',
      '2027-05-03', // 1/5 thứ Bảy → nghỉ bù
      '2027-09-02', // Quốc khánh: 2/9 (thứ Năm) và ngày liền kề — giả định 3/9
      '2027-09-03',
    ],
    workingSaturdays: [],
    source: 'computed',
    note: 'Chưa có thông báo chính thức; xếp theo Điều 112 (các ngày Tết Nguyên đán và ngày liền kề Quốc khánh là giả định)',
  },
];

const BY_YEAR = new Map(HOLIDAYS.map((h) => [h.year, h]));
const DAYS_OFF = new Set(HOLIDAYS.flatMap((h) => h.daysOff));
const WORKING_SATURDAYS = new Set(HOLIDAYS.flatMap((h) => h.workingSaturdays));

/** Years the holiday table covers. */
export const HOLIDAY_YEARS = HOLIDAYS.map((h) => h.year);

export class WorkingDayError extends Error {
  override readonly name = 'WorkingDayError';
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
function toUtc(date: string): Date {
  if (!ISO.test(date)) throw new WorkingDayError(`Ngày "${date}" không hợp lệ (định dạng YYYY-MM-DD).`);
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    throw new WorkingDayError(`Ngày "${date}" không tồn tại.`);
  }
  return d;
}
const iso = (d: Date) => d.toISOString().slice(0, 10);
function plusDays(date: string, n: number): string {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** Is the date a working day (Mon–Fri not a holiday, or a Saturday worked in exchange)? */
export function isWorkingDay(date: string): boolean {
  return workingOn(date, toUtc(date).getUTCDay());
}

/** isWorkingDay for a date already checked, given its day of the week (0 = Sunday). */
function workingOn(date: string, dow: number): boolean {
  if (WORKING_SATURDAYS.has(date)) return true;
  if (dow === 0 || dow === 6) return false;
  return !DAYS_OFF.has(date);
}

/** Does the holiday table cover the year? Outside it only weekends are skipped. */
export function holidaysKnown(year: number): boolean {
  return BY_YEAR.has(year);
}

export interface WorkingDayResult {
  date: string;
  /** Some day counted lies in a year the holiday table does not cover: only weekends were skipped. */
  approximate: boolean;
}

/**
 * The date n working days after `from` (the start day itself is not counted: a dossier received on a Monday
 * with 5 working days is due the next Monday when no holiday intervenes). n = 0 gives `from`.
 */
export function addWorkingDays(from: string, n: number): WorkingDayResult {
  if (!Number.isInteger(n) || n < 0) throw new WorkingDayError(`Số ngày làm việc "${n}" không hợp lệ.`);
  let date = from;
  let approximate = !holidaysKnown(Number(from.slice(0, 4)));
  toUtc(from);
  for (let left = n; left > 0;) {
    date = plusDays(date, 1);
    if (!holidaysKnown(Number(date.slice(0, 4)))) approximate = true;
    if (isWorkingDay(date)) left--;
  }
  return { date, approximate };
}

/**
 * Working days after `from` up to and including `to` (0 when `to` ≤ `from`): how many working days have passed
 * since a dossier arrived, or — with from = today — how many are left before its deadline.
 */
export function workingDaysBetween(from: string, to: string): { days: number; approximate: boolean } {
  toUtc(from);
  toUtc(to);
  const start = plusDays(from, 1);
  if (start > to) return { days: 0, approximate: false };
  const first = Number(start.slice(0, 4));
  const last = Number(to.slice(0, 4));
  if (first === last) return countDays(start, to);
  // Across years: the partial first and last years day by day, the whole years between from a per-year count
  // (a deadline typed decades ahead must not cost a list page a loop over every day).
  const head = countDays(start, `${first}-12-31`);
  const tail = countDays(`${last}-01-01`, to);
  let days = head.days + tail.days;
  let approximate = head.approximate || tail.approximate;
  for (let year = first + 1; year < last; year++) {
    const whole = wholeYear(year);
    days += whole.days;
    approximate ||= whole.approximate;
  }
  return { days, approximate };
}

/** Working days from `start` to `end`, both counted (valid dates, same year), day by day. */
function countDays(start: string, end: string): { days: number; approximate: boolean } {
  const day = toUtc(start);
  const last = toUtc(end).getTime();
  let days = 0;
  let approximate = false;
  for (; day.getTime() <= last; day.setUTCDate(day.getUTCDate() + 1)) {
    if (!holidaysKnown(day.getUTCFullYear())) approximate = true;
    if (workingOn(iso(day), day.getUTCDay())) days++;
  }
  return { days, approximate };
}

const yearCounts = new Map<number, { days: number; approximate: boolean }>();

/** The working days of a whole year, counted once. */
function wholeYear(year: number): { days: number; approximate: boolean } {
  let count = yearCounts.get(year);
  if (!count) {
    const y = String(year).padStart(4, '0');
    count = countDays(`${y}-01-01`, `${y}-12-31`);
    yearCounts.set(year, count);
  }
  return count;
}

// ---- Deadlines of the dossier workflow (legal.md §5) ------------------------------------------------------

export type DeadlineKey = 'check_completeness' | 'appraisal';

export interface DeadlineRule {
  key: DeadlineKey;
  workingDays: number;
  /** What must be done by then (Vietnamese). */
  label: string;
  basis: string;
}

/** The deadlines as data: every place that counts a dossier's days reads them from here. */
export const DEADLINES: Record<DeadlineKey, DeadlineRule> = {
  check_completeness: {
    key: 'check_completeness',
    workingDays: 5,
    label: 'Tiếp nhận, kiểm tra hồ sơ; hồ sơ không đủ điều kiện phải trả lại',
    basis:
      'Quyết định 311/QĐ-BNV năm 2025 (thủ tục hành chính): hồ sơ không đủ điều kiện trả lại trong 05 ngày làm việc',
  },
  appraisal: {
    key: 'appraisal',
    workingDays: 20,
    label: 'Thẩm định hồ sơ và trình cấp có thẩm quyền',
    basis:
      'Quyết định 638/QĐ-BNV, Quyết định 311/QĐ-BNV năm 2025: thẩm định, trình trong 20 ngày làm việc kể từ khi nhận đủ hồ sơ',
  },
};

/** The deadline of a rule counted from a date. */
export function deadlineFrom(from: string, key: DeadlineKey): WorkingDayResult {
  return addWorkingDays(from, DEADLINES[key].workingDays);
}

/** Overdue: today is past the deadline while the step is still waiting. */
export function isOverdue(deadline: string | null, today: string, waiting: boolean): boolean {
  return waiting && deadline !== null && today > deadline;
}
