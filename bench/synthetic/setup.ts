// Generates a synthetic province and writes it into an open, migrated and empty database, then VACUUM ANALYZE
// (fresh statistics and visibility map, as on a database autovacuum has visited; and no autovacuum starting in
// the middle of the timings).
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../server/db/client';
import pg from 'pg';
import { type CopyIn, type Execute, insertProvince } from './load';
import { generateProvince, type ProvinceOptions } from './province';

/** Seconds spent generating and writing (one transaction), and in the VACUUM ANALYZE after. */
export interface ProvinceTimings {
  writeS: number;
  vacuumS: number;
}

/** `COPY … FROM STDIN` through pg's own copy messages: a Query that answers the server's CopyInResponse. */
class CopyInQuery extends pg.Query {
  constructor(
    text: string,
    private readonly data: string,
    callback: (error: Error | undefined) => void,
  ) {
    super(text, undefined, callback);
  }

  handleCopyInResponse(connection: { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void }): void {
    connection.sendCopyFromChunk(Buffer.from(this.data, 'utf8'));
    connection.endCopyFrom();
  }
}

function copyInto(client: pg.PoolClient): CopyIn {
  return (text, data) =>
    new Promise<void>((resolve, reject) => {
      void client.query(new CopyInQuery(text, data, (error) => (error ? reject(error) : resolve())));
    });
}

export async function setUpProvince(
  handle: DatabaseHandle,
  people: number,
  options: Omit<ProvinceOptions, 'people'> = {},
  timings?: (t: ProvinceTimings) => void,
): Promise<Record<string, number>> {
  const start = performance.now();
  const chunks = generateProvince({ ...options, people });
  let rows: Record<string, number>;
  if (handle.pool) {
    const client = await handle.pool.connect();
    try {
      const execute: Execute = (text, params) => client.query(text, params);
      rows = (await insertProvince(execute, chunks, copyInto(client))).rows;
    } finally {
      client.release();
    }
  } else {
    const pglite = handle.pglite!;
    const execute: Execute = (text, params) => pglite.query(text, params);
    rows = (await insertProvince(execute, chunks)).rows;
  }
  const written = performance.now();
  await handle.db.execute(sql`vacuum analyze`);
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  timings?.({ writeS: (written - start) / 1000, vacuumS: (performance.now() - written) / 1000 });
  console.log(
    `Tỉnh thử: ${total.toLocaleString('vi-VN')} dòng (${Object.entries(rows)
      .map(([t, n]) => `${t} ${n.toLocaleString('vi-VN')}`)
      .join(', ')}) — sinh + ghi ${((written - start) / 1000).toFixed(1)} s, ` +
      `VACUUM ANALYZE ${((performance.now() - written) / 1000).toFixed(1)} s`,
  );
  return rows;
}
