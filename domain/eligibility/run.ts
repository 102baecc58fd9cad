// The machinery of evaluation: run an award kind's criteria (CriterionDef of the catalog) through the checks
// registered by id, combine alternatives (group/option), and decide the verdict. The checks themselves live in
// checks-*.ts; this file knows nothing of any particular title.

import type { EffectiveCatalog, EffectiveKind } from '../catalog';
import type {
  AwardKindCode,
  CriterionDef,
  CriterionResult,
  CriterionStatus,
  EligibilityRequest,
  Evidence,
} from '../regimes/types';
import type { EligibilityHistory, Facts } from './facts';
import { awardEvidence, kindName } from './text';

/** A criterion's result as the engine reports it: the catalog's row plus how alternatives were combined. */
export interface EligibilityCriterion extends CriterionResult {
  /** Member of a group of alternatives (CriterionDef.group / option). */
  group?: string;
  option?: string;
  /** Set on the row that sums up a group of alternatives: the status of each option. */
  alternatives?: { option: string; status: CriterionStatus; criteria: string[]; judgement: boolean }[];
  /** Rests on an unverified rule (tag U of legal.md): an assumption an administrator may override. */
  assumption?: boolean;
}

export interface Outcome {
  status: CriterionStatus;
  evidence: Evidence[];
  presumed?: boolean;
  judgement?: boolean;
}

/** A title held in a year: by a recorded award, or (same year only) by its criteria met on the data. */
export interface HeldResult extends Outcome {
  via: 'award' | 'criteria' | 'none';
}

export interface CheckInput {
  facts: Facts;
  history: EligibilityHistory;
  request: EligibilityRequest;
  /** The year being judged: the request's year, or the same year in a nested prerequisite. */
  year: number;
  catalog: EffectiveCatalog;
  kind: EffectiveKind;
  criterion: CriterionDef;
  /** Ids of recorded awards that ARE the award being evaluated (an initiative they used still counts). */
  ownAwardIds: readonly string[];
  /** A numeric parameter of the kind (overlay applied), or the fallback when the catalog has none. */
  param(key: string | undefined, fallback: number): number;
  /** True when the kind's parameter is an exclusive bound (regime A TTLĐTT "> 50%"). */
  isStrict(key: string | undefined, fallback: boolean): boolean;
  /** Whether `code` is held in `year`: a recorded award, or in the request year its criteria met. */
  held(code: AwardKindCode, year: number): HeldResult;
  /** Per-evaluation memo for analyses several criteria share (e.g. Bằng khen Thủ tướng point b). */
  memo: Map<string, unknown>;
  /**
   * False when only the verdict is asked (evaluateVerdict): the check may then return its status alone (bare),
   * without the evidence no one will read; true for the full explanation (evaluate).
   */
  explain: boolean;
}

export type Check = (input: CheckInput) => Outcome;

/**
 * What a check reads, in years counted back from the year judged (1: that year only; 3: that year and the two
 * before). A streak's counting floor (the previous award of the kind, N152 Đ4 k4 / L22 Đ5 k2c) only matters when
 * it falls inside the years of the streak, so the same count covers it.
 */
export interface Reach {
  ratings?: number;
  awards?: number;
  initiatives?: number;
  /** Titles the check may judge by their own criteria in the year judged (CheckInput.held). */
  holds?: readonly AwardKindCode[];
}

/** Every year back (a check whose window is not bounded, e.g. the years since the previous Bằng khen). */
export const ALL_YEARS = Number.POSITIVE_INFINITY;
export const EVERY_RECORD: Reach = { ratings: ALL_YEARS, awards: ALL_YEARS, initiatives: ALL_YEARS };

const STATUS_TEXT: Record<CriterionStatus, string> = {
  pass: 'đạt',
  fail: 'không đạt',
  unknown: 'chưa xác định',
};

export function statusText(status: CriterionStatus): string {
  return STATUS_TEXT[status];
}

/** Conjunction: any fail → fail; else any unknown → unknown; else pass. */
export function allOf(statuses: readonly CriterionStatus[]): CriterionStatus {
  if (statuses.includes('fail')) return 'fail';
  if (statuses.includes('unknown')) return 'unknown';
  return 'pass';
}

/** Disjunction: any pass → pass; else any unknown → unknown; else fail (and fail when empty). */
export function anyOf(statuses: readonly CriterionStatus[]): CriterionStatus {
  if (statuses.includes('pass')) return 'pass';
  if (statuses.includes('unknown')) return 'unknown';
  return 'fail';
}

// The outcomes of criteria without a check depend on their definition only: made once, frozen, shared.
const PRESUMED: Outcome = Object.freeze({
  status: 'pass',
  presumed: true,
  evidence: Object.freeze([
    Object.freeze({ kind: 'presumption', text: 'Coi là đạt vì không có hồ sơ nào cho thấy điều ngược lại.' }),
  ]) as Evidence[],
});
const JUDGEMENT: Outcome = Object.freeze({
  status: 'unknown',
  judgement: true,
  evidence: Object.freeze([
    Object.freeze({
      kind: 'judgement',
      text: 'Dữ liệu không quyết định được: cần người có thẩm quyền đánh giá.',
    }),
  ]) as Evidence[],
});
const NO_CHECK: Outcome = Object.freeze({
  status: 'unknown',
  evidence: Object.freeze([
    Object.freeze({ kind: 'judgement', text: 'Chưa có kiểm tra tự động cho tiêu chuẩn này: cần thẩm định.' }),
  ]) as Evidence[],
});

// A status without evidence, for a verdict only (CheckInput.explain false): shared, frozen.
const BARE: Readonly<Record<CriterionStatus, Outcome>> = {
  pass: Object.freeze({ status: 'pass', evidence: Object.freeze([]) as unknown as Evidence[] }),
  fail: Object.freeze({ status: 'fail', evidence: Object.freeze([]) as unknown as Evidence[] }),
  unknown: Object.freeze({ status: 'unknown', evidence: Object.freeze([]) as unknown as Evidence[] }),
};

/** The outcome of a status alone (no evidence): what a check returns when its input does not explain. */
export function bare(status: CriterionStatus): Outcome {
  return BARE[status];
}

function defaultOutcome(criterion: CriterionDef): Outcome {
  if (criterion.presumed) return PRESUMED;
  if (criterion.judgement) return JUDGEMENT;
  return NO_CHECK;
}

/** The criteria of a kind that apply to a subject kind, given the kind's boolean parameters. */
export function applicableCriteria(kind: EffectiveKind, subjectKind: string): CriterionDef[] {
  return kind.def.criteria.filter((c) => {
    if (c.subjects && !c.subjects.includes(subjectKind as never)) return false;
    if (c.enabledBy) return kind.params[c.enabledBy]?.value === true;
    return true;
  });
}

/** Runs criteria through the checks; groups of alternatives get a summary row after their members. */
export function runCriteria(
  criteria: readonly CriterionDef[],
  makeInput: (criterion: CriterionDef) => CheckInput,
  checks: Readonly<Record<string, Check>>,
): EligibilityCriterion[] {
  const rows: EligibilityCriterion[] = [];
  const groups = new Map<string, EligibilityCriterion[]>();
  for (const criterion of criteria) {
    const check = checks[criterion.id];
    const outcome = check ? check(makeInput(criterion)) : defaultOutcome(criterion);
    const row: EligibilityCriterion = {
      id: criterion.id,
      text: criterion.text,
      status: outcome.status,
      evidence: outcome.evidence,
      basis: criterion.basis,
    };
    if (outcome.presumed) row.presumed = true;
    if (outcome.judgement ?? (criterion.judgement && outcome.status === 'unknown')) row.judgement = true;
    if (criterion.assumption) row.assumption = true;
    if (criterion.group) {
      row.group = criterion.group;
      row.option = criterion.option ?? criterion.id;
      const members = groups.get(criterion.group) ?? [];
      members.push(row);
      groups.set(criterion.group, members);
    }
    rows.push(row);
  }
  for (const [group, members] of groups) rows.push(summarise(criteria, group, members));
  return rows;
}

// The text of a group's summary row depends on its members' definitions only: made once per criteria list.
const listedTexts = new WeakMap<readonly CriterionDef[], Map<string, string>>();

function summarise(
  criteria: readonly CriterionDef[],
  group: string,
  members: readonly EligibilityCriterion[],
): EligibilityCriterion {
  const options = new Map<string, EligibilityCriterion[]>();
  for (const m of members) options.set(m.option!, [...(options.get(m.option!) ?? []), m]);
  const alternatives = [...options].map(([option, rows]) => ({
    option,
    status: allOf(rows.map((r) => r.status)),
    criteria: rows.map((r) => r.id),
    judgement: rows.some((r) => r.judgement === true),
  }));
  const status = anyOf(alternatives.map((a) => a.status));
  const evidence: Evidence[] = alternatives.map((a) => ({
    kind: 'alternative',
    text: `Trường hợp (${a.option}): ${
      a.status === 'unknown' && a.judgement ? 'cần thẩm định' : statusText(a.status)
    }`,
  }));
  const pending = alternatives.filter((a) => a.status === 'unknown');
  if (status === 'unknown' && pending.some((a) => a.judgement)) {
    evidence.push({
      kind: 'judgement',
      text: `Không trường hợp nào đạt theo dữ liệu; còn phải đánh giá: ${pending
        .map((a) => `(${a.option})`)
        .join(', ')}.`,
    });
  }
  let texts = listedTexts.get(criteria);
  if (!texts) {
    texts = new Map();
    listedTexts.set(criteria, texts);
  }
  let text = texts.get(group);
  if (text === undefined) {
    const listed = [...options].map(([option, rows]) => `(${option}) ${rows.map((r) => r.text).join('; ')}`);
    text = `Đạt ít nhất một trong các trường hợp: ${listed.join(' — hoặc — ')}`;
    texts.set(group, text);
  }
  const summary: EligibilityCriterion = {
    id: group,
    text,
    status,
    evidence,
    basis: members[0]!.basis,
    alternatives,
  };
  if (status === 'unknown' && pending.some((a) => a.judgement)) summary.judgement = true;
  return summary;
}

/** A criteria list ordered for statusOf: deciding criteria first, then each group's options and members. */
interface StatusPlan {
  single: readonly CriterionDef[];
  groups: readonly (readonly (readonly CriterionDef[])[])[];
}

const statusPlans = new WeakMap<readonly CriterionDef[], StatusPlan>();

/** Made once per criteria list (the callers pass one `costly` for all). */
function statusPlanOf(
  criteria: readonly CriterionDef[],
  costly: (criterion: CriterionDef) => boolean,
): StatusPlan {
  let plan = statusPlans.get(criteria);
  if (plan) return plan;
  // Cheap criteria first (a costly one may judge a title by its own criteria), catalog order otherwise.
  const cheapFirst = (list: readonly CriterionDef[]) => [
    ...list.filter((c) => !costly(c)),
    ...list.filter((c) => costly(c)),
  ];
  const groups = new Map<string, Map<string, CriterionDef[]>>();
  for (const c of criteria) {
    if (!c.group) continue;
    const options = groups.get(c.group) ?? new Map<string, CriterionDef[]>();
    const option = c.option ?? c.id;
    options.set(option, [...(options.get(option) ?? []), c]);
    groups.set(c.group, options);
  }
  plan = {
    single: cheapFirst(criteria.filter((c) => !c.group)),
    groups: [...groups.values()].map((options) => [...options.values()].map(cheapFirst)),
  };
  statusPlans.set(criteria, plan);
  return plan;
}

/**
 * The status of a criteria list, as allOf(decidingRows(runCriteria(…))) gives it, without making its rows: the
 * verdict alone, for a caller that judges many subjects (suggestions, a benchmark). It stops at the first
 * failing deciding criterion; a group of alternatives at its first passing option, an option at its first
 * failing member. Criteria run in another order than the catalog's (cheap ones first, `costly` ones last): no
 * status depends on it, a check reading only the input and the memo only caching what a check computes.
 */
export function statusOf(
  criteria: readonly CriterionDef[],
  makeInput: (criterion: CriterionDef) => CheckInput,
  checks: Readonly<Record<string, Check>>,
  costly: (criterion: CriterionDef) => boolean,
): CriterionStatus {
  const plan = statusPlanOf(criteria, costly);
  let unknown = false;
  for (const criterion of plan.single) {
    const status = statusOfOne(criterion, makeInput, checks);
    if (status === 'fail') return 'fail';
    if (status === 'unknown') unknown = true;
  }
  for (const options of plan.groups) {
    let group: CriterionStatus = 'fail';
    for (const members of options) {
      let option: CriterionStatus = 'pass';
      for (const member of members) {
        const status = statusOfOne(member, makeInput, checks);
        if (status === 'fail') {
          option = 'fail';
          break;
        }
        if (status === 'unknown') option = 'unknown';
      }
      if (option === 'pass') {
        group = 'pass';
        break;
      }
      if (option === 'unknown') group = 'unknown';
    }
    if (group === 'fail') return 'fail';
    if (group === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : 'pass';
}

function statusOfOne(
  criterion: CriterionDef,
  makeInput: (criterion: CriterionDef) => CheckInput,
  checks: Readonly<Record<string, Check>>,
): CriterionStatus {
  const check = checks[criterion.id];
  return check ? check(makeInput(criterion)).status : defaultOutcome(criterion).status;
}

/** The rows that decide the verdict: criteria outside groups, and the summary of each group. */
export function decidingRows(rows: readonly EligibilityCriterion[]): EligibilityCriterion[] {
  return rows.filter((r) => r.group === undefined);
}

/** eligible when every deciding row passes; any fail → not_eligible; otherwise needs_review. */
export function verdictOf(
  rows: readonly EligibilityCriterion[],
): 'eligible' | 'not_eligible' | 'needs_review' {
  const status = allOf(decidingRows(rows).map((r) => r.status));
  return status === 'pass' ? 'eligible' : status === 'fail' ? 'not_eligible' : 'needs_review';
}

/** "Lao động tiên tiến năm 2025: đã có quyết định" evidence for a title held by record. */
export function heldByAward(code: AwardKindCode, facts: Facts, year: number): HeldResult | null {
  const record = facts.titleRecord(code, year);
  if (!record) return null;
  const note =
    record.awardKind === code
      ? undefined
      : `bao hàm ${kindName(code)} năm ${year} (danh hiệu cao hơn cùng năm)`;
  return { status: 'pass', via: 'award', evidence: [awardEvidence(record, note)] };
}
