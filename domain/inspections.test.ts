import assert from 'node:assert/strict';
import { test } from 'node:test';

import {
  daysOverdue,
  dueOnErrors,
  followUpErrors,
  isFollowUpOverdue,
  summariseFollowUps,
  type TargetFacts,
  targetErrors,
  teamErrors,
} from './inspections';

const TODAY = '2023-10-15';

test('a follow-up is overdue only when not done and its deadline has passed', () => {
  assert.equal(isFollowUpOverdue({ status: 'open', dueOn: '2023-10-14' }, TODAY), true);
  assert.equal(isFollowUpOverdue({ status: 'in_progress', dueOn: '2023-01-01' }, TODAY), true);
  // The deadline day itself is still in time.
  assert.equal(isFollowUpOverdue({ status: 'open', dueOn: TODAY }, TODAY), false);
  assert.equal(isFollowUpOverdue({ status: 'open', dueOn: '2023-12-31' }, TODAY), false);
  // Done late is not overdue any more.
  assert.equal(isFollowUpOverdue({ status: 'done', dueOn: '2023-01-01' }, TODAY), false);
  // Without a deadline nothing is overdue.
  assert.equal(isFollowUpOverdue({ status: 'open', dueOn: null }, TODAY), false);
});

test('days overdue count whole calendar days past the deadline, across months and a leap day', () => {
  assert.equal(daysOverdue({ status: 'open', dueOn: '2023-10-14' }, TODAY), 1);
  assert.equal(daysOverdue({ status: 'open', dueOn: '2023-09-15' }, TODAY), 30);
  assert.equal(daysOverdue({ status: 'open', dueOn: '2024-02-28' }, '2024-03-01'), 2);
  assert.equal(daysOverdue({ status: 'done', dueOn: '2023-09-15' }, TODAY), 0);
  assert.equal(daysOverdue({ status: 'open', dueOn: null }, TODAY), 0);
});

test('the summary counts each status and the overdue ones among the unfinished', () => {
  const summary = summariseFollowUps(
    [
      { status: 'open', dueOn: '2023-10-01' },
      { status: 'open', dueOn: null },
      { status: 'in_progress', dueOn: '2023-09-30' },
      { status: 'in_progress', dueOn: '2023-11-30' },
      { status: 'done', dueOn: '2023-09-01' },
    ],
    TODAY,
  );
  assert.deepEqual(summary, { total: 5, open: 2, inProgress: 2, done: 1, overdue: 2 });
  assert.deepEqual(summariseFollowUps([], TODAY), { total: 0, open: 0, inProgress: 0, done: 0, overdue: 0 });
});

test('a team names each person once, has one trưởng đoàn and at most one thư ký', () => {
  assert.deepEqual(teamErrors([]), {});
  assert.deepEqual(
    teamErrors([
      { personId: 'a', role: 'truong_doan' },
      { personId: 'b', role: 'thanh_vien' },
      { personId: 'c', role: 'thu_ky' },
    ]),
    {},
  );
  assert.equal(
    teamErrors([{ personId: 'a', role: 'thanh_vien' }]).members,
    'Đoàn kiểm tra phải có một trưởng đoàn',
  );
  assert.equal(
    teamErrors([
      { personId: 'a', role: 'truong_doan' },
      { personId: 'b', role: 'truong_doan' },
    ]).members,
    'Đoàn kiểm tra chỉ có một trưởng đoàn',
  );
  assert.equal(
    teamErrors([
      { personId: 'a', role: 'truong_doan' },
      { personId: 'b', role: 'thu_ky' },
      { personId: 'c', role: 'thu_ky' },
    ]).members,
    'Đoàn kiểm tra chỉ có một thư ký',
  );
  const dup = teamErrors([
    { personId: 'a', role: 'truong_doan' },
    { personId: 'a', role: 'thanh_vien' },
  ]);
  assert.equal(dup['members.1.personId'], 'Người này đã có tên trong đoàn kiểm tra');
});

const planned: TargetFacts = {
  status: 'planned',
  scheduledFrom: '2023-09-10',
  scheduledTo: '2023-09-11',
  inspectedOn: null,
  cancelReason: null,
  findings: null,
  resultDocument: null,
  recommendationCount: 0,
};

test('target status rules: done needs a past date, cancelled a reason, results belong to done', () => {
  assert.deepEqual(targetErrors(planned, TODAY), {});
  assert.deepEqual(targetErrors({ ...planned, scheduledTo: '2023-09-09' }, TODAY), {
    scheduledTo: 'Ngày kết thúc dự kiến phải bằng hoặc sau ngày bắt đầu',
  });
  assert.equal(
    targetErrors({ ...planned, status: 'done' }, TODAY).inspectedOn,
    'Cần ghi ngày kiểm tra khi đã kiểm tra xong',
  );
  assert.equal(
    targetErrors({ ...planned, status: 'done', inspectedOn: '2023-10-16' }, TODAY).inspectedOn,
    'Ngày kiểm tra không được sau hôm nay',
  );
  assert.deepEqual(
    targetErrors(
      {
        ...planned,
        status: 'done',
        inspectedOn: '2023-09-11',
        findings: 'Đơn vị đã…',
        recommendationCount: 2,
      },
      TODAY,
    ),
    {},
  );
  assert.equal(
    targetErrors({ ...planned, findings: 'x' }, TODAY).findings,
    'Chỉ ghi kết quả kiểm tra khi đã kiểm tra xong',
  );
  assert.equal(
    targetErrors({ ...planned, status: 'cancelled' }, TODAY).cancelReason,
    'Cần ghi lý do hủy kiểm tra',
  );
  assert.deepEqual(
    targetErrors({ ...planned, status: 'cancelled', cancelReason: 'Đơn vị sáp nhập' }, TODAY),
    {},
  );
  assert.equal(
    targetErrors({ ...planned, cancelReason: 'x' }, TODAY).cancelReason,
    'Chỉ ghi lý do khi hủy kiểm tra',
  );
  // Recommendations pin the target to done.
  assert.match(targetErrors({ ...planned, recommendationCount: 1 }, TODAY).status ?? '', /kiến nghị/);
});

test('a recommendation is due on or after the inspection; follow-ups are dated in order and say what was done', () => {
  assert.deepEqual(dueOnErrors('2023-09-11', '2023-09-11'), {});
  assert.deepEqual(dueOnErrors(null, '2023-09-11'), {});
  assert.ok(dueOnErrors('2023-09-10', '2023-09-11').dueOn);
  const context = { inspectedOn: '2023-09-11', lastOn: '2023-09-20' };
  assert.deepEqual(
    followUpErrors({ status: 'done', note: 'Đã bổ sung hồ sơ', on: '2023-10-01' }, context, TODAY),
    {},
  );
  assert.ok(followUpErrors({ status: 'done', note: null, on: '2023-10-01' }, context, TODAY).note);
  assert.equal(
    followUpErrors({ status: 'in_progress', note: 'x', on: '2023-10-16' }, context, TODAY).on,
    'Ngày cập nhật không được sau hôm nay',
  );
  assert.equal(
    followUpErrors({ status: 'in_progress', note: 'x', on: '2023-09-10' }, context, TODAY).on,
    'Ngày cập nhật không được trước ngày kiểm tra',
  );
  assert.equal(
    followUpErrors({ status: 'in_progress', note: 'x', on: '2023-09-15' }, context, TODAY).on,
    'Ngày cập nhật không được trước lần cập nhật gần nhất',
  );
});
