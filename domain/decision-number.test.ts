import assert from 'node:assert/strict';
import { test } from 'node:test';

import fc from 'fast-check';

import {
  formatDecisionNumber,
  isValidPattern,
  nextNumber,
  numberLine,
  padNumber,
  parseNumberQuery,
  patternError,
  registerYear,
  symbolOf,
} from './decision-number';

test('numbers below 10 are zero-padded as Nghị định 30/2020 writes them', () => {
  assert.equal(formatDecisionNumber('{n}/QĐ-UBND', 5, 2025), '05/QĐ-UBND');
  assert.equal(formatDecisionNumber('{n}/QĐ-UBND', 9, 2025), '09/QĐ-UBND');
  assert.equal(formatDecisionNumber('{n}/QĐ-UBND', 10, 2025), '10/QĐ-UBND');
  assert.equal(formatDecisionNumber('{n}/QĐ-CT', 125, 2024), '125/QĐ-CT');
  assert.equal(formatDecisionNumber('{n}/QĐ-UBND', 3127, 2024), '3127/QĐ-UBND');
  assert.equal(padNumber(1), '01');
  assert.throws(() => padNumber(0), RangeError);
  assert.throws(() => padNumber(1.5), RangeError);
});

test('a pattern may carry the year after the number', () => {
  assert.equal(formatDecisionNumber('{n}/{yyyy}/QĐ-UBND', 86, 2025), '86/2025/QĐ-UBND');
  assert.equal(symbolOf('{n}/{yyyy}/QĐ-UBND'), 'QĐ-UBND');
  assert.equal(symbolOf('{n}/QĐ-TTg'), 'QĐ-TTg');
});

test('malformed patterns are refused with a Vietnamese reason', () => {
  for (const good of ['{n}/QĐ-UBND', '{n}/QĐ-CT', '{n}/QĐ-TTg', '{n}/QĐ-SGDĐT', '{n}/{yyyy}/QĐ-UBND']) {
    assert.equal(patternError(good), null, good);
  }
  const bad = ['QĐ-UBND', '{n} /QĐ-UBND', '{n}/QĐ - UBND', '{n}/', '{n}/QĐ-', '{n}/QĐ-{n}', '05/QĐ-UBND', ''];
  for (const pattern of bad) {
    assert.equal(isValidPattern(pattern), false, pattern);
    assert.match(patternError(pattern)!, /Mẫu|Ký hiệu/);
  }
  assert.throws(() => formatDecisionNumber('QĐ-UBND', 1, 2025), RangeError);
});

test('numbers restart at 1 with every calendar year', () => {
  const last = new Map([
    [2024, 311],
    [2025, 4],
  ]);
  assert.equal(nextNumber(last, 2024), 312);
  assert.equal(nextNumber(last, 2025), 5);
  assert.equal(nextNumber(last, 2026), 1);
  assert.equal(registerYear('2025-12-31'), 2025);
  assert.equal(registerYear('2026-01-01'), 2026);
  assert.throws(() => registerYear('31/12/2025'), RangeError);
});

test('the header line shows the number, or room for it on a draft', () => {
  assert.equal(numberLine('05/QĐ-UBND', '{n}/QĐ-UBND', 2025), 'Số: 05/QĐ-UBND');
  assert.equal(numberLine(null, '{n}/QĐ-UBND', 2025), `Số: ${'\u00a0'.repeat(6)}/QĐ-UBND`);
  assert.equal(numberLine(null, '{n}/{yyyy}/QĐ-UBND', 2025), `Số: ${'\u00a0'.repeat(6)}/2025/QĐ-UBND`);
});

test('number searches accept the forms users type', () => {
  assert.equal(parseNumberQuery('5'), 5);
  assert.equal(parseNumberQuery('05'), 5);
  assert.equal(parseNumberQuery('05/QĐ-UBND'), 5);
  assert.equal(parseNumberQuery(' 125 / QĐ'), 125);
  assert.equal(parseNumberQuery('Giấy khen'), null);
});

test('formatting is a bijection on numbers within a year (property)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), (a, b) => {
      const fa = formatDecisionNumber('{n}/QĐ-UBND', a, 2025);
      const fb = formatDecisionNumber('{n}/QĐ-UBND', b, 2025);
      assert.equal(fa === fb, a === b);
      assert.equal(parseNumberQuery(fa), a);
    }),
  );
});
