// Starts the server: environment → open the database → migrate → seed demo data if empty → listen. With WORKERS > 1
// (PostgreSQL only) this process supervises that many servers sharing the port instead (server/cluster.ts); each
// worker runs serve() below, the supervisor having migrated and seeded once.
import cluster from 'node:cluster';
import { buildApp } from './app';
import { superviseWorkers } from './cluster';
import { type Config, readConfig } from './config';
import { migrateDatabase, openDatabase } from './db/client';
import { seedDemoIfEmpty } from './db/seed/demo';
import { loggerOptions } from './security/logging';

/** One server process: open the database (migrating it unless a supervisor did), build the app, listen. */
async function serve(config: Config): Promise<void> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
    poolSize: config.dbPoolSize,
  });
  if (cluster.isPrimary) {
    await migrateDatabase(database);
    if (config.demo) await seedDemoIfEmpty(database.db, { log: (m) => console.log(m) });
  }
  // Computed reports on a replica when one is named (read-only statements: a hot standby serves them).
  const reportsDatabase = config.reportsDatabaseUrl
    ? await openDatabase({ databaseUrl: config.reportsDatabaseUrl, poolSize: config.dbPoolSize })
    : undefined;
  const app = await buildApp({ database, reportsDatabase, config, logger: loggerOptions(config.logLevel) });

  const shutdown = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await reportsDatabase?.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  if (cluster.isWorker) return;
  const where = config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.dataDir})`;
  console.log(
    `\nvinhdanh đang chạy tại http://${config.host}:${config.port}  —  cơ sở dữ liệu: ${where}${config.demo ? ', dữ liệu mẫu: bật' : ''}\n`,
  );
}

const config = readConfig();
if (config.workers > 1 && cluster.isPrimary) await superviseWorkers(config);
else await serve(config);
