// Test databases: one migrated template per run, copied for each test file (PGlite dump or PostgreSQL TEMPLATE).
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, MIGRATIONS_FOLDER, migrateDatabase, openDatabase } from '../db/client';

const CACHE_DIR = path.resolve('.test-data');

function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(MIGRATIONS_FOLDER, { recursive: true }).map(String).sort()) {
    const full = path.join(MIGRATIONS_FOLDER, file);
    if (file.endsWith('.sql') || file.endsWith('.json')) hash.update(file).update(readFileSync(full));
  }
  return hash.digest('hex').slice(0, 16);
}

async function pgliteTemplate(): Promise<Buffer> {
  const file = path.join(CACHE_DIR, `pglite-${migrationsHash()}.tar.gz`);
  if (existsSync(file)) return readFileSync(file);
  const handle = await openDatabase({});
  await migrateDatabase(handle);
  const dump = await handle.pglite!.dumpDataDir('gzip');
  const bytes = Buffer.from(await dump.arrayBuffer());
  await handle.close();
  mkdirSync(CACHE_DIR, { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
  return bytes;
}

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function postgresDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const template = `vd_tpl_${migrationsHash()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query('SELECT pg_advisory_lock(7071002)');
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${template}`);
      const handle = await openDatabase({ databaseUrl: withDatabase(url, template), poolSize: 1 });
      await migrateDatabase(handle);
      await handle.close();
    }
    const name = `vd_t_${randomBytes(6).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    await admin.query('SELECT pg_advisory_unlock(7071002)');
    return {
      url: withDatabase(url, name),
      drop: async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        // pool.end() resolves before its sockets are closed: wait for the backends to leave, so that the
        // forced drop below does not terminate a connection that is still closing (an uncaught error).
        for (let i = 0; i < 50; i++) {
          const left = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
            name,
          ]);
          if (left.rows[0].n === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => undefined);
        await c.end();
      },
    };
  } finally {
    await admin.end();
  }
}

/** Opens a fresh, migrated database for one test file: PostgreSQL when DATABASE_URL is set, else PGlite. */
export async function openTestDatabase(): Promise<DatabaseHandle> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const created = await postgresDatabase(url);
    const handle = await openDatabase({ databaseUrl: created.url, poolSize: 5 });
    const close = handle.close;
    return {
      ...handle,
      close: async () => {
        await close();
        await created.drop();
      },
    };
  }
  const dump = await pgliteTemplate();
  return openDatabase({ loadDataDir: new Blob([new Uint8Array(dump)]) });
}
