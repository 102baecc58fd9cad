// Certificates (Giấy khen / Bằng khen printed onto pre-printed blanks) and the public verification of an award
// (issue #4 point 7). Layout units: millimetres from the top-left corner of the sheet; a text field's `y` is its
// baseline (the dotted line of the blank the text sits on), a QR code's `y` its top edge.
import { AWARD_KIND_CODES } from '../domain/regimes/types';
import { IsoDate, optionalText, pageOf, text } from './common';
import { z } from './zod';

// ---- Fields ----

export const CERTIFICATE_FIELD_KEYS = [
  'recipient_name',
  'recipient_line',
  'achievement',
  'decision',
  'place_date',
  'signer_title',
  'signer_name',
  'award_kind',
  'text',
  'qr',
] as const;
export type CertificateFieldKey = (typeof CERTIFICATE_FIELD_KEYS)[number];

export const CERTIFICATE_FIELD_LABELS: Record<CertificateFieldKey, string> = {
  recipient_name: 'Họ tên người / tên tập thể được khen',
  recipient_line: 'Chức vụ, đơn vị',
  achievement: 'Thành tích',
  decision: 'Số, ngày quyết định',
  place_date: 'Địa danh, ngày tháng',
  signer_title: 'Chức vụ người ký',
  signer_name: 'Họ tên người ký',
  award_kind: 'Hình thức khen thưởng',
  text: 'Dòng chữ tự nhập',
  qr: 'Mã QR xác thực',
};

/** Placeholders a field's template may use, with what they become. */
export const CERTIFICATE_PLACEHOLDERS = {
  ho_ten: 'Họ tên cá nhân, tên tập thể hoặc hộ gia đình',
  chuc_vu_don_vi: 'Chức vụ và đơn vị (cá nhân), đơn vị cấp trên (tập thể)',
  thanh_tich: 'Thành tích (nhập khi in, hoặc ghi chú của khen thưởng)',
  so_quyet_dinh: 'Số, ký hiệu quyết định: 125/QĐ-UBND',
  ngay_quyet_dinh: 'Ngày quyết định: 03/12/2025',
  noi_ngay: 'Cẩm Xuyên, ngày 03 tháng 12 năm 2025',
  hinh_thuc: 'Tên hình thức khen thưởng: Giấy khen',
  nam: 'Năm thành tích',
  co_quan: 'Cấp khen thưởng: Chủ tịch UBND huyện Cẩm Xuyên',
  chuc_vu_nguoi_ky: 'Quyền hạn, chức vụ người ký (KT. CHỦ TỊCH / PHÓ CHỦ TỊCH)',
  nguoi_ky: 'Họ tên người ký',
} as const;
export type CertificatePlaceholder = keyof typeof CERTIFICATE_PLACEHOLDERS;

export const DEFAULT_TEMPLATES: Record<Exclude<CertificateFieldKey, 'qr'>, string> = {
  recipient_name: '{ho_ten}',
  recipient_line: '{chuc_vu_don_vi}',
  achievement: '{thanh_tich}',
  decision: 'Quyết định số {so_quyet_dinh} ngày {ngay_quyet_dinh}',
  place_date: '{noi_ngay}',
  signer_title: '{chuc_vu_nguoi_ky}',
  signer_name: '{nguoi_ky}',
  award_kind: '{hinh_thuc}',
  text: '',
};

export const FONT_FAMILIES = ['serif', 'sans'] as const;
export type FontFamily = (typeof FONT_FAMILIES)[number];
export const FONT_FAMILY_LABELS: Record<FontFamily, string> = {
  serif: 'Times New Roman (chữ có chân)',
  sans: 'Arial (chữ không chân)',
};
export const ALIGNMENTS = ['left', 'center', 'right'] as const;
export const ALIGNMENT_LABELS: Record<(typeof ALIGNMENTS)[number], string> = {
  left: 'Trái',
  center: 'Giữa',
  right: 'Phải',
};

/** Text that keeps line breaks ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"): NFC, spaces collapsed within a line. */
const templateText = z
  .string()
  .max(500)
  .refine((v) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(v), {
    message: 'Không được chứa ký tự điều khiển',
  })
  .transform((v) =>
    v
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .join('\n')
      .trim(),
  );

const mmValue = (max: number) => z.number().min(0).max(max);

export const CertificateField = z.object({
  key: z.enum(CERTIFICATE_FIELD_KEYS),
  /** Left edge, mm. */
  x: mmValue(1000),
  /** Text: baseline of the first line, mm; QR: top edge, mm. */
  y: mmValue(1000),
  /** Width of the text box (alignment and wrapping happen inside it); QR: side of the square. */
  width: z.number().min(5).max(1000),
  font: z.enum(FONT_FAMILIES).default('serif'),
  /** Points. */
  size: z.number().min(6).max(72).default(14),
  bold: z.boolean().default(false),
  italic: z.boolean().default(false),
  align: z.enum(ALIGNMENTS).default('center'),
  uppercase: z.boolean().default(false),
  /** Text with {placeholders}; empty → the key's default template. */
  template: templateText.default(''),
  /** Line height as a multiple of the size (wrapped or multi-line text). */
  lineHeight: z.number().min(0.8).max(3).default(1.3),
  /** Long text: wrap into at most this many lines; a single line shrinks to fit instead. */
  maxLines: z.number().int().min(1).max(10).default(1),
});
export type CertificateField = z.infer<typeof CertificateField>;
/** A stored field as answered (no transforms: response schemas encode). */
export const CertificateFieldView = CertificateField.extend({ template: z.string() });
export type CertificateFieldInput = z.input<typeof CertificateField>;

export const PAPERS = ['A4', 'A3', 'A5', 'custom'] as const;
export type Paper = (typeof PAPERS)[number];
export const PAPER_SIZES: Record<Exclude<Paper, 'custom'>, { width: number; height: number }> = {
  A3: { width: 297, height: 420 },
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
};

/** Points → millimetres. */
export const PT_MM = 25.4 / 72;

/** The layout numbers that decide where things print (also what the preview draws). */
export interface LayoutGeometry {
  paper: Paper;
  pageWidthMm: number;
  pageHeightMm: number;
  offsetXMm: number;
  offsetYMm: number;
  fields: readonly CertificateField[];
}

/**
 * What is wrong with a layout, by field path ("fields.2.x" → message). Empty when it prints. Every field must lie
 * on the sheet (a text field from its cap height above the baseline to its last line), a named paper must have
 * its size (either orientation), and a QR code must be large enough to scan.
 */
export function layoutProblems(layout: LayoutGeometry): Record<string, string> {
  const problems: Record<string, string> = {};
  const W = layout.pageWidthMm;
  const H = layout.pageHeightMm;
  if (layout.paper !== 'custom') {
    const size = PAPER_SIZES[layout.paper];
    const ok =
      (Math.abs(W - size.width) < 0.5 && Math.abs(H - size.height) < 0.5) ||
      (Math.abs(W - size.height) < 0.5 && Math.abs(H - size.width) < 0.5);
    if (!ok)
      problems.pageWidthMm = `Khổ ${layout.paper} là ${size.width} × ${size.height} mm (dọc hoặc ngang)`;
  }
  const qrCount = layout.fields.filter((f) => f.key === 'qr').length;
  layout.fields.forEach((f, i) => {
    const at = (k: string) => `fields.${i}.${k}`;
    const name = CERTIFICATE_FIELD_LABELS[f.key];
    const x = f.x + layout.offsetXMm;
    const y = f.y + layout.offsetYMm;
    if (x < 0) problems[at('x')] = `"${name}" nằm ngoài mép trái tờ giấy`;
    if (x + f.width > W + 0.01) {
      problems[at('width')] = `"${name}" vượt quá mép phải tờ giấy (${W} mm): giảm X hoặc độ rộng`;
    }
    if (f.key === 'qr') {
      if (f.width < 12) problems[at('width')] = 'Mã QR phải rộng ít nhất 12 mm để quét được';
      if (f.width > 80) problems[at('width')] = 'Mã QR rộng tối đa 80 mm';
      if (y < 0) problems[at('y')] = 'Mã QR nằm ngoài mép trên tờ giấy';
      // The code is printed under the square (about 4 mm).
      if (y + f.width + 4 > H + 0.01)
        problems[at('y')] = `Mã QR và mã số in dưới nó vượt quá mép dưới tờ giấy (${H} mm)`;
      return;
    }
    const sizeMm = f.size * PT_MM;
    if (y - sizeMm * 0.75 < 0) problems[at('y')] = `"${name}" nằm ngoài mép trên tờ giấy: tăng Y`;
    const lines = Math.max(f.maxLines, (f.template.match(/\n/g)?.length ?? 0) + 1);
    const bottom = y + (lines - 1) * f.lineHeight * sizeMm + sizeMm * 0.25;
    if (bottom > H + 0.01) problems[at('y')] = `"${name}" vượt quá mép dưới tờ giấy (${H} mm)`;
    if (f.key === 'text' && f.template === '') problems[at('template')] = 'Nhập nội dung dòng chữ';
    if (f.width < sizeMm * 2) problems[at('width')] = `"${name}" quá hẹp so với cỡ chữ`;
  });
  if (qrCount > 1) problems.fields = 'Mỗi mẫu chỉ có một mã QR';
  if (layout.fields.length === 0) problems.fields = 'Thêm ít nhất một trường cần in';
  return problems;
}

// ---- Layouts ----

const awardKindList = z
  .array(z.enum(AWARD_KIND_CODES))
  .max(AWARD_KIND_CODES.length)
  .refine((a) => new Set(a).size === a.length, { message: 'Hình thức khen thưởng bị lặp' });

const LayoutFields = {
  name: text({ min: 2, max: 200 }),
  awardKinds: awardKindList.default([]),
  paper: z.enum(PAPERS).default('A4'),
  pageWidthMm: z.number().min(50).max(1000),
  pageHeightMm: z.number().min(50).max(1000),
  offsetXMm: z.number().min(-30).max(30).default(0),
  offsetYMm: z.number().min(-30).max(30).default(0),
  placeName: optionalText(100),
  signerTitle: templateText.nullable().optional(),
  signerName: optionalText(100),
  fields: z.array(CertificateField).max(30),
};

function checkGeometry(value: LayoutGeometry, ctx: z.RefinementCtx) {
  for (const [path, message] of Object.entries(layoutProblems(value))) {
    ctx.addIssue({
      code: 'custom',
      path: path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)),
      message,
    });
  }
}

/** A layout's geometry as typed, before the sheet checks (the preview draws a field even off the sheet). */
const LayoutDraftGeometry = z
  .object({
    paper: LayoutFields.paper,
    pageWidthMm: LayoutFields.pageWidthMm,
    pageHeightMm: LayoutFields.pageHeightMm,
    offsetXMm: LayoutFields.offsetXMm,
    offsetYMm: LayoutFields.offsetYMm,
    fields: LayoutFields.fields,
    placeName: LayoutFields.placeName,
    signerTitle: LayoutFields.signerTitle,
    signerName: LayoutFields.signerName,
  })
  .strict();

export const LayoutGeometryBody = LayoutDraftGeometry.superRefine(checkGeometry);
export type LayoutGeometryBody = z.infer<typeof LayoutGeometryBody>;

export const LayoutCreateBody = z
  .object({ authorityUnitId: z.uuid(), ...LayoutFields })
  .strict()
  .superRefine(checkGeometry);
export type LayoutCreateBody = z.infer<typeof LayoutCreateBody>;
export type LayoutCreateInput = z.input<typeof LayoutCreateBody>;

export const LayoutUpdateBody = z
  .object({ version: z.number().int().min(1), ...LayoutFields })
  .strict()
  .superRefine(checkGeometry);
export type LayoutUpdateBody = z.infer<typeof LayoutUpdateBody>;

export const LayoutDeleteQuery = z.object({ version: z.coerce.number().int().min(1) });

export const LayoutListQuery = z.object({
  authorityUnitId: z.uuid().optional(),
  awardKind: z.enum(AWARD_KIND_CODES).optional(),
});

export const LayoutView = z.object({
  id: z.uuid(),
  authorityUnit: z.object({ id: z.uuid(), name: z.string() }),
  name: z.string(),
  awardKinds: z.array(z.string()),
  paper: z.enum(PAPERS),
  pageWidthMm: z.number(),
  pageHeightMm: z.number(),
  offsetXMm: z.number(),
  offsetYMm: z.number(),
  placeName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signerName: z.string().nullable(),
  fields: z.array(CertificateFieldView),
  version: z.number().int(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), print: z.boolean() }),
});
export type LayoutView = z.infer<typeof LayoutView>;

// ---- Preview (the same placement the PDF uses) ----

/** The values the placeholders take for one certificate. */
export const CertificateValues = z.object({
  ho_ten: z.string(),
  chuc_vu_don_vi: z.string(),
  thanh_tich: z.string(),
  so_quyet_dinh: z.string(),
  ngay_quyet_dinh: z.string(),
  noi_ngay: z.string(),
  hinh_thuc: z.string(),
  nam: z.string(),
  co_quan: z.string(),
  chuc_vu_nguoi_ky: z.string(),
  nguoi_ky: z.string(),
});
export type CertificateValues = z.infer<typeof CertificateValues>;

export const PreviewBody = z
  .object({
    layout: LayoutDraftGeometry,
    /** Sample values; missing ones take the built-in example. */
    values: CertificateValues.partial().optional(),
  })
  .strict();

/** One placed line of text: the baseline's left/centre/right anchor in mm, as printed. */
export const PlacedText = z.object({
  field: z.number().int(),
  text: z.string(),
  x: z.number(),
  y: z.number(),
  anchor: z.enum(['start', 'middle', 'end']),
  font: z.enum(FONT_FAMILIES),
  size: z.number(),
  bold: z.boolean(),
  italic: z.boolean(),
  /** Printed width of the line, mm. */
  width: z.number(),
});
export type PlacedText = z.infer<typeof PlacedText>;

export const Placement = z.object({
  pageWidthMm: z.number(),
  pageHeightMm: z.number(),
  texts: z.array(PlacedText),
  /** The QR square (quiet zone included); `path` draws its dark modules in a `cells`-wide unit grid. */
  qr: z
    .object({
      x: z.number(),
      y: z.number(),
      size: z.number(),
      url: z.string(),
      cells: z.number(),
      path: z.string(),
    })
    .nullable(),
  /** Fields whose text did not fit (shrunk below 70 % or cut at maxLines). */
  overflow: z.array(z.number().int()),
});
export type Placement = z.infer<typeof Placement>;

// ---- Printing ----

export const CERTIFICATE_FORMATS = ['pdf', 'docx'] as const;

const ForAwards = {
  /** The awards to print, in this order… */
  awardIds: z.array(z.uuid()).min(1).max(500).optional(),
  /** …or every standing award of a decision of the system… */
  decisionId: z.uuid().optional(),
  /** …or of a decision as recorded (number as written, optionally its date). */
  decisionNumber: optionalText(60),
  decisionDate: IsoDate.optional(),
};

function oneSelection(
  v: { awardIds?: string[]; decisionId?: string; decisionNumber?: string | null },
  ctx: z.RefinementCtx,
) {
  const n = [v.awardIds, v.decisionId, v.decisionNumber].filter((x) => x != null).length;
  if (n !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['awardIds'],
      message: 'Chọn khen thưởng cần in: theo danh sách, theo quyết định hoặc theo số quyết định',
    });
  }
}

export const PrintBody = z
  .object({
    layoutId: z.uuid(),
    format: z.enum(CERTIFICATE_FORMATS).default('pdf'),
    ...ForAwards,
    /** Printed as {thanh_tich} on every certificate of the batch (the decision's wording). */
    achievementText: optionalText(500),
    signerTitle: templateText.nullable().optional(),
    signerName: optionalText(100),
  })
  .strict()
  .superRefine(oneSelection);
export type PrintBody = z.infer<typeof PrintBody>;
export type PrintInput = z.input<typeof PrintBody>;

export const SampleBody = z
  .object({ layout: LayoutGeometryBody, values: CertificateValues.partial().optional() })
  .strict();

export const PrintableQuery = z.object({
  decisionId: z.uuid().optional(),
  decisionNumber: z.string().max(60).optional(),
  decisionDate: IsoDate.optional(),
  q: z.string().max(100).optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export const PrintableAward = z.object({
  id: z.uuid(),
  subjectKind: z.string(),
  name: z.string(),
  line: z.string(),
  awardKind: z.string(),
  awardKindName: z.string(),
  year: z.number().int(),
  decisionId: z.uuid().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  authority: z.string().nullable(),
  authorityUnitId: z.uuid().nullable(),
  revoked: z.boolean(),
  publicCode: z.string(),
});
export type PrintableAward = z.infer<typeof PrintableAward>;
export const PrintableAwardPage = pageOf(PrintableAward);

// ---- Public verification ----

/** Crockford base32 in lower case (no i, l, o, u): 16 characters, 80 random bits. */
export const PUBLIC_CODE_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
export const PUBLIC_CODE_LENGTH = 16;

/** A code as typed or scanned: case ignored, hyphens and spaces dropped, i/l read as 1 and o as 0. */
export function normalizePublicCode(raw: string): string | null {
  const code = raw.toLowerCase().replace(/[\s-]/g, '').replace(/[il]/g, '1').replace(/o/g, '0');
  if (code.length !== PUBLIC_CODE_LENGTH) return null;
  for (const ch of code) if (!PUBLIC_CODE_ALPHABET.includes(ch)) return null;
  return code;
}

export const PublicCodeParams = z.object({ code: z.string().min(1).max(64) });

/** What anyone holding the certificate may see: no CCCD, no birth date, no money, no internal ids. */
export const PublicAwardView = z.object({
  code: z.string(),
  subjectKind: z.enum(['individual', 'collective', 'household']),
  name: z.string(),
  unitName: z.string().nullable(),
  awardKindName: z.string(),
  year: z.number().int(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  authority: z.string().nullable(),
  revoked: z.boolean(),
  revokedOn: z.string().nullable(),
  revokedReason: z.string().nullable(),
});
export type PublicAwardView = z.infer<typeof PublicAwardView>;
