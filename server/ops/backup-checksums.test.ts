// The table checksums the backup round trip and the fuzz tests rely on: they must cover every table of the
// schema and see a changed value even when no row count changes (a comparison of counts alone would not).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import type { DatabaseHandle } from '../db/client';
import * as schema from '../db/schema/index';
import { openTestDatabase } from '../test/database';
import { changedTables, listTables, tableChecksums } from './backup-checksums';

let handle: DatabaseHandle;
before(async () => {
  handle = await openTestDatabase();
});
after(() => handle.close());

test('the checksums cover every table of the schema', async () => {
  const declared = (Object.values(schema) as unknown[])
    .filter((v): v is PgTable => is(v, PgTable))
    .map((t) => getTableConfig(t))
    .filter((c) => (c.schema ?? 'public') === 'public')
    .map((c) => c.name);
  assert.ok(declared.length >= 20, `${declared.length} tables declared`);
  const listed = await listTables(handle.db);
  const summed = Object.keys(await tableChecksums(handle.db));
  for (const name of declared) {
    assert.ok(listed.includes(name), `${name} is listed`);
    assert.ok(summed.includes(name), `${name} is summed`);
  }
});

test('a changed value changes its table checksum with the same row count; row order does not', async () => {
  const { db } = handle;
  const { loginAttempts } = schema;
  await db.insert(loginAttempts).values([
    { username: 'nguyenvana', client: '10.0.0.1', success: false },
    { username: 'tranthib', client: '10.0.0.2', success: true },
  ]);
  const first = await tableChecksums(db);
  const [row] = await db
    .update(loginAttempts)
    .set({ username: 'nguyenvanb' })
    .where(eq(loginAttempts.username, 'nguyenvana'))
    .returning({ id: loginAttempts.id });
  const changed = await tableChecksums(db);
  assert.equal(changed.login_attempts!.rows, first.login_attempts!.rows);
  assert.deepEqual(changedTables(first, changed), ['login_attempts']);
  // Back to the first value: the row now sits elsewhere on disk (an update writes a new version), same sum.
  await db.update(loginAttempts).set({ username: 'nguyenvana' }).where(eq(loginAttempts.id, row!.id));
  assert.deepEqual(changedTables(first, await tableChecksums(db)), []);
});
