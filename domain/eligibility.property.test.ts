// Property tests of evaluate (fast-check): deterministic; a disqualifying record never helps; removing a
// record never turns an unknown (or a fail) into a pass. Histories are random over 2014–2027 and every
// award kind of the catalog is requested, for every subject kind it allows.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { evaluate } from './eligibility';
import type { EligibilityHistory, EligibilityVerdict } from './eligibility';
import { caseArb, seeds } from './eligibility/test-arbitraries';
import type { AwardKindCode, CriterionStatus } from './regimes/types';
import { DISCIPLINE_KINDS } from './regimes/types';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

const RANK = { not_eligible: 0, needs_review: 1, eligible: 2 } as const;

/** Rows whose status reports one retained candidate (the most favourable prior Bằng khen): checked via the group. */
function isCandidateRow(id: string): boolean {
  return id.startsWith('bk_ttg.') && id !== 'bk_ttg.one_of';
}

function statuses(v: EligibilityVerdict): Map<string, CriterionStatus> {
  return new Map(v.criteria.map((r) => [r.id, r.status]));
}

/**
 * No row goes from one of `from` to pass. The verdict never becomes eligible; with `strict`, it does not
 * improve at all (a disqualifying record cannot even turn not_eligible into needs_review).
 */
function assertNoGain(
  before: EligibilityVerdict,
  after: EligibilityVerdict,
  from: CriterionStatus[],
  strict = true,
): void {
  if (!strict && before.verdict !== 'eligible') assert.notEqual(after.verdict, 'eligible');
  assert.ok(
    !strict || RANK[after.verdict] <= RANK[before.verdict],
    `verdict ${before.verdict} → ${after.verdict}\n${JSON.stringify(after.criteria.map((r) => [r.id, r.status]))}`,
  );
  const was = statuses(before);
  for (const [id, status] of statuses(after)) {
    if (isCandidateRow(id)) continue;
    const old = was.get(id);
    if (old && from.includes(old)) assert.notEqual(status, 'pass', `${id}: ${old} → pass`);
  }
}

test('property — evaluate is deterministic (same input, same verdict)', () => {
  fc.assert(
    fc.property(caseArb, ({ history, request, asOf }) => {
      assert.deepEqual(
        evaluate(history, request, asOf),
        evaluate(structuredClone(history), { ...request }, asOf),
      );
    }),
    { numRuns: RUNS },
  );
});

test('property — N152 Đ4 k4: adding a discipline in the achievement year never helps', () => {
  fc.assert(
    fc.property(
      caseArb,
      fc.constantFrom(...DISCIPLINE_KINDS),
      fc.integer({ min: 0, max: 364 }),
      fc.option(fc.integer({ min: 0, max: 800 })),
      ({ history, request, asOf }, kind, offset, length) => {
        const from = new Date(Date.UTC(request.year, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        if (from > asOf) return;
        const to =
          length === null
            ? null
            : new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
        const worse = { ...history, disciplines: [...(history.disciplines ?? []), { kind, from, to }] };
        assertNoGain(evaluate(history, request, asOf), evaluate(worse, request, asOf), ['fail', 'unknown']);
      },
    ),
    { numRuns: RUNS },
  );
});

test('property — a pending investigation (hold) never helps', () => {
  fc.assert(
    fc.property(caseArb, ({ history, request, asOf }) => {
      const worse = { ...history, pendingInvestigation: true };
      assertNoGain(evaluate(history, request, asOf), evaluate(worse, request, asOf), ['fail', 'unknown']);
    }),
    { numRuns: RUNS },
  );
});

test('property — revoking an award of another kind (e.g. one of a streak) never helps', () => {
  fc.assert(
    fc.property(caseArb, fc.nat(), ({ history, request, asOf }, pick) => {
      const awards = history.awards ?? [];
      const candidates = awards
        .map((a, i) => [a, i] as const)
        .filter(([a]) => a.awardKind !== request.awardKind && !a.revoked);
      if (candidates.length === 0) return;
      const index = candidates[pick % candidates.length]![1];
      const worse = { ...history, awards: awards.map((a, i) => (i === index ? { ...a, revoked: true } : a)) };
      assertNoGain(evaluate(history, request, asOf), evaluate(worse, request, asOf), ['fail', 'unknown']);
    }),
    { numRuns: RUNS },
  );
});

test('property — CV 5007: marking an initiative as used never helps', () => {
  fc.assert(
    fc.property(caseArb, fc.nat(), ({ history, request, asOf }, pick) => {
      const initiatives = history.initiatives ?? [];
      if (initiatives.length === 0) return;
      const index = pick % initiatives.length;
      const worse = {
        ...history,
        initiatives: initiatives.map((s, i) => (i === index ? { ...s, usedByAward: 'another-award' } : s)),
      };
      assertNoGain(evaluate(history, request, asOf), evaluate(worse, request, asOf), ['fail', 'unknown']);
    }),
    { numRuns: RUNS },
  );
});

test('property — lowering a rating to KHT never helps', () => {
  fc.assert(
    fc.property(caseArb, fc.nat(), ({ history, request, asOf }, pick) => {
      const ratings = history.ratings ?? [];
      if (ratings.length === 0) return;
      const index = pick % ratings.length;
      const worse = {
        ...history,
        ratings: ratings.map((r, i) => (i === index ? { ...r, rating: 'KHT' as const } : r)),
      };
      assertNoGain(evaluate(history, request, asOf), evaluate(worse, request, asOf), ['fail', 'unknown']);
    }),
    { numRuns: RUNS },
  );
});

test('property — removing a rating, initiative, member figure, cluster result or award of another kind never turns unknown into pass', () => {
  const field = fc.constantFrom(
    'ratings',
    'initiatives',
    'memberStats',
    'groupResults',
    'awards',
    'recruitedOn',
  );
  fc.assert(
    fc.property(caseArb, field, fc.nat(), ({ history, request, asOf }, which, pick) => {
      let lesser: EligibilityHistory;
      if (which === 'recruitedOn') {
        lesser = { ...history, recruitedOn: null };
      } else {
        const list = (history[which] ?? []) as readonly { awardKind?: AwardKindCode }[];
        const indexes = list.map((_, i) => i).filter((i) => list[i]!.awardKind !== request.awardKind);
        if (indexes.length === 0) return;
        const drop = indexes[pick % indexes.length];
        lesser = { ...history, [which]: list.filter((_, i) => i !== drop) };
      }
      // Missing data may turn a fail into unknown (needs review), never into a pass.
      assertNoGain(
        evaluate(history, request, asOf),
        evaluate(lesser, request, asOf),
        ['unknown', 'fail'],
        false,
      );
    }),
    { numRuns: RUNS },
  );
});

test('property — a verdict is eligible only when every deciding row passes, and not eligible only on a fail', () => {
  fc.assert(
    fc.property(caseArb, ({ history, request, asOf }) => {
      const v = evaluate(history, request, asOf);
      const deciding = v.criteria.filter((r) => r.group === undefined).map((r) => r.status);
      if (v.verdict === 'eligible') assert.ok(deciding.every((s) => s === 'pass'));
      if (v.verdict === 'not_eligible') assert.ok(deciding.includes('fail'));
      if (v.verdict === 'needs_review') assert.ok(!deciding.includes('fail') && deciding.includes('unknown'));
    }),
    { numRuns: RUNS },
  );
});

test('property seeds — each seed history is eligible, so the edits above start from a pass', () => {
  for (const seed of seeds()) {
    const v = evaluate(seed.history, seed.request, seed.asOf);
    assert.equal(v.verdict, 'eligible', `${seed.request.awardKind} ${seed.request.year}`);
  }
});
