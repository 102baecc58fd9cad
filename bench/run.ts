// npm run bench -- <name> [args]: runs bench/<name>.ts; with no name, lists the benchmarks.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const available = readdirSync(here)
  .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.endsWith('.test.ts') && !f.startsWith('_'))
  .map((f) => f.replace(/\.ts$/, ''));

const [name, ...args] = process.argv.slice(2);
if (!name || !available.includes(name)) {
  console.log(
    `Cách dùng: npm run bench -- <tên> [tham số]\nCác phép đo: ${available.join(', ') || '(chưa có)'}`,
  );
  process.exit(name ? 2 : 0);
}
const file = path.join(here, `${name}.ts`);
if (!existsSync(file)) process.exit(2);
const result = spawnSync(process.execPath, ['--import', 'tsx', file, ...args], { stdio: 'inherit' });
process.exit(result.status ?? 1);
