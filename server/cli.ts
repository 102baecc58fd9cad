// Command line: serve | migrate | seed | verify-audit (npm run cli -- <command>).
import { readConfig } from './config';
import { migrateDatabase, openDatabase } from './db/client';
import { seedDemo } from './db/seed/demo';
import { verifyAuditChain } from './modules/audit/audit.verify';

const USAGE = `Cách dùng: npm run cli -- <lệnh>
  serve          chạy máy chủ (như npm start)
  migrate        áp dụng các migration
  seed           nạp dữ liệu mẫu vào cơ sở dữ liệu trống
  verify-audit   kiểm tra chuỗi băm của nhật ký hệ thống`;

async function main(command: string | undefined): Promise<number> {
  const config = readConfig();
  if (command === 'serve') {
    await import('./main');
    return -1;
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
      const result = await seedDemo(database.db, { log: (m) => console.log(m) });
      return result === 'skipped' ? 1 : 0;
    }
    const report = await verifyAuditChain(database.db);
    if (report.ok) {
      console.log(`Nhật ký hợp lệ: đã kiểm tra ${report.checked} bản ghi.`);
      if (report.head) console.log(`Bản ghi cuối: #${report.head.seq}, mã băm ${report.head.hash}`);
      return 0;
    }
    const why =
      report.firstBroken!.reason === 'content'
        ? 'nội dung đã bị sửa (mã băm không khớp)'
        : 'liên kết tới bản ghi trước bị đứt (bản ghi bị xóa hoặc chèn)';
    console.error(`Nhật ký KHÔNG hợp lệ: bản ghi #${report.firstBroken!.seq} — ${why}.`);
    return 1;
  } finally {
    await database.close();
  }
}

const code = await main(process.argv[2]);
if (code >= 0) process.exit(code);
