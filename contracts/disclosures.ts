// Public disclosure (công khai lấy ý kiến Nhân dân, issue #4 point 8, legal.md §9): request and response shapes of
// /api/disclosures, /api/disclosure-comments, /api/disclosure-settings and the public /api/public/disclosures.
import {
  COMMENT_STATUSES,
  type CommentStatus,
  DISCLOSURE_OUTCOMES,
  DISCLOSURE_STATUSES,
  type DisclosureOutcome,
  type DisclosureStatus,
} from '../domain/council';
import { AWARD_KIND_CODES } from '../domain/regimes/types';
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { optionalParagraphs, paragraphs } from './paragraphs';
import { z } from './zod';

export { COMMENT_STATUSES, DISCLOSURE_OUTCOMES, DISCLOSURE_STATUSES };
export type { CommentStatus, DisclosureOutcome, DisclosureStatus };

export const DISCLOSURE_STATUS_LABELS: Record<DisclosureStatus, string> = {
  draft: 'Chưa đăng',
  open: 'Đang lấy ý kiến',
  closed: 'Đã kết thúc',
};

export const DISCLOSURE_OUTCOME_LABELS: Record<DisclosureOutcome, string> = {
  no_objections: 'Không có ý kiến phản ánh',
  objections_resolved: 'Có ý kiến, đã xem xét, giải quyết',
  objections_upheld: 'Có ý kiến phản ánh đúng, báo cáo Hội đồng xem xét',
};

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
  new: 'Chưa xử lý',
  handled: 'Đã xử lý',
};

/** Limits of a comment from the public (also enforced by the database). */
export const COMMENT_LIMITS = { contentMin: 10, contentMax: 5000, name: 200, contact: 200 } as const;

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });
const nonEmpty = (body: object) => Object.keys(body).length > 1;

export const DisclosureOutcomeCode = z.enum(DISCLOSURE_OUTCOMES, { error: 'Kết quả công khai không hợp lệ' });

/** POST /api/disclosures: a disclosure of a dossier's nominees (by default those whose kind requires it). */
export const DisclosureCreateBody = z
  .object({
    dossierId: Uuid('Mã hồ sơ không hợp lệ'),
    title: text({ min: 5, max: 500 }).optional(),
    intro: optionalParagraphs(5000),
    nomineeIds: z.array(Uuid('Mã người được đề nghị không hợp lệ')).max(500).optional(),
  })
  .strict();
export type DisclosureCreateBody = z.output<typeof DisclosureCreateBody>;
export type DisclosureCreateInput = z.input<typeof DisclosureCreateBody>;

/** PATCH /api/disclosures/:id (draft only) */
export const DisclosureUpdateBody = z
  .object({
    version: Version,
    title: text({ min: 5, max: 500 }).optional(),
    intro: optionalParagraphs(5000).optional(),
  })
  .strict()
  .refine(nonEmpty, { message: 'Chưa có thông tin nào cần sửa' });
export type DisclosureUpdateBody = z.output<typeof DisclosureUpdateBody>;
export type DisclosureUpdateInput = z.input<typeof DisclosureUpdateBody>;

/** POST /api/disclosures/:id/publish: from a day (default today) for the period of the kinds disclosed. */
export const PublishBody = z.object({ version: Version, opensOn: IsoDate.optional() }).strict();
export type PublishBody = z.output<typeof PublishBody>;
export type PublishInput = z.input<typeof PublishBody>;

/** POST /api/disclosures/:id/close: after the period, with the outcome recorded before the council votes. */
export const CloseDisclosureBody = z
  .object({ version: Version, outcome: DisclosureOutcomeCode, outcomeNote: optionalParagraphs(5000) })
  .strict();
export type CloseDisclosureBody = z.output<typeof CloseDisclosureBody>;
export type CloseDisclosureInput = z.input<typeof CloseDisclosureBody>;

/** POST /api/disclosure-comments/:id/handle: how a comment was examined and answered. */
export const HandleCommentBody = z.object({ version: Version, note: text({ min: 3, max: 2000 }) }).strict();
export type HandleCommentBody = z.output<typeof HandleCommentBody>;
export type HandleCommentInput = z.input<typeof HandleCommentBody>;

export const DisclosureListQuery = ListQuery.extend({ status: z.enum(DISCLOSURE_STATUSES).optional() });
export type DisclosureListQuery = z.output<typeof DisclosureListQuery>;

export const SettingsQuery = z.object({ authorityUnitId: Uuid('Mã đơn vị không hợp lệ') });
export type SettingsQuery = z.output<typeof SettingsQuery>;

/** PUT /api/disclosure-settings: the kinds this authority discloses beyond the law (whole list). */
export const SettingsBody = z
  .object({
    authorityUnitId: Uuid('Mã đơn vị không hợp lệ'),
    kinds: z
      .array(
        z
          .object({
            awardKind: z.enum(AWARD_KIND_CODES, { error: 'Loại khen thưởng không có trong danh mục' }),
            days: z
              .number({ error: 'Số ngày phải là số' })
              .int('Số ngày phải là số nguyên')
              .min(1, 'Ít nhất 1 ngày làm việc')
              .max(60, 'Nhiều nhất 60 ngày làm việc'),
          })
          .strict(),
      )
      .max(AWARD_KIND_CODES.length),
  })
  .strict();
export type SettingsBody = z.output<typeof SettingsBody>;
export type SettingsInput = z.input<typeof SettingsBody>;

const Ref = z.object({ id: z.string(), name: z.string() });

export const DisclosedNomineeView = z.object({
  nomineeId: z.string(),
  position: z.number().int(),
  publicName: z.string(),
  publicDescription: z.string().nullable(),
  awardKind: z.string(),
  awardKindName: z.string(),
  publicSummary: z.string().nullable(),
});
export type DisclosedNomineeView = z.infer<typeof DisclosedNomineeView>;

export const CommentView = z.object({
  id: z.string(),
  nomineeId: z.string().nullable(),
  nomineeName: z.string().nullable(),
  authorName: z.string().nullable(),
  /** Only for those who handle comments. */
  authorContact: z.string().nullable(),
  content: z.string(),
  status: z.enum(COMMENT_STATUSES),
  handledNote: z.string().nullable(),
  handledByName: z.string().nullable(),
  handledAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type CommentView = z.infer<typeof CommentView>;

export const DisclosureView = z.object({
  id: z.string(),
  dossier: z.object({ id: z.string(), code: z.string(), title: z.string(), status: z.string() }),
  authority: Ref,
  title: z.string(),
  intro: z.string().nullable(),
  status: z.enum(DISCLOSURE_STATUSES),
  days: z.number().int(),
  dayKind: z.enum(['working', 'calendar']),
  /** Why the period is this long (law or the authority's choice), per kind. */
  requirements: z.array(z.string()),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  acceptingComments: z.boolean(),
  publishedAt: z.string().nullable(),
  publishedByName: z.string().nullable(),
  outcome: DisclosureOutcomeCode.nullable(),
  outcomeNote: z.string().nullable(),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  nominees: z.array(DisclosedNomineeView),
  comments: z.array(CommentView),
  /** Public page path (when published). */
  publicPath: z.string().nullable(),
  version: z.number().int(),
  can: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    publish: z.boolean(),
    close: z.boolean(),
    handleComments: z.boolean(),
  }),
});
export type DisclosureView = z.infer<typeof DisclosureView>;

export const DisclosureListItem = z.object({
  id: z.string(),
  dossier: z.object({ id: z.string(), code: z.string() }),
  authority: Ref,
  title: z.string(),
  status: z.enum(DISCLOSURE_STATUSES),
  opensOn: z.string().nullable(),
  closesOn: z.string().nullable(),
  nominees: z.number().int(),
  comments: z.number().int(),
  newComments: z.number().int(),
  outcome: DisclosureOutcomeCode.nullable(),
});
export type DisclosureListItem = z.infer<typeof DisclosureListItem>;

export const DisclosurePage = pageOf(DisclosureListItem).extend({ can: z.object({ create: z.boolean() }) });
export type DisclosurePage = z.infer<typeof DisclosurePage>;

/** Dossiers of the actor's authorities that can be disclosed, with the nominees that must be. */
export const DisclosureCandidate = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.string(),
  nominees: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      awardKind: z.string(),
      awardKindName: z.string(),
      /** Why it must be disclosed; null when it need not be. */
      requirement: z.string().nullable(),
    }),
  ),
});
export type DisclosureCandidate = z.infer<typeof DisclosureCandidate>;
export const DisclosureCandidates = z.object({ items: z.array(DisclosureCandidate) });
export type DisclosureCandidates = z.infer<typeof DisclosureCandidates>;

export const SettingsView = z.object({
  authority: Ref,
  /** Kinds the law requires to disclose (regime in force today). */
  byLaw: z.array(z.object({ awardKind: z.string(), name: z.string(), text: z.string() })),
  /** Kinds this authority added. */
  kinds: z.array(z.object({ awardKind: z.string(), name: z.string(), days: z.number().int() })),
  can: z.object({ update: z.boolean() }),
});
export type SettingsView = z.infer<typeof SettingsView>;

// ---- Public (no login) ----

export const PublicDisclosureListItem = z.object({
  id: z.string(),
  title: z.string(),
  authorityName: z.string(),
  status: z.enum(['open', 'closed']),
  opensOn: z.string(),
  closesOn: z.string(),
  acceptingComments: z.boolean(),
  nominees: z.number().int(),
});
export type PublicDisclosureListItem = z.infer<typeof PublicDisclosureListItem>;

export const PublicDisclosureListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(20),
});
export type PublicDisclosureListQuery = z.output<typeof PublicDisclosureListQuery>;

export const PublicDisclosurePage = pageOf(PublicDisclosureListItem);
export type PublicDisclosurePage = z.infer<typeof PublicDisclosurePage>;

export const PublicDisclosureView = z.object({
  id: z.string(),
  title: z.string(),
  intro: z.string().nullable(),
  authorityName: z.string(),
  status: z.enum(['open', 'closed']),
  opensOn: z.string(),
  closesOn: z.string(),
  days: z.number().int(),
  dayKind: z.enum(['working', 'calendar']),
  acceptingComments: z.boolean(),
  nominees: z.array(DisclosedNomineeView.omit({ nomineeId: true }).extend({ id: z.string() })),
});
export type PublicDisclosureView = z.infer<typeof PublicDisclosureView>;

/** POST /api/public/disclosures/:id/comments */
export const PublicCommentBody = z
  .object({
    nomineeId: Uuid('Người được góp ý không hợp lệ').nullable().optional(),
    authorName: optionalText(COMMENT_LIMITS.name),
    authorContact: optionalText(COMMENT_LIMITS.contact),
    content: paragraphs({ min: COMMENT_LIMITS.contentMin, max: COMMENT_LIMITS.contentMax }),
    /** Left empty by people; filled by robots (not shown on the page). */
    website: z.string().max(200).optional(),
  })
  .strict();
export type PublicCommentBody = z.output<typeof PublicCommentBody>;
export type PublicCommentInput = z.input<typeof PublicCommentBody>;

export const PublicCommentReceipt = z.object({ ok: z.literal(true), receivedAt: z.string() });
export type PublicCommentReceipt = z.infer<typeof PublicCommentReceipt>;
