// Shapes used by every module: errors, pages, ids, dates and text.
import { z } from './zod';

/** The body of every error answer. */
export const ErrorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export const IdParams = z.object({ id: z.uuid({ error: 'Mã định danh không hợp lệ' }) });
export type IdParams = z.infer<typeof IdParams>;

/** Paging, search and sorting of lists: ?page=&pageSize=&q=&sort= */
export const ListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().max(200).optional(),
  sort: z.string().max(50).optional(),
});
export type ListQuery = z.infer<typeof ListQuery>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** Free text as users type it: stored NFC, trimmed, inner spaces collapsed, no control characters. */
export function text(options: { min?: number; max: number }) {
  return z
    .string()
    .refine((v) => !CONTROL_CHARS.test(v), { message: 'Không được chứa ký tự điều khiển' })
    .transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(
      options.min
        ? z
            .string()
            .min(
              options.min,
              options.min <= 1 ? 'Không được để trống' : `Phải có ít nhất ${options.min} ký tự`,
            )
            .max(options.max)
        : z.string().max(options.max),
    );
}

/** Optional free text: empty becomes null. */
export function optionalText(max: number) {
  return z
    .union([z.string(), z.null()])
    .optional()
    .refine((v) => v == null || !CONTROL_CHARS.test(v), { message: 'Không được chứa ký tự điều khiển' })
    .transform((v) => {
      if (v == null) return null;
      const t = v.normalize('NFC').replace(/\s+/g, ' ').trim();
      return t === '' ? null : t;
    })
    .pipe(z.string().max(max).nullable());
}

/** A calendar date 'YYYY-MM-DD' that exists (no 31/02). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD')
  .refine(isRealDate, { message: 'Ngày không tồn tại' })
  .refine((v) => v >= '1900-01-01' && v <= '2100-12-31', { message: 'Ngày phải trong khoảng 1900–2100' });

export function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const OkBody = z.object({ ok: z.literal(true) });
