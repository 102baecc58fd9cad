// One synthetic province per size, kept in its own database on the benchmark's PostgreSQL server and reused by
// every benchmark and every later run: `provinceDatabase(people)` returns the URL of a database that holds the
// province of that many people (creating, migrating and loading it the first time), `scratchCopy` a throw-away
// copy of it for benchmarks that write (CREATE DATABASE … TEMPLATE: a file copy, seconds instead of a reload).
// The database name carries GENERATOR_VERSION: when the generator's output changes, bump it and the next run
// builds the new province instead of measuring a stale one.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migrateDatabase, openDatabase } from '../../server/db/client';

/** Bump when bench/synthetic produces different rows for the same options. */
export const GENERATOR_VERSION = 4;

const LOADER = fileURLToPath(new URL('./load-province.ts', import.meta.url));

export function serverUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      'Thiếu DATABASE_URL: chạy qua `npm run bench` (tự khởi động PostgreSQL) hoặc scripts/with-postgres.sh.',
    );
  }
  return url;
}

/** The same server, another database. */
export function databaseUrl(name: string, base = serverUrl()): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function exists(client: pg.Client, name: string): Promise<boolean> {
  const r = await client.query('select 1 from pg_database where datname = $1', [name]);
  return r.rowCount === 1;
}

export function provinceName(people: number): string {
  return `vd_bench_p${people}_g${GENERATOR_VERSION}`;
}

export interface ProvinceDatabase {
  url: string;
  name: string;
  /** Seconds spent generating and loading in this call; null when the database was already there. */
  loadSeconds: number | null;
}

/**
 * The URL of a database holding the synthetic province of `people` persons (bench/synthetic, default shape and
 * seed), built the first time in a child process (the generator's memory is not counted in the caller's RSS).
 * A half-built database (a run interrupted while loading) is dropped and built again.
 */
export async function provinceDatabase(people: number): Promise<ProvinceDatabase> {
  const name = provinceName(people);
  const building = `${name}_building`;
  const ready = await admin(async (client) => {
    if (await exists(client, name)) return true;
    await client.query(`drop database if exists ${building} with (force)`);
    await client.query(`create database ${building}`);
    return false;
  });
  if (ready) {
    // Built by an earlier run, perhaps before the latest migrations (a new index): bring its schema up to date.
    const handle = await openDatabase({ databaseUrl: databaseUrl(name), poolSize: 1 });
    try {
      await migrateDatabase(handle);
    } finally {
      await handle.close();
    }
    return { url: databaseUrl(name), name, loadSeconds: null };
  }
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', LOADER, String(people)], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: databaseUrl(building) },
  });
  if (child.status !== 0) throw new Error(`Không nạp được tỉnh thử ${people} người (mã ${child.status})`);
  await admin((client) => client.query(`alter database ${building} rename to ${name}`));
  return { url: databaseUrl(name), name, loadSeconds: (performance.now() - start) / 1000 };
}

/**
 * A fresh copy of `source` named `name` (dropped first if present), for a benchmark that writes. Nobody may be
 * connected to the source while it is copied.
 */
export async function scratchCopy(source: string, name: string): Promise<string> {
  await admin(async (client) => {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.query(`create database ${name} template ${source}`);
  });
  return databaseUrl(name);
}

export async function dropDatabase(name: string): Promise<void> {
  await admin((client) => client.query(`drop database if exists ${name} with (force)`));
}
