import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addWorkingDays,
  DEADLINES,
  deadlineFrom,
  HOLIDAYS,
  holidaysKnown,
  isOverdue,
  isWorkingDay,
  WorkingDayError,
  workingDaysBetween,
} from './working-days';

const dow = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();

test('the table covers 2023–2027, weekdays only, in order, each year within itself', () => {
  assert.deepEqual(
    HOLIDAYS.map((h) => h.year),
    [2023, 2024, 2025, 2026, 2027],
  );
  for (const h of HOLIDAYS) {
    assert.deepEqual([...h.daysOff].sort(), h.daysOff, `${h.year} sorted`);
    for (const d of h.daysOff) {
      assert.equal(d.slice(0, 4), String(h.year));
      assert.ok(dow(d) >= 1 && dow(d) <= 5, `${d} is a weekday`);
    }
    for (const d of h.workingSaturdays) assert.equal(dow(d), 6, `${d} is a Saturday`);
    // Điều 112: 11 holidays a year; every one falls on, or is moved to, a weekday at least once in the list.
    assert.ok(h.daysOff.length >= 9 && h.daysOff.length <= 12, `${h.year}: ${h.daysOff.length} days`);
    assert.ok(h.note.length > 10);
  }
});

test('public holidays and weekends are not working days; swapped Saturdays are', () => {
  assert.equal(isWorkingDay('2025-09-02'), false, 'Quốc khánh 2025');
  assert.equal(isWorkingDay('2025-09-01'), false, 'the adjacent day');
  assert.equal(isWorkingDay('2025-01-29'), false, 'mồng 1 Tết Ất Tỵ');
  assert.equal(isWorkingDay('2025-04-07'), false, 'Giỗ Tổ Hùng Vương 2025');
  assert.equal(isWorkingDay('2024-04-29'), false, 'a swapped Monday');
  assert.equal(isWorkingDay('2024-05-04'), true, 'the Saturday worked for it');
  assert.equal(isWorkingDay('2025-02-08'), true);
  assert.equal(isWorkingDay('2025-09-06'), false, 'a plain Saturday');
  assert.equal(isWorkingDay('2025-09-07'), false, 'a Sunday');
  assert.equal(isWorkingDay('2025-09-03'), true);
});

test('addWorkingDays skips weekends and holidays and does not count the start day', () => {
  // Friday 29/8/2025; 1/9 and 2/9 off: Wed 3, Thu 4, Fri 5, Mon 8, Tue 9.
  assert.deepEqual(addWorkingDays('2025-08-29', 5), { date: '2025-09-09', approximate: false });
  assert.equal(addWorkingDays('2025-09-02', 5).date, '2025-09-09');
  assert.equal(addWorkingDays('2025-09-03', 0).date, '2025-09-03');
  // Across Tết Ất Tỵ (25/1–2/2) with the Saturday 8/2 worked: Fri 24/1 + 5 = Mon 3/2, Tue 4, Wed 5, Thu 6, Fri 7.
  assert.equal(addWorkingDays('2025-01-24', 5).date, '2025-02-07');
  assert.equal(addWorkingDays('2025-01-24', 6).date, '2025-02-08', 'the Saturday worked counts');
  // 20 working days from Monday 10/11/2025, no holidays: four weeks.
  assert.equal(addWorkingDays('2025-11-10', 20).date, '2025-12-08');
});

test('workingDaysBetween counts the days after `from` up to `to`', () => {
  assert.deepEqual(workingDaysBetween('2025-08-29', '2025-09-05'), { days: 3, approximate: false });
  assert.equal(workingDaysBetween('2025-09-05', '2025-08-29').days, 0);
  assert.equal(workingDaysBetween('2025-09-05', '2025-09-05').days, 0);
  for (const [from, n] of [
    ['2024-02-05', 12],
    ['2025-04-25', 7],
    ['2023-12-29', 20],
  ] as const) {
    const due = addWorkingDays(from, n);
    assert.equal(workingDaysBetween(from, due.date).days, n, `${from} + ${n}`);
  }
});

test('a year outside the table falls back to weekends only and says so', () => {
  assert.equal(holidaysKnown(2030), false);
  const r = addWorkingDays('2030-04-26', 5);
  assert.equal(r.approximate, true);
  assert.equal(r.date, '2030-05-03', '30/4 and 1/5/2030 are not known, only weekends skipped');
  assert.equal(addWorkingDays('2027-12-28', 5).approximate, true, 'running into 2028');
  assert.equal(workingDaysBetween('2029-12-31', '2030-01-07').approximate, true);
});

test('invalid input is refused', () => {
  assert.throws(() => addWorkingDays('2025-02-30', 1), WorkingDayError);
  assert.throws(() => addWorkingDays('2025-02-01', -1), WorkingDayError);
  assert.throws(() => workingDaysBetween('x', '2025-01-01'), WorkingDayError);
});

test('deadlines are data: 5 working days to return, 20 to appraise (legal.md §5)', () => {
  assert.equal(DEADLINES.check_completeness.workingDays, 5);
  assert.equal(DEADLINES.appraisal.workingDays, 20);
  assert.match(DEADLINES.appraisal.basis, /20 ngày làm việc/);
  assert.equal(deadlineFrom('2025-08-29', 'check_completeness').date, '2025-09-09');
  assert.equal(isOverdue('2025-09-05', '2025-09-06', true), true);
  assert.equal(isOverdue('2025-09-05', '2025-09-05', true), false, 'due today is not overdue');
  assert.equal(isOverdue('2025-09-05', '2025-09-10', false), false, 'no longer waiting');
  assert.equal(isOverdue(null, '2025-09-10', true), false);
});

test('workingDaysBetween across years equals the day-by-day count, and a far deadline is cheap', () => {
  const naive = (from: string, to: string) => {
    let days = 0;
    let approximate = false;
    const d = new Date(`${from}T00:00:00Z`);
    for (;;) {
      d.setUTCDate(d.getUTCDate() + 1);
      const date = d.toISOString().slice(0, 10);
      if (date > to) break;
      if (!holidaysKnown(Number(date.slice(0, 4)))) approximate = true;
      if (isWorkingDay(date)) days++;
    }
    return { days, approximate };
  };
  fc.assert(
    fc.property(
      fc.date({
        min: new Date('2015-01-01T00:00:00Z'),
        max: new Date('2040-12-31T00:00:00Z'),
        noInvalidDate: true,
      }),
      fc.integer({ min: -40, max: 4000 }),
      (start, span) => {
        const from = start.toISOString().slice(0, 10);
        const end = new Date(start);
        end.setUTCDate(end.getUTCDate() + span);
        const to = end.toISOString().slice(0, 10);
        assert.deepEqual(workingDaysBetween(from, to), naive(from, to), `${from} → ${to}`);
      },
    ),
    { numRuns: 200 },
  );
  // Decades ahead: counted by whole years (was a loop over ~27,000 days per call).
  const far = workingDaysBetween('2025-01-01', '2099-12-31');
  assert.ok(far.days > 19_000 && far.approximate);
});
