import assert from 'node:assert/strict';
import { test } from 'node:test';

import { awardKindAt } from './catalog';
import {
  daysLate,
  deadlineState,
  duplicateLines,
  isEditable,
  kindFigures,
  lineKindError,
  movesFor,
  registrationTransition,
} from './registration';

test('transitions: the unit submits and resubmits, the parent accepts or returns', () => {
  assert.deepEqual(registrationTransition('draft', 'submit'), {
    ok: true,
    to: 'submitted',
    action: 'submit',
    side: 'unit',
  });
  assert.deepEqual(registrationTransition('returned', 'submit'), {
    ok: true,
    to: 'submitted',
    action: 'resubmit',
    side: 'unit',
  });
  assert.equal(registrationTransition('submitted', 'accept').to, 'accepted');
  assert.equal(registrationTransition('submitted', 'return').to, 'returned');
  // An accepted registration may be returned so that the unit registers more titles.
  assert.equal(registrationTransition('accepted', 'return').ok, true);
  const refused = registrationTransition('submitted', 'submit');
  assert.equal(refused.ok, false);
  assert.equal(refused.message, 'Đăng ký đang ở trạng thái “đã gửi”, không gửi được');
  assert.equal(registrationTransition('draft', 'accept').ok, false);
  assert.equal(registrationTransition('returned', 'return').ok, false);
  assert.equal(registrationTransition('accepted', 'accept').ok, false);
});

test('lines are editable only while the registration is with the unit; moves by side', () => {
  assert.deepEqual((['draft', 'submitted', 'accepted', 'returned'] as const).map(isEditable), [
    true,
    false,
    false,
    true,
  ]);
  assert.deepEqual(movesFor('draft', 'unit'), ['submit']);
  assert.deepEqual(movesFor('draft', 'parent'), []);
  assert.deepEqual(movesFor('submitted', 'parent'), ['accept', 'return']);
  assert.deepEqual(movesFor('accepted', 'parent'), ['return']);
  assert.deepEqual(movesFor('returned', 'unit'), ['submit']);
});

test('deadline: a submission after the deadline day is late by whole days; the day itself is on time', () => {
  assert.equal(daysLate('2023-01-31', '2023-01-31'), 0);
  assert.equal(daysLate('2023-02-01', '2023-01-31'), 1);
  assert.equal(daysLate('2023-03-01', '2023-02-28'), 1);
  assert.equal(daysLate('2024-03-01', '2024-02-28'), 2);
  assert.equal(daysLate('2023-05-01', null), 0);
  assert.deepEqual(
    deadlineState({ status: 'submitted', firstSubmittedOn: '2023-02-03', dueOn: '2023-01-31' }, '2023-06-01'),
    { late: true, daysLate: 3, overdue: false },
  );
  // Not yet submitted: overdue once the deadline has passed.
  assert.deepEqual(
    deadlineState({ status: 'draft', firstSubmittedOn: null, dueOn: '2023-01-31' }, '2023-02-10'),
    { late: false, daysLate: 10, overdue: true },
  );
  assert.deepEqual(
    deadlineState({ status: 'draft', firstSubmittedOn: null, dueOn: '2023-01-31' }, '2023-01-31'),
    { late: false, daysLate: 0, overdue: false },
  );
  // A resubmission after a return keeps the lateness of the first submission.
  assert.equal(
    deadlineState({ status: 'returned', firstSubmittedOn: '2023-01-20', dueOn: '2023-01-31' }, '2023-04-01')
      .late,
    false,
  );
});

test('only titles of the year’s regime are registered, for the subjects they are meant for', () => {
  assert.equal(lineKindError(awardKindAt('LDTT', '2023-12-31'), 'individual', 2023), null);
  assert.equal(lineKindError(awardKindAt('TTLDXS', '2023-12-31'), 'collective', 2023), null);
  assert.equal(lineKindError(awardKindAt('CO_TINH', '2023-12-31'), 'collective', 2023), null);
  assert.equal(
    lineKindError(awardKindAt('LDTT', '2023-12-31'), 'collective', 2023),
    '“Lao động tiên tiến” không phải danh hiệu dành cho tập thể',
  );
  assert.equal(
    lineKindError(awardKindAt('TTLDTT', '2023-12-31'), 'individual', 2023),
    '“Tập thể lao động tiên tiến” không phải danh hiệu dành cho cá nhân',
  );
  assert.match(
    lineKindError(awardKindAt('BK_TINH', '2023-12-31'), 'individual', 2023)!,
    /hình thức khen thưởng/,
  );
  // Xã tiêu biểu does not exist in regime A (2023).
  assert.equal(
    lineKindError(awardKindAt('XA_TB', '2023-12-31'), 'collective', 2023),
    'Chế độ áp dụng cho năm 2023 không có danh hiệu này',
  );
});

test('duplicates: the same subject and title twice', () => {
  assert.deepEqual(
    duplicateLines([
      { subjectKind: 'individual', subjectId: 'p1', awardKind: 'LDTT' },
      { subjectKind: 'individual', subjectId: 'p1', awardKind: 'CSTDCS' },
      { subjectKind: 'individual', subjectId: 'p1', awardKind: 'LDTT' },
      { subjectKind: 'collective', subjectId: 'p1', awardKind: 'LDTT' },
    ]),
    [2],
  );
});

test('figures: registered and achieved per kind, an award counting only for the same subject and kind', () => {
  const lines = [
    { subjectKind: 'individual' as const, subjectId: 'p1', awardKind: 'LDTT' as const },
    { subjectKind: 'individual' as const, subjectId: 'p2', awardKind: 'LDTT' as const },
    { subjectKind: 'individual' as const, subjectId: 'p1', awardKind: 'CSTDCS' as const },
    { subjectKind: 'collective' as const, subjectId: 'u1', awardKind: 'TTLDXS' as const },
  ];
  const awards = [
    { subjectKind: 'individual' as const, subjectId: 'p1', awardKind: 'LDTT' as const },
    { subjectKind: 'individual' as const, subjectId: 'p3', awardKind: 'LDTT' as const }, // not registered
    { subjectKind: 'individual' as const, subjectId: 'p2', awardKind: 'CSTDCS' as const }, // other kind
    { subjectKind: 'collective' as const, subjectId: 'u1', awardKind: 'TTLDXS' as const },
  ];
  assert.deepEqual(kindFigures(lines, awards), [
    { awardKind: 'LDTT', registered: 2, achieved: 1 },
    { awardKind: 'CSTDCS', registered: 1, achieved: 0 },
    { awardKind: 'TTLDXS', registered: 1, achieved: 1 },
  ]);
});
