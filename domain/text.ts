// Vietnamese text helpers shared by server and web: folding for search, collation keys for sorting.

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Normalises user text: Unicode NFC, trimmed, inner whitespace collapsed. */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Folds Vietnamese text for search: lower case, no tone or vowel marks, đ → d ("Nguyễn Đức" → "nguyen duc"). */
export function foldVietnamese(value: string): string {
  return value
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Vietnamese alphabet order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
const BASE_ORDER = 'aăâbcdđeêfghijklmnoôơpqrstuưvwxyz';
// Tones sort after the base letter: none, huyền, hỏi, ngã, sắc, nặng (the order used in Vietnamese dictionaries).
const TONE_ORDER: Record<string, number> = {
  '': 0,
  '\u0300': 1,
  '\u0309': 2,
  '\u0303': 3,
  '\u0301': 4,
  '\u0323': 5,
};

interface Letter {
  base: string;
  tone: number;
}

function splitLetters(word: string): Letter[] {
  const letters: Letter[] = [];
  for (const ch of word.normalize('NFC').toLowerCase()) {
    const decomposed = ch.normalize('NFD');
    const first = decomposed[0] ?? '';
    const marks = decomposed.slice(1);
    let base = first;
    let tone = 0;
    for (const mark of marks) {
      if (mark === '\u0306' && first === 'a') base = 'ă';
      else if (mark === '\u0302' && 'aeo'.includes(first))
        base = first === 'a' ? 'â' : first === 'e' ? 'ê' : 'ô';
      else if (mark === '\u031b' && 'ou'.includes(first)) base = first === 'o' ? 'ơ' : 'ư';
      else if (mark in TONE_ORDER) tone = TONE_ORDER[mark] ?? 0;
    }
    if (ch === 'đ') base = 'đ';
    letters.push({ base, tone });
  }
  return letters;
}

function letterCode(base: string): string {
  const index = BASE_ORDER.indexOf(base);
  if (index >= 0) return String.fromCharCode(0x41 + index);
  if (/[0-9]/.test(base)) return '0' + base;
  return base === ' ' ? ' ' : '~';
}

/**
 * A byte-comparable sort key following Vietnamese order: letters first (ă after a, đ after d …), then tones.
 * Stored in the database with the "C" collation so both PGlite and PostgreSQL sort the same way.
 */
export function vietnameseSortKey(value: string): string {
  const letters = splitLetters(foldWhitespace(value));
  const primary = letters.map((l) => letterCode(l.base)).join('');
  const secondary = letters.map((l) => String(l.tone)).join('');
  return `${primary}\u0001${secondary}`;
}

/** Sort key for a person's name, Vietnamese style: given name (last word) first, then the full name. */
export function personNameSortKey(fullName: string): string {
  const words = foldWhitespace(fullName).split(' ');
  const given = words[words.length - 1] ?? '';
  return `${vietnameseSortKey(given)}\u0002${vietnameseSortKey(fullName)}`;
}

function foldWhitespace(value: string): string {
  return value.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Compares two strings in Vietnamese order (for sorting small lists in memory). */
export const compareVietnamese = (a: string, b: string): number => {
  const ka = vietnameseSortKey(a);
  const kb = vietnameseSortKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};
