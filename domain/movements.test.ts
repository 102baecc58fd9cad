import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  formatIndicatorValue,
  formatMovementPeriod,
  nextStatus,
  targetShare,
  wouldCreateCycle,
  yearPeriod,
} from './movements';

test('status: launched → in progress → reviewed → closed', () => {
  assert.deepEqual(nextStatus({ status: 'launched', lastReviewKind: null }, { action: 'start' }), {
    ok: true,
    status: 'in_progress',
  });
  assert.deepEqual(
    nextStatus({ status: 'in_progress', lastReviewKind: null }, { action: 'review', reviewKind: 'interim' }),
    { ok: true, status: 'reviewed' },
  );
  assert.deepEqual(nextStatus({ status: 'reviewed', lastReviewKind: 'interim' }, { action: 'resume' }), {
    ok: true,
    status: 'in_progress',
  });
  // A sơ kết may be followed by another sơ kết or by the tổng kết.
  assert.equal(
    nextStatus({ status: 'reviewed', lastReviewKind: 'interim' }, { action: 'review', reviewKind: 'final' })
      .ok,
    true,
  );
  assert.deepEqual(nextStatus({ status: 'reviewed', lastReviewKind: 'final' }, { action: 'close' }), {
    ok: true,
    status: 'closed',
  });
});

test('status: steps out of order are refused with the reason', () => {
  const refused = (r: ReturnType<typeof nextStatus>) => (r.ok ? '' : r.message);
  assert.match(
    refused(
      nextStatus({ status: 'launched', lastReviewKind: null }, { action: 'review', reviewKind: 'final' }),
    ),
    /triển khai thực hiện trước/,
  );
  assert.match(
    refused(nextStatus({ status: 'launched', lastReviewKind: null }, { action: 'close' })),
    /sơ kết hoặc tổng kết trước/,
  );
  assert.match(
    refused(nextStatus({ status: 'in_progress', lastReviewKind: null }, { action: 'start' })),
    /vừa phát động/,
  );
  assert.match(
    refused(nextStatus({ status: 'in_progress', lastReviewKind: null }, { action: 'resume' })),
    /sau khi sơ kết/,
  );
  assert.match(
    refused(nextStatus({ status: 'reviewed', lastReviewKind: 'final' }, { action: 'resume' })),
    /đã tổng kết/,
  );
  assert.match(
    refused(
      nextStatus(
        { status: 'reviewed', lastReviewKind: 'final' },
        { action: 'review', reviewKind: 'interim' },
      ),
    ),
    /chỉ còn kết thúc/,
  );
  assert.match(
    refused(nextStatus({ status: 'closed', lastReviewKind: 'final' }, { action: 'start' })),
    /đã kết thúc/,
  );
  assert.match(
    refused(nextStatus({ status: 'in_progress', lastReviewKind: null }, { action: 'review' })),
    /sơ kết hoặc tổng kết/,
  );
});

test('tree: a movement cannot sit under itself or one of its descendants', () => {
  // national → province → district → commune
  const parentOf = new Map<string, string | null>([
    ['national', null],
    ['province', 'national'],
    ['district', 'province'],
    ['commune', 'district'],
    ['other', null],
  ]);
  assert.equal(wouldCreateCycle('province', 'province', parentOf), true);
  assert.equal(wouldCreateCycle('national', 'commune', parentOf), true);
  assert.equal(wouldCreateCycle('province', 'district', parentOf), true);
  assert.equal(wouldCreateCycle('commune', 'other', parentOf), false);
  assert.equal(wouldCreateCycle('district', 'national', parentOf), false);
  assert.equal(wouldCreateCycle('district', null, parentOf), false);
  // A loop already in the data does not hang the check.
  const broken = new Map<string, string | null>([
    ['a', 'b'],
    ['b', 'a'],
  ]);
  assert.equal(wouldCreateCycle('c', 'a', broken), true);
});

test('figures read as the seed writes them', () => {
  assert.equal(formatIndicatorValue(632, 'more_than', 'doanh nghiệp'), 'hơn 632 doanh nghiệp');
  assert.equal(formatIndicatorValue(9164, 'nearly', 'tỷ đồng'), 'gần 9.164 tỷ đồng');
  assert.equal(formatIndicatorValue(127, null, 'hợp tác xã'), '127 hợp tác xã');
  assert.equal(formatIndicatorValue(12.5, 'about', '%'), 'khoảng 12,5 %');
  assert.equal(targetShare(632, 600), 632 / 600);
  assert.equal(targetShare(632, null), null);
  assert.equal(targetShare(null, 10), null);
  assert.equal(targetShare(5, 0), null);
});

test('periods: a year, a stage, a half-year, dates', () => {
  assert.deepEqual(yearPeriod(2023), { from: '2023-01-01', to: '2023-12-31' });
  assert.equal(formatMovementPeriod('2023-01-01', '2023-12-31'), 'năm 2023');
  assert.equal(formatMovementPeriod('2021-01-01', '2025-12-31'), 'giai đoạn 2021-2025');
  assert.equal(formatMovementPeriod('2023-01-01', '2023-06-30'), '6 tháng đầu năm 2023');
  assert.equal(formatMovementPeriod('2023-02-01', '2023-04-30'), '01/02/2023 – 30/04/2023');
  assert.equal(formatMovementPeriod('2023-02-01', null), 'từ 01/02/2023');
  assert.equal(formatMovementPeriod(null, null), '');
});
