import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { sql } from 'drizzle-orm';
import { openTestDatabase } from '../test/database';
import { migrateDatabase, openDatabase, queryRows } from './client';

const EXPECTED_TABLES = [
  'annual_ratings',
  'audit_log',
  'awards',
  'disciplines',
  'employments',
  'initiatives',
  'investigations',
  'local_overlays',
  'login_attempts',
  'member_stats',
  'people',
  'sessions',
  'unit_event_units',
  'unit_events',
  'units',
  'user_roles',
  'users',
];

test('migrations apply on a fresh database (PGlite here, PostgreSQL when DATABASE_URL is set) and are idempotent', async () => {
  const handle = await openTestDatabase();
  try {
    await migrateDatabase(handle); // already migrated from the template: applying again changes nothing
    const tables = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    for (const t of EXPECTED_TABLES)
      assert.ok(
        tables.some((r) => r.table_name === t),
        `table ${t}`,
      );
    const extensions = await queryRows<{ extname: string }>(handle.db, sql`select extname from pg_extension`);
    assert.ok(extensions.some((e) => e.extname === 'pg_trgm'));
    assert.ok(extensions.some((e) => e.extname === 'unaccent'));
    const folded = await queryRows<{ v: string }>(handle.db, sql`select unaccent('Cẩm Xuyên') as v`);
    assert.equal(folded[0]!.v, 'Cam Xuyen');
  } finally {
    await handle.close();
  }
});

test('constraints live in the database, not only in code', async () => {
  const handle = await openTestDatabase();
  const code = (p: Promise<unknown>) =>
    p.then(
      () => 'ok',
      (e: { cause?: { code?: string } }) => e.cause?.code ?? 'unknown',
    );
  try {
    const id = randomUUID();
    const unit = (over: Record<string, string>) => {
      const v = {
        id,
        path: `/${id}/`,
        name: 'Xã Cẩm Quang',
        kind: 'commune',
        level: 'commune',
        from: '2000-01-01',
        to: '2001-01-01',
        ...over,
      };
      return handle.db
        .execute(sql`insert into units (id, path, name, name_folded, name_sort, kind, level, valid_from, valid_to)
        values (${v.id}, ${v.path}, ${v.name}, 'x', 'x', ${v.kind}, ${v.level}, ${v.from}, ${v.to})`);
    };
    assert.equal(await code(unit({ kind: 'kingdom' })), '23514');
    assert.equal(await code(unit({ to: '1999-01-01' })), '23514');
    assert.equal(await code(unit({ path: 'no-slashes' })), '23514');
    assert.equal(await code(unit({})), 'ok');
    assert.equal(await code(handle.db.execute(sql`delete from units where id = ${id}`)), 'ok');
    const person = (cccd: string) =>
      handle.db.execute(
        sql`insert into people (full_name, full_name_folded, name_sort, gender, cccd) values ('Lê Văn A', 'le van a', 'x', 'male', ${cccd})`,
      );
    assert.equal(await code(person('12345')), '23514');
    assert.equal(await code(person('042090000001')), 'ok');
    assert.equal(await code(person('042090000001')), '23505');
    assert.equal(
      await code(
        handle.db.execute(
          sql`insert into employments (person_id, unit_id, cadre_class, from_date) values (${randomUUID()}, ${randomUUID()}, 'cong_chuc', '2020-01-01')`,
        ),
      ),
      '23503',
    );
  } finally {
    await handle.close();
  }
});

test('an embedded data folder reopens with its extensions (trigram index writes keep working)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vd-reopen-'));
  try {
    const first = await openDatabase({ dataDir: dir });
    await migrateDatabase(first);
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    await migrateDatabase(second);
    await second.db.execute(
      sql`insert into people (full_name, full_name_folded, name_sort, gender) values ('Trần Thị B', 'tran thi b', 'x', 'female')`,
    );
    const rows = await queryRows<{ n: number }>(
      second.db,
      sql`select count(*)::int as n from people where full_name_folded like '%thi b%'`,
    );
    assert.equal(rows[0]!.n, 1);
    await second.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
