// Decision numbers (số, ký hiệu) as Nghị định 30/2020/NĐ-CP writes them: "05/QĐ-UBND" — the number of the act in
// the issuer's register for the calendar year (restarting at 1 every year), zero-padded below 10, a "/" and then the
// ký hiệu, whose parts are joined by "-" without spaces. A register's pattern holds the number as "{n}" and may
// hold the year as "{yyyy}" (acts numbered with their year, such as "86/2025/QĐ-UBND"). Pure.

export const NUMBER_TOKEN = '{n}';
export const YEAR_TOKEN = '{yyyy}';

/** A ký hiệu: letters and digits, parts joined by "-" (QĐ-UBND, QĐ-CT, QĐ-TTg, QĐ-SGDĐT). */
const SYMBOL = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

/** Why a register pattern cannot be used (Vietnamese), or null when it is well formed. */
export function patternError(pattern: string): string | null {
  if (pattern !== pattern.trim() || /\s/.test(pattern)) {
    return 'Mẫu số, ký hiệu không được chứa khoảng trắng (ví dụ {n}/QĐ-UBND)';
  }
  if (!pattern.startsWith(`${NUMBER_TOKEN}/`)) {
    return 'Mẫu số, ký hiệu phải bắt đầu bằng {n}/ rồi đến ký hiệu (ví dụ {n}/QĐ-UBND)';
  }
  let rest = pattern.slice(NUMBER_TOKEN.length + 1);
  if (rest.startsWith(`${YEAR_TOKEN}/`)) rest = rest.slice(YEAR_TOKEN.length + 1);
  if (rest.includes('{') || rest.includes('}')) {
    return 'Mẫu chỉ dùng {n} (số thứ tự) và {yyyy} (năm) ngay sau số, ví dụ {n}/{yyyy}/QĐ-UBND';
  }
  if (!SYMBOL.test(rest)) {
    return 'Ký hiệu gồm chữ và số, các phần nối bằng dấu gạch nối không có khoảng trắng (ví dụ QĐ-UBND)';
  }
  return null;
}

/** True when the pattern is usable. */
export function isValidPattern(pattern: string): boolean {
  return patternError(pattern) === null;
}

/** The ký hiệu of a pattern: "{n}/QĐ-UBND" → "QĐ-UBND"; "{n}/{yyyy}/QĐ-UBND" → "QĐ-UBND". */
export function symbolOf(pattern: string): string {
  const parts = pattern.split('/');
  return parts[parts.length - 1] ?? '';
}

/** The number as written: below 10 with a leading zero ("05"), otherwise as is ("125"). */
export function padNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`Số thứ tự quyết định không hợp lệ: ${n}`);
  return n < 10 ? `0${n}` : String(n);
}

/** The full number of the n-th act of the year in a register: formatDecisionNumber('{n}/QĐ-UBND', 5, 2025) → "05/QĐ-UBND". */
export function formatDecisionNumber(pattern: string, n: number, year: number): string {
  const error = patternError(pattern);
  if (error) throw new RangeError(error);
  return pattern.replace(NUMBER_TOKEN, padNumber(n)).replace(YEAR_TOKEN, String(year));
}

/** The register year an act dated 'YYYY-MM-DD' is numbered in: numbers restart with each calendar year. */
export function registerYear(date: string): number {
  const year = Number(date.slice(0, 4));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !Number.isInteger(year)) {
    throw new RangeError(`Ngày không hợp lệ: ${date}`);
  }
  return year;
}

/**
 * The number the next act takes: one after the last number used in the same year, or 1 in a year with none yet
 * (the database does the same with one UPDATE … RETURNING on the register's row of the year).
 */
export function nextNumber(lastByYear: ReadonlyMap<number, number>, year: number): number {
  return (lastByYear.get(year) ?? 0) + 1;
}

/** The "Số: 05/QĐ-UBND" line of a document header; a draft leaves blank room where the number will go. */
export function numberLine(number: string | null, pattern: string, year: number): string {
  if (number) return `Số: ${number}`;
  return `Số: ${pattern.replace(NUMBER_TOKEN, '\u00a0'.repeat(6)).replace(YEAR_TOKEN, String(year))}`;
}

/** The digits a user typed for a number search ("5", "05", "05/QĐ") → the number 5, or null. */
export function parseNumberQuery(q: string): number | null {
  const match = /^\s*0*(\d{1,7})(?:\s*\/.*)?$/.exec(q);
  return match ? Number(match[1]) : null;
}
