// Opens the database: PGlite on a data folder by default, PostgreSQL through node-postgres when a URL is given.
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema/index';

export type Schema = typeof schema;
/** A database or a transaction: services take either. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface DatabaseHandle {
  db: Db;
  engine: 'pglite' | 'postgres';
  close(): Promise<void>;
  /** Present on the embedded engine, for tests and backups. */
  pglite?: PGlite;
  pool?: pg.Pool;
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url));

const EXTENSIONS_SQL = 'CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;';

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite data folder; omitted means in memory. */
  dataDir?: string | undefined;
  /** A PGlite data folder dump (tarball) to start from, for tests. */
  loadDataDir?: Blob | File | undefined;
  poolSize?: number;
}

/** Opens the database with unaccent and pg_trgm loaded (they must be present on every open). */
export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    // DATE columns stay 'YYYY-MM-DD' strings, as on PGlite.
    pg.types.setTypeParser(1082, (v: string) => v);
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // No JIT compilation for this application's statements: they are short (pages, records, counts over a
      // scope), and a plan whose estimate crosses jit_above_cost (a count over every dossier of a province) spent
      // ~400 ms compiling for a ~40 ms execution. Set on each new connection before the pool hands it out, so that
      // it holds whatever postgresql.conf says; behind pgbouncer in transaction mode set it on the role as well
      // (docs/operations.md).
      onConnect: async (client) => {
        await client.query('SET jit = off');
      },
    });
    // An idle client that the server drops (restart, admin termination) must not crash the process:
    // the pool discards it and opens a new one on the next query.
    pool.on('error', (error) => console.error(`PostgreSQL: idle connection lost: ${error.message}`));
    await pool.query(EXTENSIONS_SQL);
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    return { db, engine: 'postgres', pool, close: () => pool.end() };
  }
  const client = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    extensions: { unaccent, pg_trgm },
  });
  await client.exec(EXTENSIONS_SQL);
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, engine: 'pglite', pglite: client, close: () => client.close() };
}

/** Applies the committed migrations; on PostgreSQL under an advisory lock so parallel starts do not race. */
export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.engine === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const client = await handle.pool!.connect();
  try {
    await client.query('SELECT pg_advisory_lock(7071000)');
    await migratePg(drizzlePg({ client, schema }), { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await client.query('SELECT pg_advisory_unlock(7071000)').catch(() => undefined);
    client.release();
  }
}

/** Runs raw SQL and returns its rows, on either engine. */
export async function queryRows<T extends Record<string, unknown>>(db: Db, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };
