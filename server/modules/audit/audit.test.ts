import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { migrateDatabase, openDatabase, queryRows } from '../../db/client';
import { systemActor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { buildTestApp, call, signIn, type TestApp } from '../../test/app';
import { createProvinceWithCommunes, createUser } from '../../test/factories';
import { verifyAuditChain } from './audit.verify';

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

async function writeEntries(n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await t.database.db.transaction((tx) =>
      appendAudit(tx, systemActor(), {
        action: 'test.entry',
        entity: 'test',
        entityId: String(i),
        after: { i, tên: 'Nguyễn Văn An' },
      }),
    );
  }
}

/** Alters rows behind the triggers' back, as an attacker with database access would. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await t.database.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
    await tx.execute(statement);
    await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
  });
}

test('entries form a chain: each links to the previous hash and seq follows chain order', async () => {
  await writeEntries(5);
  const rows = await queryRows<{ seq: number; prev_hash: string; hash: string }>(
    t.database.db,
    sql`select seq, prev_hash, hash from audit_log order by seq`,
  );
  assert.ok(rows.length >= 5);
  assert.equal(rows[0]!.prev_hash, '0'.repeat(64));
  for (let i = 1; i < rows.length; i++) assert.equal(rows[i]!.prev_hash, rows[i - 1]!.hash);
  const report = await verifyAuditChain(t.database.db);
  assert.equal(report.ok, true);
  assert.equal(report.checked, rows.length);
});

test('the database refuses UPDATE, DELETE and TRUNCATE on the audit table', async () => {
  await writeEntries(1);
  const refused = (err: unknown) =>
    /append-only/.test(String((err as { cause?: Error }).cause?.message ?? err));
  await assert.rejects(t.database.db.execute(sql`update audit_log set action = 'x'`), refused);
  await assert.rejects(t.database.db.execute(sql`delete from audit_log`), refused);
  await assert.rejects(t.database.db.execute(sql`truncate audit_log`), refused);
});

test('verify-audit names the first entry altered directly in the database', async () => {
  await writeEntries(4);
  const [target] = await queryRows<{ seq: number }>(
    t.database.db,
    sql`select seq from audit_log order by seq desc offset 2 limit 1`,
  );
  const seq = Number(target!.seq);
  await tamper(sql`update audit_log set after = '{"i": 999}'::jsonb where seq = ${seq}`);
  const report = await verifyAuditChain(t.database.db);
  assert.equal(report.ok, false);
  assert.deepEqual(report.firstBroken, { seq, reason: 'content' });
});

test('a deleted middle entry breaks the link of the entry after it', async () => {
  const t2 = await buildTestApp();
  try {
    for (let i = 0; i < 4; i++) {
      await t2.database.db.transaction((tx) =>
        appendAudit(tx, systemActor(), { action: 'test.entry', entity: 'test', entityId: String(i) }),
      );
    }
    const rows = await queryRows<{ seq: number }>(
      t2.database.db,
      sql`select seq from audit_log order by seq`,
    );
    const middle = Number(rows[1]!.seq);
    await t2.database.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await tx.execute(sql`delete from audit_log where seq = ${middle}`);
      await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    });
    const report = await verifyAuditChain(t2.database.db);
    assert.equal(report.ok, false);
    assert.deepEqual(report.firstBroken, { seq: Number(rows[2]!.seq), reason: 'link' });
  } finally {
    await t2.close();
  }
});

test('concurrent writers keep one chain (PostgreSQL: parallel transactions)', async () => {
  await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      t.database.db.transaction((tx) =>
        appendAudit(tx, systemActor(), { action: 'test.parallel', entity: 'test', entityId: String(i) }),
      ),
    ),
  );
  const t3 = await buildTestApp();
  try {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        t3.database.db.transaction((tx) =>
          appendAudit(tx, systemActor(), { action: 'test.parallel', entity: 'test', entityId: String(i) }),
        ),
      ),
    );
    assert.equal((await verifyAuditChain(t3.database.db)).ok, true);
  } finally {
    await t3.close();
  }
});

test('the viewer is for admins, scoped to their subtree, and verify answers in Vietnamese', async () => {
  const tree = await createProvinceWithCommunes(t.database.db);
  const admin = await createUser(t.database.db, { roles: [{ role: 'admin', unit: tree.province }] });
  const communeAdmin = await createUser(t.database.db, { roles: [{ role: 'admin', unit: tree.communeA }] });
  const officer = await createUser(t.database.db, { roles: [{ role: 'officer', unit: tree.communeA }] });
  await t.database.db.transaction((tx) =>
    appendAudit(tx, systemActor(), {
      action: 'test.unit_b',
      entity: 'unit',
      entityId: tree.communeB.id,
      unitId: tree.communeB.id,
    }),
  );
  await t.database.db.transaction((tx) =>
    appendAudit(tx, systemActor(), {
      action: 'test.unit_a',
      entity: 'unit',
      entityId: tree.communeA.id,
      unitId: tree.communeA.id,
    }),
  );

  const officerSession = await signIn(t.app, officer.username, officer.password);
  assert.equal((await call(t.app, officerSession, { method: 'GET', url: '/api/audit' })).statusCode, 403);

  const a = await signIn(t.app, admin.username, admin.password);
  const all = (await call(t.app, a, { method: 'GET', url: '/api/audit?action=test.unit' })).json();
  assert.deepEqual(all.items.map((e: { action: string }) => e.action).sort(), ['test.unit_a', 'test.unit_b']);

  const c = await signIn(t.app, communeAdmin.username, communeAdmin.password);
  const mine = (await call(t.app, c, { method: 'GET', url: '/api/audit?action=test.unit' })).json();
  assert.deepEqual(
    mine.items.map((e: { action: string }) => e.action),
    ['test.unit_a'],
  );
  assert.equal(mine.items[0].unitName, tree.communeA.name);

  const verify = await call(t.app, a, { method: 'GET', url: '/api/audit/verify' });
  assert.equal(verify.statusCode, 200);
  assert.match(verify.json().message, /Nhật ký (hợp lệ|KHÔNG hợp lệ)/);

  const bad = await call(t.app, a, { method: 'GET', url: '/api/audit?from=2025-02-31' });
  assert.equal(bad.statusCode, 400);
  assert.equal(bad.json().error.fields.from, 'Ngày không tồn tại');
});

test('npm run cli -- verify-audit exits 0 on a sound chain and 1 naming the tampered entry', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vd-audit-'));
  const run = promisify(execFile);
  const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: '', DEMO: 'off' };
  try {
    const handle = await openDatabase({ dataDir: dir });
    await migrateDatabase(handle);
    for (let i = 0; i < 3; i++) {
      await handle.db.transaction((tx) =>
        appendAudit(tx, systemActor(), { action: 'test.cli', entity: 'test', entityId: String(i) }),
      );
    }
    await handle.close();
    const ok = await run('npx', ['tsx', 'server/cli.ts', 'verify-audit'], { env });
    assert.match(ok.stdout, /Nhật ký hợp lệ: đã kiểm tra 3 bản ghi/);

    const again = await openDatabase({ dataDir: dir });
    await again.db.transaction(async (tx) => {
      await tx.execute(sql`alter table audit_log disable trigger audit_log_no_update`);
      await tx.execute(sql`update audit_log set entity_id = 'sửa' where seq = 2`);
      await tx.execute(sql`alter table audit_log enable trigger audit_log_no_update`);
    });
    await again.close();
    const broken = await run('npx', ['tsx', 'server/cli.ts', 'verify-audit'], { env }).then(
      () => assert.fail('verify-audit should exit 1'),
      (err: { code: number; stderr: string }) => err,
    );
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /bản ghi #2 — nội dung đã bị sửa/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
