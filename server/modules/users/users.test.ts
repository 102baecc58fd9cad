import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { and, count, eq, isNull } from 'drizzle-orm';
import { auditLog, sessions, users } from '../../db/schema/index';
import { buildTestApp, call, signIn, type TestApp } from '../../test/app';
import { createProvinceWithCommunes, createUser } from '../../test/factories';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

async function setup() {
  const tree = await createProvinceWithCommunes(t.database.db);
  const provinceAdmin = await createUser(t.database.db, { roles: [{ role: 'admin', unit: tree.province }] });
  const communeAdmin = await createUser(t.database.db, { roles: [{ role: 'admin', unit: tree.communeA }] });
  const officerB = await createUser(t.database.db, { roles: [{ role: 'officer', unit: tree.communeB }] });
  return {
    tree,
    officerB,
    provinceAdmin: await signIn(t.app, provinceAdmin.username, provinceAdmin.password),
    communeAdmin: await signIn(t.app, communeAdmin.username, communeAdmin.password),
    communeAdminId: communeAdmin.id,
  };
}

test('an admin creates an account with roles in their subtree; it can sign in; the creation is audited', async () => {
  const { tree, communeAdmin } = await setup();
  const res = await call(t.app, communeAdmin, {
    method: 'POST',
    url: '/api/users',
    payload: {
      username: 'Can.Bo.A',
      fullName: '  Trần  Thị   Bình ',
      password: 'MatKhau2026',
      roles: [{ role: 'officer', unitId: tree.communeA.id }],
    },
  });
  assert.equal(res.statusCode, 201, res.body);
  const created = res.json();
  assert.equal(created.username, 'can.bo.a');
  assert.equal(created.fullName, 'Trần Thị Bình');
  assert.deepEqual(created.roles, [
    { role: 'officer', unitId: tree.communeA.id, unitName: tree.communeA.name },
  ]);
  await signIn(t.app, 'can.bo.a', 'MatKhau2026');
  const [entries] = await t.database.db
    .select({ n: count() })
    .from(auditLog)
    .where(eq(auditLog.entityId, created.id));
  assert.ok((entries?.n ?? 0) >= 1);
});

test('roles outside the admin subtree are refused with a field message, and nothing is written', async () => {
  const { tree, communeAdmin } = await setup();
  const [before] = await t.database.db.select({ n: count() }).from(users);
  const res = await call(t.app, communeAdmin, {
    method: 'POST',
    url: '/api/users',
    payload: {
      username: 'ngoai.pham.vi',
      fullName: 'Lê Văn C',
      password: 'MatKhau2026',
      roles: [{ role: 'officer', unitId: tree.communeB.id }],
    },
  });
  assert.equal(res.statusCode, 400);
  assert.ok(res.json().error.fields['roles.0.unitId']);
  const [afterCount] = await t.database.db.select({ n: count() }).from(users);
  assert.equal(afterCount?.n, before?.n);
});

test('bad bodies answer 400 in Vietnamese naming each field', async () => {
  const { tree, provinceAdmin } = await setup();
  const res = await call(t.app, provinceAdmin, {
    method: 'POST',
    url: '/api/users',
    payload: {
      username: 'a b',
      fullName: '',
      password: 'short',
      roles: [{ role: 'king', unitId: tree.communeA.id }],
    },
  });
  assert.equal(res.statusCode, 400);
  const { fields, message } = res.json().error;
  assert.match(message, /Dữ liệu không hợp lệ/);
  for (const f of ['username', 'fullName', 'password', 'roles.0.role']) assert.ok(fields[f], `field ${f}`);
  const dup = await call(t.app, provinceAdmin, {
    method: 'POST',
    url: '/api/users',
    payload: {
      username: 'trung.ten',
      fullName: 'Người A',
      password: 'MatKhau2026',
      roles: [{ role: 'viewer', unitId: tree.province.id }],
    },
  });
  assert.equal(dup.statusCode, 201);
  const again = await call(t.app, provinceAdmin, {
    method: 'POST',
    url: '/api/users',
    payload: {
      username: 'Trung.Ten',
      fullName: 'Người B',
      password: 'MatKhau2026',
      roles: [{ role: 'viewer', unitId: tree.province.id }],
    },
  });
  assert.equal(again.statusCode, 409);
  assert.equal(again.json().error.fields.username, 'Tên đăng nhập này đã được dùng');
});

test('a commune admin sees only accounts of their subtree; others are 404', async () => {
  const { officerB, communeAdmin, provinceAdmin } = await setup();
  const list = (await call(t.app, communeAdmin, { method: 'GET', url: '/api/users?pageSize=200' })).json();
  assert.ok(!list.items.some((u: { id: string }) => u.id === officerB.id));
  assert.equal(
    (await call(t.app, communeAdmin, { method: 'GET', url: `/api/users/${officerB.id}` })).statusCode,
    404,
  );
  assert.equal(
    (
      await call(t.app, communeAdmin, {
        method: 'PATCH',
        url: `/api/users/${officerB.id}`,
        payload: { active: false, version: 1 },
      })
    ).statusCode,
    404,
  );
  assert.equal(
    (await call(t.app, provinceAdmin, { method: 'GET', url: `/api/users/${officerB.id}` })).statusCode,
    200,
  );
});

test('deactivating or re-roling an account revokes its sessions; stale versions conflict', async () => {
  const { officerB, provinceAdmin, tree } = await setup();
  const officerSession = await signIn(t.app, officerB.username, officerB.password);
  const stale = await call(t.app, provinceAdmin, {
    method: 'PATCH',
    url: `/api/users/${officerB.id}`,
    payload: { active: false, version: 7 },
  });
  assert.equal(stale.statusCode, 409);
  const res = await call(t.app, provinceAdmin, {
    method: 'PATCH',
    url: `/api/users/${officerB.id}`,
    payload: { roles: [{ role: 'viewer', unitId: tree.communeB.id }], version: 1 },
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(
    res.json().roles.map((r: { role: string }) => r.role),
    ['viewer'],
  );
  assert.equal(res.json().version, 2);
  assert.equal((await call(t.app, officerSession, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
});

test('deactivating an account revokes its sessions: reactivating it does not bring them back', async () => {
  const { officerB, provinceAdmin } = await setup();
  const officerSession = await signIn(t.app, officerB.username, officerB.password);
  const off = await call(t.app, provinceAdmin, {
    method: 'PATCH',
    url: `/api/users/${officerB.id}`,
    payload: { active: false, version: 1 },
  });
  assert.equal(off.statusCode, 200, off.body);
  assert.equal((await call(t.app, officerSession, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
  const open = await t.database.db
    .select({ id: sessions.id })
    .from(sessions)
    .where(and(eq(sessions.userId, officerB.id), isNull(sessions.revokedAt)));
  assert.deepEqual(open, [], 'no session of the deactivated account is left unrevoked');
  const on = await call(t.app, provinceAdmin, {
    method: 'PATCH',
    url: `/api/users/${officerB.id}`,
    payload: { active: true, version: 2 },
  });
  assert.equal(on.statusCode, 200, on.body);
  assert.equal((await call(t.app, officerSession, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
});

test('an admin cannot lock themselves out; non-admins cannot manage accounts', async () => {
  const { communeAdmin, communeAdminId, officerB } = await setup();
  const self = await call(t.app, communeAdmin, {
    method: 'PATCH',
    url: `/api/users/${communeAdminId}`,
    payload: { active: false, version: 1 },
  });
  assert.equal(self.statusCode, 400);
  const officer = await signIn(t.app, officerB.username, officerB.password);
  assert.equal((await call(t.app, officer, { method: 'GET', url: '/api/users' })).statusCode, 403);
});

test('reset password: new password works, old sessions end', async () => {
  const { officerB, provinceAdmin } = await setup();
  const old = await signIn(t.app, officerB.username, officerB.password);
  const weak = await call(t.app, provinceAdmin, {
    method: 'POST',
    url: `/api/users/${officerB.id}/reset-password`,
    payload: { newPassword: '12345678' },
  });
  assert.equal(weak.statusCode, 400);
  assert.equal(weak.json().error.fields.newPassword, 'Mật khẩu phải có cả chữ và số');
  const ok = await call(t.app, provinceAdmin, {
    method: 'POST',
    url: `/api/users/${officerB.id}/reset-password`,
    payload: { newPassword: 'DatLai2026x' },
  });
  assert.equal(ok.statusCode, 200);
  assert.equal((await call(t.app, old, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
  await signIn(t.app, officerB.username, 'DatLai2026x');
});
