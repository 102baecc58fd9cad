import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { UnitTreeNode } from '../../../contracts/units';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text';
import type { Db } from '../../db/client';
import { units } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { get, signInAs } from './units.fixtures';

let t: TestApp;
let db: Db;
before(async () => {
  t = await buildTestApp();
  db = t.database.db;
});
after(() => t.close());

type Row = typeof units.$inferInsert;

function row(parent: Row | null, name: string, kind: Row['kind'], level: Row['level']): Row {
  const id = randomUUID();
  return {
    id,
    parentId: parent?.id ?? null,
    path: `${parent?.path ?? '/'}${id}/`,
    name,
    nameFolded: foldVietnamese(name),
    nameSort: vietnameseSortKey(name),
    kind,
    level,
    validFrom: '2000-01-01',
  };
}

const count = (nodes: UnitTreeNode[]): number => nodes.reduce((n, node) => n + 1 + count(node.children), 0);

test('a province of about 1,500 units comes back as one nested tree, quickly', async () => {
  const province = row(null, 'Tỉnh Lớn', 'province', 'province');
  const rows: Row[] = [province];
  const syllables = ['An', 'Ân', 'Bình', 'Đông', 'Dương', 'Hòa', 'Hạ', 'Kỳ', 'Lộc', 'Ượu'];
  for (let c = 0; c < 120; c++) {
    const commune = row(province, `Xã ${syllables[c % 10]} ${c}`, 'commune', 'commune');
    rows.push(commune);
    for (let v = 0; v < 11; v++) {
      rows.push(row(commune, `Thôn ${syllables[(c + v) % 10]} ${v}`, 'village', 'commune'));
    }
  }
  for (let i = 0; i < rows.length; i += 500) await db.insert(units).values(rows.slice(i, i + 500));
  assert.equal(rows.length, 1441);
  const admin = await signInAs(t.app, db, 'admin', {
    id: province.id!,
    path: province.path,
    name: province.name,
  });

  await get(t.app, admin, '/api/units/tree'); // warm up
  const started = performance.now();
  const res = await get(t.app, admin, '/api/units/tree');
  const elapsed = performance.now() - started;
  assert.equal(res.statusCode, 200);
  const tree = res.json() as { roots: UnitTreeNode[] };
  assert.equal(tree.roots.length, 1);
  assert.equal(count(tree.roots), rows.length);
  assert.equal(tree.roots[0]!.childCount, 120);
  const keys = tree.roots[0]!.children.map((n) => vietnameseSortKey(n.name));
  assert.deepEqual(keys, [...keys].sort(), 'children are in Vietnamese order');
  assert.ok(elapsed < 3000, `tree took ${Math.round(elapsed)} ms`);
});
