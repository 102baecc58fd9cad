// The documents registry (văn bản, issue #5 point 1): request and response shapes of /api/documents.
import {
  AUTHORITY_LEVEL_LABELS,
  AUTHORITY_LEVELS,
  type AuthorityLevel,
  DOCUMENT_TYPE_LABELS,
  DOCUMENT_TYPES,
  type DocumentType,
  parseNumberSymbol,
} from '../domain/documents';
import { IsoDate, ListQuery, optionalText, pageOf } from './common';
import { z } from './zod';

export { AUTHORITY_LEVEL_LABELS, AUTHORITY_LEVELS, DOCUMENT_TYPE_LABELS, DOCUMENT_TYPES };
export type { AuthorityLevel, DocumentType };

export const DocumentTypeCode = z.enum(DOCUMENT_TYPES, { error: 'Loại văn bản không hợp lệ' });
export const AuthorityLevelCode = z.enum(AUTHORITY_LEVELS, {
  error: 'Cấp ban hành phải là trung ương, tỉnh, huyện, xã hoặc cơ quan, đơn vị',
});

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const optionalDate = IsoDate.nullable()
  .optional()
  .transform((v) => v ?? null);
const optionalId = (message: string) =>
  z
    .uuid({ error: message })
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const NUMBER_SYMBOL_FORMAT = 'Số, ký hiệu phải có dạng 3382/UBND-KH hoặc 65/2018/NQ-HĐND';

/** Số, ký hiệu as written; OCR spaces around "/" and "-" are removed ("3382/UBND- KH" → "3382/UBND-KH"). */
const NumberSymbolText = optionalText(100)
  .refine((v) => v === null || parseNumberSymbol(v) !== null, { message: NUMBER_SYMBOL_FORMAT })
  .transform((v) => (v === null ? null : parseNumberSymbol(v)!.text));

const DocumentFields = {
  type: DocumentTypeCode,
  /** The type word as the document is cited, when it differs from the type's label ("Văn bản"). */
  typeName: optionalText(60),
  numberSymbol: NumberSymbolText,
  issuedOn: optionalDate,
  issuerName: optionalText(300),
  issuerUnitId: optionalId('Mã đơn vị ban hành không hợp lệ'),
  issuerLevel: AuthorityLevelCode.nullable()
    .optional()
    .transform((v) => v ?? null),
  summary: optionalText(2000),
  effectiveFrom: optionalDate,
  effectiveTo: optionalDate,
  supersededById: optionalId('Mã văn bản thay thế không hợp lệ'),
  note: optionalText(2000),
};

type DocumentDates = {
  issuedOn?: string | null;
  effectiveFrom?: string | null;
  effectiveTo?: string | null;
  numberSymbol?: string | null;
  summary?: string | null;
};

function documentIssues(b: DocumentDates, ctx: z.RefinementCtx, creating: boolean): void {
  if (creating && !b.numberSymbol && !b.summary) {
    ctx.addIssue({
      code: 'custom',
      path: ['summary'],
      message: 'Văn bản không có số, ký hiệu thì phải có trích yếu (tên văn bản)',
    });
  }
  if (b.effectiveFrom && b.effectiveTo && b.effectiveTo < b.effectiveFrom) {
    ctx.addIssue({
      code: 'custom',
      path: ['effectiveTo'],
      message: 'Ngày hết hiệu lực phải bằng hoặc sau ngày có hiệu lực',
    });
  }
  if (b.numberSymbol && b.issuedOn) {
    const year = parseNumberSymbol(b.numberSymbol)?.year;
    if (year && Number(b.issuedOn.slice(0, 4)) !== year) {
      ctx.addIssue({
        code: 'custom',
        path: ['issuedOn'],
        message: `Số hiệu ghi năm ${year} nhưng ngày ban hành thuộc năm ${b.issuedOn.slice(0, 4)}`,
      });
    }
  }
}

/** POST /api/documents */
export const DocumentCreateBody = z
  .object({
    /** The unit that keeps the record (scope). */
    unitId: z.uuid({ error: 'Mã đơn vị quản lý văn bản không hợp lệ' }),
    ...DocumentFields,
  })
  .strict()
  .superRefine((b, ctx) => documentIssues(b, ctx, true));
export type DocumentCreateBody = z.output<typeof DocumentCreateBody>;
export type DocumentCreateInput = z.input<typeof DocumentCreateBody>;

/** PATCH /api/documents/:id (with version); the keeping unit does not change. */
export const DocumentUpdateBody = z
  .object({
    version: Version,
    type: DocumentTypeCode.optional(),
    typeName: DocumentFields.typeName.optional(),
    numberSymbol: DocumentFields.numberSymbol.optional(),
    issuedOn: IsoDate.nullable().optional(),
    issuerName: DocumentFields.issuerName.optional(),
    issuerUnitId: z.uuid({ error: 'Mã đơn vị ban hành không hợp lệ' }).nullable().optional(),
    issuerLevel: AuthorityLevelCode.nullable().optional(),
    summary: DocumentFields.summary.optional(),
    effectiveFrom: IsoDate.nullable().optional(),
    effectiveTo: IsoDate.nullable().optional(),
    supersededById: z.uuid({ error: 'Mã văn bản thay thế không hợp lệ' }).nullable().optional(),
    note: DocumentFields.note.optional(),
  })
  .strict()
  .superRefine((b, ctx) => documentIssues(b, ctx, false));
export type DocumentUpdateBody = z.output<typeof DocumentUpdateBody>;
export type DocumentUpdateInput = z.input<typeof DocumentUpdateBody>;

export const DOCUMENT_SORTS = [
  'issuedOn',
  '-issuedOn',
  'number',
  '-number',
  'updatedAt',
  '-updatedAt',
] as const;

/** GET /api/documents: words without diacritics, number ("btdkt" finds "BTĐKT"), type, issuer, level, dates. */
export const DocumentListQuery = ListQuery.extend({
  type: DocumentTypeCode.optional(),
  /** Words of the issuer's name (diacritics optional). */
  issuer: z.string().max(200).optional(),
  issuerUnitId: z.uuid({ error: 'Mã đơn vị ban hành không hợp lệ' }).optional(),
  level: AuthorityLevelCode.optional(),
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  sort: z.enum(DOCUMENT_SORTS, { error: 'Cách sắp xếp không hợp lệ' }).optional(),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

export const UnitRefView = z.object({ id: z.string(), name: z.string() });

export const DocumentRefView = z.object({
  id: z.string(),
  /** "Kế hoạch số 3382/UBND-KH ngày 11/11/2022". */
  reference: z.string(),
});
export type DocumentRefView = z.infer<typeof DocumentRefView>;

export const FileView = z.object({
  id: z.string(),
  name: z.string(),
  mime: z.string(),
  size: z.number().int(),
});
export type FileView = z.infer<typeof FileView>;

export const DocumentListItem = z.object({
  id: z.string(),
  type: DocumentTypeCode,
  /** The type as cited ("Văn bản") or the type's label. */
  typeLabel: z.string(),
  numberSymbol: z.string().nullable(),
  issuedOn: z.string().nullable(),
  issuerName: z.string().nullable(),
  issuerLevel: AuthorityLevelCode.nullable(),
  summary: z.string().nullable(),
  reference: z.string(),
  unit: UnitRefView,
  hasFile: z.boolean(),
  /** Not in force: past its end date or superseded. */
  superseded: z.boolean(),
});
export type DocumentListItem = z.infer<typeof DocumentListItem>;

export const DocumentPage = pageOf(DocumentListItem).extend({ can: z.object({ create: z.boolean() }) });
export type DocumentPage = z.infer<typeof DocumentPage>;

export const DocumentView = DocumentListItem.extend({
  typeName: z.string().nullable(),
  number: z.number().int().nullable(),
  numberYear: z.number().int().nullable(),
  symbol: z.string().nullable(),
  year: z.number().int().nullable(),
  issuerUnit: UnitRefView.nullable(),
  effectiveFrom: z.string().nullable(),
  effectiveTo: z.string().nullable(),
  supersededBy: DocumentRefView.nullable(),
  /** Documents this one replaces. */
  supersedes: z.array(DocumentRefView),
  file: FileView.nullable(),
  note: z.string().nullable(),
  /** The movements it serves, with its role there (those the actor can see). */
  movements: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type DocumentView = z.infer<typeof DocumentView>;

/** Labels of the type codes, for the web's selects. */
export const DOCUMENT_TYPE_OPTIONS = DOCUMENT_TYPES.map((t) => ({
  value: t,
  label: DOCUMENT_TYPE_LABELS[t],
}));
