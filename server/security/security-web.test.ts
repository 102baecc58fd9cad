// Web security (issue #8 point 6) beyond server/modules/auth/auth.test.ts (which covers CSRF, origin, throttling
// per account and per address, expiry, revocation on logout and password change): session fixation, the
// password policy's common-password and username rules, the strict CSP and cookie flags, uploads judged by
// their bytes, no path traversal into the web folder or through file ids, names escaped in generated documents.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { Document, Packer, Paragraph } from 'docx';
import ExcelJS from 'exceljs';
import { buildApp } from '../app';
import type { App } from '../app-types';
import { readConfig } from '../config';
import { createDraft, dossierWorld, type DossierWorld, nominee } from '../modules/dossiers/dossiers.fixtures';
import { docxParts, docxText } from '../render/docx-text';
import { buildTestApp, call, signIn, type TestApp } from '../test/app';
import { createPerson, createProvinceWithCommunes, createUser } from '../test/factories';

let t: TestApp;
let w: DossierWorld;
before(async () => {
  t = await buildTestApp();
  w = await dossierWorld(t.app, t.database.db);
});
after(() => t.close());

const login = (payload: unknown, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: payload as object, headers });

test('session fixation: a cookie set before sign-in is never adopted; each sign-in gets a new session id', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, { roles: [{ role: 'viewer', unit: province }] });
  const planted = 'attacker-chosen-session-token-0123456789abcdef';
  const res = await login(
    { username: user.username, password: user.password },
    { cookie: `vd_session=${planted}` },
  );
  assert.equal(res.statusCode, 200);
  const issued = res.cookies.find((c) => c.name === 'vd_session')!;
  assert.notEqual(issued.value, planted, 'the planted token is replaced');
  const asPlanted = await t.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { cookie: `vd_session=${planted}` },
  });
  assert.equal(asPlanted.statusCode, 401, 'the planted token does not become a session');
  // Signing in again from a signed-in browser issues another token and another CSRF token.
  const again = await login(
    { username: user.username, password: user.password },
    { cookie: `vd_session=${issued.value}` },
  );
  const second = again.cookies.find((c) => c.name === 'vd_session')!;
  assert.notEqual(second.value, issued.value);
  assert.notEqual(again.json().csrfToken, res.json().csrfToken);
  assert.equal(issued.httpOnly, true);
  assert.match(String(issued.sameSite), /strict|lax/i);
  assert.equal(issued.path, '/');
});

test('password policy: common passwords and passwords holding the username are refused in Vietnamese', async () => {
  const { province } = await createProvinceWithCommunes(t.database.db);
  const user = await createUser(t.database.db, {
    roles: [{ role: 'viewer', unit: province }],
    username: `nguyenvana${Date.now() % 1000}`,
  });
  const s = await signIn(t.app, user.username, user.password);
  const change = (newPassword: string) =>
    call(t.app, s, {
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: user.password, newPassword },
    });
  for (const common of ['password123', 'Matkhau123', 'abc12345', 'Qwerty123', 'admin@123']) {
    const res = await change(common);
    assert.equal(res.statusCode, 400, common);
    assert.match(res.json().error.fields.newPassword, /quá phổ biến/, common);
  }
  const withName = await change(`${user.username}2025`);
  assert.equal(withName.statusCode, 400);
  assert.match(withName.json().error.fields.newPassword ?? withName.json().error.message, /tên đăng nhập/);
  const short = await change('a1b2c3');
  assert.match(short.json().error.fields.newPassword, /ít nhất 8 ký tự/);
  assert.equal((await change('Cay-xoan-ven-song-2025')).statusCode, 200);
});

test('security headers: a strict CSP without inline or eval scripts, no framing, no MIME sniffing', async () => {
  const res = await t.app.inject({ method: 'GET', url: '/api/health' });
  const csp = String(res.headers['content-security-policy']);
  const directives = new Map(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );
  assert.deepEqual(directives.get('script-src'), ["'self'"]);
  assert.deepEqual(directives.get('default-src'), ["'self'"]);
  assert.deepEqual(directives.get('object-src'), ["'none'"]);
  assert.deepEqual(directives.get('frame-ancestors'), ["'none'"]);
  assert.ok(!csp.includes("'unsafe-eval'"));
  assert.ok(!(directives.get('script-src') ?? []).includes("'unsafe-inline'"));
  assert.equal(res.headers['x-content-type-options'], 'nosniff');
  assert.equal(res.headers['x-frame-options'], 'SAMEORIGIN');
  assert.ok(res.headers['strict-transport-security']);
  assert.equal(res.headers['x-powered-by'], undefined);
});

test('the web folder: no path traversal out of it, pages carry the CSP', async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'vd-web-'));
  const webDir = path.join(root, 'web');
  mkdirSync(path.join(webDir, 'assets'), { recursive: true });
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>vinhdanh</title>');
  writeFileSync(path.join(webDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(root, 'secret.txt'), 'BI-MAT-KHONG-DUOC-LO');
  const app: App = await buildApp({
    database: t.database,
    config: { ...readConfig({}), demo: false, webDir },
  });
  await app.ready();
  try {
    for (const url of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/../../secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/..%2fsecret.txt',
      '//secret.txt',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      assert.ok(!res.body.includes('BI-MAT'), `${url} leaked the file outside the web folder`);
    }
    const page = await app.inject({ method: 'GET', url: '/people' });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
    assert.equal((await app.inject({ method: 'GET', url: '/assets/app.js' })).body, 'console.log(1)');
  } finally {
    await app.close();
  }
  // File downloads take uuids only: a path in the id is refused before any lookup.
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id)]);
  for (const id of ['..%2F..%2Fetc%2Fpasswd', '../../etc/passwd', '%2e%2e']) {
    const res = await call(t.app, w.officerA, { method: 'GET', url: `/api/dossiers/${d.id}/files/${id}` });
    assert.ok([400, 404].includes(res.statusCode), `${id}: ${res.statusCode}`);
    assert.ok(!res.body.includes('root:'), id);
  }
});

/** A multipart body with a kind field and one file. */
function form(kind: string, filename: string, content: Buffer) {
  const boundary = `----vd${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      'Content-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document\r\n\r\n',
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

test('uploads are judged by their bytes: an .exe, or a ZIP that is no Word file, named .docx is refused', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id)]);
  const upload = (name: string, content: Buffer) =>
    call(t.app, w.officerA, {
      method: 'POST',
      url: `/api/dossiers/${d.id}/attachments`,
      ...form('khac', name, content),
    });
  const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(512)]);
  const asDocx = await upload('Tờ trình.docx', exe);
  assert.equal(asDocx.statusCode, 400, asDocx.body);
  assert.match(asDocx.json().error.message, /không đúng loại cho phép/);
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Trang 1').addRow(['không phải Word']);
  const notWord = await upload('bao-cao.docx', Buffer.from(await workbook.xlsx.writeBuffer()));
  assert.equal(notWord.statusCode, 400, notWord.body);
  const word = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Tờ trình')] }] }));
  const named = await upload('../../../etc/Tờ trình\u0007.docx', word);
  assert.equal(named.statusCode, 200, named.body);
  const stored = named.json().attachments[0].file.name as string;
  assert.ok(!stored.includes('/') && !stored.includes('..') && !stored.includes('\u0007'), stored);
  assert.match(stored, /Tờ trình/);
  const dl = await call(t.app, w.officerA, {
    method: 'GET',
    url: `/api/dossiers/${d.id}/files/${named.json().attachments[0].file.id}`,
  });
  assert.match(String(dl.headers['content-disposition']), /^attachment;/);
  assert.ok(!String(dl.headers['content-disposition']).includes('..'));
});

test('generated documents keep a name holding XML markup and ampersands intact (escaped, not injected)', async () => {
  const hostile = '<w:t>Lê & "Trần"</w:t> <img src=x onerror=alert(1)>';
  const person = await createPerson(t.database.db, { unit: w.communeA, fullName: hostile });
  const d = await createDraft(t.app, w.officerA, w, [nominee(person.id)]);
  const res = await call(t.app, w.officerA, { method: 'GET', url: `/api/dossiers/${d.id}/to-trinh.docx` });
  assert.equal(res.statusCode, 200, res.body);
  const text = docxText(res.rawPayload);
  assert.ok(text.includes(hostile), 'the name appears exactly as typed');
  const xml = docxParts(res.rawPayload).get('word/document.xml')!.toString('utf8');
  assert.ok(xml.includes('&lt;w:t&gt;Lê &amp;'), 'the markup is escaped in document.xml');
});

test('deny by default: without a session a request is refused 401 before its body is parsed or validated', async () => {
  const d = await createDraft(t.app, w.officerA, w, [nominee(w.an.id)]);
  const invalid = await t.app.inject({ method: 'POST', url: '/api/people', payload: {} });
  assert.equal(invalid.statusCode, 401, 'not a 400 that would describe the schema to a stranger');
  const upload = await t.app.inject({
    method: 'POST',
    url: `/api/dossiers/${d.id}/attachments`,
    ...form('khac', 'a.pdf', Buffer.from('%PDF-1.4 x')),
  });
  assert.equal(upload.statusCode, 401);
  const garbage = await t.app.inject({
    method: 'PATCH',
    url: `/api/dossiers/${d.id}`,
    payload: '{"version":',
    headers: { 'content-type': 'application/json' },
  });
  assert.equal(garbage.statusCode, 401);
  // Public routes stay reachable.
  assert.equal((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode, 200);
  assert.equal((await t.app.inject({ method: 'GET', url: '/api/public/disclosures' })).statusCode, 200);
});
