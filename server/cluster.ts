// Several server processes on one port (WORKERS > 1): this process migrates the database once, then forks that many
// workers, each a full server (server/main.ts) with its own connection pool, and restarts any that dies. The
// workers hold no state of their own: sessions, login throttling and every record are in PostgreSQL, so a request
// can land on any of them. Node's cluster module hands each new connection to the next worker in turn.
import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config';
import { migrateDatabase, openDatabase } from './db/client';
import { seedDemoIfEmpty } from './db/seed/demo';

/** A worker that dies sooner than this after its start is not restarted (a broken start would loop). */
const MIN_UPTIME_MS = 5_000;

/** Runs the supervisor: migrate once, fork `config.workers` servers, restart the ones that die, stop them on a signal. */
export async function superviseWorkers(config: Config): Promise<void> {
  if (!config.databaseUrl) {
    console.error(
      'WORKERS > 1 cần PostgreSQL (DATABASE_URL): cơ sở dữ liệu nhúng (PGlite) chỉ mở được trong một tiến trình.',
    );
    process.exit(2);
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, poolSize: 1 });
  await migrateDatabase(database);
  if (config.demo) await seedDemoIfEmpty(database.db, { log: (m) => console.log(m) });
  await database.close();

  const startedAt = new Map<number, number>();
  let stopping = false;
  let exitCode = 0;
  let listening = 0;
  const fork = () => {
    const worker = cluster.fork();
    startedAt.set(worker.id, Date.now());
  };
  cluster.on('listening', () => {
    listening++;
    if (listening === config.workers) {
      console.log(
        `\nvinhdanh đang chạy tại http://${config.host}:${config.port}  —  ${config.workers} tiến trình, cơ sở dữ liệu: PostgreSQL\n`,
      );
    }
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    const uptime = Date.now() - (startedAt.get(worker.id) ?? 0);
    startedAt.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
      return;
    }
    console.error(
      `Tiến trình ${worker.process.pid} dừng (mã ${code ?? signal}) sau ${Math.round(uptime / 1000)} s`,
    );
    if (uptime < MIN_UPTIME_MS) {
      console.error('Tiến trình dừng ngay khi khởi động: không khởi động lại, dừng máy chủ.');
      stop('startup failure', 1);
      return;
    }
    fork();
  });
  const stop = (reason: string, code = 0) => {
    if (stopping) return;
    stopping = true;
    exitCode = code;
    console.log(`Dừng ${Object.keys(cluster.workers ?? {}).length} tiến trình (${reason})`);
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(exitCode);
    // A worker stuck in its shutdown must not keep the supervisor alive.
    setTimeout(() => process.exit(exitCode), 10_000).unref();
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  for (let i = 0; i < config.workers; i++) fork();
}
