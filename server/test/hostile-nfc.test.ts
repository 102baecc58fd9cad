// Text is stored NFC (issue #8, point 2): "Nguyễn" typed with combining marks (NFD) and typed precomposed (NFC)
// is one name — stored the same, found by either search, and colliding in a uniqueness check. The boundary
// normalises every string of a JSON body and query (server/plugins/normalize.ts), besides text() in contracts.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sql } from 'drizzle-orm';
import { queryRows } from '../db/client';
import { normalizeStrings } from '../plugins/normalize';
import { buildTestApp, call, type Session, signIn, type TestApp } from './app';
import { createProvinceWithCommunes, createUser, type UnitRow } from './factories';

const NFC = 'Nguyễn Thị Ánh Tuyết';
const NFD = NFC.normalize('NFD');

let t: TestApp;
let admin: Session;
let commune: UnitRow;
let province: UnitRow;

before(async () => {
  t = await buildTestApp();
  const tree = await createProvinceWithCommunes(t.database.db);
  province = tree.province;
  commune = tree.communeA;
  const user = await createUser(t.database.db, { roles: [{ role: 'admin', unit: province }] });
  admin = await signIn(t.app, user.username, user.password);
});
after(() => t.close());

test('the two spellings differ as strings (the test would prove nothing otherwise)', () => {
  assert.notEqual(NFC, NFD);
  assert.equal(NFD.normalize('NFC'), NFC);
});

test('a name typed NFD is stored NFC and found by a search typed either way', async () => {
  const created = await call(t.app, admin, {
    method: 'POST',
    url: '/api/people',
    payload: {
      fullName: NFD,
      gender: 'female',
      address: `Thôn Trung Hòa, ${'xã Cẩm Xuyên'.normalize('NFD')}`,
      employment: {
        unitId: commune.id,
        cadreClass: 'cong_chuc',
        fromDate: '2020-01-01',
        position: 'Chuyên viên'.normalize('NFD'),
      },
    },
  });
  assert.equal(created.statusCode, 201, created.body);
  const id = created.json().id as string;
  const [row] = await queryRows<{ full_name: string; address: string; nfc: boolean }>(
    t.database.db,
    sql`select full_name, address, full_name is nfc normalized and address is nfc normalized as nfc
        from people where id = ${id}`,
  );
  assert.equal(row!.full_name, NFC);
  assert.equal(row!.nfc, true);
  const [job] = await queryRows<{ position: string }>(
    t.database.db,
    sql`select position from employments where person_id = ${id}`,
  );
  assert.equal(job!.position, 'Chuyên viên');
  for (const q of [NFC, NFD, 'Ánh Tuyết'.normalize('NFD'), 'nguyen thi anh tuyet']) {
    const found = await call(t.app, admin, { method: 'GET', url: `/api/people?q=${encodeURIComponent(q)}` });
    assert.equal(found.statusCode, 200, found.body);
    assert.deepEqual(
      found.json().items.map((p: { id: string }) => p.id),
      [id],
      `search ${JSON.stringify(q)} (${q === NFD ? 'NFD' : 'NFC'})`,
    );
  }
});

test('uniqueness: a unit code typed NFD collides with the same code typed NFC', async () => {
  const body = (code: string, name: string) => ({
    parentId: province.id,
    name,
    code,
    kind: 'commune',
    level: 'commune',
    validFrom: '2025-07-01',
  });
  const first = await call(t.app, admin, {
    method: 'POST',
    url: '/api/units',
    payload: body('Cẩm Xuyên-01', 'Xã Cẩm Xuyên'),
  });
  assert.equal(first.statusCode, 201, first.body);
  const second = await call(t.app, admin, {
    method: 'POST',
    url: '/api/units',
    payload: body('Cẩm Xuyên-01'.normalize('NFD'), 'Xã Cẩm Xuyên mới'),
  });
  assert.equal(second.statusCode, 409, second.body);
  assert.equal(second.json().error.fields.code, 'Mã đơn vị này đã được dùng');
});

test('the boundary normalises every string of a body, however deep, but not passwords', () => {
  const input = {
    a: NFD,
    list: [NFD, { deep: [NFD] }],
    n: 1,
    none: null,
    password: NFD,
    newPassword: NFD,
  };
  assert.deepEqual(normalizeStrings(input), {
    a: NFC,
    list: [NFC, { deep: [NFC] }],
    n: 1,
    none: null,
    password: NFD,
    newPassword: NFD,
  });
});
