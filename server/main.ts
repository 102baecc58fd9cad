// Starts the server: environment → open the database → migrate → seed demo data if empty → listen.
import { buildApp } from './app';
import { readConfig } from './config';
import { migrateDatabase, openDatabase } from './db/client';
import { seedDemoIfEmpty } from './db/seed/demo';
import { loggerOptions } from './security/logging';

const config = readConfig();
const database = await openDatabase({
  databaseUrl: config.databaseUrl,
  dataDir: config.databaseUrl ? undefined : config.dataDir,
});
await migrateDatabase(database);
if (config.demo) await seedDemoIfEmpty(database.db, { log: (m) => console.log(m) });
const app = await buildApp({ database, config, logger: loggerOptions(config.logLevel) });

const shutdown = async (signal: string) => {
  app.log.info({ signal }, 'shutting down');
  await app.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
const where = config.databaseUrl ? 'PostgreSQL' : `PGlite (${config.dataDir})`;
console.log(
  `\nvinhdanh đang chạy tại http://${config.host}:${config.port}  —  cơ sở dữ liệu: ${where}${config.demo ? ', dữ liệu mẫu: bật' : ''}\n`,
);
