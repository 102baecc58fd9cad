// Column-wise tables for generated data: each column is one array, which is what PostgreSQL's
// `INSERT … SELECT * FROM unnest($1::uuid[], $2::text[], …)` takes — one statement per batch of rows, however
// many columns, with no per-row SQL text.

export type SqlType = 'uuid' | 'text' | 'date' | 'int2' | 'int4' | 'bool' | 'timestamptz' | 'jsonb';
export type Cell = string | number | boolean | null;

export class ColumnTable<Name extends string = string> {
  readonly columns: Record<Name, Cell[]>;
  /** The column names, in the order of `types`. */
  readonly names: Name[];
  length = 0;

  constructor(
    readonly table: string,
    readonly types: Readonly<Record<Name, SqlType>>,
  ) {
    this.names = Object.keys(types) as Name[];
    this.columns = Object.fromEntries(this.names.map((c) => [c, []])) as unknown as Record<Name, Cell[]>;
  }

  push(row: Readonly<Record<Name, Cell>>): void {
    for (const name of this.names) this.columns[name].push(row[name]);
    this.length++;
  }
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
const hex = (w: number) => HEX[w >>> 24]! + HEX[(w >>> 16) & 255]! + HEX[(w >>> 8) & 255]! + HEX[w & 255]!;

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers that scatters neighbouring keys. */
function mix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * A version-4-shaped UUID for a 32-bit key: distinct keys give distinct ids (the first 32 bits are a bijection
 * of the key), scattered like random ones (index order unrelated to generation order). Seeded streams cannot
 * promise that: mulberry32's streams of different seeds overlap, and so would their draws.
 */
export function keyedUuid(salt: number, key: number): string {
  const w0 = mix32(key ^ salt);
  // Version 4 in the 13th hex digit, variant 10xx in the 17th.
  const w1 = ((mix32(w0 + 0x9e3779b9) & 0xffff0fff) | 0x4000) >>> 0;
  const w2 = ((mix32(w1 ^ salt) & 0x3fffffff) | 0x80000000) >>> 0;
  const w3 = mix32(w2 + key);
  const b = hex(w1);
  const c = hex(w2);
  return `${hex(w0)}-${b.slice(0, 4)}-${b.slice(4)}-${c.slice(0, 4)}-${c.slice(4)}${hex(w3)}`;
}

/** Ids for the rows of one owner (a person): key = owner × 1024 + the owner's row counter. */
export function idSource(salt: number, owner: number): () => string {
  let n = 0;
  return () => {
    if (n >= 1024) throw new Error('more than 1024 generated rows for one owner');
    return keyedUuid(salt, owner * 1024 + n++);
  };
}
