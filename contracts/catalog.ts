// The effective award catalog for a date and a unit, local overlays (a province's quy chế) and the reward-money
// calculator: request and response shapes of /api/catalog, /api/overlays and /api/money.
import { IsoDate, optionalText, pageOf, text } from './common';
import { AwardKindCode, SubjectKindCode } from './history';
import { z } from './zod';

export const LegalBasisView = z.object({
  document: z.string(),
  article: z.string().optional(),
  tag: z.enum(['V', 'S', 'U']),
  note: z.string().optional(),
});

/** Where an effective value comes from: the national rule (with its basis) or an overlay's document. */
export const ParamSourceView = z.object({
  type: z.enum(['national', 'overlay']),
  /** Vietnamese: "Quy định chung: Nghị định 98/2023/NĐ-CP, Điều 30 khoản 7" or the overlay's document. */
  text: z.string(),
  basis: LegalBasisView.optional(),
  assumption: z.boolean(),
  overlayId: z.string().optional(),
  unitId: z.string().optional(),
  unitName: z.string().optional(),
  document: z.string().optional(),
  effectiveFrom: z.string().optional(),
});

export const EffectiveParamView = z.object({
  key: z.string(),
  label: z.string(),
  kind: z.enum(['number', 'share', 'boolean', 'integer']),
  value: z.union([z.number(), z.boolean()]),
  default: z.union([z.number(), z.boolean()]),
  assumption: z.boolean(),
  source: ParamSourceView,
});

export const CatalogKindView = z.object({
  code: AwardKindCode,
  name: z.string(),
  category: z.enum(['title', 'form']),
  subjects: z.array(SubjectKindCode),
  awardTypes: z.array(z.string()),
  period: z.string(),
  authorities: z.array(z.object({ authority: z.string(), label: z.string(), basis: LegalBasisView })),
  vote: z.object({ required: z.boolean(), threshold: z.number().nullable(), source: ParamSourceView }),
  money: z.object({
    individual: z.number().optional(),
    collective: z.number().optional(),
    household: z.number().optional(),
    basis: LegalBasisView,
    assumption: z.boolean(),
    isCap: z.boolean(),
  }),
  quota: z.object({ maxShareOf: z.string(), share: z.number(), source: ParamSourceView }).nullable(),
  criteria: z.array(
    z.object({
      id: z.string(),
      text: z.string(),
      basis: LegalBasisView,
      judgement: z.boolean(),
      presumed: z.boolean(),
      assumption: z.boolean(),
      group: z.string().optional(),
      option: z.string().optional(),
    }),
  ),
  params: z.array(EffectiveParamView),
  basis: z.array(LegalBasisView),
  notes: z.array(z.string()),
  assumption: z.boolean(),
});
export type CatalogKindView = z.infer<typeof CatalogKindView>;

/** GET /api/catalog?date=&unitId= */
export const CatalogQuery = z.object({
  date: IsoDate.optional(),
  unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }).optional(),
});
export type CatalogQuery = z.infer<typeof CatalogQuery>;

export const CatalogView = z.object({
  date: z.string(),
  regime: z.object({
    id: z.enum(['A', 'B', 'C']),
    name: z.string(),
    from: z.string(),
    to: z.string().nullable(),
    documents: z.array(LegalBasisView),
  }),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  kinds: z.array(CatalogKindView),
  overlays: z.array(
    z.object({
      id: z.string(),
      unitId: z.string(),
      unitName: z.string(),
      document: z.string(),
      effectiveFrom: z.string(),
      effectiveTo: z.string().nullable(),
    }),
  ),
  /** Overlay values the regime in force does not let a locality set (kept, but not applied). */
  ignored: z.array(z.object({ overlayId: z.string(), key: z.string(), reason: z.string() })),
});
export type CatalogView = z.infer<typeof CatalogView>;

// ---- Local overlays ----

const ParamValue = z.union([z.number(), z.boolean()], { error: 'Giá trị tham số phải là số hoặc đúng/sai' });
const Params = z
  .record(z.string().min(1).max(100), ParamValue, { error: 'Tham số phải là một đối tượng {khóa: giá trị}' })
  .refine((p) => Object.keys(p).length <= 100, { message: 'Không được quá 100 tham số' });

export const OverlayCreateBody = z
  .object({
    unitId: z.uuid({ error: 'Chọn đơn vị áp dụng quy chế' }),
    /** The regulation as cited: "Quyết định 25/2024/QĐ-UBND ngày 20/5/2024 của UBND tỉnh Hà Tĩnh". */
    document: text({ min: 2, max: 500 }),
    effectiveFrom: IsoDate,
    effectiveTo: IsoDate.nullable()
      .optional()
      .transform((v) => v ?? null),
    params: Params,
    note: optionalText(2000),
  })
  .strict()
  .refine((b) => b.effectiveTo === null || b.effectiveTo >= b.effectiveFrom, {
    path: ['effectiveTo'],
    message: 'Ngày hết hiệu lực phải bằng hoặc sau ngày áp dụng',
  });
export type OverlayCreateBody = z.output<typeof OverlayCreateBody>;

export const OverlayUpdateBody = z
  .object({
    version: z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1),
    document: text({ min: 2, max: 500 }).optional(),
    effectiveFrom: IsoDate.optional(),
    effectiveTo: IsoDate.nullable().optional(),
    params: Params.optional(),
    note: optionalText(2000).optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 1, { message: 'Chưa có thông tin nào cần sửa' });
export type OverlayUpdateBody = z.output<typeof OverlayUpdateBody>;

export const OverlayView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  document: z.string(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  params: z.record(z.string(), z.union([z.number(), z.boolean()])),
  note: z.string().nullable(),
  createdBy: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean() }),
});
export type OverlayView = z.infer<typeof OverlayView>;

export const OverlayListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
  unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }).optional(),
});
export type OverlayListQuery = z.infer<typeof OverlayListQuery>;

export const OverlayPage = pageOf(OverlayView).extend({ can: z.object({ create: z.boolean() }) });
export type OverlayPage = z.infer<typeof OverlayPage>;

// ---- Reward money ----

/** GET /api/money?awardKind=&subjectKind=&decisionDate= */
export const MoneyQuery = z.object({
  awardKind: AwardKindCode,
  subjectKind: SubjectKindCode.default('individual'),
  decisionDate: IsoDate,
});
export type MoneyQuery = z.infer<typeof MoneyQuery>;

export const MoneyView = z.object({
  amount: z.number().int(),
  basePay: z.number().int(),
  coefficient: z.number(),
  /** "Năm trăm bốn mươi nghìn đồng" */
  words: z.string(),
  basis: z.array(LegalBasisView),
  assumption: z.boolean(),
  isCap: z.boolean(),
  note: z.string().optional(),
});
export type MoneyView = z.infer<typeof MoneyView>;
