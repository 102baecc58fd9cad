// Backup and restore round trip (issue #8, point 5): the embedded database always, PostgreSQL when DATABASE_URL is
// set. Data written through the API (so the audit chain has entries) is backed up, restored into an empty target,
// and every table's row count and checksum is compared; the audit chain verifies after the restore; a restore
// over a database holding data is refused in Vietnamese unless forced.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import pg from 'pg';
import { buildApp } from '../app';
import { readConfig } from '../config';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '../db/client';
import { verifyAuditChain } from '../modules/audit/audit.verify';
import { call, signIn } from '../test/app';
import { createProvinceWithCommunes, createUser } from '../test/factories';
import { backup, BackupError, restore, type Target } from './backup';
import { changedTables, type DatabaseChecksums, tableChecksums } from './backup-checksums';

const work = mkdtempSync(path.join(tmpdir(), 'vd-backup-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Migrates the target and writes units, people and accounts through the API (each audited). */
async function populate(handle: DatabaseHandle): Promise<void> {
  await migrateDatabase(handle);
  const app = await buildApp({
    database: handle,
    config: { ...readConfig({}), demo: false, webDir: '/nonexistent' },
  });
  await app.ready();
  try {
    const { province, communeA } = await createProvinceWithCommunes(handle.db);
    const user = await createUser(handle.db, { roles: [{ role: 'admin', unit: province }] });
    const s = await signIn(app, user.username, user.password);
    for (let i = 1; i <= 5; i++) {
      const unit = await call(app, s, {
        method: 'POST',
        url: '/api/units',
        payload: {
          parentId: province.id,
          name: `Xã Sao Lưu ${['Một', 'Hai', 'Ba', 'Bốn', 'Năm'][i - 1]}`,
          kind: 'commune',
          level: 'commune',
        },
      });
      assert.equal(unit.statusCode, 201, unit.body);
      const person = await call(app, s, {
        method: 'POST',
        url: '/api/people',
        payload: {
          fullName: `Nguyễn Thị ${['An', 'Bình', 'Cúc', 'Dung', 'Hà'][i - 1]}`,
          gender: 'female',
          birthDate: `198${i}-0${i}-1${i}`,
          employment: { unitId: communeA.id, cadreClass: 'vien_chuc', fromDate: '2015-09-01' },
        },
      });
      assert.equal(person.statusCode, 201, person.body);
    }
  } finally {
    await app.close();
  }
}

async function checksumsOf(target: Target): Promise<DatabaseChecksums> {
  const handle = await open(target);
  try {
    return await tableChecksums(handle.db);
  } finally {
    await handle.close();
  }
}

function open(target: Target): Promise<DatabaseHandle> {
  return target.databaseUrl
    ? openDatabase({ databaseUrl: target.databaseUrl, poolSize: 1 })
    : openDatabase({ dataDir: target.dataDir });
}

/** The same round trip on either engine. */
function roundTrip(engine: string, makeTarget: (name: string) => Promise<Target>) {
  describe(`backup and restore: ${engine}`, () => {
    let source: Target;
    let before: DatabaseChecksums;
    const file = path.join(work, `${engine}.backup`);

    it('backs up a database written through the API', async () => {
      source = await makeTarget('src');
      const handle = await open(source);
      try {
        await populate(handle);
        assert.ok((await verifyAuditChain(handle.db)).ok);
      } finally {
        await handle.close();
      }
      before = await checksumsOf(source);
      assert.ok(before.audit_log!.rows >= 10, 'audited writes');
      assert.ok(before.people!.rows >= 5);
      assert.match(await backup(source, file), /Đã sao lưu/);
      assert.ok(existsSync(file));
    });

    it('restores into an empty database: every table has the same rows and checksum, the audit chain verifies', async () => {
      const target = await makeTarget('dst');
      const said = await restore(target, file);
      assert.ok(
        said.some((l) => /Nhật ký hợp lệ/.test(l)),
        said.join('\n'),
      );
      const after = await checksumsOf(target);
      assert.deepEqual(Object.keys(after).sort(), Object.keys(before).sort(), 'the same tables');
      assert.deepEqual(changedTables(before, after), [], 'every table identical');
      assert.ok(
        Object.values(after).filter((s) => s.rows > 0).length >= 8,
        'the comparison covers filled tables',
      );
      const handle = await open(target);
      try {
        assert.equal((await verifyAuditChain(handle.db)).ok, true);
      } finally {
        await handle.close();
      }
    });

    it('refuses to restore over a database holding data without --force, in Vietnamese, and changes nothing', async () => {
      await assert.rejects(
        restore(source, file),
        (e: Error) => e instanceof BackupError && /đang có dữ liệu .*--force/.test(e.message),
      );
      assert.deepEqual(changedTables(before, await checksumsOf(source)), []);
    });

    it('with --force replaces the data (a PGlite folder replaced is kept beside it)', async () => {
      const said = await restore(source, file, { force: true });
      assert.ok(said.some((l) => /Đã khôi phục/.test(l)));
      assert.deepEqual(changedTables(before, await checksumsOf(source)), []);
      if (!source.databaseUrl) {
        assert.ok(said.some((l) => /được giữ lại/.test(l)));
        assert.ok(readdirSync(work).some((n) => n.startsWith('pglite-src.truoc-khoi-phuc-')));
      }
    });
  });
}

roundTrip('pglite', async (name) => ({ dataDir: path.join(work, `pglite-${name}`) }));

const url = process.env.DATABASE_URL;
if (url) {
  const created: string[] = [];
  const admin = async (query: string) => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      await c.query(query);
    } finally {
      await c.end();
    }
  };
  after(async () => {
    for (const name of created) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });
  roundTrip('postgres', async (name) => {
    const db = `vd_bk_${name}_${process.pid}`;
    await admin(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${db}`);
    created.push(db);
    const u = new URL(url);
    u.pathname = `/${db}`;
    return { databaseUrl: u.toString(), dataDir: '/nonexistent' };
  });
}
