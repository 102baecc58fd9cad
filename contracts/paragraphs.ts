// Multi-line text kept as plain paragraphs (a story, findings, a plan's content): the one-line text() of
// common.ts would collapse the line breaks.
import { z } from './zod';

// Control characters other than tab, line feed and carriage return.
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** NFC, each line trimmed with inner spaces collapsed, empty lines dropped; paragraphs joined by '\n'. */
export function normalizeParagraphs(value: string): string {
  return value
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** The paragraphs of a stored text ('' and null give none). */
export function splitParagraphs(value: string | null | undefined): string[] {
  return value ? value.split('\n').filter((p) => p !== '') : [];
}

/** Optional multi-line text: empty becomes null; at most `max` characters once normalised. */
export function optionalParagraphs(max: number) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .refine((v) => v == null || !CONTROL_CHARS.test(v), { message: 'Không được chứa ký tự điều khiển' })
    .transform((v) => {
      if (v == null) return null;
      const t = normalizeParagraphs(v);
      return t === '' ? null : t;
    })
    .pipe(z.string().max(max).nullable());
}

/** Required multi-line text of at least `min` characters. */
export function paragraphs(options: { min: number; max: number }) {
  return z
    .string()
    .refine((v) => !CONTROL_CHARS.test(v), { message: 'Không được chứa ký tự điều khiển' })
    .transform(normalizeParagraphs)
    .pipe(
      z
        .string()
        .min(options.min, options.min <= 1 ? 'Không được để trống' : `Phải có ít nhất ${options.min} ký tự`)
        .max(options.max),
    );
}
