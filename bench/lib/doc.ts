// docs/benchmarks.md is shared by every benchmark: each replaces only its own section ("## <heading>", up to the
// next "## "), re-reading the file right before writing so that sections written meanwhile are kept.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

export const BENCHMARKS_DOC = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url));

/**
 * Replaces the section whose heading line is `heading` (e.g. "## load — PostgreSQL") with `body` (which starts
 * with that heading), or adds it: at the end, or before the first section when `first` is set.
 */
export async function writeDocSection(heading: string, body: string, first = false): Promise<void> {
  const doc = existsSync(BENCHMARKS_DOC) ? readFileSync(BENCHMARKS_DOC, 'utf8') : '# Benchmarks\n';
  const start = doc.indexOf(`${heading}\n`);
  let next: string;
  if (start >= 0) {
    const end = doc.indexOf('\n## ', start + heading.length);
    next = `${doc.slice(0, start)}${body.trimEnd()}\n${end < 0 ? '' : doc.slice(end)}`;
  } else if (first && doc.includes('\n## ')) {
    const end = doc.indexOf('\n## ');
    next = `${doc.slice(0, end)}\n\n${body.trimEnd()}\n${doc.slice(end)}`;
  } else next = `${doc.trimEnd()}\n\n${body.trimEnd()}\n`;
  const options = { ...(await prettier.resolveConfig(BENCHMARKS_DOC)), filepath: BENCHMARKS_DOC };
  writeFileSync(BENCHMARKS_DOC, await prettier.format(`${next.trimEnd()}\n`, options));
}
