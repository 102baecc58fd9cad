// What part of a subject's history the checks read, so that a caller judging many subjects for a few kinds
// (suggestions, a dossier's nominees, the benchmark) can load only those rows. Each check declares its reach
// beside its code (checks-*.ts); historyWindow walks the criteria of the requested kinds — and of the titles they
// may judge by criteria in the same year (CheckInput.held) — and gives the first year read per kind of record.
// withinWindow is the filter a loader must reproduce: the verdicts on the window equal those on the whole history
// (eligibility.reach.test.ts checks it on random histories for every kind).
//
// Always kept, whatever the window: recruitment, disciplines (a counting floor may cite any of them), the pending
// investigation, cluster results, member figures, registrations; and any award decided or initiative recognised
// after the evaluation date (the warnings list them, whatever their year).

import { regimeForYear } from '../catalog';
import { GENERAL } from '../regimes/criteria-ids';
import type { AwardKindCode, EligibilityRequest, Regime } from '../regimes/types';
import type { EligibilityHistory } from './facts';
import { checkFor, reachOf } from './registry';
import { EVERY_RECORD } from './run';
import type { Reach } from './run';

/** The first achievement year read of each kind of record; null: every year. */
export interface HistoryWindow {
  ratingsFrom: number | null;
  awardsFrom: number | null;
  initiativesFrom: number | null;
}

/** Nested same-year prerequisites never go deeper than this (eligibility.ts MAX_DEPTH). */
const MAX_DEPTH = 4;

interface Years {
  ratings: number;
  awards: number;
  initiatives: number;
}

function widen(into: Years, reach: Reach): void {
  into.ratings = Math.max(into.ratings, reach.ratings ?? 0);
  into.awards = Math.max(into.awards, reach.awards ?? 0);
  into.initiatives = Math.max(into.initiatives, reach.initiatives ?? 0);
}

/**
 * The years a kind's criteria read, every criterion counted (whatever the subject kind, award type or local
 * parameters that would switch some off: a wider window is harmless). A criterion with a check that declares no
 * reach reads everything; one without a check reads nothing (its definition decides it).
 */
function kindYears(year: number, code: AwardKindCode, into: Years, depth: number): void {
  let regime: Regime;
  try {
    regime = regimeForYear(year);
  } catch {
    // A year no regime covers: evaluate reports it; the window only has to stay wide.
    widen(into, EVERY_RECORD);
    return;
  }
  const kind = regime.kinds[code];
  const ids = [...(kind?.criteria.map((c) => c.id) ?? []), ...Object.values(GENERAL)];
  for (const id of ids) {
    if (!checkFor[id]) continue;
    const reach = reachOf[id] ?? EVERY_RECORD;
    widen(into, reach);
    if (depth < MAX_DEPTH) for (const held of reach.holds ?? []) kindYears(year, held, into, depth + 1);
  }
}

const fromYear = (year: number, count: number): number | null =>
  Number.isFinite(count) ? year - count + 1 : null;

const earliest = (a: number | null, b: number | null): number | null =>
  a === null || b === null ? null : Math.min(a, b);

/** The window of history that the verdicts of these requests read (one window for all of them). */
export function historyWindow(requests: readonly EligibilityRequest[]): HistoryWindow {
  let window: HistoryWindow | undefined;
  for (const request of requests) {
    // The awards of the year judged: the verdict's own (warnings, initiatives they used) and its titles held.
    const years: Years = { ratings: 0, awards: 1, initiatives: 0 };
    kindYears(request.year, request.awardKind, years, 0);
    const own: HistoryWindow = {
      ratingsFrom: fromYear(request.year, years.ratings),
      awardsFrom: fromYear(request.year, years.awards),
      initiativesFrom: fromYear(request.year, years.initiatives),
    };
    window = window
      ? {
          ratingsFrom: earliest(window.ratingsFrom, own.ratingsFrom),
          awardsFrom: earliest(window.awardsFrom, own.awardsFrom),
          initiativesFrom: earliest(window.initiativesFrom, own.initiativesFrom),
        }
      : own;
  }
  return window ?? { ratingsFrom: null, awardsFrom: null, initiativesFrom: null };
}

/** The part of a history a window keeps: what a loader given the window must return (history.load.ts). */
export function withinWindow(
  history: EligibilityHistory,
  window: HistoryWindow,
  asOf: string,
): EligibilityHistory {
  const { ratingsFrom, awardsFrom, initiativesFrom } = window;
  const out: EligibilityHistory = { ...history };
  if (history.ratings && ratingsFrom !== null)
    out.ratings = history.ratings.filter((r) => r.year >= ratingsFrom);
  if (history.awards && awardsFrom !== null) {
    out.awards = history.awards.filter(
      (a) => a.year >= awardsFrom || (a.decisionDate != null && a.decisionDate > asOf),
    );
  }
  if (history.initiatives && initiativesFrom !== null) {
    const from = `${String(initiativesFrom).padStart(4, '0')}-01-01`;
    out.initiatives = history.initiatives.filter((i) => i.recognizedOn >= from || i.recognizedOn > asOf);
  }
  return out;
}
