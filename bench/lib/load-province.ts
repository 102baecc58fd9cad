// Child process of provinceDatabase() and of bench/province.ts: migrates the empty database DATABASE_URL and loads
// the synthetic province of argv[2] people into it (then VACUUM ANALYZE); argv[3], when given, multiplies the
// units too (bench/synthetic/units.ts scaleShape). Prints one line `PROVINCE_RESULT {json}`: rows per table and
// the seconds of each phase.
import { performance } from 'node:perf_hooks';
import { migrateDatabase, openDatabase } from '../../server/db/client';
import { type ProvinceTimings, setUpProvince } from '../synthetic/setup';
import { DEFAULT_SHAPE, scaleShape } from '../synthetic/units';

const people = Number(process.argv[2]);
const scale = Number(process.argv[3] ?? 1);
if (!Number.isInteger(people) || people <= 0 || !Number.isInteger(scale) || scale <= 0) {
  console.error('Số người hoặc hệ số nhân không hợp lệ');
  process.exit(2);
}
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL });
const start = performance.now();
await migrateDatabase(handle);
const migrateS = (performance.now() - start) / 1000;
let timings: ProvinceTimings = { writeS: 0, vacuumS: 0 };
const rows = await setUpProvince(
  handle,
  people,
  { shape: scale === 1 ? DEFAULT_SHAPE : scaleShape(scale) },
  (t) => {
    timings = t;
  },
);
await handle.close();
console.log(`PROVINCE_RESULT ${JSON.stringify({ rows, migrateS, ...timings })}`);
