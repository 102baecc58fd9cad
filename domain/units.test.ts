import assert from 'node:assert/strict';
import { test } from 'node:test';
import { vietnameseSortKey } from './text';
import {
  childPath,
  dayBefore,
  isStrictDescendant,
  isValidAt,
  nameAt,
  nestUnits,
  parentChangesOf,
  parentsAt,
  pathIds,
  rebasePath,
  todayInVietnam,
} from './units';

test('validity is inclusive at both ends and open-ended while validTo is null', () => {
  const district = { validFrom: '1990-01-01', validTo: '2025-06-30' };
  assert.equal(isValidAt(district, '2025-06-30'), true);
  assert.equal(isValidAt(district, '2025-07-01'), false);
  assert.equal(isValidAt(district, '1989-12-31'), false);
  assert.equal(isValidAt({ validFrom: '2025-07-01', validTo: null }, '2099-01-01'), true);
});

test('dayBefore crosses month, year and leap-day boundaries', () => {
  assert.equal(dayBefore('2025-07-01'), '2025-06-30');
  assert.equal(dayBefore('2025-01-01'), '2024-12-31');
  assert.equal(dayBefore('2024-03-01'), '2024-02-29');
  assert.equal(dayBefore('2025-03-01'), '2025-02-28');
});

test('today in Vietnam is UTC+7', () => {
  assert.equal(todayInVietnam(new Date('2025-06-30T17:30:00Z')), '2025-07-01');
  assert.equal(todayInVietnam(new Date('2025-06-30T16:59:00Z')), '2025-06-30');
});

test('paths: child, ids, descendants and rebasing', () => {
  assert.equal(childPath(null, 'a'), '/a/');
  assert.equal(childPath('/a/', 'b'), '/a/b/');
  assert.deepEqual(pathIds('/a/b/c/'), ['a', 'b', 'c']);
  assert.equal(isStrictDescendant('/a/b/', '/a/'), true);
  assert.equal(isStrictDescendant('/a/', '/a/'), false);
  assert.equal(isStrictDescendant('/ab/', '/a/'), false);
  assert.equal(rebasePath('/p/d/x/v/', '/p/d/x/', '/p/x/'), '/p/x/v/');
  assert.throws(() => rebasePath('/q/x/', '/p/', '/r/'));
});

test('nestUnits builds trees in Vietnamese order; orphans of a filtered load become roots', () => {
  const row = (id: string, parentId: string | null, name: string) => ({
    id,
    parentId,
    name,
    nameSort: vietnameseSortKey(name),
  });
  const tree = nestUnits([
    row('p', null, 'Tỉnh Hà Tĩnh'),
    row('c3', 'p', 'Xã Đức Thọ'),
    row('c1', 'p', 'Xã Đan Trường'),
    row('c2', 'p', 'Xã Dương Thủy'),
    row('v1', 'c1', 'Thôn 1'),
    row('o', 'missing', 'Phường Bắc Hồng'),
  ]);
  assert.deepEqual(
    tree.map((n) => n.id),
    ['o', 'p'],
  );
  const province = tree[1]!;
  // d < đ in Vietnamese order, so "Dương" comes before "Đan" and "Đức".
  assert.deepEqual(
    province.children.map((n) => n.name),
    ['Xã Dương Thủy', 'Xã Đan Trường', 'Xã Đức Thọ'],
  );
  assert.equal(province.childCount, 3);
  assert.equal(province.children[1]!.childCount, 1);
});

test('nameAt tells the name in force on a date from the rename history', () => {
  const current = { name: 'Phường Cẩm Xuyên', shortName: 'Cẩm Xuyên' };
  const renames = [
    {
      effectiveOn: '2025-07-01',
      oldName: 'Thị trấn Cẩm Xuyên',
      newName: 'Phường Cẩm Xuyên',
      oldShortName: null,
      newShortName: 'Cẩm Xuyên',
    },
    {
      effectiveOn: '2010-01-01',
      oldName: 'Thị trấn Huyện lỵ',
      newName: 'Thị trấn Cẩm Xuyên',
      oldShortName: null,
      newShortName: null,
    },
  ];
  assert.equal(nameAt(current, renames, '2009-12-31').name, 'Thị trấn Huyện lỵ');
  assert.equal(nameAt(current, renames, '2010-01-01').name, 'Thị trấn Cẩm Xuyên');
  assert.equal(nameAt(current, renames, '2025-06-30').name, 'Thị trấn Cẩm Xuyên');
  assert.deepEqual(nameAt(current, renames, '2025-07-01'), current);
  assert.deepEqual(nameAt(current, [], '1990-01-01'), current);
});

test('parentsAt tells where a unit was on a date from later moves', () => {
  const changes = [
    ...parentChangesOf({
      kind: 'move',
      effectiveOn: '2025-07-01',
      details: { unitId: 'commune', oldParentId: 'district', newParentId: 'province' },
    }),
    ...parentChangesOf({
      kind: 'merge',
      effectiveOn: '2025-07-01',
      details: { movedChildren: [{ id: 'village', name: 'Thôn 1', fromParentId: 'oldCommune' }] },
    }),
    { unitId: 'commune', effectiveOn: '2030-01-01', fromParentId: 'province' },
  ];
  const before = parentsAt(changes, '2025-06-30');
  assert.equal(before.get('commune'), 'district');
  assert.equal(before.get('village'), 'oldCommune');
  const between = parentsAt(changes, '2025-07-01');
  assert.equal(between.get('commune'), 'province');
  assert.equal(between.has('village'), false);
  assert.equal(parentsAt(changes, '2030-01-01').size, 0);
  assert.deepEqual(parentChangesOf({ kind: 'rename', effectiveOn: '2025-07-01', details: {} }), []);
});
