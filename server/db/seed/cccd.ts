// Generated CCCD numbers for demo people: structurally valid (domain/cccd.ts checkCccd) and unique.
import type { Gender } from '../../../contracts/enums';
import { cccdGenderCenturyDigit } from '../../../domain/cccd';
import type { Random } from './prng';

/** Where demo people were registered: mostly Hà Tĩnh (042), some from neighbouring provinces and cities. */
const PROVINCE_CODES: readonly (readonly [string, number])[] = [
  ['042', 92],
  ['040', 3],
  ['044', 2],
  ['038', 1],
  ['001', 1],
  ['079', 1],
];

/**
 * Draws CCCD numbers: province code, gender/century digit, two-digit birth year, six random digits.
 * The six digits are random, so the numbers are invented; uniqueness is kept across one generator.
 */
export function createCccdGenerator(random: Random): (gender: Gender, birthDate: string) => string {
  const issued = new Set<string>();
  return (gender, birthDate) => {
    const year = Number(birthDate.slice(0, 4));
    const centuryDigit = cccdGenderCenturyDigit(gender, year);
    if (centuryDigit === null) throw new Error(`no CCCD century digit for ${year}`);
    const head = `${random.weighted(PROVINCE_CODES)}${centuryDigit}${String(year % 100).padStart(2, '0')}`;
    for (;;) {
      const value = `${head}${String(random.int(0, 999_999)).padStart(6, '0')}`;
      if (!issued.has(value)) {
        issued.add(value);
        return value;
      }
    }
  };
}
