// A minimal valid value for a zod schema: the permission matrix sends it as a route's body or query, so that
// validation (which Fastify runs before the handler) lets the request reach the authorisation code.
// Optional fields are left out; strings, numbers and arrays take their smallest allowed form; an id takes the
// value `ids` names for its key (a fixture of the matrix) or a fresh uuid.
import { randomUUID } from 'node:crypto';
import type { z } from '../../contracts/zod';

type Def = Record<string, unknown> & { type: string };
type Check = { _zod: { def: Record<string, unknown> & { check: string } } };

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): Check['_zod']['def'][] {
  return ((def.checks as Check[] | undefined) ?? []).map((c) => c._zod.def);
}

/** Ids by field name (unitId, personId …) and the values used when nothing else fits. */
export interface SampleHints {
  ids?: Record<string, string>;
  date?: string;
}

/** A value that `schema` accepts, or undefined when the field may be left out. */
export function sampleOf(schema: z.ZodType, hints: SampleHints = {}, key = ''): unknown {
  const minimal = sample(schema, hints, key, 0);
  if (schema.safeParse(minimal).success) return minimal;
  // A body that needs one of its optional fields (a PATCH needs something to change, a rule needs one of
  // two fields): try the optional fields one at a time, then all of them.
  const def = defOf(schema);
  const shape = def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : null;
  if (!shape || typeof minimal !== 'object' || minimal === null) return minimal;
  const full: Record<string, unknown> = { ...(minimal as object) };
  for (const [k, s] of Object.entries(shape)) {
    if (k in full) continue;
    const v = sample(s, hints, k, 1, true);
    if (v === undefined) continue;
    const candidate = { ...(minimal as object), [k]: v };
    if (schema.safeParse(candidate).success) return candidate;
    full[k] = v;
  }
  return full;
}

function acceptsUndefined(schema: unknown): boolean {
  return (schema as z.ZodType).safeParse(undefined).success;
}

function sample(schema: unknown, hints: SampleHints, key: string, depth: number, fill = false): unknown {
  if (depth > 30) return undefined;
  const def = defOf(schema);
  const next = (s: unknown, k = key) => sample(s, hints, k, depth + 1, fill);
  if (!fill && acceptsUndefined(schema)) return undefined;
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return next(def.innerType);
    case 'nullable':
      return next(def.innerType) ?? null;
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return next(def.innerType);
    case 'pipe': {
      // z.preprocess / transform().pipe(): the input side decides what is sent.
      const input = defOf(def.in);
      if (input.type === 'transform') return next(def.out);
      const value = next(def.in);
      return value === undefined && input.type !== 'optional' ? next(def.out) : value;
    }
    case 'transform':
      return 'x';
    case 'lazy':
      return next((def.getter as () => unknown)());
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [k, s] of Object.entries(shape)) {
        const v = sample(s, hints, k, depth + 1);
        if (v !== undefined) out[k] = v;
      }
      return out;
    }
    case 'array': {
      const min = checksOf(def).find((c) => c.check === 'min_length')?.minimum as number | undefined;
      const n = min ?? 0;
      return Array.from({ length: n }, () => next(def.element));
    }
    case 'tuple':
      return (def.items as unknown[]).map((s) => next(s));
    case 'record':
      return {};
    case 'union': {
      const options = def.options as unknown[];
      // Prefer a non-null option so that required fields carry a value.
      for (const o of options) {
        const t = defOf(o).type;
        if (t !== 'null' && t !== 'undefined') return next(o);
      }
      return null;
    }
    case 'intersection':
      return { ...(next(def.left) as object), ...(next(def.right) as object) };
    case 'enum':
      return Object.values(def.entries as Record<string, unknown>)[0];
    case 'literal':
      return (def.values as unknown[])[0];
    case 'null':
      return null;
    case 'boolean':
      return false;
    case 'date':
      return hints.date ?? '2024-06-30';
    case 'number':
    case 'int': {
      const checks = checksOf(def);
      const gt = checks.find((c) => c.check === 'greater_than');
      const lt = checks.find((c) => c.check === 'less_than');
      let v = key.toLowerCase().includes('year') ? 2024 : 1;
      if (gt) v = Math.max(v, (gt.value as number) + (gt.inclusive ? 0 : 1));
      if (lt && v >= (lt.value as number)) v = (lt.value as number) - (lt.inclusive ? 0 : 1);
      if (key === 'version') v = 1;
      return v;
    }
    case 'bigint':
      return 1;
    case 'string':
      return sampleString(def, hints, key);
    case 'any':
    case 'unknown':
      return undefined;
    default:
      return undefined;
  }
}

/** Values for fields whose rules a generic string does not meet, by field name. */
const BY_KEY: Record<string, string> = {
  password: 'Ma-tran-quyen-2025x',
  newPassword: 'Ma-tran-quyen-2025x',
  username: 'kiemtra.matran',
  cccd: '042090012345',
  phone: '0912345678',
  email: 'kiem.tra@example.vn',
  numberSymbol: '125/BC-UBND',
  number: '125/QĐ-UBND',
};

function sampleString(def: Def, hints: SampleHints, key: string): string {
  if (BY_KEY[key]) return BY_KEY[key];
  const format = def.format as string | undefined;
  if (format === 'uuid' || format === 'guid') {
    const byKind = /unitid$/i.test(key) ? 'unitId' : /personid$/i.test(key) ? 'personId' : key;
    return hints.ids?.[key] ?? hints.ids?.[byKind] ?? randomUUID();
  }
  if (format === 'date') return hints.date ?? '2024-06-30';
  if (format === 'datetime') return '2024-06-30T08:00:00.000Z';
  if (format === 'email') return 'kiem.tra@example.vn';
  if (format === 'url') return 'https://example.vn/';
  const checks = checksOf(def);
  const regex = checks.find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern as
    RegExp | undefined;
  if (regex) {
    for (const candidate of [
      '2024-06-30',
      '2024',
      '2024-06',
      '125/BC-UBND',
      '042090012345',
      '01',
      '1',
      'abc',
    ]) {
      if (regex.test(candidate)) return candidate;
    }
  }
  const min = (checks.find((c) => c.check === 'min_length')?.minimum as number | undefined) ?? 1;
  const max = checks.find((c) => c.check === 'max_length')?.maximum as number | undefined;
  let v = 'Kiểm tra phân quyền';
  while (v.length < min) v += ' kiểm tra';
  if (max !== undefined && v.length > max) v = v.slice(0, max);
  return v;
}
