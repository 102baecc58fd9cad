// Row count and checksum of every table of the application's schema, in one query: the fuzz test compares them
// before and after refused requests, the backup round trip compares them before the backup and after the restore.
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/client';

export interface TableChecksum {
  rows: number;
  /** Sum of the rows' md5 (as 60-bit numbers) over their text form: independent of physical order. */
  hash: string;
}

export type DatabaseChecksums = Record<string, TableChecksum>;

/** The application's tables (schema public), drizzle's migration journal included, in name order. */
export async function listTables(db: Db): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select tablename as name from pg_catalog.pg_tables where schemaname = 'public' order by tablename`,
  );
  return rows.map((r) => r.name);
}

/** Row counts and checksums of the given tables (default: every table), optionally leaving some out. */
export async function tableChecksums(
  db: Db,
  options: { tables?: string[]; exclude?: string[] } = {},
): Promise<DatabaseChecksums> {
  const tables = (options.tables ?? (await listTables(db))).filter(
    (t) => !(options.exclude ?? []).includes(t),
  );
  if (tables.length === 0) return {};
  const parts = tables.map((t) => {
    if (!/^[a-z_][a-z0-9_]*$/.test(t)) throw new Error(`unexpected table name ${t}`);
    // The sum of the rows' md5 (first 60 bits as a number) does not depend on their physical order and needs no sort.
    return `select '${t}' as name, count(*)::int as n,
      coalesce(sum(('x' || substr(md5(x::text), 1, 15))::bit(60)::bigint)::text, '0') as h from "${t}" x`;
  });
  const rows = await queryRows<{ name: string; n: number; h: string }>(
    db,
    sql.raw(parts.join('\nunion all\n')),
  );
  const out: DatabaseChecksums = {};
  for (const r of rows) out[r.name] = { rows: Number(r.n), hash: r.h };
  return out;
}

/** The tables whose count or checksum differ (either side missing counts as different). */
export function changedTables(a: DatabaseChecksums, b: DatabaseChecksums): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((n) => a[n]?.rows !== b[n]?.rows || a[n]?.hash !== b[n]?.hash).sort();
}
