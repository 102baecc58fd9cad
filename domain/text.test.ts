import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareVietnamese, foldVietnamese, normalizeText, personNameSortKey } from './text';

test('folding removes tones, vowel marks and đ, and lowers case', () => {
  assert.equal(foldVietnamese('Nguyễn Văn An'), 'nguyen van an');
  assert.equal(foldVietnamese('ĐẶNG THỊ HỒNG NHUNG'), 'dang thi hong nhung');
  assert.equal(foldVietnamese('Cẩm  Xuyên '), 'cam xuyen');
  // NFD input folds the same as NFC.
  assert.equal(foldVietnamese('Nguyễn'.normalize('NFD')), foldVietnamese('Nguyễn'));
  assert.equal(foldVietnamese('Ưng Ơn Ớt Ửu'), 'ung on ot uu');
});

test('normalizeText stores NFC and collapses whitespace', () => {
  const nfd = ' Nguyễn\t Văn  An '.normalize('NFD');
  assert.equal(normalizeText(nfd), 'Nguyễn Văn An');
  assert.equal(normalizeText(nfd).length, 'Nguyễn Văn An'.length);
});

test('Vietnamese order: a < ă < â < b, d < đ < e, o < ô < ơ, u < ư, then tones', () => {
  const words = ['ư', 'đ', 'ơ', 'b', 'â', 'e', 'ô', 'u', 'ă', 'o', 'a', 'd'];
  assert.deepEqual([...words].sort(compareVietnamese), [
    'a',
    'ă',
    'â',
    'b',
    'd',
    'đ',
    'e',
    'o',
    'ô',
    'ơ',
    'u',
    'ư',
  ]);
  // Letters decide before tones: "ba" < "bà" < "bả" < "bã" < "bá" < "bạ" < "bac".
  assert.deepEqual(['bạ', 'bac', 'bá', 'bà', 'ba', 'bã', 'bả'].sort(compareVietnamese), [
    'ba',
    'bà',
    'bả',
    'bã',
    'bá',
    'bạ',
    'bac',
  ]);
  assert.ok(compareVietnamese('Đông', 'Dương') > 0, 'Đ sorts after D whatever follows');
  assert.ok(compareVietnamese('Cẩm Xuyên', 'Cẩm Yên') < 0);
});

test('people sort by given name first, then the full name', () => {
  const names = ['Trần Văn Bình', 'Nguyễn Thị An', 'Lê Văn Bình', 'Phạm Đức Anh', 'Võ Thị Ân'];
  const sorted = [...names].sort((a, b) => (personNameSortKey(a) < personNameSortKey(b) ? -1 : 1));
  // â is a letter of its own after a: An < Anh < Ân.
  assert.deepEqual(sorted, ['Nguyễn Thị An', 'Phạm Đức Anh', 'Võ Thị Ân', 'Lê Văn Bình', 'Trần Văn Bình']);
});
