// Councils (Hội đồng Thi đua - Khen thưởng, issue #4 point 4): request and response shapes of /api/councils and
// /api/council-meetings — the composition over time (kiện toàn), meetings with agenda, attendance and quorum,
// ballots per nominee and their outcome.
import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  BALLOT_MODES,
  type BallotMode,
  COUNCIL_ROLES,
  type CouncilRole,
  MEETING_STATUSES,
  type MeetingStatus,
  SESSION_KINDS,
  type SessionKind,
  VOTE_CHOICES,
  type VoteChoice,
} from '../domain/council';
import { AWARD_KIND_CODES } from '../domain/regimes/types';
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { optionalParagraphs } from './paragraphs';
import { z } from './zod';

export { ATTENDANCE_STATUSES, BALLOT_MODES, COUNCIL_ROLES, MEETING_STATUSES, SESSION_KINDS, VOTE_CHOICES };
export type { AttendanceStatus, BallotMode, CouncilRole, MeetingStatus, SessionKind, VoteChoice };

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, string> = {
  chu_tich: 'Chủ tịch Hội đồng',
  pho_chu_tich_thuong_truc: 'Phó Chủ tịch thường trực',
  pho_chu_tich: 'Phó Chủ tịch',
  uy_vien: 'Ủy viên',
  uy_vien_thu_ky: 'Ủy viên kiêm Thư ký',
};

export const ATTENDANCE_LABELS: Record<AttendanceStatus, string> = {
  present: 'Có mặt',
  absent_written: 'Vắng mặt, có ý kiến bằng văn bản',
  absent: 'Vắng mặt',
};

export const VOTE_LABELS: Record<VoteChoice, string> = {
  agree: 'Đồng ý',
  disagree: 'Không đồng ý',
  invalid: 'Không hợp lệ / để trống',
};

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  meeting: 'Phiên họp thường kỳ',
  award: 'Phiên họp xét khen thưởng',
  hero: 'Phiên họp xét danh hiệu Anh hùng',
};

export const BALLOT_MODE_LABELS: Record<BallotMode, string> = {
  counts: 'Nhập tổng số phiếu',
  individual: 'Ghi phiếu từng thành viên',
};

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  open: 'Chưa kết thúc',
  closed: 'Đã kết thúc',
};

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });
const NOTHING_TO_CHANGE = 'Chưa có thông tin nào cần sửa';
const nonEmpty = (body: object) => Object.keys(body).length > 1;

export const CouncilRoleCode = z.enum(COUNCIL_ROLES, {
  error: 'Vai trò phải là Chủ tịch, Phó Chủ tịch thường trực, Phó Chủ tịch, Ủy viên hoặc Ủy viên kiêm Thư ký',
});
export const AttendanceCode = z.enum(ATTENDANCE_STATUSES, {
  error: 'Tình trạng phải là có mặt, vắng mặt có ý kiến bằng văn bản hoặc vắng mặt',
});
export const VoteCode = z.enum(VOTE_CHOICES, {
  error: 'Phiếu phải là đồng ý, không đồng ý hoặc không hợp lệ',
});
export const SessionKindCode = z.enum(SESSION_KINDS, { error: 'Loại phiên họp không hợp lệ' });
export const BallotModeCode = z.enum(BALLOT_MODES, { error: 'Cách ghi phiếu không hợp lệ' });
export const AwardKindCodeInput = z.enum(AWARD_KIND_CODES, {
  error: 'Loại khen thưởng không có trong danh mục',
});

// ---- Councils and their composition ----

export const CompositionMemberInput = z
  .object({
    personId: Uuid('Mã cá nhân không hợp lệ'),
    role: CouncilRoleCode,
    position: optionalText(300),
    organisation: optionalText(300),
  })
  .strict();
export type CompositionMemberInput = z.input<typeof CompositionMemberInput>;

const Members = z.array(CompositionMemberInput).max(100, 'Hội đồng có nhiều nhất 100 thành viên');
const Decision = text({ min: 3, max: 500 });

/** POST /api/councils: the council of an authority with the composition its establishing decision names. */
export const CouncilCreateBody = z
  .object({
    authorityUnitId: Uuid('Mã đơn vị (cơ quan có thẩm quyền) không hợp lệ'),
    name: text({ min: 5, max: 300 }),
    decision: Decision,
    establishedOn: IsoDate,
    note: optionalParagraphs(10_000),
    members: Members,
  })
  .strict();
export type CouncilCreateBody = z.output<typeof CouncilCreateBody>;
export type CouncilCreateInput = z.input<typeof CouncilCreateBody>;

/** PATCH /api/councils/:id: name, decision text, note, or the end of the council's work. */
export const CouncilUpdateBody = z
  .object({
    version: Version,
    name: text({ min: 5, max: 300 }).optional(),
    decision: Decision.optional(),
    note: optionalParagraphs(10_000).optional(),
    dissolvedOn: IsoDate.nullable().optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type CouncilUpdateBody = z.output<typeof CouncilUpdateBody>;
export type CouncilUpdateInput = z.input<typeof CouncilUpdateBody>;

/** POST /api/councils/:id/changes: kiện toàn — the whole composition from a date, as the new decision names it. */
export const RecomposeBody = z
  .object({
    version: Version,
    decision: Decision,
    effectiveOn: IsoDate,
    note: optionalText(2000),
    members: Members,
  })
  .strict();
export type RecomposeBody = z.output<typeof RecomposeBody>;
export type RecomposeInput = z.input<typeof RecomposeBody>;

export const CouncilQuery = z.object({ date: IsoDate.optional() });
export type CouncilQuery = z.output<typeof CouncilQuery>;

export const CouncilListQuery = ListQuery.extend({ date: IsoDate.optional() });
export type CouncilListQuery = z.output<typeof CouncilListQuery>;

const Ref = z.object({ id: z.string(), name: z.string() });

export const CouncilMemberView = z.object({
  id: z.string(),
  personId: z.string(),
  fullName: z.string(),
  role: CouncilRoleCode,
  position: z.string().nullable(),
  organisation: z.string().nullable(),
  from: z.string(),
  to: z.string().nullable(),
});
export type CouncilMemberView = z.infer<typeof CouncilMemberView>;

export const CouncilChangeView = z.object({
  id: z.string(),
  kind: z.enum(['establish', 'recompose']),
  decision: z.string(),
  effectiveOn: z.string(),
  note: z.string().nullable(),
  membersTotal: z.number().int(),
  /** Who joined and who left with this change. */
  joined: z.array(z.string()),
  left: z.array(z.string()),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type CouncilChangeView = z.infer<typeof CouncilChangeView>;

export const CouncilView = z.object({
  id: z.string(),
  authority: Ref,
  name: z.string(),
  decision: z.string(),
  establishedOn: z.string(),
  dissolvedOn: z.string().nullable(),
  note: z.string().nullable(),
  /** The date the composition below is shown for. */
  date: z.string(),
  /** Members on that date, in the order of roles. */
  members: z.array(CouncilMemberView),
  membersTotal: z.number().int(),
  /** Why the council cannot meet on that date, if it cannot. */
  termError: z.string().nullable(),
  /** Every membership period ever, newest first. */
  history: z.array(CouncilMemberView),
  changes: z.array(CouncilChangeView),
  version: z.number().int(),
  can: z.object({ update: z.boolean(), recompose: z.boolean(), createMeeting: z.boolean() }),
});
export type CouncilView = z.infer<typeof CouncilView>;

export const CouncilListItem = z.object({
  id: z.string(),
  authority: Ref,
  name: z.string(),
  establishedOn: z.string(),
  dissolvedOn: z.string().nullable(),
  membersTotal: z.number().int(),
  lastChangeOn: z.string(),
  openMeetings: z.number().int(),
});
export type CouncilListItem = z.infer<typeof CouncilListItem>;

export const CouncilPage = pageOf(CouncilListItem).extend({ can: z.object({ create: z.boolean() }) });
export type CouncilPage = z.infer<typeof CouncilPage>;

// ---- Meetings ----

const Time = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'Giờ họp phải có dạng HH:MM (ví dụ 14:00)')
  .nullable()
  .optional()
  .transform((v) => v ?? null);

/** POST /api/councils/:id/meetings */
export const MeetingCreateBody = z
  .object({
    title: text({ min: 5, max: 300 }),
    heldOn: IsoDate,
    startTime: Time,
    place: optionalText(300),
    sessionKind: SessionKindCode.default('award'),
    chairPersonId: Uuid('Mã người chủ trì không hợp lệ').nullable().optional(),
    secretaryPersonId: Uuid('Mã thư ký không hợp lệ').nullable().optional(),
    dossierIds: z.array(Uuid('Mã hồ sơ không hợp lệ')).max(200).default([]),
  })
  .strict();
export type MeetingCreateBody = z.output<typeof MeetingCreateBody>;
export type MeetingCreateInput = z.input<typeof MeetingCreateBody>;

/** PATCH /api/council-meetings/:id (open meetings only) */
export const MeetingUpdateBody = z
  .object({
    version: Version,
    title: text({ min: 5, max: 300 }).optional(),
    heldOn: IsoDate.optional(),
    startTime: Time.optional(),
    place: optionalText(300).optional(),
    sessionKind: SessionKindCode.optional(),
    chairPersonId: Uuid('Mã người chủ trì không hợp lệ').nullable().optional(),
    secretaryPersonId: Uuid('Mã thư ký không hợp lệ').nullable().optional(),
    conclusion: optionalParagraphs(20_000).optional(),
  })
  .strict()
  .refine(nonEmpty, { message: NOTHING_TO_CHANGE });
export type MeetingUpdateBody = z.output<typeof MeetingUpdateBody>;
export type MeetingUpdateInput = z.input<typeof MeetingUpdateBody>;

/** PUT /api/council-meetings/:id/agenda: the dossiers considered, in order. */
export const AgendaBody = z
  .object({ version: Version, dossierIds: z.array(Uuid('Mã hồ sơ không hợp lệ')).max(200) })
  .strict();
export type AgendaBody = z.output<typeof AgendaBody>;
export type AgendaInput = z.input<typeof AgendaBody>;

/** PUT /api/council-meetings/:id/attendance: the status of some or all members. */
export const AttendanceBody = z
  .object({
    version: Version,
    items: z
      .array(
        z
          .object({
            personId: Uuid('Mã thành viên không hợp lệ'),
            status: AttendanceCode,
            note: optionalText(500),
          })
          .strict(),
      )
      .min(1, 'Chưa có thành viên nào')
      .max(100),
  })
  .strict();
export type AttendanceBody = z.output<typeof AttendanceBody>;
export type AttendanceInput = z.input<typeof AttendanceBody>;

const Count = (label: string) =>
  z
    .number({ error: `${label} phải là số` })
    .int(`${label} phải là số nguyên`)
    .min(0, `${label} không được âm`)
    .max(1000, `${label} quá lớn`);

/** PUT /api/council-meetings/:id/ballots/:nomineeId: the counts, or each member's vote. */
export const BallotBody = z
  .object({
    version: Version,
    mode: BallotModeCode,
    /** The kind voted on; defaults to the kind the appraisal proposed, else the one requested. */
    awardKind: AwardKindCodeInput.optional(),
    agree: Count('Số phiếu đồng ý').optional(),
    disagree: Count('Số phiếu không đồng ý').optional(),
    invalid: Count('Số phiếu không hợp lệ').optional(),
    votes: z
      .array(z.object({ personId: Uuid('Mã thành viên không hợp lệ'), vote: VoteCode }).strict())
      .max(100)
      .optional(),
    note: optionalText(1000),
  })
  .strict()
  .superRefine((b, ctx) => {
    if (b.mode === 'counts') {
      for (const key of ['agree', 'disagree', 'invalid'] as const) {
        if (b[key] === undefined)
          ctx.addIssue({ code: 'custom', path: [key], message: 'Chưa nhập số phiếu' });
      }
      if (b.votes !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['votes'], message: 'Đã chọn nhập tổng số phiếu' });
      }
    } else if (b.votes === undefined || b.votes.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['votes'], message: 'Chưa ghi phiếu của thành viên nào' });
    }
  });
export type BallotBody = z.output<typeof BallotBody>;
export type BallotInput = z.input<typeof BallotBody>;

export const VersionBody = z.object({ version: Version }).strict();
export type VersionBody = z.output<typeof VersionBody>;

export const VersionQuery = z.object({ version: z.coerce.number().int().min(1) });
export type VersionQuery = z.output<typeof VersionQuery>;

export const BallotParams = z.object({
  id: Uuid('Mã phiên họp không hợp lệ'),
  nomineeId: Uuid('Mã người được đề nghị không hợp lệ'),
});

export const MeetingListQuery = ListQuery.extend({
  councilId: Uuid('Mã Hội đồng không hợp lệ').optional(),
  status: z.enum(MEETING_STATUSES).optional(),
});
export type MeetingListQuery = z.output<typeof MeetingListQuery>;

export const QuorumView = z.object({
  met: z.boolean(),
  text: z.string(),
  ruleLabel: z.string(),
  basis: z.string(),
  assumption: z.boolean(),
});

export const AttendanceSummaryView = z.object({
  membersTotal: z.number().int(),
  present: z.number().int(),
  absentWritten: z.number().int(),
  absent: z.number().int(),
  unrecorded: z.number().int(),
});

export const MeetingMemberView = z.object({
  personId: z.string(),
  fullName: z.string(),
  role: CouncilRoleCode,
  position: z.string().nullable(),
  organisation: z.string().nullable(),
  attendance: AttendanceCode.nullable(),
  attendanceNote: z.string().nullable(),
});
export type MeetingMemberView = z.infer<typeof MeetingMemberView>;

export const VoteRuleView = z.object({
  kind: z.enum(['threshold', 'majority']),
  threshold: z.number(),
  strict: z.boolean(),
  text: z.string(),
  source: z.string(),
  assumption: z.boolean(),
});
export type VoteRuleView = z.infer<typeof VoteRuleView>;

export const BallotView = z.object({
  id: z.string(),
  awardKind: z.string(),
  awardKindName: z.string(),
  mode: BallotModeCode,
  agree: z.number().int(),
  disagree: z.number().int(),
  invalid: z.number().int(),
  writtenVotes: z.number().int(),
  membersTotal: z.number().int(),
  rule: VoteRuleView,
  passed: z.boolean(),
  outcomeText: z.string(),
  note: z.string().nullable(),
  votes: z.array(
    z.object({ personId: z.string(), fullName: z.string(), vote: VoteCode, written: z.boolean() }),
  ),
  recordedByName: z.string(),
  recordedAt: z.string(),
});
export type BallotView = z.infer<typeof BallotView>;

export const AgendaNomineeView = z.object({
  id: z.string(),
  position: z.number().int(),
  name: z.string(),
  subjectKind: z.string(),
  /** The kind requested, and the one the specialist proposed instead (if any). */
  awardKind: z.string(),
  awardKindName: z.string(),
  proposedAwardKind: z.string().nullable(),
  appraisal: z.string().nullable(),
  appraisalNote: z.string().nullable(),
  /** The kind the ballot is on by default and its rule at this meeting. */
  voteKind: z.string(),
  voteKindName: z.string(),
  rule: VoteRuleView.nullable(),
  /** Public disclosure: what the law or the authority requires, and what blocks the vote. */
  disclosure: z
    .object({ text: z.string(), disclosureId: z.string().nullable(), status: z.string().nullable() })
    .nullable(),
  blocked: z.string().nullable(),
  ballot: BallotView.nullable(),
  /** Final outcome written on the nominee when a meeting closed (possibly an earlier one). */
  outcome: z.enum(['passed', 'failed']).nullable(),
  decidedElsewhere: z.boolean(),
});
export type AgendaNomineeView = z.infer<typeof AgendaNomineeView>;

export const AgendaDossierView = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  status: z.string(),
  proposingUnit: Ref,
  regimeId: z.string(),
  nominees: z.array(AgendaNomineeView),
});
export type AgendaDossierView = z.infer<typeof AgendaDossierView>;

export const MeetingView = z.object({
  id: z.string(),
  council: Ref.extend({ authority: Ref }),
  title: z.string(),
  heldOn: z.string(),
  startTime: z.string().nullable(),
  place: z.string().nullable(),
  sessionKind: SessionKindCode,
  chair: Ref.nullable(),
  secretary: Ref.nullable(),
  status: z.enum(MEETING_STATUSES),
  conclusion: z.string().nullable(),
  regimeId: z.string(),
  members: z.array(MeetingMemberView),
  attendance: AttendanceSummaryView,
  quorum: QuorumView,
  termError: z.string().nullable(),
  agenda: z.array(AgendaDossierView),
  /** Dossiers in status 'council' addressed to the authority and not on this agenda. */
  candidates: z.array(
    z.object({ id: z.string(), code: z.string(), title: z.string(), nominees: z.number().int() }),
  ),
  closedAt: z.string().nullable(),
  closedByName: z.string().nullable(),
  version: z.number().int(),
  can: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    record: z.boolean(),
    close: z.boolean(),
  }),
});
export type MeetingView = z.infer<typeof MeetingView>;

export const MeetingListItem = z.object({
  id: z.string(),
  council: Ref,
  title: z.string(),
  heldOn: z.string(),
  startTime: z.string().nullable(),
  place: z.string().nullable(),
  status: z.enum(MEETING_STATUSES),
  dossiers: z.number().int(),
  nominees: z.number().int(),
  ballots: z.number().int(),
});
export type MeetingListItem = z.infer<typeof MeetingListItem>;

export const MeetingPage = pageOf(MeetingListItem);
export type MeetingPage = z.infer<typeof MeetingPage>;
