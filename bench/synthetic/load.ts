// Writes a synthetic province, all in one transaction: on PostgreSQL by `COPY … FROM STDIN` (text format, one COPY
// per batch of rows, sent through pg's own copy messages: no extra package), elsewhere (PGlite) by one
// `INSERT … SELECT * FROM unnest($1::uuid[], …)` per batch, every column one array parameter. Dossiers are
// inserted in their first status and walked through the later ones by UPDATE, one step for all of them at a time,
// so that the workflow trigger checks every step. The one trigger set aside while loading is the guard that
// freezes the awardee list of an issued decision outside the transaction that issues it: the history is loaded
// with decisions issued years ago (its other guards, on UPDATE and DELETE, do not fire on inserts).
import type { Cell, ColumnTable } from './tables';
import type { StatusWalk } from './dossiers';
import type { ProvinceChunk } from './province';

/** Runs one parameterised statement: pg's `client.query` or PGlite's `query` both fit. */
export type Execute = (text: string, params: unknown[]) => Promise<unknown>;

const BATCH = 20_000;

/** Runs `COPY … FROM STDIN` with the given text-format data (pg's client, see copyIn). */
export type CopyIn = (text: string, data: string) => Promise<unknown>;

/** A cell in COPY's text format: \N for null, t/f, and backslash escapes for the separators. */
function copyCell(value: Cell): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  return /[\\\t\n\r]/.test(value)
    ? value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r')
    : value;
}

/** The rows [from, to) of a table in COPY's text format. */
function copyText(table: ColumnTable, from: number, to: number): string {
  const columns = table.names.map((n) => table.columns[n]!);
  const lines: string[] = [];
  for (let i = from; i < to; i++) lines.push(columns.map((c) => copyCell(c[i]!)).join('\t'));
  return `${lines.join('\n')}\n`;
}

export async function insertTable(
  execute: Execute,
  table: ColumnTable,
  batch = BATCH,
  copy?: CopyIn,
): Promise<void> {
  if (copy) {
    const text = `copy ${table.table} (${table.names.join(', ')}) from stdin`;
    for (let from = 0; from < table.length; from += batch) {
      await copy(text, copyText(table, from, Math.min(table.length, from + batch)));
    }
    return;
  }
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

/** Walks dossiers through their later statuses: step k updates every dossier that has a k-th step. */
export async function walkStatuses(execute: Execute, walk: StatusWalk): Promise<number> {
  let updates = 0;
  for (let k = 0; ; k++) {
    const ids: string[] = [];
    const statuses: string[] = [];
    walk.paths.forEach((path, i) => {
      if (path.length > k) {
        ids.push(walk.ids[i]!);
        statuses.push(path[k]!);
      }
    });
    if (ids.length === 0) return updates;
    await execute(
      'update dossiers d set status = w.status from unnest($1::uuid[], $2::text[]) as w(id, status) where d.id = w.id',
      [ids, statuses],
    );
    updates += ids.length;
  }
}

const AWARDEE_GUARD = 'decision_awardees_issued_guard';

/** The big tables: loaded without their secondary indexes and foreign keys, which are rebuilt after. */
const BULK_TABLES = [
  'people',
  'employments',
  'decisions',
  'annual_ratings',
  'awards',
  'decision_awardees',
  'dossier_events',
];

/**
 * Drops the secondary indexes and outgoing foreign keys of the big tables (primary keys and unique constraints,
 * which other tables' keys rely on, stay) and returns the statements that rebuild them: an index built once over
 * the loaded rows, and a foreign key checked by one join, cost a fraction of keeping them up to date row by row.
 * The rebuilt ones check the same rules (unique indexes, references) over every row.
 */
async function dropSecondary(execute: Execute): Promise<string[]> {
  const result = (await execute(
    `select 'drop index ' || i.indexrelid::regclass::text as drop, pg_get_indexdef(i.indexrelid) as make
       from pg_index i
      where i.indrelid::regclass::text = any($1) and not i.indisprimary
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
     union all
     select format('alter table %s drop constraint %I', c.conrelid::regclass, c.conname),
            format('alter table %s add constraint %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
       from pg_constraint c
      where c.conrelid::regclass::text = any($1) and c.contype = 'f'`,
    [BULK_TABLES],
  )) as { rows: { drop: string; make: string }[] };
  for (const r of result.rows) await execute(r.drop, []);
  return result.rows.map((r) => r.make);
}

/**
 * Inserts a generated province chunk by chunk, inside one transaction; returns the person ids (in generation
 * order) and the rows written per table.
 */
export async function insertProvince(
  execute: Execute,
  chunks: Iterable<ProvinceChunk>,
  copy?: CopyIn,
): Promise<{ personIds: string[]; rows: Record<string, number> }> {
  const personIds: string[] = [];
  const rows: Record<string, number> = {};
  await execute('begin', []);
  try {
    await execute(`alter table decision_awardees disable trigger ${AWARDEE_GUARD}`, []);
    // Room for the index builds at the end (the session's setting only, for this transaction).
    await execute(`set local maintenance_work_mem = '256MB'`, []);
    const rebuild = await dropSecondary(execute);
    for (const chunk of chunks) {
      for (const table of chunk.tables) {
        await insertTable(execute, table, BATCH, copy);
        rows[table.table] = (rows[table.table] ?? 0) + table.length;
      }
      if (chunk.walk) await walkStatuses(execute, chunk.walk);
      personIds.push(...chunk.personIds);
    }
    for (const statement of rebuild) await execute(statement, []);
    await execute(`alter table decision_awardees enable trigger ${AWARDEE_GUARD}`, []);
    await execute('commit', []);
    return { personIds, rows };
  } catch (error) {
    await execute('rollback', []).catch(() => undefined);
    throw error;
  }
}
