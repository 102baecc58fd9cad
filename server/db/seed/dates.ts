// Date helpers of the demo generators ('YYYY-MM-DD' strings, UTC arithmetic, no clock).
import type { Gender } from '../../../contracts/enums';
import { dayBefore } from '../../../domain/units';
import type { Random } from './prng';

/** Nothing in the demo ends after this day, so the data does not depend on when it is seeded. */
export const DEMO_HORIZON = '2025-12-31';

/** The same day `years` later (29 February becomes 28 February). */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${y}-${md}`;
}

/** A day drawn uniformly between two days (both included); `from` when the range is empty. */
export function dateBetween(random: Random, from: string, to: string): string {
  if (from >= to) return from;
  const start = Date.parse(`${from}T00:00:00Z`);
  const days = Math.floor((Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000);
  return new Date(start + random.int(0, days) * 86_400_000).toISOString().slice(0, 10);
}

/** Approximate statutory retirement (men 61, women 56 — the ages around 2025), the day before the birthday. */
export function retirementDate(birthDate: string, gender: Gender): string {
  return dayBefore(addYears(birthDate, gender === 'male' ? 61 : 56));
}
