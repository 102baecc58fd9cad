import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CCCD_PROVINCE_CODES, cccdGenderCenturyDigit, checkCccd, composeCccd, maskCccd } from './cccd';

test('the 63 province codes of the pre-2025 provinces are known, Hà Tĩnh is 042', () => {
  assert.equal(Object.keys(CCCD_PROVINCE_CODES).length, 63);
  assert.equal(CCCD_PROVINCE_CODES['042'], 'Hà Tĩnh');
  assert.equal(CCCD_PROVINCE_CODES['001'], 'Hà Nội');
  assert.equal(CCCD_PROVINCE_CODES['096'], 'Cà Mau');
});

test('century/gender digit follows the table: 1900s 0/1, 2000s 2/3, 2100s 4/5, 2200s 6/7, 2300s 8/9', () => {
  assert.equal(cccdGenderCenturyDigit('male', 1985), 0);
  assert.equal(cccdGenderCenturyDigit('female', 1999), 1);
  assert.equal(cccdGenderCenturyDigit('male', 2000), 2);
  assert.equal(cccdGenderCenturyDigit('female', 2005), 3);
  assert.equal(cccdGenderCenturyDigit('male', 2100), 4);
  assert.equal(cccdGenderCenturyDigit('female', 2350), 9);
  assert.equal(cccdGenderCenturyDigit('male', 1899), null);
});

test('a well-formed number passes, with and without the person', () => {
  assert.deepEqual(checkCccd('042085001234'), { ok: true });
  assert.deepEqual(checkCccd('042085001234', { gender: 'male', birthDate: '1985-03-12' }), { ok: true });
  assert.deepEqual(checkCccd('042185001234', { gender: 'female', birthDate: '1985-03-12' }), { ok: true });
  assert.deepEqual(checkCccd('001305000001', { gender: 'female', birthDate: '2005-01-01' }), { ok: true });
});

test('length and non-digits are refused', () => {
  for (const bad of [
    '',
    '04208500123',
    '0420850012345',
    '04208500123a',
    '042 085 001 234',
    '０４２０８５００１２３４',
  ]) {
    const verdict = checkCccd(bad);
    assert.equal(verdict.ok, false, bad);
    assert.equal(verdict.reason, 'Số CCCD phải gồm đúng 12 chữ số');
  }
});

test('an unknown province code is refused, naming the code', () => {
  for (const code of ['000', '003', '097', '099', '100', '999']) {
    const verdict = checkCccd(`${code}085001234`);
    assert.equal(verdict.ok, false);
    assert.match(verdict.reason!, new RegExp(`Mã tỉnh "${code}"`));
  }
});

test('the 4th digit must match the gender', () => {
  const verdict = checkCccd('042085001234', { gender: 'female' });
  assert.equal(verdict.ok, false);
  assert.match(verdict.reason!, /Chữ số thứ 4.*giới tính nữ/);
  assert.equal(checkCccd('042185001234', { gender: 'male' }).ok, false);
  assert.equal(checkCccd('042185001234', { gender: 'female' }).ok, true);
});

test('the 4th digit must match the century of birth', () => {
  const verdict = checkCccd('042285001234', { birthDate: '1985-01-01' });
  assert.equal(verdict.ok, false);
  assert.match(verdict.reason!, /thế kỷ của năm sinh 1985/);
  assert.equal(checkCccd('042005001234', { gender: 'male', birthDate: '2005-01-01' }).ok, false);
  assert.equal(checkCccd('042205001234', { gender: 'male', birthDate: '2005-01-01' }).ok, true);
});

test('the 5th–6th digits must match the birth year', () => {
  const verdict = checkCccd('042086001234', { gender: 'male', birthDate: '1985-12-31' });
  assert.equal(verdict.ok, false);
  assert.match(verdict.reason!, /5–6.*\(86\).*1985/);
  assert.equal(checkCccd('042086001234', { birthDate: '1986-01-01' }).ok, true);
});

test('composeCccd builds numbers that checkCccd accepts for the same person (property)', () => {
  const codes = Object.keys(CCCD_PROVINCE_CODES);
  fc.assert(
    fc.property(
      fc.constantFrom(...codes),
      fc.constantFrom('male' as const, 'female' as const),
      fc.integer({ min: 1900, max: 2099 }),
      fc.integer({ min: 0, max: 999_999 }),
      (provinceCode, gender, birthYear, serial) => {
        const cccd = composeCccd({ provinceCode, gender, birthYear, serial });
        const birthDate = `${birthYear}-06-15`;
        assert.equal(cccd.length, 12);
        assert.deepEqual(checkCccd(cccd, { gender, birthDate }), { ok: true });
        const other = gender === 'male' ? 'female' : 'male';
        assert.equal(checkCccd(cccd, { gender: other, birthDate }).ok, false);
        assert.equal(
          checkCccd(cccd, { gender, birthDate: `${birthYear === 2099 ? 2098 : birthYear + 1}-06-15` }).ok,
          false,
        );
      },
    ),
  );
  assert.throws(() => composeCccd({ provinceCode: '003', gender: 'male', birthYear: 1980, serial: 1 }));
});

test('masking keeps the province code and the last three digits only', () => {
  assert.equal(maskCccd('042085001234'), '042******234');
  assert.equal(maskCccd(null), null);
  assert.equal(maskCccd(''), '');
});
