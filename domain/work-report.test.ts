import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { ADMIN_LEVELS } from '../contracts/enums';
import { AWARD_KIND_CODES, SUBJECT_KINDS } from './regimes/types';
import {
  AWARD_RESULT_STATUSES,
  type AwardResultRow,
  awardResultTotals,
  countAwardResults,
} from './work-report';

const row = (
  authorityLevel: AwardResultRow['authorityLevel'],
  authorityName: string,
  awardKind: AwardResultRow['awardKind'],
  subjectKind: AwardResultRow['subjectKind'],
  status: AwardResultRow['status'] = 'awarded',
): AwardResultRow => ({ authorityLevel, authorityName, awardKind, subjectKind, status });

const times = (n: number, r: AwardResultRow) => Array.from({ length: n }, () => r);

test('the seed report’s lines: counts by authority × kind × subject, awarded before proposed, higher authority first', () => {
  const tinh = 'Chủ tịch UBND tỉnh Hà Tĩnh';
  const results = countAwardResults([
    ...times(153, row('district', 'Chủ tịch UBND huyện Cẩm Xuyên', 'GK', 'individual')),
    ...times(3, row('province', tinh, 'BK_TINH', 'individual', 'proposed')),
    ...times(17, row('province', tinh, 'BK_TINH', 'individual')),
    ...times(4, row('province', 'UBND tỉnh Hà Tĩnh', 'CO_TINH', 'collective')),
    ...times(66, row('district', 'Chủ tịch UBND huyện Cẩm Xuyên', 'GK', 'collective')),
    ...times(8, row('province', tinh, 'BK_TINH', 'collective')),
    row('central', 'Thủ tướng Chính phủ', 'BK_TTG', 'individual'),
    row('central', 'Thủ tướng Chính phủ', 'BK_TTG', 'individual', 'proposed'),
  ]);
  assert.deepEqual(
    results.map((r) => `${r.status} ${r.authorityName} ${r.awardKind} ${r.subjectKind} ${r.count}`),
    [
      'awarded Thủ tướng Chính phủ BK_TTG individual 1',
      'awarded Chủ tịch UBND tỉnh Hà Tĩnh BK_TINH individual 17',
      'awarded Chủ tịch UBND tỉnh Hà Tĩnh BK_TINH collective 8',
      'awarded UBND tỉnh Hà Tĩnh CO_TINH collective 4',
      'awarded Chủ tịch UBND huyện Cẩm Xuyên GK individual 153',
      'awarded Chủ tịch UBND huyện Cẩm Xuyên GK collective 66',
      'proposed Thủ tướng Chính phủ BK_TTG individual 1',
      'proposed Chủ tịch UBND tỉnh Hà Tĩnh BK_TINH individual 3',
    ],
  );
  const totals = awardResultTotals(results);
  assert.equal(totals.awarded, 249);
  assert.equal(totals.proposed, 4);
  assert.deepEqual(totals.awardedByLevel, { central: 1, province: 29, district: 219, commune: 0 });
});

test('no rows, no lines', () => {
  assert.deepEqual(countAwardResults([]), []);
  assert.deepEqual(awardResultTotals([]), {
    awarded: 0,
    proposed: 0,
    awardedByLevel: { central: 0, province: 0, district: 0, commune: 0 },
  });
});

const rowArb: fc.Arbitrary<AwardResultRow> = fc.record({
  authorityLevel: fc.constantFrom(...ADMIN_LEVELS),
  authorityName: fc.constantFrom(
    'Thủ tướng Chính phủ',
    'Chủ tịch UBND tỉnh',
    'UBND tỉnh',
    'Chủ tịch UBND xã',
  ),
  awardKind: fc.constantFrom(...AWARD_KIND_CODES),
  subjectKind: fc.constantFrom(...SUBJECT_KINDS),
  status: fc.constantFrom(...AWARD_RESULT_STATUSES),
});

test('property: every count equals an independent count of the rows, and nothing is lost or invented', () => {
  fc.assert(
    fc.property(fc.array(rowArb, { maxLength: 300 }), (rows) => {
      const results = countAwardResults(rows);
      for (const r of results) {
        const independent = rows.filter(
          (x) =>
            x.status === r.status &&
            x.authorityLevel === r.authorityLevel &&
            x.authorityName === r.authorityName &&
            x.awardKind === r.awardKind &&
            x.subjectKind === r.subjectKind,
        ).length;
        assert.equal(r.count, independent);
      }
      assert.equal(
        results.reduce((sum, r) => sum + r.count, 0),
        rows.length,
      );
      const totals = awardResultTotals(results);
      assert.equal(totals.awarded, rows.filter((x) => x.status === 'awarded').length);
      assert.equal(totals.proposed, rows.filter((x) => x.status === 'proposed').length);
    }),
    { numRuns: 300 },
  );
});
