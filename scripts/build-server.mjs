/* global URL, performance, console */
// Builds the server for production: server/main.ts and everything it imports from this repository bundled into
// dist/server/main.js (packages stay in node_modules). Running the bundle with plain node instead of through tsx
// saves about 100 MB of resident memory per process (tsx keeps its loader, the transformed sources and the esbuild
// service in every process) — see docs/decisions/0006-bundled-server.md.
//   node scripts/build-server.mjs        (npm run build:server; npm start runs it)
// Files read next to a module (migrations, seed facts) are found through `new URL(…, import.meta.url)`. In the
// bundle every module shares the bundle's import.meta.url, so each module's own URL is rewritten here to its
// source file's path relative to the bundle: the bundle finds server/db/migrations where the source does.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = path.join(root, 'dist', 'server');

/** `import.meta.url` of each source module, kept pointing at the source file. */
const moduleUrls = {
  name: 'module-urls',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (args.path.includes(`${path.sep}node_modules${path.sep}`) || !source.includes('import.meta.url')) {
        return { contents: source, loader: 'ts' };
      }
      const relative = path.relative(outdir, args.path).split(path.sep).join('/');
      const own = `new URL(${JSON.stringify(relative)}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', own), loader: 'ts' };
    });
  },
};

const started = performance.now();
await build({
  entryPoints: [path.join(root, 'server', 'main.ts')],
  outdir,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [moduleUrls],
});
console.log(
  `Máy chủ đã được đóng gói vào dist/server/main.js (${Math.round(performance.now() - started)} ms)`,
);
