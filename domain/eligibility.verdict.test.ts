// evaluateVerdict — the verdict alone, for callers judging many subjects — gives evaluate's verdict (or throws its
// error) for random histories, every kind of the catalog and every subject kind it allows, with and without local
// parameters, a council ballot and registrations.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluate, evaluateVerdict } from './eligibility';
import type { EligibilityHistory, EvaluateOptions } from './eligibility';
import { caseArb, seeds } from './eligibility/test-arbitraries';
import type { AwardKindCode, EligibilityRequest } from './regimes/types';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const KEYS: (keyof EligibilityHistory)[] = [
  'awards',
  'ratings',
  'initiatives',
  'disciplines',
  'pendingInvestigation',
  'recruitedOn',
  'memberStats',
  'groupResults',
];

const optionsArb: fc.Arbitrary<EvaluateOptions> = fc.record(
  {
    overlayParams: fc.constantFrom<Record<string, number | boolean>>(
      { registrationRequired: true },
      { tenureMonthsMin: 12 },
      { ldttShareMin: 0.8 },
      { gkRequireHtxs: true },
      { cstdcsVoteThreshold: 0.9 },
    ),
    ballot: fc
      .record({
        membersTotal: fc.integer({ min: 1, max: 30 }),
        agree: fc.integer({ min: 0, max: 30 }),
        disagree: fc.integer({ min: 0, max: 30 }),
      })
      .map(({ membersTotal, agree, disagree }) => ({
        membersTotal,
        agree: Math.min(agree, membersTotal),
        disagree: Math.min(disagree, membersTotal - Math.min(agree, membersTotal)),
        abstain: 0,
      })),
  },
  { requiredKeys: [] },
);

const registrationsArb = fc.option(
  fc.array(
    fc.record({
      year: fc.integer({ min: 2018, max: 2026 }),
      awardKind: fc.constantFrom<AwardKindCode>('LDTT', 'CSTDCS', 'CSTD_TINH', 'TTLDTT', 'TTLDXS'),
    }),
    { maxLength: 4 },
  ),
  { nil: undefined },
);

/** evaluate's verdict, or the message of the error it throws. */
function outcomeOf(run: () => string): string {
  try {
    return run();
  } catch (error) {
    return `throws ${(error as Error).constructor.name}: ${(error as Error).message}`;
  }
}

/** A part of the history left out (unknown rather than empty), or none. */
const missingArb = fc.constantFrom<(keyof EligibilityHistory)[]>(
  [],
  [],
  ['awards'],
  ['ratings'],
  ['initiatives'],
  ['disciplines'],
  ['pendingInvestigation'],
  ['recruitedOn'],
  ['memberStats', 'groupResults'],
);

function without(
  history: EligibilityHistory,
  keys: readonly (keyof EligibilityHistory)[],
): EligibilityHistory {
  const out = { ...history };
  for (const key of keys) delete out[key];
  return out;
}

/**
 * Records that matter after the year judged (most random cases fail earlier): a discipline from the next year
 * still in force on the evaluation date (moved to then), a pending investigation, an award of the year decided
 * after the evaluation date.
 */
const lateArb = fc.constantFrom('none', 'none', 'discipline', 'investigation', 'late-award');

function withLate(
  { history, request, asOf }: { history: EligibilityHistory; request: EligibilityRequest; asOf: string },
  late: string,
): { history: EligibilityHistory; request: EligibilityRequest; asOf: string } {
  const next = request.year + 1;
  if (late === 'discipline') {
    const discipline = { kind: 'khien_trach' as const, from: `${next}-02-01`, to: null };
    return {
      history: { ...history, disciplines: [...(history.disciplines ?? []), discipline] },
      request,
      asOf: `${next}-06-30`,
    };
  }
  if (late === 'investigation') return { history: { ...history, pendingInvestigation: true }, request, asOf };
  if (late === 'late-award') {
    const award = {
      id: 'late',
      awardKind: request.awardKind,
      year: request.year,
      decisionDate: `${next}-03-01`,
    };
    return { history: { ...history, awards: [...(history.awards ?? []), award] }, request, asOf };
  }
  return { history, request, asOf };
}

test('property — evaluateVerdict gives the verdict of evaluate', () => {
  fc.assert(
    fc.property(caseArb, missingArb, lateArb, (c, missing, late) => {
      const { history, request, asOf } = withLate(c, late);
      const partial = without(history, missing);
      assert.equal(
        outcomeOf(() => evaluateVerdict(partial, request, asOf)),
        outcomeOf(() => evaluate(partial, request, asOf).verdict),
      );
    }),
    { numRuns: RUNS * 4 },
  );
});

test('evaluateVerdict gives the verdict of evaluate for every eligible seed, whole and with a part unknown', () => {
  for (const seed of seeds()) {
    for (const [missing, late] of [
      ...[[], ...KEYS.map((key) => [key])].map((m) => [m, 'none'] as const),
      [[], 'discipline'],
      [[], 'investigation'],
      [[], 'late-award'],
    ] as const) {
      const { history, request, asOf } = withLate(seed, late);
      const partial = without(history, missing);
      assert.equal(
        evaluateVerdict(partial, request, asOf),
        evaluate(partial, request, asOf).verdict,
        `${request.awardKind} ${request.subjectKind} without ${missing.join(', ')}, ${late}`,
      );
    }
  }
});

test('property — evaluateVerdict gives the verdict of evaluate with local parameters, a ballot, registrations', () => {
  fc.assert(
    fc.property(
      caseArb,
      optionsArb,
      registrationsArb,
      ({ history, request, asOf }, options, registrations) => {
        const withRegistrations = registrations === undefined ? history : { ...history, registrations };
        assert.equal(
          outcomeOf(() => evaluateVerdict(withRegistrations, request, asOf, options)),
          outcomeOf(() => evaluate(withRegistrations, request, asOf, options).verdict),
        );
      },
    ),
    { numRuns: RUNS * 2 },
  );
});

test('evaluateVerdict throws what evaluate throws: a malformed date, a year no regime covers', () => {
  const request = {
    subjectKind: 'individual',
    awardKind: 'CSTD_TINH',
    year: 2025,
    awardType: 'cong_trang',
  } as const;
  for (const [req, asOf] of [
    [request, '31/12/2025'],
    [{ ...request, year: 1900 }, '1900-12-31'],
  ] as const) {
    assert.throws(() => evaluate({}, req, asOf));
    assert.equal(
      outcomeOf(() => evaluateVerdict({}, req, asOf)),
      outcomeOf(() => evaluate({}, req, asOf).verdict),
    );
  }
});
