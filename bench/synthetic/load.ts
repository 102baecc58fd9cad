// Writes a synthetic province: one `INSERT … SELECT * FROM unnest($1::uuid[], …)` per batch of rows, every
// column one array parameter, all in one transaction (no COPY: pg-copy-streams is not installed).
import type { ColumnTable } from './tables';
import type { ProvinceChunk } from './province';

/** Runs one parameterised statement: pg's `client.query` or PGlite's `query` both fit. */
export type Execute = (text: string, params: unknown[]) => Promise<unknown>;

const BATCH = 20_000;

export async function insertTable(execute: Execute, table: ColumnTable, batch = BATCH): Promise<void> {
  const names = table.names;
  const types = names.map((n) => table.types[n] as string);
  const text =
    `insert into ${table.table} (${names.join(', ')}) ` +
    `select * from unnest(${types.map((t, i) => `$${i + 1}::${t}[]`).join(', ')})`;
  for (let from = 0; from < table.length; from += batch) {
    await execute(
      text,
      names.map((n) => table.columns[n]!.slice(from, from + batch)),
    );
  }
}

/**
 * Inserts a generated province chunk by chunk, inside one transaction; returns the person ids (in generation
 * order) and the rows written per table.
 */
export async function insertProvince(
  execute: Execute,
  chunks: Iterable<ProvinceChunk>,
): Promise<{ personIds: string[]; rows: Record<string, number> }> {
  const personIds: string[] = [];
  const rows: Record<string, number> = {};
  await execute('begin', []);
  try {
    for (const chunk of chunks) {
      for (const table of chunk.tables) {
        await insertTable(execute, table);
        rows[table.table] = (rows[table.table] ?? 0) + table.length;
      }
      personIds.push(...chunk.personIds);
    }
    await execute('commit', []);
    return { personIds, rows };
  } catch (error) {
    await execute('rollback', []).catch(() => undefined);
    throw error;
  }
}
