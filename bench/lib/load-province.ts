// Child process of provinceDatabase(): migrates the empty database DATABASE_URL and loads the synthetic province
// of argv[2] people into it (then VACUUM ANALYZE).
import { migrateDatabase, openDatabase } from '../../server/db/client';
import { setUpProvince } from '../synthetic/setup';

const people = Number(process.argv[2]);
if (!Number.isInteger(people) || people <= 0) {
  console.error('Số người không hợp lệ');
  process.exit(2);
}
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
await migrateDatabase(handle);
await setUpProvince(handle, people);
await handle.close();
