// Đăng ký thi đua: request and response shapes of /api/registrations, /api/registration-deadlines and
// /api/registration-figures (issue #5, point 3).
import {
  REGISTRATION_ACTION_LABELS,
  REGISTRATION_ACTIONS,
  REGISTRATION_STATUS_LABELS,
  REGISTRATION_STATUSES,
  REGISTRATION_SUBJECT_KINDS,
  type RegistrationAction,
  type RegistrationStatus,
} from '../domain/registration';
import { AWARD_KIND_CODES } from '../domain/regimes/types';
import { IsoDate, ListQuery, optionalText, pageOf } from './common';
import { optionalParagraphs } from './paragraphs';
import { z } from './zod';

export { REGISTRATION_ACTION_LABELS, REGISTRATION_STATUS_LABELS, REGISTRATION_STATUSES };
export type { RegistrationAction, RegistrationStatus };

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });
const Year = z
  .number({ error: 'Năm phải là số nguyên' })
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm đăng ký phải trong khoảng 2000–2100')
  .max(2100, 'Năm đăng ký phải trong khoảng 2000–2100');
const QueryYear = z.coerce.number().int().min(2000).max(2100);

export const RegistrationStatusCode = z.enum(REGISTRATION_STATUSES, {
  error: 'Trạng thái phải là đang soạn, đã gửi, đã chấp nhận hoặc bị trả lại',
});
export const AwardKindCode = z.enum(AWARD_KIND_CODES, { error: 'Danh hiệu thi đua không hợp lệ' });

// ---- Lines ----

export const RegistrationLineInput = z
  .object({
    subjectKind: z.enum(REGISTRATION_SUBJECT_KINDS, {
      error: 'Đối tượng phải là cá nhân (individual) hoặc tập thể (collective)',
    }),
    /** The person, for an individual title. */
    personId: Uuid('Mã cá nhân không hợp lệ').nullable().optional(),
    /** The unit (the registering unit itself or one under it), for a collective title. */
    unitId: Uuid('Mã đơn vị không hợp lệ').nullable().optional(),
    awardKind: AwardKindCode,
    note: optionalText(500),
  })
  .strict()
  .superRefine((line, ctx) => {
    if (line.subjectKind === 'individual' && !line.personId) {
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'Chọn cá nhân đăng ký' });
    }
    if (line.subjectKind === 'collective' && !line.unitId) {
      ctx.addIssue({ code: 'custom', path: ['unitId'], message: 'Chọn tập thể đăng ký' });
    }
  });
export type RegistrationLineInput = z.input<typeof RegistrationLineInput>;

const Lines = z.array(RegistrationLineInput).max(2000, 'Một bản đăng ký có tối đa 2.000 dòng');

/** POST /api/registrations: a draft of the unit for the year (the recipient is the unit's parent). */
export const RegistrationCreateBody = z
  .object({
    unitId: Uuid('Mã đơn vị đăng ký không hợp lệ'),
    year: Year,
    note: optionalParagraphs(10_000),
    lines: Lines.optional(),
  })
  .strict();
export type RegistrationCreateBody = z.output<typeof RegistrationCreateBody>;
export type RegistrationCreateInput = z.input<typeof RegistrationCreateBody>;

/** PATCH /api/registrations/:id: the unit's commitments text (with version). */
export const RegistrationUpdateBody = z
  .object({ version: Version, note: optionalParagraphs(10_000) })
  .strict();
export type RegistrationUpdateBody = z.output<typeof RegistrationUpdateBody>;

/** PUT /api/registrations/:id/lines: the whole list of lines (with version). */
export const RegistrationLinesBody = z.object({ version: Version, lines: Lines }).strict();
export type RegistrationLinesBody = z.output<typeof RegistrationLinesBody>;
export type RegistrationLinesInput = z.input<typeof RegistrationLinesBody>;

/** POST /api/registrations/:id/submit and /accept. */
export const RegistrationActionBody = z.object({ version: Version, comment: optionalText(2000) }).strict();
export type RegistrationActionBody = z.output<typeof RegistrationActionBody>;

/** POST /api/registrations/:id/return: the reason is required. */
export const RegistrationReturnBody = z
  .object({
    version: Version,
    reason: z
      .string({ error: 'Nhập lý do trả lại' })
      .transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim())
      .pipe(z.string().min(3, 'Lý do trả lại phải có ít nhất 3 ký tự').max(2000)),
  })
  .strict();
export type RegistrationReturnBody = z.output<typeof RegistrationReturnBody>;

export const RegistrationListQuery = ListQuery.extend({
  year: QueryYear.optional(),
  /** The registering unit. */
  unitId: Uuid('Mã đơn vị không hợp lệ').optional(),
  /** The recipient (registrations received by this unit). */
  parentUnitId: Uuid('Mã đơn vị không hợp lệ').optional(),
  status: RegistrationStatusCode.optional(),
});
export type RegistrationListQuery = z.output<typeof RegistrationListQuery>;

// ---- Deadlines ----

export const DeadlineQuery = z.object({
  parentUnitId: Uuid('Mã đơn vị không hợp lệ'),
  year: QueryYear,
});
export type DeadlineQuery = z.output<typeof DeadlineQuery>;

/** PUT /api/registration-deadlines: set (or change, with version) the deadline of a parent unit's year. */
export const DeadlineBody = z
  .object({
    parentUnitId: Uuid('Mã đơn vị không hợp lệ'),
    year: Year,
    dueOn: IsoDate,
    note: optionalText(500),
    version: Version.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const y = Number(b.dueOn.slice(0, 4));
    if (y !== b.year && y !== b.year - 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['dueOn'],
        message: `Hạn đăng ký năm ${b.year} phải trong năm ${b.year - 1} hoặc ${b.year}`,
      });
    }
  });
export type DeadlineBody = z.output<typeof DeadlineBody>;
export type DeadlineInput = z.input<typeof DeadlineBody>;

export const DeadlineView = z.object({
  parentUnitId: z.string(),
  year: z.number().int(),
  dueOn: z.string().nullable(),
  note: z.string().nullable(),
  version: z.number().int().nullable(),
  can: z.object({ set: z.boolean() }),
});
export type DeadlineView = z.infer<typeof DeadlineView>;

// ---- Views ----

const Ref = z.object({ id: z.string(), name: z.string() });

export const RegistrationLineView = z.object({
  id: z.string(),
  subjectKind: z.enum(REGISTRATION_SUBJECT_KINDS),
  subject: Ref,
  /** The person's unit (individuals) or the unit's parent (collectives), beside the name. */
  subjectUnit: z.string().nullable(),
  awardKind: AwardKindCode,
  awardKindName: z.string(),
  note: z.string().nullable(),
  /** A recorded, non-revoked award of this kind and year for the subject. */
  achieved: z.boolean(),
});
export type RegistrationLineView = z.infer<typeof RegistrationLineView>;

export const RegistrationEventView = z.object({
  id: z.string(),
  action: z.enum(REGISTRATION_ACTIONS),
  fromStatus: RegistrationStatusCode.nullable(),
  toStatus: RegistrationStatusCode,
  actorName: z.string(),
  at: z.string(),
  comment: z.string().nullable(),
});
export type RegistrationEventView = z.infer<typeof RegistrationEventView>;

export const DeadlineStateView = z.object({
  dueOn: z.string().nullable(),
  late: z.boolean(),
  overdue: z.boolean(),
  daysLate: z.number().int(),
});
export type DeadlineStateView = z.infer<typeof DeadlineStateView>;

export const KindFigureView = z.object({
  awardKind: AwardKindCode,
  awardKindName: z.string(),
  registered: z.number().int(),
  achieved: z.number().int(),
});
export type KindFigureView = z.infer<typeof KindFigureView>;

export const RegistrationView = z.object({
  id: z.string(),
  unit: Ref,
  parent: Ref,
  year: z.number().int(),
  status: RegistrationStatusCode,
  note: z.string().nullable(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  decidedAt: z.string().nullable(),
  returnReason: z.string().nullable(),
  deadline: DeadlineStateView,
  lines: z.array(RegistrationLineView),
  figures: z.array(KindFigureView),
  events: z.array(RegistrationEventView),
  version: z.number().int(),
  can: z.object({
    edit: z.boolean(),
    submit: z.boolean(),
    accept: z.boolean(),
    return: z.boolean(),
    createDossier: z.boolean(),
  }),
});
export type RegistrationView = z.infer<typeof RegistrationView>;

export const RegistrationListItem = z.object({
  id: z.string(),
  unit: Ref,
  parent: Ref,
  year: z.number().int(),
  status: RegistrationStatusCode,
  lineCount: z.number().int(),
  firstSubmittedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  deadline: DeadlineStateView,
});
export type RegistrationListItem = z.infer<typeof RegistrationListItem>;

export const RegistrationPage = pageOf(RegistrationListItem);
export type RegistrationPage = z.infer<typeof RegistrationPage>;

// ---- Figures ----

export const FiguresQuery = z.object({ parentUnitId: Uuid('Mã đơn vị không hợp lệ'), year: QueryYear });
export type FiguresQuery = z.output<typeof FiguresQuery>;

export const FiguresRow = z.object({
  unit: Ref,
  registrationId: z.string().nullable(),
  /** Null: the unit has not registered. */
  status: RegistrationStatusCode.nullable(),
  deadline: DeadlineStateView,
  kinds: z.array(KindFigureView),
  registered: z.number().int(),
  achieved: z.number().int(),
});
export type FiguresRow = z.infer<typeof FiguresRow>;

export const FiguresView = z.object({
  parent: Ref,
  year: z.number().int(),
  dueOn: z.string().nullable(),
  rows: z.array(FiguresRow),
  /** Totals per kind over the children's registrations that were sent (not drafts). */
  totals: z.array(KindFigureView),
  counts: z.object({
    children: z.number().int(),
    notRegistered: z.number().int(),
    draft: z.number().int(),
    submitted: z.number().int(),
    accepted: z.number().int(),
    returned: z.number().int(),
    late: z.number().int(),
  }),
});
export type FiguresView = z.infer<typeof FiguresView>;

/** One accepted line as a dossier nominee input (GET /api/registrations/nominees). */
export const RegistrationNominee = z.object({
  subjectKind: z.enum(REGISTRATION_SUBJECT_KINDS),
  personId: z.string().nullable(),
  unitId: z.string().nullable(),
  name: z.string(),
  awardKind: AwardKindCode,
  note: z.string().nullable(),
});
export type RegistrationNominee = z.infer<typeof RegistrationNominee>;

export const NomineesQuery = z.object({ unitId: Uuid('Mã đơn vị không hợp lệ'), year: QueryYear });
export type NomineesQuery = z.output<typeof NomineesQuery>;

/** POST /api/registrations/:id/dossier: the titles whose accepted lines become the dossier's nominees. */
export const RegistrationDossierBody = z
  .object({
    awardKinds: z.array(AwardKindCode).min(1, 'Chọn ít nhất một danh hiệu để lập hồ sơ').max(20),
  })
  .strict();
export type RegistrationDossierInput = z.input<typeof RegistrationDossierBody>;

export const RegistrationDossierResult = z.object({
  dossierId: z.string(),
  code: z.string(),
  nominees: z.number().int(),
});
export type RegistrationDossierResult = z.infer<typeof RegistrationDossierResult>;
