// Đăng ký thi đua (issue #5 point 3): a unit's yearly registration of the titles it and its people aim for, sent
// to its parent unit, which accepts or returns it. Statuses, transitions, deadline, lines and figures — pure.

import type { AwardKindCode, AwardKindDef, SubjectKind } from './regimes/types';

export const REGISTRATION_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const REGISTRATION_STATUS_LABELS: Record<RegistrationStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  accepted: 'Đã chấp nhận',
  returned: 'Bị trả lại',
};

/** Actions recorded as events; `resubmit` is a submit after a return. */
export const REGISTRATION_ACTIONS = ['create', 'submit', 'resubmit', 'accept', 'return'] as const;
export type RegistrationAction = (typeof REGISTRATION_ACTIONS)[number];

export const REGISTRATION_ACTION_LABELS: Record<RegistrationAction, string> = {
  create: 'Lập đăng ký',
  submit: 'Gửi đăng ký',
  resubmit: 'Gửi lại đăng ký',
  accept: 'Chấp nhận đăng ký',
  return: 'Trả lại đăng ký',
};

/** Which side acts: the registering unit, or its parent (the recipient). */
export type RegistrationSide = 'unit' | 'parent';

interface Transition {
  from: readonly RegistrationStatus[];
  to: RegistrationStatus;
  side: RegistrationSide;
}

/**
 * The transitions: the unit submits a draft (or resubmits after a return); the parent accepts a submitted
 * registration, or returns a submitted or accepted one with a reason (returning an accepted registration lets the
 * unit register additional titles, then it is submitted again).
 */
const TRANSITIONS: Record<'submit' | 'accept' | 'return', Transition> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', side: 'unit' },
  accept: { from: ['submitted'], to: 'accepted', side: 'parent' },
  return: { from: ['submitted', 'accepted'], to: 'returned', side: 'parent' },
};

export type RegistrationMove = keyof typeof TRANSITIONS;

export interface TransitionResult {
  ok: boolean;
  to: RegistrationStatus;
  /** The event recorded: a submit from `returned` is a resubmit. */
  action: RegistrationAction;
  side: RegistrationSide;
  /** Why it is refused (Vietnamese), when not ok. */
  message?: string;
}

/** The result of applying a move to a registration in `status`. */
export function registrationTransition(status: RegistrationStatus, move: RegistrationMove): TransitionResult {
  const t = TRANSITIONS[move];
  const action: RegistrationAction = move === 'submit' && status === 'returned' ? 'resubmit' : move;
  if (t.from.includes(status)) return { ok: true, to: t.to, action, side: t.side };
  const label = REGISTRATION_STATUS_LABELS[status].toLowerCase();
  const messages: Record<RegistrationMove, string> = {
    submit: `Đăng ký đang ở trạng thái “${label}”, không gửi được`,
    accept: `Chỉ chấp nhận được đăng ký đã gửi (đăng ký đang ở trạng thái “${label}”)`,
    return: `Chỉ trả lại được đăng ký đã gửi hoặc đã chấp nhận (đăng ký đang ở trạng thái “${label}”)`,
  };
  return { ok: false, to: status, action, side: t.side, message: messages[move] };
}

/** Lines may be changed while the registration is with the unit (a draft, or returned to it). */
export function isEditable(status: RegistrationStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/** The moves open to each side in a status (for the `can` map). */
export function movesFor(status: RegistrationStatus, side: RegistrationSide): RegistrationMove[] {
  return (Object.keys(TRANSITIONS) as RegistrationMove[]).filter(
    (m) => TRANSITIONS[m].side === side && TRANSITIONS[m].from.includes(status),
  );
}

// ---- Deadline ----

/** Whole calendar days from one ISO date to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/** Days late of a submission on `submittedOn` against the deadline (0 when on time or without a deadline). */
export function daysLate(submittedOn: string, dueOn: string | null): number {
  if (!dueOn) return 0;
  return Math.max(0, daysBetween(dueOn, submittedOn));
}

/**
 * The deadline state shown with a registration: submitted late (days late at the first submission), or not yet
 * submitted and already past the deadline on `today`.
 */
export function deadlineState(
  facts: { status: RegistrationStatus; firstSubmittedOn: string | null; dueOn: string | null },
  today: string,
): { late: boolean; daysLate: number; overdue: boolean } {
  if (facts.firstSubmittedOn) {
    const late = daysLate(facts.firstSubmittedOn, facts.dueOn);
    return { late: late > 0, daysLate: late, overdue: false };
  }
  const overdue = facts.dueOn !== null && today > facts.dueOn;
  return { late: false, daysLate: overdue ? daysBetween(facts.dueOn!, today) : 0, overdue };
}

// ---- Lines ----

/** Subjects a registration line may name: a person (individual titles) or a unit (collective titles). */
export const REGISTRATION_SUBJECT_KINDS = [
  'individual',
  'collective',
] as const satisfies readonly SubjectKind[];
export type RegistrationSubjectKind = (typeof REGISTRATION_SUBJECT_KINDS)[number];

/**
 * Why an award kind cannot be registered for this subject kind in the regime of the year (null: it can). Only
 * emulation titles (danh hiệu thi đua) are registered; forms of commendation (Bằng khen, Giấy khen …) are proposed
 * on achievements, not pledged.
 */
export function lineKindError(
  def: AwardKindDef | null,
  subjectKind: RegistrationSubjectKind,
  year: number,
): string | null {
  if (!def) return `Chế độ áp dụng cho năm ${year} không có danh hiệu này`;
  if (def.category !== 'title') return `“${def.name}” là hình thức khen thưởng, không đăng ký thi đua`;
  if (!def.subjects.includes(subjectKind)) {
    return subjectKind === 'individual'
      ? `“${def.name}” không phải danh hiệu dành cho cá nhân`
      : `“${def.name}” không phải danh hiệu dành cho tập thể`;
  }
  return null;
}

export interface LineKey {
  subjectKind: RegistrationSubjectKind;
  subjectId: string;
  awardKind: AwardKindCode;
}

const keyOf = (l: LineKey) => `${l.subjectKind}:${l.subjectId}:${l.awardKind}`;

/** Indexes of lines that repeat an earlier line (same subject and title). */
export function duplicateLines(lines: readonly LineKey[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  lines.forEach((l, i) => {
    const k = keyOf(l);
    if (seen.has(k)) out.push(i);
    seen.add(k);
  });
  return out;
}

// ---- Figures ----

export interface KindFigure {
  awardKind: AwardKindCode;
  registered: number;
  /** Registered lines whose subject received that title for the year (a recorded, non-revoked award). */
  achieved: number;
}

/**
 * Registered versus achieved, per award kind (in the order of first appearance): a line is achieved when an
 * award of the same kind and subject exists for the year.
 */
export function kindFigures(lines: readonly LineKey[], awards: readonly LineKey[]): KindFigure[] {
  const awarded = new Set(awards.map(keyOf));
  const out = new Map<AwardKindCode, KindFigure>();
  for (const line of lines) {
    const f = out.get(line.awardKind) ?? { awardKind: line.awardKind, registered: 0, achieved: 0 };
    f.registered++;
    if (awarded.has(keyOf(line))) f.achieved++;
    out.set(line.awardKind, f);
  }
  return [...out.values()];
}
