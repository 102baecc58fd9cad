// The common result format of the benchmark suite. Every benchmark, besides its own section of
// docs/benchmarks.md, records its headline figures with `recordFigures(name, figures)` in bench/out/results/
// <name>.json; `npm run bench` gathers them into the summary table at the top of docs/benchmarks.md and into
// docs/benchmarks.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUT_DIR = fileURLToPath(new URL('../out/results/', import.meta.url));

export interface Target {
  /** The figure must stay below this (ms, MB, KB …). */
  below?: number;
  /** The figure must reach at least this (req/s …). */
  atLeast?: number;
  /** The figure ÷ its reference must not exceed this. */
  ratioAtMost?: number;
}

export interface Figure {
  /** Stable key, e.g. "eligibility.total". */
  id: string;
  /** What was measured, in English (the document's language). */
  label: string;
  /** The median (or the single value, for sizes). */
  value: number;
  unit: 'ms' | 's' | 'req/s' | 'MB' | 'KB';
  /** The reference measured in the same run (plain SELECT, hand SQL, trivial route …). */
  reference?: { label: string; value: number };
  /** Runs behind the median, and their min–max. */
  runs?: number;
  range?: [number, number];
  target?: Target;
  /** Why a target is missed, or anything the reader must know to read the figure. */
  note?: string;
}

export interface FigureResult extends Figure {
  ratio: number | null;
  /** null when the figure has no target. */
  met: boolean | null;
}

export function judge(f: Figure): FigureResult {
  const ratio = f.reference && f.reference.value > 0 ? f.value / f.reference.value : null;
  const t = f.target;
  if (!t) return { ...f, ratio, met: null };
  let met = true;
  if (t.below !== undefined && !(f.value < t.below)) met = false;
  if (t.atLeast !== undefined && !(f.value >= t.atLeast)) met = false;
  if (t.ratioAtMost !== undefined && ratio !== null && !(ratio <= t.ratioAtMost)) met = false;
  return { ...f, ratio, met };
}

export interface BenchResult {
  name: string;
  quick: boolean;
  at: string;
  machine: string;
  loadAverage: number;
  /** The data the figures were taken on, in English ("synthetic province, 100,000 people …"). */
  data: string;
  figures: FigureResult[];
}

export function machine(): string {
  return `${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`;
}

/** Writes bench/out/results/<name>.json and prints the figures; returns what was written. */
export function recordFigures(
  name: string,
  figures: Figure[],
  options: { quick: boolean; data: string; loadAverage?: number },
): BenchResult {
  const result: BenchResult = {
    name,
    quick: options.quick,
    at: new Date().toISOString(),
    machine: machine(),
    loadAverage: options.loadAverage ?? os.loadavg()[0]!,
    data: options.data,
    figures: figures.map(judge),
  };
  mkdirSync(OUT_DIR, { recursive: true });
  writeFileSync(path.join(OUT_DIR, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  for (const f of result.figures) console.log(`  ${formatFigureLine(f)}`);
  return result;
}

const number = (n: number) =>
  n >= 100 ? Math.round(n).toLocaleString('en') : n >= 10 ? n.toFixed(1) : n.toFixed(2);

export function formatValue(value: number, unit: Figure['unit']): string {
  return `${number(value)} ${unit}`;
}

export function formatFigureLine(f: FigureResult): string {
  const ref = f.reference ? `; ${f.reference.label} ${formatValue(f.reference.value, f.unit)}` : '';
  const ratio = f.ratio !== null ? ` (${f.ratio.toFixed(2)}×)` : '';
  const verdict = f.met === null ? '' : f.met ? ' — đạt' : ' — CHƯA ĐẠT';
  return `${f.label}: ${formatValue(f.value, f.unit)}${ref}${ratio}${verdict}`;
}

export function targetText(t: Target | undefined, unit: Figure['unit']): string {
  if (!t) return '';
  const parts: string[] = [];
  if (t.below !== undefined) parts.push(`< ${formatValue(t.below, unit)}`);
  if (t.atLeast !== undefined) parts.push(`≥ ${formatValue(t.atLeast, unit)}`);
  if (t.ratioAtMost !== undefined) parts.push(`≤ ${t.ratioAtMost}× ref.`);
  return parts.join(', ');
}

export const median = (values: number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The min–max of a figure's runs (Figure.range). */
export const minMax = (values: number[]): [number, number] => [Math.min(...values), Math.max(...values)];
