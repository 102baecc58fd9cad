// Backup and restore of the whole database (npm run cli -- backup <file> | restore <file> [--force]).
// PostgreSQL: pg_dump in its custom format (-Fc) and pg_restore in one transaction. The embedded database
// (PGlite): a gzip tarball of its data folder (PGlite's dumpDataDir), loaded into a new data folder on
// restore. A restore refuses to overwrite a database that holds data unless forced; the PGlite folder it
// replaces is kept beside the new one.
import { spawn } from 'node:child_process';
import {
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  openSync,
  readSync,
  closeSync,
} from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type DatabaseHandle, migrateDatabase, openDatabase } from '../db/client';
import { describeChainReport, verifyAuditChain } from '../modules/audit/audit.verify';
import { tableChecksums } from './backup-checksums';

export interface Target {
  /** PostgreSQL; when absent the embedded database in dataDir. */
  databaseUrl?: string | undefined;
  dataDir: string;
}

export class BackupError extends Error {}

/** The folder holding pg_dump/pg_restore: PG_BIN, else the newest /usr/lib/postgresql/<n>/bin, else PATH. */
export function pgBinary(name: 'pg_dump' | 'pg_restore'): string {
  if (process.env.PG_BIN) return path.join(process.env.PG_BIN, name);
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(path.join(root, v, 'bin', name)))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], 'bin', name);
  }
  return name;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => reject(new BackupError(`Không chạy được ${command}: ${e.message}`)));
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${path.basename(command)} lỗi (mã ${code}): ${stderr.trim()}`)),
    );
  });
}

/** What a backup file holds, from its first bytes. */
export function backupKind(file: string): 'postgres' | 'pglite' | 'unknown' {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'pglite';
  return 'unknown';
}

/** Rows held by the database's tables, counted table by table (0: nothing to lose). */
async function rowsHeld(handle: DatabaseHandle): Promise<{ tables: number; rows: number }> {
  const sums = await tableChecksums(handle.db);
  const filled = Object.entries(sums).filter(([, s]) => s.rows > 0);
  return { tables: filled.length, rows: filled.reduce((n, [, s]) => n + s.rows, 0) };
}

function refuseOverwrite(held: { tables: number; rows: number }): never {
  throw new BackupError(
    `Cơ sở dữ liệu đích đang có dữ liệu (${held.rows} dòng trong ${held.tables} bảng). ` +
      'Khôi phục sẽ thay toàn bộ dữ liệu này; nếu chắc chắn, chạy lại lệnh với --force.',
  );
}

/** Writes a backup of the target to `file`. The embedded database must not be open elsewhere (stop the server). */
export async function backup(target: Target, file: string): Promise<string> {
  if (target.databaseUrl) {
    await run(pgBinary('pg_dump'), [
      '-Fc',
      '--no-owner',
      '--no-acl',
      '-f',
      file,
      '--dbname',
      target.databaseUrl,
    ]);
    return `Đã sao lưu PostgreSQL vào ${file} (pg_dump -Fc).`;
  }
  if (!existsSync(path.join(target.dataDir, 'PG_VERSION'))) {
    throw new BackupError(`Không có cơ sở dữ liệu nhúng tại ${target.dataDir}`);
  }
  const handle = await openDatabase({ dataDir: target.dataDir });
  try {
    await handle.pglite!.exec('CHECKPOINT');
    const dump = await handle.pglite!.dumpDataDir('gzip');
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, Buffer.from(await dump.arrayBuffer()));
    renameSync(temp, file);
  } finally {
    await handle.close();
  }
  return `Đã sao lưu cơ sở dữ liệu nhúng (${target.dataDir}) vào ${file}.`;
}

/** Restores `file` into the target; refuses a target holding data unless `force`. Returns what was done. */
export async function restore(
  target: Target,
  file: string,
  options: { force?: boolean } = {},
): Promise<string[]> {
  if (!existsSync(file)) throw new BackupError(`Không tìm thấy tệp sao lưu ${file}`);
  const kind = backupKind(file);
  if (kind === 'unknown')
    throw new BackupError(`${file} không phải tệp sao lưu của vinhdanh (pg_dump -Fc hoặc .tar.gz)`);
  const said: string[] = [];
  if (target.databaseUrl) {
    if (kind !== 'postgres') {
      throw new BackupError(
        'Tệp này là bản sao lưu của cơ sở dữ liệu nhúng, không khôi phục được vào PostgreSQL',
      );
    }
    const probe = await openDatabase({ databaseUrl: target.databaseUrl, poolSize: 1 });
    try {
      const held = await rowsHeld(probe);
      if (held.rows > 0 && !options.force) refuseOverwrite(held);
    } finally {
      await probe.close();
    }
    await run(pgBinary('pg_restore'), [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-acl',
      '--single-transaction',
      '--exit-on-error',
      '--dbname',
      target.databaseUrl,
      file,
    ]);
    said.push(`Đã khôi phục ${file} vào PostgreSQL.`);
  } else {
    if (kind !== 'pglite') {
      throw new BackupError(
        'Tệp này là bản sao lưu PostgreSQL (pg_dump), không khôi phục được vào cơ sở dữ liệu nhúng',
      );
    }
    if (existsSync(path.join(target.dataDir, 'PG_VERSION'))) {
      const probe = await openDatabase({ dataDir: target.dataDir });
      let held: { tables: number; rows: number };
      try {
        held = await rowsHeld(probe);
      } finally {
        await probe.close();
      }
      if (held.rows > 0 && !options.force) refuseOverwrite(held);
      const aside = `${target.dataDir}.truoc-khoi-phuc-${new Date().toISOString().replace(/[:.]/g, '-')}`;
      renameSync(target.dataDir, aside);
      said.push(`Thư mục dữ liệu cũ được giữ lại tại ${aside}.`);
    } else if (existsSync(target.dataDir) && readdirSync(target.dataDir).length > 0) {
      throw new BackupError(
        `${target.dataDir} có tệp nhưng không phải thư mục dữ liệu PGlite; hãy chọn thư mục trống`,
      );
    }
    const client = await PGlite.create({
      dataDir: target.dataDir,
      loadDataDir: new Blob([new Uint8Array(readFileSync(file))]),
      extensions: { unaccent, pg_trgm },
    });
    await client.close();
    said.push(`Đã khôi phục ${file} vào ${target.dataDir}.`);
  }
  // A backup from an older version is brought up to date; then the audit chain is checked.
  const handle = await openDatabase(
    target.databaseUrl ? { databaseUrl: target.databaseUrl, poolSize: 1 } : { dataDir: target.dataDir },
  );
  try {
    await migrateDatabase(handle);
    const held = await rowsHeld(handle);
    said.push(`Cơ sở dữ liệu sau khôi phục: ${held.rows} dòng trong ${held.tables} bảng.`);
    const report = await verifyAuditChain(handle.db);
    said.push(describeChainReport(report));
    if (!report.ok) throw new BackupError(said.join('\n'));
  } finally {
    await handle.close();
  }
  return said;
}
