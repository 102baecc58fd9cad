// Eligibility use cases: evaluate one subject (history from the database, in scope, or inline for what-if
// checks) and suggest who in a unit's subtree meets the criteria. Reads only; the overlays in force apply.
import type {
  EvaluateBody,
  SuggestionItem,
  SuggestionsPage,
  SuggestionsQuery,
  VerdictView,
} from '../../../contracts/eligibility';
import { todayInVietnam } from '../../../contracts/people';
import { awardKindAt } from '../../../domain/catalog';
import { type EligibilityVerdict, evaluate, evaluateVerdict } from '../../../domain/eligibility';
import { historyWindow } from '../../../domain/eligibility/reach';
import type { EligibilityRequest, SubjectHistory, Verdict } from '../../../domain/regimes/types';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { invalidField, notFound } from '../../lib/errors';
import {
  domainInput,
  overlayParamsFor,
  overlayParamsForPaths,
  overlayParamsResolver,
} from '../catalog/catalog.service';
import { loadHistories, loadSubjectHistory, loadUnitHistories } from '../history/history.load';
import { employmentAt, loadSubject } from '../history/history.subject';
import { withEmulationRecords } from '../registrations/emulation-records';
import { findUnitInScope } from '../units/units.queries';
import { subjectTypeOf, suggestionSubjectKind } from './eligibility.policy';
import { presentSuggestion, presentVerdict } from './eligibility.present';
import { placeSubjects } from './eligibility.subjects';
import { type Candidate, peopleEmployedIn, unitsOpenIn } from './eligibility.queries';

/** Runs the engine; a year or date the catalog does not cover is a VALIDATION error on the request's year. */
function judge(
  history: SubjectHistory,
  request: EligibilityRequest,
  asOf: string,
  overlayParams: Record<string, number | boolean>,
): EligibilityVerdict {
  return domainInput('request.year', () => evaluate(history, request, asOf, { overlayParams }));
}

/** The verdict alone (no criteria, no evidence): for judging many subjects of which few are shown. */
function judgeVerdict(
  history: SubjectHistory,
  request: EligibilityRequest,
  asOf: string,
  overlayParams: Record<string, number | boolean>,
): Verdict['verdict'] {
  return domainInput('request.year', () => evaluateVerdict(history, request, asOf, { overlayParams }));
}

/** POST /api/eligibility/evaluate */
export async function evaluateEligibility(tx: Db, actor: Actor, body: EvaluateBody): Promise<VerdictView> {
  const asOf = body.asOf ?? todayInVietnam();
  const request: EligibilityRequest = body.request;
  if (body.history) {
    let unitPath: string | null = null;
    if (body.unitId) unitPath = ((await findUnitInScope(tx, actor, body.unitId)) ?? notFound('đơn vị')).path;
    const history = body.history as SubjectHistory;
    return presentVerdict(judge(history, request, asOf, await overlayParamsFor(tx, unitPath, asOf)));
  }
  const subject = await loadSubject(tx, actor, {
    type: subjectTypeOf(request.subjectKind),
    id: body.subjectId!,
  });
  const unitPath =
    subject.type === 'unit' ? subject.unit.path : (employmentAt(subject.employments, asOf)?.unitPath ?? null);
  const loaded = await loadSubjectHistory(tx, { kind: request.subjectKind, id: subject.id }, { asOf });
  // Registered titles and cluster results stored by the emulation modules (đăng ký thi đua, cụm, khối).
  const history = (
    await withEmulationRecords(tx, request.subjectKind, request.year, new Map([[subject.id, loaded]]))
  ).get(subject.id)!;
  return presentVerdict(judge(history, request, asOf, await overlayParamsFor(tx, unitPath, asOf)));
}

const groupKey = (request: EligibilityRequest) => `${request.subjectKind}:${request.year}`;

/**
 * The verdicts of many subjects on one date, as evaluateEligibility would give each of them (same scope checks,
 * same errors in the same order), with the histories loaded once per subject kind instead of once per subject.
 * Used where verdicts are taken for a whole list (a dossier's nominees at submission).
 */
export async function evaluateEligibilityMany(
  tx: Db,
  actor: Actor,
  asOf: string,
  items: readonly { subjectId: string; request: EligibilityRequest }[],
): Promise<VerdictView[]> {
  // The subjects in scope, in order; a refusal is kept and thrown when its item's turn comes.
  const subjects = await placeSubjects(
    tx,
    actor,
    items.map((item) => ({ type: subjectTypeOf(item.request.subjectKind), id: item.subjectId })),
    asOf,
  );
  const groups = new Map<
    string,
    { kind: EligibilityRequest['subjectKind']; year: number; ids: Set<string> }
  >();
  items.forEach((item, i) => {
    if ('error' in subjects[i]!) return;
    const key = groupKey(item.request);
    const group = groups.get(key) ?? {
      kind: item.request.subjectKind,
      year: item.request.year,
      ids: new Set(),
    };
    group.ids.add(item.subjectId);
    groups.set(key, group);
  });
  const histories = new Map<string, Map<string, SubjectHistory>>();
  for (const [key, g] of groups) {
    const ids = [...g.ids];
    // Only the years the verdicts of the group read (the same verdicts as on the whole history).
    const window = historyWindow(
      items
        .filter((item, i) => !('error' in subjects[i]!) && groupKey(item.request) === key)
        .map((item) => item.request),
    );
    const loaded =
      g.kind === 'collective'
        ? await loadUnitHistories(tx, ids, { asOf, window })
        : await loadHistories(tx, ids, { asOf, window, household: g.kind === 'household' });
    histories.set(key, await withEmulationRecords(tx, g.kind, g.year, loaded));
  }
  // The overlays of every nominee's unit chain in one query.
  const paramsOf = await overlayParamsForPaths(
    tx,
    subjects.map((s) => ('error' in s ? null : s.unitPath)),
    asOf,
  );
  const verdicts: VerdictView[] = [];
  for (const [i, item] of items.entries()) {
    const subject = subjects[i]!;
    if ('error' in subject) throw subject.error;
    const history = histories.get(groupKey(item.request))!.get(item.subjectId)!;
    verdicts.push(presentVerdict(judge(history, item.request, asOf, paramsOf(subject.unitPath))));
  }
  return verdicts;
}

const RANK = { eligible: 0, needs_review: 1, not_eligible: 2 } as const;

/** GET /api/eligibility/suggestions: eligible first, then those needing review; the not eligible are counted. */
export async function suggestEligible(
  tx: Db,
  actor: Actor,
  query: SuggestionsQuery,
): Promise<SuggestionsPage> {
  const asOf = query.asOf ?? todayInVietnam();
  const unit = (await findUnitInScope(tx, actor, query.unitId)) ?? notFound('đơn vị');
  const def = domainInput('year', () => awardKindAt(query.awardKind, `${query.year}-12-31`));
  if (!def) invalidField('awardKind', 'Chế độ áp dụng cho năm này không có danh hiệu, hình thức này');
  const subjectKind = suggestionSubjectKind(def, query.subjectKind);
  const candidates =
    subjectKind === 'individual'
      ? await peopleEmployedIn(tx, unit.path, asOf)
      : await unitsOpenIn(tx, unit.path, asOf);
  const ids = candidates.map((c) => c.id);
  const request: EligibilityRequest = {
    subjectKind,
    awardKind: query.awardKind,
    year: query.year,
    awardType: query.awardType,
  };
  // Only the years the rules of this kind read: the same verdicts, fewer rows for a whole district.
  const window = historyWindow([request]);
  const histories = await withEmulationRecords(
    tx,
    subjectKind,
    query.year,
    subjectKind === 'individual'
      ? await loadHistories(tx, ids, { asOf, window })
      : await loadUnitHistories(tx, ids, { asOf, window }),
  );
  const paramsOf = await overlayParamsResolver(tx, unit.path, asOf);
  // Every candidate's verdict alone, for the counts and the order; the criteria and evidence only for the page.
  const judged: { candidate: Candidate; verdict: Verdict['verdict'] }[] = candidates.map((candidate) => ({
    candidate,
    verdict: judgeVerdict(histories.get(candidate.id)!, request, asOf, paramsOf(candidate.unitPath)),
  }));
  const counts = { eligible: 0, needsReview: 0, notEligible: 0 };
  for (const { verdict } of judged) {
    if (verdict === 'eligible') counts.eligible++;
    else if (verdict === 'needs_review') counts.needsReview++;
    else counts.notEligible++;
  }
  const listed = judged
    .filter((j) => j.verdict !== 'not_eligible')
    .sort(
      (a, b) =>
        RANK[a.verdict] - RANK[b.verdict] ||
        (a.candidate.nameSort < b.candidate.nameSort
          ? -1
          : a.candidate.nameSort > b.candidate.nameSort
            ? 1
            : 0) ||
        (a.candidate.id < b.candidate.id ? -1 : 1),
    );
  const start = (query.page - 1) * query.pageSize;
  const items: SuggestionItem[] = listed
    .slice(start, start + query.pageSize)
    .map(({ candidate }) =>
      presentSuggestion(
        subjectKind,
        candidate,
        judge(histories.get(candidate.id)!, request, asOf, paramsOf(candidate.unitPath)),
      ),
    );
  return { items, total: listed.length, page: query.page, pageSize: query.pageSize, counts, asOf };
}
