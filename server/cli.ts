// Command line: serve | migrate | seed | verify-audit | backup | restore (npm run cli -- <command>).
import { readConfig } from './config';
import { migrateDatabase, openDatabase } from './db/client';
import { seedDemo } from './db/seed/demo';
import { describeChainReport, verifyAuditChain } from './modules/audit/audit.verify';
import { backup, BackupError, restore } from './ops/backup';

const USAGE = `Cách dùng: npm run cli -- <lệnh>
  serve          chạy máy chủ (như npm start)
  migrate        áp dụng các migration
  seed [--timings]
                 nạp dữ liệu mẫu vào cơ sở dữ liệu trống (--timings: thời gian từng bước)
  verify-audit   kiểm tra chuỗi băm của nhật ký hệ thống
  backup <tệp>   sao lưu toàn bộ cơ sở dữ liệu (PostgreSQL: pg_dump -Fc; nhúng: tệp .tar.gz — dừng máy chủ trước)
  restore <tệp> [--force]
                 khôi phục từ tệp sao lưu; từ chối ghi đè cơ sở dữ liệu đang có dữ liệu nếu thiếu --force`;

async function main(command: string | undefined): Promise<number> {
  const config = readConfig();
  if (command === 'serve') {
    await import('./main');
    return -1;
  }
  if (command === 'backup' || command === 'restore') {
    const file = process.argv[3];
    if (!file) {
      console.log(USAGE);
      return 2;
    }
    const target = { databaseUrl: config.databaseUrl, dataDir: config.dataDir };
    try {
      if (command === 'backup') console.log(await backup(target, file));
      else
        for (const line of await restore(target, file, { force: process.argv.includes('--force') }))
          console.log(line);
      return 0;
    } catch (error) {
      if (!(error instanceof BackupError)) throw error;
      console.error(error.message);
      return 1;
    }
  }
  if (!command || !['migrate', 'seed', 'verify-audit'].includes(command)) {
    console.log(USAGE);
    return command ? 2 : 0;
  }
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    await migrateDatabase(database);
    if (command === 'migrate') {
      console.log('Đã áp dụng migration.');
      return 0;
    }
    if (command === 'seed') {
      // A database that already holds data is left as it is (seedDemo says so); that is not an error.
      await seedDemo(database.db, {
        log: (m) => console.log(m),
        timings: process.argv.includes('--timings'),
      });
      return 0;
    }
    const report = await verifyAuditChain(database.db);
    const message = describeChainReport(report);
    if (report.ok) console.log(message);
    else console.error(message);
    return report.ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

const code = await main(process.argv[2]);
if (code >= 0) process.exit(code);
