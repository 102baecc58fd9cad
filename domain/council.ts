// Councils (Hội đồng Thi đua - Khen thưởng, issue #4 points 4 and 8): who is a member at a date, the kiện toàn
// of a composition, a meeting's attendance and quorum, the vote rule of a nominee (the award kind's threshold of
// ALL members, or the majority rule for kinds without a required ballot), ballot tallies and their validation,
// and whether a nominee must first be published for public comment. Pure; the outcome of a ballot itself is
// domain/voting.ts ballotOutcome, the quorum share domain/voting.ts quorumRuleFor.

import { at, BN86, cite, N91, N98 } from './regimes/sources';
import { addWorkingDays, isWorkingDay } from './working-days';
import type { AwardKindDef, LegalBasis, RegimeId } from './regimes/types';
import {
  type BallotOutcome,
  ballotOutcome,
  quorum,
  type QuorumOutcome,
  type QuorumRule,
  quorumRuleFor,
  thresholdText,
} from './voting';

export const COUNCIL_ROLES = [
  'chu_tich',
  'pho_chu_tich_thuong_truc',
  'pho_chu_tich',
  'uy_vien',
  'uy_vien_thu_ky',
] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

/** Có mặt / vắng mặt có ý kiến bằng văn bản / vắng mặt. */
export const ATTENDANCE_STATUSES = ['present', 'absent_written', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Đồng ý / không đồng ý / phiếu không hợp lệ hoặc để trống. */
export const VOTE_CHOICES = ['agree', 'disagree', 'invalid'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

/** Phiên họp thường kỳ / phiên xét khen thưởng / phiên xét danh hiệu Anh hùng (domain/voting quorum rules). */
export const SESSION_KINDS = ['meeting', 'award', 'hero'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** A ballot records the counts only, or each member's vote. */
export const BALLOT_MODES = ['counts', 'individual'] as const;
export type BallotMode = (typeof BALLOT_MODES)[number];

export const MEETING_STATUSES = ['open', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const DISCLOSURE_STATUSES = ['draft', 'open', 'closed'] as const;
export type DisclosureStatus = (typeof DISCLOSURE_STATUSES)[number];

/** Không có ý kiến / có ý kiến, đã xem xét giải quyết / có ý kiến phản ánh đúng (đề nghị Hội đồng xem xét). */
export const DISCLOSURE_OUTCOMES = ['no_objections', 'objections_resolved', 'objections_upheld'] as const;
export type DisclosureOutcome = (typeof DISCLOSURE_OUTCOMES)[number];

export const COMMENT_STATUSES = ['new', 'handled'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

/** Field path → Vietnamese message; empty when the rule holds. */
export type FieldErrors = Record<string, string>;

// ---- Numbers and dates ----

const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** "81,25%" (a share of 1, at most two decimals, Vietnamese decimal comma). */
export function formatPercent(share: number): string {
  return `${percent.format(share * 100)}%`;
}

/** "Từ 80%" / "Trên 50%" of all members, as the minutes write a rule. */
export function ruleShareText(rule: { threshold: number; strict: boolean }): string {
  return `${rule.strict ? 'Trên' : 'Từ'} ${thresholdText(rule.threshold)}`;
}

/** The calendar day before an ISO date. */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** dd/MM/yyyy. */
export function viDate(date: string): string {
  return date.split('-').reverse().join('/');
}

// ---- Membership over time ----

export interface MembershipPeriod {
  id?: string;
  personId: string;
  role: CouncilRole;
  position?: string | null;
  organisation?: string | null;
  /** Inclusive. */
  from: string;
  /** Inclusive; null while the member serves. */
  to: string | null;
}

/** Whether a membership period covers the date. */
export function activeAt(period: Pick<MembershipPeriod, 'from' | 'to'>, date: string): boolean {
  return period.from <= date && (period.to === null || date <= period.to);
}

/** The members of the council on a date (one period per person on any date). */
export function membersAt<P extends MembershipPeriod>(periods: readonly P[], date: string): P[] {
  return periods.filter((p) => activeAt(p, date));
}

/** How many members the council has on a date: the denominator of every ballot held that day. */
export function memberCountAt(periods: readonly MembershipPeriod[], date: string): number {
  return membersAt(periods, date).length;
}

export interface CouncilTerm {
  /** The day the establishing decision takes effect. */
  establishedOn: string;
  /** The day the council ends (e.g. the district level ended on 30/6/2025); null while it works. */
  dissolvedOn: string | null;
}

/** Why the council cannot meet on a date (null when it can): outside its term, or without members. */
export function termError(
  term: CouncilTerm,
  periods: readonly MembershipPeriod[],
  date: string,
): string | null {
  if (date < term.establishedOn) {
    return `Ngày ${viDate(date)} trước ngày thành lập Hội đồng (${viDate(term.establishedOn)})`;
  }
  if (term.dissolvedOn !== null && date > term.dissolvedOn) {
    return `Hội đồng đã kết thúc hoạt động từ sau ngày ${viDate(term.dissolvedOn)}`;
  }
  if (memberCountAt(periods, date) === 0) return `Ngày ${viDate(date)} Hội đồng chưa có thành viên`;
  return null;
}

export interface CompositionMember {
  personId: string;
  role: CouncilRole;
  position: string | null;
  organisation: string | null;
}

/** The smallest council that can vote meaningfully (a chair, a deputy or member, a secretary). */
export const MIN_MEMBERS = 3;
export const MAX_MEMBERS = 100;

/**
 * A composition as a decision names it: each person once, exactly one Chủ tịch, at most one Phó Chủ tịch
 * thường trực and one Ủy viên kiêm Thư ký, between 3 and 100 members.
 */
export function compositionErrors(members: readonly CompositionMember[]): FieldErrors {
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  members.forEach((m, i) => {
    if (seen.has(m.personId))
      errors[`members.${i}.personId`] = 'Người này đã có tên trong thành phần Hội đồng';
    seen.add(m.personId);
  });
  const count = (role: CouncilRole) => members.filter((m) => m.role === role).length;
  if (members.length < MIN_MEMBERS) {
    errors.members = `Hội đồng phải có ít nhất ${MIN_MEMBERS} thành viên`;
  } else if (members.length > MAX_MEMBERS) {
    errors.members = `Hội đồng có nhiều nhất ${MAX_MEMBERS} thành viên`;
  } else if (count('chu_tich') !== 1) {
    errors.members =
      count('chu_tich') === 0 ? 'Hội đồng phải có một Chủ tịch' : 'Hội đồng chỉ có một Chủ tịch';
  } else if (count('pho_chu_tich_thuong_truc') > 1) {
    errors.members = 'Hội đồng chỉ có một Phó Chủ tịch thường trực';
  } else if (count('uy_vien_thu_ky') > 1) {
    errors.members = 'Hội đồng chỉ có một Ủy viên kiêm Thư ký';
  }
  return errors;
}

export interface RecompositionPlan {
  /** Periods that end the day before the change (the member leaves or changes role, position or organisation). */
  close: { id: string; to: string }[];
  /** New periods starting on the change. */
  open: CompositionMember[];
  /** Periods that continue unchanged. */
  kept: string[];
}

const sameSeat = (p: MembershipPeriod, m: CompositionMember) =>
  p.personId === m.personId &&
  p.role === m.role &&
  (p.position ?? null) === m.position &&
  (p.organisation ?? null) === m.organisation;

/**
 * Kiện toàn: the composition from `effectiveOn` as the new decision names it. Members who stay in the same seat
 * keep their period; the others' periods end the day before and new ones start, so the history is kept.
 */
export function planRecomposition(
  periods: readonly (MembershipPeriod & { id: string })[],
  next: readonly CompositionMember[],
  effectiveOn: string,
): RecompositionPlan {
  const current = membersAt(periods, effectiveOn);
  const plan: RecompositionPlan = { close: [], open: [], kept: [] };
  for (const p of current) {
    if (next.some((m) => sameSeat(p, m))) plan.kept.push(p.id);
    else plan.close.push({ id: p.id, to: dayBefore(effectiveOn) });
  }
  for (const m of next) {
    if (!current.some((p) => sameSeat(p, m))) plan.open.push(m);
  }
  return plan;
}

// ---- Attendance and quorum ----

export interface AttendanceSummary {
  /** All members on the meeting date. */
  membersTotal: number;
  present: number;
  absentWritten: number;
  absent: number;
  /** Members whose attendance is not recorded yet. */
  unrecorded: number;
}

/** Counts the attendance of the members of a meeting (statuses of non-members are ignored). */
export function attendanceSummary(
  memberIds: readonly string[],
  attendance: ReadonlyMap<string, AttendanceStatus>,
): AttendanceSummary {
  const summary: AttendanceSummary = {
    membersTotal: memberIds.length,
    present: 0,
    absentWritten: 0,
    absent: 0,
    unrecorded: 0,
  };
  for (const id of memberIds) {
    const status = attendance.get(id);
    if (status === 'present') summary.present++;
    else if (status === 'absent_written') summary.absentWritten++;
    else if (status === 'absent') summary.absent++;
    else summary.unrecorded++;
  }
  return summary;
}

export interface MeetingQuorum extends QuorumOutcome {
  rule: QuorumRule;
}

/** The quorum of a meeting: members present against the rule of the session kind in the regime of the date. */
export function meetingQuorum(
  summary: AttendanceSummary,
  regime: RegimeId,
  session: SessionKind,
): MeetingQuorum {
  const rule = quorumRuleFor(regime, session);
  return { ...quorum({ present: summary.present, membersTotal: summary.membersTotal }, rule), rule };
}

// ---- The vote rule of a nominee ----

/** A province's (or unit's) regulation in force, as domain/catalog LocalOverlay: the document and its params. */
export interface OverlayInForce {
  document: string;
  /** Plain parameter keys, or "CODE.key". */
  params: Readonly<Record<string, number | boolean>>;
}

export interface NomineeVoteRule {
  /** 'threshold': the kind requires a secret ballot with a share of all members; 'majority': more than half. */
  kind: 'threshold' | 'majority';
  threshold: number;
  strict: boolean;
  /** Vietnamese: "Từ 80% tổng số thành viên Hội đồng đồng ý (bỏ phiếu kín)". */
  text: string;
  /** Where the threshold comes from (law article or local regulation). */
  source: string;
  basis: LegalBasis;
  assumption: boolean;
}

/**
 * The majority rule: the council works by majority (biểu quyết theo đa số); a nominee whose kind needs no secret
 * ballot passes with the agreement of more than half of ALL members (the same denominator as ballots).
 */
export function majorityRule(regime: RegimeId): NomineeVoteRule {
  const basis =
    regime === 'A'
      ? at(
          N91,
          'Điều 63',
          'U',
          'Nguyên tắc biểu quyết theo đa số của Hội đồng; tỷ lệ trên tổng số thành viên là giả định',
        )
      : regime === 'B'
        ? at(N98, 'Điều 49', 'S', 'Hội đồng cấp huyện, cấp xã, cơ quan, đơn vị làm việc theo đa số')
        : at(BN86, 'Điều 8, Điều 9', 'S', 'Ví dụ quy chế tỉnh: Hội đồng biểu quyết theo đa số');
  return {
    kind: 'majority',
    threshold: 0.5,
    strict: true,
    text: 'Biểu quyết theo đa số: trên 50% tổng số thành viên Hội đồng đồng ý (loại khen thưởng này không bắt buộc bỏ phiếu kín)',
    source: cite(basis),
    basis,
    assumption: basis.tag === 'U',
  };
}

function overlayThreshold(
  def: AwardKindDef,
  overlays: readonly OverlayInForce[],
): { value: number; document: string } | null {
  const key = def.vote.thresholdParam;
  if (!key) return null;
  const param = def.params?.find((p) => p.key === key);
  let found: { value: number; document: string } | null = null;
  // Farthest first: the nearest unit's regulation wins, a kind-specific key over a plain one.
  for (const overlay of overlays) {
    for (const raw of [key, `${def.code}.${key}`]) {
      const value = overlay.params[raw];
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      if (value < (param?.min ?? 0) || value > (param?.max ?? 1)) continue;
      found = { value, document: overlay.document };
    }
  }
  return found;
}

/**
 * The rule a council applies to a nominee of an award kind: the kind's ballot threshold of ALL members (a local
 * regulation may set it where the regime lets it: `thresholdParam`), or the majority rule when the kind requires
 * no ballot or no threshold is set anywhere.
 */
export function voteRuleFor(
  def: AwardKindDef,
  regime: RegimeId,
  overlays: readonly OverlayInForce[] = [],
): NomineeVoteRule {
  const local = overlayThreshold(def, overlays);
  const param = def.params?.find((p) => p.key === def.vote.thresholdParam);
  // As domain/catalog: a declared parameter's default stands in for a threshold the law leaves open.
  const fallback = typeof param?.default === 'number' ? param.default : def.vote.threshold;
  const threshold = local?.value ?? fallback;
  if (!def.vote.required || threshold === null) return majorityRule(regime);
  const share = thresholdText(threshold);
  return {
    kind: 'threshold',
    threshold,
    strict: false,
    text: `Bỏ phiếu kín: từ ${share} tổng số thành viên Hội đồng đồng ý (kể cả thành viên vắng mặt có ý kiến bằng văn bản)`,
    source: local ? `${local.document} (quy chế địa phương)` : cite(def.vote.basis),
    basis: def.vote.basis,
    assumption: local ? false : def.vote.assumption === true || param?.assumption === true,
  };
}

// ---- Ballots ----

export interface BallotTally {
  agree: number;
  disagree: number;
  invalid: number;
}

/** The outcome of a nominee's ballot under its rule, with ALL members of the council as the denominator. */
export function nomineeOutcome(
  tally: BallotTally,
  membersTotal: number,
  rule: NomineeVoteRule,
): BallotOutcome {
  return ballotOutcome(
    { agree: tally.agree, disagree: tally.disagree, abstain: tally.invalid, membersTotal },
    { threshold: rule.threshold, strict: rule.strict },
  );
}

/**
 * Counts entered by hand: whole numbers, no more ballots than members of the council, nor than members able to
 * vote (present, or absent with a written vote).
 */
export function ballotCountErrors(tally: BallotTally, summary: AttendanceSummary): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, label] of [
    ['agree', 'Số phiếu đồng ý'],
    ['disagree', 'Số phiếu không đồng ý'],
    ['invalid', 'Số phiếu không hợp lệ, để trống'],
  ] as const) {
    const v = tally[field];
    if (!Number.isInteger(v) || v < 0) errors[field] = `${label} phải là số nguyên không âm`;
  }
  if (Object.keys(errors).length > 0) return errors;
  const cast = tally.agree + tally.disagree + tally.invalid;
  const voters = summary.present + summary.absentWritten;
  if (cast > summary.membersTotal) {
    errors.agree = `Tổng số phiếu (${cast}) vượt quá số thành viên Hội đồng (${summary.membersTotal})`;
  } else if (cast > voters) {
    errors.agree = `Tổng số phiếu (${cast}) vượt quá số thành viên có mặt và vắng mặt có ý kiến bằng văn bản (${voters})`;
  }
  return errors;
}

export interface MemberVote {
  personId: string;
  vote: VoteChoice;
}

/**
 * Each member's vote: only members of the council on the meeting date, each once; a member absent without a
 * written opinion cannot vote, and attendance must be recorded first. Returns the errors and the tally (votes of
 * absent members count as written votes).
 */
export function memberVotes(
  votes: readonly MemberVote[],
  attendance: ReadonlyMap<string, AttendanceStatus | null>,
  names: ReadonlyMap<string, string> = new Map(),
): { errors: FieldErrors; tally: BallotTally & { written: number } } {
  const errors: FieldErrors = {};
  const tally = { agree: 0, disagree: 0, invalid: 0, written: 0 };
  const seen = new Set<string>();
  votes.forEach((v, i) => {
    const field = `votes.${i}.personId`;
    const name = names.get(v.personId) ?? 'Người này';
    if (!attendance.has(v.personId)) {
      errors[field] = `${name} không phải thành viên Hội đồng tại ngày họp`;
      return;
    }
    if (seen.has(v.personId)) {
      errors[field] = `${name} đã bỏ phiếu: mỗi thành viên chỉ bỏ một phiếu`;
      return;
    }
    seen.add(v.personId);
    const status = attendance.get(v.personId) ?? null;
    if (status === null) {
      errors[field] = `Chưa ghi nhận ${name} có mặt hay vắng mặt`;
      return;
    }
    if (status === 'absent') {
      errors[field] = `${name} vắng mặt không có ý kiến bằng văn bản nên không có phiếu`;
      return;
    }
    tally[v.vote]++;
    if (status === 'absent_written') tally.written++;
  });
  return { errors, tally };
}

// ---- Public disclosure before the vote ----

export interface DisclosureRequirement {
  /** Length of the comment period. */
  days: number;
  dayKind: 'working' | 'calendar';
  /** 'law': the kind requires it (legal.md §9); 'setting': the authority's administrator chose it. */
  source: 'law' | 'setting';
  /** Vietnamese: why, with the basis. */
  text: string;
}

/** The default comment period when an administrator adds a kind (10 working days, as N98 Điều 46). */
export const DEFAULT_DISCLOSURE_DAYS = 10;

/**
 * Whether nominees of a kind must be published for public comment before the council votes: when the regime
 * says so (legal.md §9: CSTĐ toàn quốc, Anh hùng, Huân chương …), or when the authority's administrator added
 * the kind (its own period).
 */
export function disclosureRequirement(
  def: AwardKindDef | null,
  setting: { days: number } | null,
): DisclosureRequirement | null {
  if (def?.disclosure) {
    const d = def.disclosure;
    const kind = d.dayKind ?? 'working';
    return {
      days: d.workingDays,
      dayKind: kind,
      source: 'law',
      text: `${d.text ?? 'Công khai lấy ý kiến Nhân dân'} — ${d.workingDays} ngày${kind === 'working' ? ' làm việc' : ''} (${cite(d.basis)})`,
    };
  }
  if (setting) {
    return {
      days: setting.days,
      dayKind: 'working',
      source: 'setting',
      text: `Công khai lấy ý kiến ${setting.days} ngày làm việc theo lựa chọn của cơ quan có thẩm quyền`,
    };
  }
  return null;
}

/** Why a nominee cannot be voted on yet because of its disclosure (null when it can). */
export function disclosureBlock(
  requirement: DisclosureRequirement | null,
  disclosure: { status: DisclosureStatus; outcome: DisclosureOutcome | null } | null,
  nomineeName: string,
): string | null {
  if (!requirement) return null;
  const why = `${nomineeName}: loại khen thưởng phải công khai lấy ý kiến trước khi Hội đồng bỏ phiếu`;
  if (!disclosure) return `${why}; chưa lập đợt công khai`;
  if (disclosure.status !== 'closed' || disclosure.outcome === null) {
    return `${why}; đợt công khai chưa kết thúc và chưa ghi nhận kết quả`;
  }
  return null;
}

export interface CommentPeriod {
  opensOn: string;
  /** The last day comments are received (inclusive). */
  closesOn: string;
  /** Some day lies in a year the holiday table does not cover (domain/working-days): only weekends skipped. */
  approximate: boolean;
}

/**
 * The comment period of a disclosure published on `opensOn`: `days` working days counting the day of
 * publication when it is a working day (else from the next one), or `days` calendar days.
 */
export function commentPeriod(opensOn: string, days: number, dayKind: 'working' | 'calendar'): CommentPeriod {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`Số ngày công khai "${days}" không hợp lệ.`);
  if (dayKind === 'calendar') {
    const d = new Date(`${opensOn}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days - 1);
    return { opensOn, closesOn: d.toISOString().slice(0, 10), approximate: false };
  }
  const end = addWorkingDays(opensOn, isWorkingDay(opensOn) ? days - 1 : days);
  return { opensOn, closesOn: end.date, approximate: end.approximate };
}

/** Whether comments are received on a date. */
export function acceptsComments(
  d: { status: DisclosureStatus; opensOn: string | null; closesOn: string | null },
  today: string,
): boolean {
  return (
    d.status === 'open' &&
    d.opensOn !== null &&
    d.closesOn !== null &&
    d.opensOn <= today &&
    today <= d.closesOn
  );
}

/** Digits that could be a CCCD/CMND (9–12 in a row) hidden from text published to the public. */
export function redactPublicText(text: string): string {
  return text.replace(/(?<!\d)\d{9,12}(?!\d)/g, '[đã ẩn]');
}
