// Formatting for the screen: dates dd/MM/yyyy, numbers, Vietnamese ordering.
import dayjs, { type Dayjs } from 'dayjs';
import { compareVietnamese } from '../../domain/text';

export const DATE_FORMAT = 'DD/MM/YYYY';
export const DATE_TIME_FORMAT = 'DD/MM/YYYY HH:mm';

/** '2025-07-01' → '01/07/2025'; empty for null. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return value;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** An instant (ISO timestamp) → 'dd/MM/yyyy HH:mm' in local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const d = dayjs(value);
  return d.isValid() ? d.format(DATE_TIME_FORMAT) : value;
}

/** A validity period "01/01/2020 – nay" or "01/01/2020 – 30/06/2025". */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined): string {
  return `${from ? formatDate(from) : '…'} – ${to ? formatDate(to) : 'nay'}`;
}

/** dayjs (from a DatePicker) → 'YYYY-MM-DD', or null. */
export function toIsoDate(value: Dayjs | null | undefined): string | null {
  return value ? value.format('YYYY-MM-DD') : null;
}

/** 'YYYY-MM-DD' → dayjs for a DatePicker, or null. */
export function fromIsoDate(value: string | null | undefined): Dayjs | null {
  return value ? dayjs(value, 'YYYY-MM-DD') : null;
}

/** Today as 'YYYY-MM-DD' in local time. */
export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}

const numberFormat = new Intl.NumberFormat('vi-VN');

/** 12345 → '12.345'. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** 1800000 → '1.800.000 đ'. */
export function formatMoney(value: number): string {
  return `${numberFormat.format(value)} đ`;
}

/** 0.8 → '80%', 0.755 → '75,5%'. */
export function formatPercent(share: number): string {
  return `${numberFormat.format(Math.round(share * 10000) / 100)}%`;
}

/** Vietnamese alphabetical order (ă after a, đ after d, tones after the letter). */
export const compareVi = compareVietnamese;

/** A sorter for antd Table columns comparing a text field in Vietnamese order. */
export function viSorter<T>(pick: (row: T) => string | null | undefined) {
  return (a: T, b: T) => compareVi(pick(a) ?? '', pick(b) ?? '');
}
