// The legal rules engine's verdicts (issue #3): is a subject eligible for an award kind in an achievement
// year, which record proves each criterion, and which article says so. Pure: same input, same verdict.
//
// Rules (docs/eligibility.md explains each):
// - Regime: criteria are judged by the regime in force on 31 December of the achievement year
//   (regimeForYear; legal.md §12 "by achievement period"); money, outside this function, by the decision date.
// - asOf is the date of knowledge: awards decided, initiatives recognised and disciplines starting after it
//   are set aside; a pending investigation is read as of asOf.
// - Missing data gives `unknown`, never a silent pass; any `fail` of a deciding row gives not_eligible;
//   otherwise any `unknown` (missing data or judgement) gives needs_review.
// - Hold: a pending investigation FAILS general.no_pending_investigation → not_eligible ("tạm hoãn").

import { regimeAt, regimeForYear, RegimeError, resolveCatalog } from './catalog';
import type { EffectiveCatalog, EffectiveKind, LocalOverlay } from './catalog';
import type {
  AwardKindCode,
  CriterionDef,
  CriterionStatus,
  EligibilityRequest,
  Evidence,
  Regime,
  Verdict,
} from './regimes/types';
import { checkFor, reachOf } from './eligibility/registry';
import { Facts } from './eligibility/facts';
import type { EligibilityHistory } from './eligibility/facts';
import {
  applicableCriteria,
  decidingRows,
  allOf,
  EVERY_RECORD,
  heldByAward,
  runCriteria,
  statusOf,
  statusText,
  verdictOf,
} from './eligibility/run';
import type { CheckInput, EligibilityCriterion, HeldResult } from './eligibility/run';
import {
  engineRows,
  generalDefs,
  registrationRow,
  typeAchievementDef,
  voteRow,
} from './eligibility/engine-rows';
import type { BallotCounts } from './voting';
import { verdictWarnings } from './eligibility/warnings';
import { kindName } from './eligibility/text';

export type { EligibilityHistory, EmulationGroupResult } from './eligibility/facts';
export type { EligibilityCriterion } from './eligibility/run';
export { evaluateQuota } from './eligibility/quota';
export type { QuotaResult, QuotaNominee, QuotaUnitYear } from './eligibility/quota';

export interface EvaluateOptions {
  /** Parameters of a local regulation (plain key, or "CODE.key"), applied over the national defaults. */
  overlayParams?: Record<string, number | boolean>;
  /** The council's ballot, when held: adds the vote row (threshold of all members, domain/voting.ts). */
  ballot?: BallotCounts;
}

export interface EligibilityVerdict extends Verdict {
  criteria: EligibilityCriterion[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Nested same-year prerequisites (CSTĐTQ → CSTĐ tỉnh → CSTĐCS → LĐTT) never go deeper than this. */
const MAX_DEPTH = 4;

function overlaysOf(options: EvaluateOptions): LocalOverlay[] {
  const params = options.overlayParams;
  if (!params || Object.keys(params).length === 0) return [];
  return [
    {
      id: 'evaluate-options',
      unitId: 'evaluate-options',
      unitName: 'tham số khi xét',
      document: 'Tham số quy chế địa phương',
      effectiveFrom: '1945-01-01',
      params,
    },
  ];
}

interface Context {
  facts: Facts;
  history: EligibilityHistory;
  request: EligibilityRequest;
  catalog: EffectiveCatalog;
  ownAwardIds: string[];
  /** False for a verdict only (evaluateVerdict): statuses without evidence, criteria run until one decides. */
  explain: boolean;
}

/**
 * The input of one check: the context's fields plus the kind's accessors as methods, so that running a criterion
 * creates one object and no function (under tsx, with esbuild's keepNames, every function created at run time
 * also costs a defineProperty call).
 */
class Input implements CheckInput {
  readonly facts: Facts;
  readonly history: EligibilityHistory;
  readonly request: EligibilityRequest;
  readonly year: number;
  readonly catalog: EffectiveCatalog;
  readonly ownAwardIds: readonly string[];
  readonly explain: boolean;

  constructor(
    private readonly ctx: Context,
    readonly kind: EffectiveKind,
    readonly criterion: CriterionDef,
    private readonly depth: number,
    readonly memo: Map<string, unknown>,
  ) {
    this.facts = ctx.facts;
    this.history = ctx.history;
    this.request = ctx.request;
    this.year = ctx.request.year;
    this.catalog = ctx.catalog;
    this.ownAwardIds = ctx.ownAwardIds;
    this.explain = ctx.explain;
  }

  param(key: string | undefined, fallback: number): number {
    const value = key === undefined ? undefined : this.kind.params[key]?.value;
    return typeof value === 'number' ? value : fallback;
  }

  isStrict(key: string | undefined, fallback: boolean): boolean {
    return key === undefined ? fallback : (this.kind.params[key]?.strict ?? fallback);
  }

  held(code: AwardKindCode, year: number): HeldResult {
    return held(this.ctx, code, year, this.depth + 1);
  }
}

/**
 * Criteria a verdict alone runs last (statusOf): those that may judge a title by its own criteria, or read the
 * whole history, or declare no reach.
 */
function costly(criterion: CriterionDef): boolean {
  if (!checkFor[criterion.id]) return false;
  const reach = reachOf[criterion.id];
  return !reach || reach === EVERY_RECORD || (reach.holds?.length ?? 0) > 0;
}

/** The status of a kind's criteria at a depth, without their rows (a verdict alone). */
function statusOfKind(
  ctx: Context,
  kind: EffectiveKind,
  criteria: readonly CriterionDef[],
  depth: number,
): CriterionStatus {
  const memo = new Map<string, unknown>();
  return statusOf(criteria, (c) => new Input(ctx, kind, c, depth, memo), checkFor, costly);
}

/** Runs a kind's criteria at a depth, one memo shared by them (analyses several criteria use). */
function runKind(
  ctx: Context,
  kind: EffectiveKind,
  criteria: readonly CriterionDef[],
  depth: number,
): EligibilityCriterion[] {
  const memo = new Map<string, unknown>();
  return runCriteria(criteria, (c) => new Input(ctx, kind, c, depth, memo), checkFor);
}

// The regimes are constant data: the regime of a year, the national catalog (no local overlay) of a year and
// the regime in force on a day are resolved once and kept (they were a fifth of the time of a verdict).
const regimesOfYear = new Map<number, Regime>();
const nationalCatalogs = new Map<number, EffectiveCatalog>();
const regimeIdsAt = new Map<string, string | null>();

function regimeOfYear(year: number): Regime {
  let regime = regimesOfYear.get(year);
  if (!regime) {
    regime = regimeForYear(year);
    regimesOfYear.set(year, regime);
  }
  return regime;
}

function catalogFor(year: number, options: EvaluateOptions): EffectiveCatalog {
  const overlays = overlaysOf(options);
  if (overlays.length > 0) return resolveCatalog(`${year}-12-31`, overlays);
  let catalog = nationalCatalogs.get(year);
  if (!catalog) {
    catalog = resolveCatalog(`${year}-12-31`, []);
    nationalCatalogs.set(year, catalog);
  }
  return catalog;
}

/** A kind's own criteria (the general ones aside) for a subject kind, listed once per kind object. */
const ownCriteriaOf = new WeakMap<EffectiveKind, Map<string, readonly CriterionDef[]>>();

function ownCriteria(kind: EffectiveKind, subjectKind: string): readonly CriterionDef[] {
  let bySubject = ownCriteriaOf.get(kind);
  if (!bySubject) {
    bySubject = new Map();
    ownCriteriaOf.set(kind, bySubject);
  }
  let criteria = bySubject.get(subjectKind);
  if (!criteria) {
    criteria = applicableCriteria(kind, subjectKind).filter((c) => !c.id.startsWith('general.'));
    bySubject.set(subjectKind, criteria);
  }
  return criteria;
}

interface Plan {
  /** The engine's rows (kind in the regime, subject kind, award type): they depend on the request's kind only. */
  head: readonly EligibilityCriterion[];
  headPasses: boolean;
  /** The criteria run when the head passes. */
  criteria: readonly CriterionDef[];
}

/** The plan of a kind for a subject kind and award type, made once per kind object (rows frozen: shared). */
const plansOf = new WeakMap<EffectiveKind, Map<string, Plan>>();

function planOf(kind: EffectiveKind, request: EligibilityRequest, regime: Regime): Plan {
  let byRequest = plansOf.get(kind);
  if (!byRequest) {
    byRequest = new Map();
    plansOf.set(kind, byRequest);
  }
  const key = `${request.subjectKind}|${request.awardType}|${request.year}|${regime.id}`;
  let plan = byRequest.get(key);
  if (!plan) {
    const head = engineRows(request, regime, kind).map(freezeRow);
    const criteria: readonly CriterionDef[] =
      request.awardType === 'cong_trang'
        ? [...ownCriteria(kind, request.subjectKind), ...generalDefs(kind)]
        : [
            // Data checks are công trạng criteria; the judgement ones still describe the award.
            ...applicableCriteria(kind, request.subjectKind).filter(
              (c) => !c.id.startsWith('general.') && (c.judgement || c.presumed),
            ),
            typeAchievementDef(request),
            ...generalDefs(kind),
          ];
    plan = { head, headPasses: head.every((r) => r.status === 'pass'), criteria };
    if (byRequest.size < 100) byRequest.set(key, plan);
  }
  return plan;
}

/** A row shared by many verdicts cannot be changed by one of them (its basis is the regime's own object). */
function freezeRow(row: EligibilityCriterion): EligibilityCriterion {
  for (const evidence of row.evidence) Object.freeze(evidence);
  Object.freeze(row.evidence);
  return Object.freeze(row);
}

// The results of held() for a verdict alone: statuses without evidence, shared and frozen.
const NO_EVIDENCE = Object.freeze([]) as unknown as Evidence[];
const HELD_BARE = {
  award: Object.freeze({ status: 'pass', via: 'award', evidence: NO_EVIDENCE }),
  none: {
    fail: Object.freeze({ status: 'fail', via: 'none', evidence: NO_EVIDENCE }),
    unknown: Object.freeze({ status: 'unknown', via: 'none', evidence: NO_EVIDENCE }),
  },
  criteria: {
    pass: Object.freeze({ status: 'pass', via: 'criteria', evidence: NO_EVIDENCE }),
    fail: Object.freeze({ status: 'fail', via: 'criteria', evidence: NO_EVIDENCE }),
    unknown: Object.freeze({ status: 'unknown', via: 'criteria', evidence: NO_EVIDENCE }),
  },
} as const satisfies Record<string, HeldResult | Record<string, HeldResult>>;

/** held() for a verdict alone: the same statuses, no evidence. */
function heldStatus(ctx: Context, code: AwardKindCode, year: number, depth: number): HeldResult {
  if (ctx.facts.titleRecord(code, year)) return HELD_BARE.award;
  const kind = ctx.catalog.kinds[code];
  if (year !== ctx.request.year || depth > MAX_DEPTH || !kind) {
    return ctx.history.awards === undefined ? HELD_BARE.none.unknown : HELD_BARE.none.fail;
  }
  return HELD_BARE.criteria[statusOfKind(ctx, kind, ownCriteria(kind, ctx.request.subjectKind), depth)];
}

/** A title held in a year: a recorded award; in the request year, also its criteria met (legal.md §14). */
function held(ctx: Context, code: AwardKindCode, year: number, depth: number): HeldResult {
  if (!ctx.explain) return heldStatus(ctx, code, year, depth);
  const byAward = heldByAward(code, ctx.facts, year);
  if (byAward) return byAward;
  const kind = ctx.catalog.kinds[code];
  if (year !== ctx.request.year || depth > MAX_DEPTH || !kind) {
    const unknown = ctx.history.awards === undefined;
    return {
      status: unknown ? 'unknown' : 'fail',
      via: 'none',
      evidence: [{ kind: 'note', text: `Không có ${kindName(code)} năm ${year}.` }],
    };
  }
  const rows = runKind(ctx, kind, ownCriteria(kind, ctx.request.subjectKind), depth);
  const deciding = decidingRows(rows);
  const status = allOf(deciding.map((r) => r.status));
  const evidence: Evidence[] = [
    {
      kind: 'note',
      text: `Chưa có quyết định tặng ${kind.def.name} năm ${year}; xét tiêu chuẩn ${kind.def.name} theo dữ liệu năm ${year}: ${statusText(status)}.`,
    },
    ...deciding.flatMap((r) => [
      { kind: 'criterion', text: `– ${r.text}: ${statusText(r.status)}` },
      // Deeper levels keep their own markers, one indent further.
      ...r.evidence.map((e) => ({ ...e, text: /^\s*[–·]/.test(e.text) ? `  ${e.text}` : `  · ${e.text}` })),
    ]),
  ];
  const judgement = status === 'unknown' && deciding.some((r) => r.judgement);
  return judgement ? { status, via: 'criteria', evidence, judgement } : { status, via: 'criteria', evidence };
}

interface Prepared {
  regime: Regime;
  catalog: EffectiveCatalog;
  kind: EffectiveKind | undefined;
  ctx: Context;
  plan: Plan | null;
}

/** What evaluate and evaluateVerdict both start from: the regime, the catalog, the facts and the kind's plan. */
function prepare(
  history: EligibilityHistory,
  request: EligibilityRequest,
  asOf: string,
  options: EvaluateOptions,
  explain: boolean,
): Prepared {
  if (!ISO_DATE.test(asOf)) throw new RegimeError(`Ngày xét "${asOf}" không hợp lệ (định dạng YYYY-MM-DD).`);
  const regime = regimeOfYear(request.year);
  const catalog = catalogFor(request.year, options);
  const facts = new Facts(history, asOf);
  const kind = catalog.kinds[request.awardKind];
  const ownAwardIds: string[] = [];
  for (const a of facts.awards) {
    if (a.awardKind === request.awardKind && a.year === request.year && a.id) ownAwardIds.push(a.id);
  }
  const ctx: Context = { facts, history, request, catalog, ownAwardIds, explain };
  return { regime, catalog, kind, ctx, plan: kind ? planOf(kind, request, regime) : null };
}

/** Evaluates one subject's eligibility for one award kind and achievement year, as known on `asOf`. */
export function evaluate(
  history: EligibilityHistory,
  request: EligibilityRequest,
  asOf: string,
  options: EvaluateOptions = {},
): EligibilityVerdict {
  const { regime, catalog, kind, ctx, plan } = prepare(history, request, asOf, options, true);
  const head = plan ? plan.head : engineRows(request, regime, null);
  const criteria: EligibilityCriterion[] = [...head];
  if (kind && plan!.headPasses) {
    criteria.push(...runKind(ctx, kind, plan!.criteria, 0));
    const registration = request.awardType === 'cong_trang' ? registrationRow(kind, request, history) : null;
    if (registration) criteria.push(registration);
    const vote = options.ballot && request.awardType === 'cong_trang' ? voteRow(kind, options.ballot) : null;
    if (vote) criteria.push(vote);
  }
  return {
    verdict: verdictOf(criteria),
    regime: regime.id,
    awardKind: request.awardKind,
    awardKindName: kind?.def.name ?? kindName(request.awardKind),
    criteria,
    warnings: verdictWarnings({
      facts: ctx.facts,
      request,
      catalog,
      kind: kind ?? null,
      asOfRegime: safeRegimeAt(asOf),
      ballotGiven: options.ballot !== undefined,
    }),
  };
}

/**
 * The verdict alone — evaluate(…).verdict, the same errors thrown — for a caller that judges many subjects and
 * explains few of them (suggestions: every candidate judged, one page shown; a benchmark). No evidence, no
 * warning: each criterion gives its status only, and the criteria run until one decides the verdict
 * (eligibility.verdict.test.ts checks the equality on random histories, for every kind).
 */
export function evaluateVerdict(
  history: EligibilityHistory,
  request: EligibilityRequest,
  asOf: string,
  options: EvaluateOptions = {},
): Verdict['verdict'] {
  const { regime, kind, ctx, plan } = prepare(history, request, asOf, options, false);
  if (!kind || !plan) return verdictOf(engineRows(request, regime, null));
  if (!plan.headPasses) return verdictOf(plan.head);
  const status = statusOfKind(ctx, kind, plan.criteria, 0);
  if (status === 'fail') return 'not_eligible';
  const statuses: CriterionStatus[] = [status];
  const registration = request.awardType === 'cong_trang' ? registrationRow(kind, request, history) : null;
  if (registration) statuses.push(registration.status);
  const vote = options.ballot && request.awardType === 'cong_trang' ? voteRow(kind, options.ballot) : null;
  if (vote) statuses.push(vote.status);
  const all = allOf(statuses);
  return all === 'pass' ? 'eligible' : all === 'fail' ? 'not_eligible' : 'needs_review';
}

function safeRegimeAt(date: string): string | null {
  const known = regimeIdsAt.get(date);
  if (known !== undefined) return known;
  let id: string | null;
  try {
    id = regimeAt(date).id;
  } catch {
    id = null;
  }
  if (regimeIdsAt.size >= 10_000) regimeIdsAt.clear();
  regimeIdsAt.set(date, id);
  return id;
}
