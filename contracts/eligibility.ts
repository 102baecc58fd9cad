// POST /api/eligibility/evaluate and GET /api/eligibility/suggestions: the request mirrors the domain types of
// domain/regimes/types.ts (EligibilityRequest, SubjectHistory), the answer is the engine's Verdict.
import { LegalBasisView } from './catalog';
import { IsoDate } from './common';
import {
  AwardKindCode,
  AwardTypeCode,
  DisciplineKindCode,
  InitiativeLevelCode,
  QueryYear,
  RatingCode,
  Share,
  SubjectKindCode,
  Year,
} from './history';
import { z } from './zod';

export const EligibilityRequestBody = z
  .object({
    subjectKind: SubjectKindCode,
    awardKind: AwardKindCode,
    /** Achievement year. */
    year: Year,
    awardType: AwardTypeCode.default('cong_trang'),
  })
  .strict();

const Id = z.string().min(1).max(100);
const MAX_ROWS = 500;

/** The history of a what-if check, in the domain's SubjectHistory shape. */
export const InlineHistory = z
  .object({
    recruitedOn: IsoDate.nullable().optional(),
    awards: z
      .array(
        z
          .object({
            awardKind: AwardKindCode,
            year: Year,
            decisionDate: IsoDate.nullable().optional(),
            decisionNumber: z.string().max(100).nullable().optional(),
            authority: z.string().max(300).nullable().optional(),
            awardType: AwardTypeCode.nullable().optional(),
            revoked: z.boolean().optional(),
            id: Id.optional(),
          })
          .strict(),
      )
      .max(MAX_ROWS)
      .optional(),
    ratings: z
      .array(z.object({ year: Year, rating: RatingCode, id: Id.optional() }).strict())
      .max(MAX_ROWS)
      .optional(),
    initiatives: z
      .array(
        z
          .object({
            id: Id,
            title: z.string().max(500).optional(),
            level: InitiativeLevelCode,
            recognizedOn: IsoDate,
            usedByAward: Id.nullable().default(null),
          })
          .strict(),
      )
      .max(MAX_ROWS)
      .optional(),
    disciplines: z
      .array(
        z
          .object({
            kind: DisciplineKindCode,
            from: IsoDate,
            to: IsoDate.nullable().default(null),
            document: z.string().max(300).nullable().optional(),
            id: Id.optional(),
          })
          .strict()
          .refine((d) => d.to === null || d.to >= d.from, {
            path: ['to'],
            message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
          }),
      )
      .max(MAX_ROWS)
      .optional(),
    pendingInvestigation: z.boolean().optional(),
    memberStats: z
      .array(
        z
          .object({
            year: Year,
            members: z.number().int().min(0).max(1_000_000),
            ldttShare: Share,
            completedShare: Share,
            cstdcsCount: z.number().int().min(0).max(1_000_000),
            seriousDiscipline: z.boolean(),
          })
          .strict(),
      )
      .max(MAX_ROWS)
      .optional(),
    /** Cluster/block results of a collective (cụm, khối thi đua): whether it led its group that year. */
    groupResults: z
      .array(
        z
          .object({
            year: Year,
            leading: z.boolean(),
            groupName: z.string().max(300).optional(),
            document: z.string().max(300).nullable().optional(),
          })
          .strict(),
      )
      .max(MAX_ROWS)
      .optional(),
  })
  .strict();
export type InlineHistory = z.output<typeof InlineHistory>;

/**
 * Either `subjectId` (the history is read from the database, in the actor's scope; a person for individuals
 * and households, a unit for collectives) or an inline `history` (what-if check). `asOf` defaults to today.
 */
export const EvaluateBody = z
  .object({
    asOf: IsoDate.optional(),
    subjectId: z.uuid({ error: 'Mã đối tượng không hợp lệ' }).optional(),
    /** Optional repetition of request.subjectKind, as the subject-based form of the issue writes it. */
    subjectKind: SubjectKindCode.optional(),
    request: EligibilityRequestBody,
    history: InlineHistory.optional(),
    /** Inline checks only: the unit whose local overlays apply (default: none). */
    unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }).optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    if ((b.subjectId === undefined) === (b.history === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['subjectId'],
        message: 'Cần một trong hai: mã đối tượng (subjectId) hoặc quá trình nhập trực tiếp (history)',
      });
    }
    if (b.subjectKind && b.subjectKind !== b.request.subjectKind) {
      ctx.addIssue({
        code: 'custom',
        path: ['subjectKind'],
        message: 'Đối tượng không khớp với đối tượng trong yêu cầu xét (request.subjectKind)',
      });
    }
  });
export type EvaluateBody = z.output<typeof EvaluateBody>;

export const EvidenceView = z.object({ kind: z.string(), text: z.string(), ref: z.string().optional() });

export const CriterionResultView = z.object({
  id: z.string(),
  text: z.string(),
  status: z.enum(['pass', 'fail', 'unknown']),
  evidence: z.array(EvidenceView),
  basis: LegalBasisView,
  presumed: z.boolean().optional(),
  judgement: z.boolean().optional(),
  assumption: z.boolean().optional(),
  group: z.string().optional(),
  option: z.string().optional(),
  alternatives: z
    .array(
      z.object({
        option: z.string(),
        status: z.enum(['pass', 'fail', 'unknown']),
        criteria: z.array(z.string()),
        judgement: z.boolean(),
      }),
    )
    .optional(),
});

export const VerdictView = z.object({
  verdict: z.enum(['eligible', 'not_eligible', 'needs_review']),
  regime: z.enum(['A', 'B', 'C']),
  awardKind: AwardKindCode,
  awardKindName: z.string(),
  criteria: z.array(CriterionResultView),
  warnings: z.array(z.string()),
});
export type VerdictView = z.infer<typeof VerdictView>;

/** GET /api/eligibility/suggestions?unitId=&year=&awardKind= */
export const SuggestionsQuery = z.object({
  unitId: z.uuid({ error: 'Chọn đơn vị' }),
  year: QueryYear,
  awardKind: AwardKindCode,
  awardType: AwardTypeCode.default('cong_trang'),
  /** For kinds open to both: individual (default when allowed) or collective. */
  subjectKind: z
    .enum(['individual', 'collective'], { error: 'Chỉ nhận individual hoặc collective' })
    .optional(),
  asOf: IsoDate.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type SuggestionsQuery = z.output<typeof SuggestionsQuery>;

export const SuggestionItem = z.object({
  subjectKind: z.enum(['individual', 'collective']),
  subjectId: z.string(),
  name: z.string(),
  /** Where the person works (or the unit's parent) on the evaluation date. */
  unitName: z.string().nullable(),
  verdict: VerdictView,
  /** Vietnamese reasons: for eligible, what proved it; for needs_review, what is missing or needs judgement. */
  reasons: z.array(z.string()),
});
export type SuggestionItem = z.infer<typeof SuggestionItem>;

export const SuggestionsPage = z.object({
  items: z.array(SuggestionItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Counted over every candidate evaluated. */
  counts: z.object({
    eligible: z.number().int(),
    needsReview: z.number().int(),
    notEligible: z.number().int(),
  }),
  asOf: z.string(),
});
export type SuggestionsPage = z.infer<typeof SuggestionsPage>;
