import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { sessions, users } from '../../db/schema/index';
import { buildTestApp, call, signIn, type TestApp } from '../../test/app';
import { createProvinceWithCommunes, createUser } from '../../test/factories';
import { THROTTLE } from './auth.service';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

test('login sets an httpOnly SameSite cookie and /me answers with roles, modules and a CSRF token', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'admin', unit: province }] });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username.toUpperCase(), password: user.password },
  });
  assert.equal(res.statusCode, 200);
  const cookie = res.cookies.find((c) => c.name === 'vd_session');
  assert.ok(cookie?.httpOnly);
  assert.equal(cookie?.sameSite, 'Lax');
  const me = await t.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { cookie: `vd_session=${cookie!.value}` },
  });
  assert.equal(me.statusCode, 200);
  const body = me.json();
  assert.equal(body.user.username, user.username);
  assert.deepEqual(
    body.user.roles.map((r: { role: string }) => r.role),
    ['admin'],
  );
  assert.ok(body.modules.includes('users'));
  assert.ok(body.csrfToken.length >= 20);
});

test('wrong password and unknown user get the same Vietnamese 401', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  const wrong = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: 'sai-mat-khau' },
  });
  const unknown = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'khong-ton-tai', password: 'x' },
  });
  assert.equal(wrong.statusCode, 401);
  assert.equal(unknown.statusCode, 401);
  assert.equal(wrong.json().error.message, 'Tên đăng nhập hoặc mật khẩu không đúng');
  assert.equal(unknown.json().error.message, wrong.json().error.message);
});

test('an account is throttled after repeated failures, even with the right password', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  for (let i = 0; i < THROTTLE.perAccount; i++) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: user.username, password: `sai-${i}` },
      remoteAddress: `10.0.0.${i + 1}`,
    });
    assert.equal(res.statusCode, 401);
  }
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: user.password },
    remoteAddress: '10.0.1.1',
  });
  assert.equal(res.statusCode, 429);
  assert.match(res.json().error.message, /quá nhiều lần/);
  assert.ok(res.headers['retry-after']);
});

test('an address is throttled after many failures across accounts', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  for (let i = 0; i < THROTTLE.perClient; i++) {
    await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: `nobody${i}`, password: 'x' },
      remoteAddress: '10.9.9.9',
    });
  }
  const blocked = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: user.password },
    remoteAddress: '10.9.9.9',
  });
  assert.equal(blocked.statusCode, 429);
  const elsewhere = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: user.password },
    remoteAddress: '10.9.9.10',
  });
  assert.equal(elsewhere.statusCode, 200);
});

test('state-changing requests need the CSRF token of the session', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  const s = await signIn(t.app, user.username, user.password);
  const without = await t.app.inject({
    method: 'POST',
    url: '/api/auth/logout',
    headers: { cookie: s.cookie },
  });
  assert.equal(without.statusCode, 403);
  assert.equal(without.json().error.code, 'CSRF');
  const wrong = await t.app.inject({
    method: 'POST',
    url: '/api/auth/logout',
    headers: { cookie: s.cookie, 'x-csrf-token': 'x' },
  });
  assert.equal(wrong.statusCode, 403);
  const me = await call(t.app, s, { method: 'GET', url: '/api/auth/me' });
  assert.equal(me.statusCode, 200, 'the refused requests did not end the session');
});

test('a request from another origin is refused, including a forged login', async () => {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'a', password: 'b' },
    headers: { origin: 'https://evil.example' },
  });
  assert.equal(res.statusCode, 403);
  assert.equal(res.json().error.code, 'CSRF');
});

test('logout revokes the session', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  const s = await signIn(t.app, user.username, user.password);
  assert.equal((await call(t.app, s, { method: 'POST', url: '/api/auth/logout' })).statusCode, 200);
  assert.equal((await call(t.app, s, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
});

test('an expired session is refused', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  const s = await signIn(t.app, user.username, user.password);
  await t.database.db
    .update(sessions)
    .set({ expiresAt: sql`now() - interval '1 minute'` })
    .where(eq(sessions.userId, user.id));
  const res = await call(t.app, s, { method: 'GET', url: '/api/auth/me' });
  assert.equal(res.statusCode, 401);
  assert.equal(res.json().error.message, 'Bạn cần đăng nhập để tiếp tục');
});

test('a session in use slides its expiry forward', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  const s = await signIn(t.app, user.username, user.password);
  // Last seen two minutes ago, one minute left: a request now must push the expiry a full session ahead.
  await t.database.db
    .update(sessions)
    .set({ lastSeenAt: sql`now() - interval '2 minutes'`, expiresAt: sql`now() + interval '1 minute'` })
    .where(eq(sessions.userId, user.id));
  const res = await call(t.app, s, { method: 'GET', url: '/api/auth/me' });
  assert.equal(res.statusCode, 200);
  const [row] = await t.database.db
    .select({ expiresAt: sessions.expiresAt })
    .from(sessions)
    .where(eq(sessions.userId, user.id));
  const left = row!.expiresAt.getTime() - Date.now();
  const full = t.app.config.sessionHours * 3600_000;
  assert.ok(left > full - 60_000 && left <= full, `expiry ${Math.round(left / 60_000)} minutes ahead`);
  // The browser drops a cookie at the expiry it was sent with: the slid expiry goes out with the same token.
  const cookie = res.cookies.find((c) => c.name === 'vd_session');
  assert.ok(cookie, 'the session cookie is sent again');
  assert.equal(`vd_session=${cookie.value}`, s.cookie);
  assert.equal(cookie.httpOnly, true);
  assert.equal(cookie.sameSite, 'Lax');
  assert.equal(new Date(cookie.expires!).getTime(), Math.floor(row!.expiresAt.getTime() / 1000) * 1000);
  // Within a minute of the last slide nothing is written and no cookie is sent.
  const again = await call(t.app, s, { method: 'GET', url: '/api/auth/me' });
  assert.equal(
    again.cookies.find((c) => c.name === 'vd_session'),
    undefined,
  );
});

test('changing the password revokes the other sessions and enforces the policy', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  const first = await signIn(t.app, user.username, user.password);
  const second = await signIn(t.app, user.username, user.password);
  const weak = await call(t.app, first, {
    method: 'POST',
    url: '/api/auth/password',
    payload: { currentPassword: user.password, newPassword: 'ngan' },
  });
  assert.equal(weak.statusCode, 400);
  assert.ok(weak.json().error.fields.newPassword);
  const badCurrent = await call(t.app, first, {
    method: 'POST',
    url: '/api/auth/password',
    payload: { currentPassword: 'sai', newPassword: 'MatKhauMoi2026' },
  });
  assert.equal(badCurrent.statusCode, 400);
  assert.equal(badCurrent.json().error.fields.currentPassword, 'Mật khẩu hiện tại không đúng');
  const ok = await call(t.app, first, {
    method: 'POST',
    url: '/api/auth/password',
    payload: { currentPassword: user.password, newPassword: 'MatKhauMoi2026' },
  });
  assert.equal(ok.statusCode, 200);
  assert.equal((await call(t.app, first, { method: 'GET', url: '/api/auth/me' })).statusCode, 200);
  assert.equal((await call(t.app, second, { method: 'GET', url: '/api/auth/me' })).statusCode, 401);
  await assert.rejects(signIn(t.app, user.username, user.password));
  await signIn(t.app, user.username, 'MatKhauMoi2026');
});

test('an inactive account cannot sign in', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, {
    roles: [{ role: 'viewer', unit: province }],
    active: false,
  });
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: user.username, password: user.password },
  });
  assert.equal(res.statusCode, 401);
});

test('a session of an account made inactive is refused at once', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  const s = await signIn(t.app, user.username, user.password);
  // Set directly (not through the users API, which also revokes): the session lookup itself must check.
  await t.database.db.update(users).set({ active: false }).where(eq(users.id, user.id));
  const res = await call(t.app, s, { method: 'GET', url: '/api/auth/me' });
  assert.equal(res.statusCode, 401);
  assert.equal(res.json().error.message, 'Bạn cần đăng nhập để tiếp tục');
});

test('security headers and body limits', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/health' });
  assert.equal(res.json().status, 'ok');
  assert.match(String(res.headers['content-security-policy']), /default-src 'self'/);
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.ok(res.headers['x-frame-options']);
  const big = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: JSON.stringify({ username: 'a', password: 'x'.repeat(2 * 1024 * 1024) }),
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(big.statusCode, 413);
  assert.equal(big.json().error.code, 'PAYLOAD_TOO_LARGE');
  const notJson = await t.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: '{"username":',
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(notJson.statusCode, 400);
  assert.equal(notJson.json().error.code, 'VALIDATION');
});

test('unknown API paths answer a Vietnamese 404 and the OpenAPI document lists the routes', async () => {
  const missing = await t.app.inject({ method: 'GET', url: '/api/khong-co' });
  assert.equal(missing.statusCode, 404);
  assert.match(missing.json().error.message, /Không tìm thấy/);
  const doc = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(doc.statusCode, 200);
  const paths = Object.keys(doc.json().paths);
  for (const p of ['/api/auth/login', '/api/auth/me', '/api/health', '/api/users', '/api/audit'])
    assert.ok(paths.includes(p), p);
  const ui = await t.app.inject({ method: 'GET', url: '/api/docs/' });
  assert.equal(ui.statusCode, 200);
});

test('validation messages name the field in Vietnamese', async () => {
  const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { password: 'x' } });
  assert.equal(res.statusCode, 400);
  assert.equal(res.json().error.message, 'Dữ liệu không hợp lệ — Tên đăng nhập: Thiếu giá trị bắt buộc');
  assert.deepEqual(res.json().error.fields, { username: 'Thiếu giá trị bắt buộc' });
});
