// Request bodies for the hostile-input test, derived from a route's zod body schema: the schema's input side as
// JSON Schema (z.toJSONSchema, io 'input') gives valid-looking bodies; mutations of those bodies at a random
// place give the hostile ones (wrong types, missing and extra fields, overlong strings, control characters,
// NFD Vietnamese, SQL and HTML injection, huge numbers, NaN-like strings, impossible dates, arrays for objects);
// raw payloads that are not JSON objects at all complete the set.
import fc from 'fast-check';
import { z } from '../../contracts/zod';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  enum?: Json[];
  const?: Json;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  default?: Json;
}

const NFC_NAMES = ['Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Lê Đức Thọ', 'Phạm Ngọc Thạch', 'Hà Tĩnh'];
/** Strings any application must survive. */
export const HOSTILE_STRINGS: string[] = [
  "'; DROP TABLE people; --",
  "1' OR '1'='1",
  "admin'--",
  '1; SELECT pg_sleep(5)',
  "' UNION SELECT password_hash FROM users --",
  '$1',
  '\\',
  '%',
  '_',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '../../../../etc/passwd',
  'NaN',
  'Infinity',
  '-Infinity',
  '-0',
  '1e309',
  '0x1F',
  'null',
  'undefined',
  'true',
  '',
  ' ',
  '\t\n',
  'a\u0000b',
  '\u0007\u001b[31m',
  '\u007f',
  '\u202e\u0645',
  '\ufeff',
  '\ud800',
  '😀👍🏽',
  'Nguyễn'.normalize('NFD'),
  'Nguyễn Văn An'.normalize('NFD'),
  ...NFC_NAMES,
  '2023-02-31',
  '2023-02-29',
  '31/02/2023',
  '2023-13-01',
  '0000-00-00',
  '9999-12-31',
  '1899-12-31',
  '2023-2-3',
  '2023-02-28T25:00:00Z',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '11111111-1111-1111-1111-111111111111',
];

const OVERLONG = ['x'.repeat(256), 'ễ'.repeat(1001), 'Nguyễn '.repeat(2000), 'a'.repeat(200_000)];

const HUGE_NUMBERS = [
  1e308,
  -1e308,
  2 ** 53 + 2,
  -(2 ** 53) - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  0,
  -1,
  0.5,
  -0.000001,
  1e-300,
  99999999999,
];

/** A hostile value for any place in a body: wrong types, dangerous strings, extremes. */
export const hostileValue: fc.Arbitrary<Json | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...OVERLONG) },
  { weight: 3, arbitrary: fc.constantFrom(...HUGE_NUMBERS) },
  { weight: 1, arbitrary: fc.double().filter((n) => Number.isFinite(n)) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom<Json | undefined>(
      undefined,
      null,
      true,
      false,
      [],
      {},
      [1, 2, 3],
      ['a'],
      [{}],
      { a: 1 },
      [[[[[[[[[[[]]]]]]]]]]],
      { __proto__: { admin: true } } as unknown as Json,
    ),
  },
);

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    if (schema.$ref === '#') return root;
    return root.$defs?.[name] ?? {};
  }
  return schema;
}

const datePart = fc.date({ min: new Date('1950-01-01'), max: new Date('2030-12-31'), noInvalidDate: true });

/** Valid-looking values for a JSON Schema (the input side of a zod schema). */
export function validArbitrary(
  schemaIn: JsonSchema,
  pools: { ids: string[] },
  root: JsonSchema = schemaIn,
  depth = 0,
): fc.Arbitrary<Json | undefined> {
  const schema = resolve(schemaIn, root);
  if (depth > 6) return fc.constant(null);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => validArbitrary(s, pools, root, depth + 1)));
  if (schema.allOf && schema.allOf.length > 0)
    return validArbitrary(schema.allOf[0]!, pools, root, depth + 1);
  if (Array.isArray(schema.type)) {
    return fc.oneof(
      ...schema.type.map((t) => validArbitrary({ ...schema, type: t }, pools, root, depth + 1)),
    );
  }
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer': {
      const min = schema.minimum ?? (schema.exclusiveMinimum ?? -1_000_001) + 1;
      const max = schema.maximum ?? (schema.exclusiveMaximum ?? 1_000_001) - 1;
      return fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31 - 1) });
    }
    case 'number': {
      const min = schema.minimum ?? schema.exclusiveMinimum ?? -1e9;
      const max = schema.maximum ?? schema.exclusiveMaximum ?? 1e9;
      return fc.oneof(
        fc.integer({ min: Math.ceil(Math.max(min, -1e9)), max: Math.floor(Math.min(max, 1e9)) }),
        fc.double({ min, max, noNaN: true, noDefaultInfinity: true }),
      );
    }
    case 'string':
      return stringArbitrary(schema, pools);
    case 'array': {
      if (schema.prefixItems) {
        return fc.tuple(...schema.prefixItems.map((s) => validArbitrary(s, pools, root, depth + 1))) as never;
      }
      const item = Array.isArray(schema.items) ? schema.items[0] : schema.items;
      return fc.array(validArbitrary(item ?? {}, pools, root, depth + 1), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 4, 4)),
      }) as never;
    }
    case 'object': {
      const props = schema.properties ?? {};
      const required = new Set(schema.required ?? []);
      const record: Record<string, fc.Arbitrary<Json | undefined>> = {};
      for (const [k, s] of Object.entries(props)) {
        const v = validArbitrary(s, pools, root, depth + 1);
        record[k] = required.has(k) ? v : fc.option(v, { nil: undefined, freq: 3 });
      }
      if (
        Object.keys(record).length === 0 &&
        schema.additionalProperties &&
        schema.additionalProperties !== true
      ) {
        return fc.dictionary(
          fc.constantFrom(...pools.ids.slice(0, 3), 'a', 'b'),
          validArbitrary(schema.additionalProperties, pools, root, depth + 1) as fc.Arbitrary<Json>,
          { maxKeys: 3 },
        );
      }
      return fc.record(record).map((r) => dropUndefined(r));
    }
    default:
      // Anything (a transform the JSON Schema cannot show): a plain value.
      return fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null));
  }
}

function stringArbitrary(schema: JsonSchema, pools: { ids: string[] }): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.oneof(fc.constantFrom(...pools.ids), fc.uuid({ version: 4 }));
  if (schema.pattern === '^\\d{4}-\\d{2}-\\d{2}$') return datePart.map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  if (schema.format === 'date-time' || schema.format === 'datetime')
    return datePart.map((d) => d.toISOString());
  if (schema.pattern) {
    try {
      return fc
        .stringMatching(new RegExp(schema.pattern))
        .filter((s) => s.length >= (schema.minLength ?? 0) && s.length <= (schema.maxLength ?? 10_000));
    } catch {
      // a pattern fast-check cannot read: fall through to plain text
    }
  }
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 60, 60));
  return fc.oneof(
    fc.constantFrom(...NFC_NAMES).filter((s) => s.length >= min && s.length <= max),
    fc.string({ minLength: Math.max(min, 1), maxLength: max }),
  );
}

function dropUndefined(r: Record<string, Json | undefined>): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
  return out;
}

/** Replaces the node reached by `path` (indices modulo the children) with `replacement`, or adds an extra key. */
function mutateAt(
  value: Json,
  path: number[],
  op: 'replace' | 'extra' | 'nfd' | 'control',
  replacement: Json | undefined,
): Json | undefined {
  if (path.length === 0 || value === null || typeof value !== 'object') {
    if (op === 'nfd' && typeof value === 'string') return `${value}Nguyễn`.normalize('NFD');
    if (op === 'control' && typeof value === 'string') return `${value}\u0000\u0008`;
    if (op === 'extra' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      return { ...value, khongCoTruongNay: replacement ?? 'x' };
    }
    return replacement;
  }
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  if (keys.length === 0)
    return op === 'extra' && !Array.isArray(value) ? { khongCoTruongNay: 1 } : replacement;
  const key = keys[path[0]! % keys.length]!;
  const copy: Json = Array.isArray(value) ? [...value] : { ...value };
  const child = mutateAt((value as Record<string | number, Json>)[key]!, path.slice(1), op, replacement);
  if (child === undefined) {
    if (Array.isArray(copy)) copy.splice(key as number, 1);
    else delete (copy as Record<string, Json>)[key as string];
  } else (copy as Record<string | number, Json>)[key] = child;
  return copy;
}

/** One request body: `payload` is sent as is (a string is sent raw as application/json). */
export interface FuzzBody {
  kind: 'valid' | 'mutated' | 'raw';
  payload: unknown;
}

const RAW_PAYLOADS = [
  '[]',
  '"chuỗi"',
  '42',
  'null',
  'true',
  '{',
  '{"a":1e999}',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
  '\u0000',
  '{"a":"\\ud800"}',
  '[' + '['.repeat(500) + ']'.repeat(500) + ']',
];

/** Bodies for a zod schema: about 20% valid-looking, 70% mutated, 10% raw non-object payloads. */
export function bodyArbitrary(schema: z.ZodType, pools: { ids: string[] }): fc.Arbitrary<FuzzBody> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', cycles: 'ref' }) as JsonSchema;
  const valid = validArbitrary(json, pools);
  const mutated = fc
    .tuple(
      valid,
      fc.array(fc.nat(), { maxLength: 4 }),
      fc.constantFrom<'replace' | 'extra' | 'nfd' | 'control'>(
        'replace',
        'replace',
        'replace',
        'extra',
        'nfd',
        'control',
      ),
      hostileValue,
      fc.boolean(),
    )
    .map(([base, path, op, replacement, wrapInArray]): FuzzBody => {
      const body = mutateAt(base ?? null, path, op, replacement);
      return { kind: 'mutated', payload: wrapInArray && path.length === 0 ? [base] : (body ?? {}) };
    });
  return fc.oneof(
    { weight: 2, arbitrary: valid.map((payload): FuzzBody => ({ kind: 'valid', payload: payload ?? {} })) },
    { weight: 7, arbitrary: mutated },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...RAW_PAYLOADS).map((payload): FuzzBody => ({ kind: 'raw', payload })),
    },
  );
}

/** A value for a path parameter: a known id, an unknown id, or something that is not an id at all. */
export function paramArbitrary(name: string, pools: { ids: string[] }): fc.Arbitrary<string> {
  if (name === 'year') return fc.oneof(fc.constantFrom('2025', '2024', '0', '-1', '99999999999', 'abc'));
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...pools.ids) },
    { weight: 2, arbitrary: fc.uuid({ version: 4 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'abc',
        "1' OR '1'='1",
        '..%2F..%2Fetc%2Fpasswd',
        '00000000-0000-0000-0000-00000000000g',
        '%00',
      ),
    },
  );
}

/**
 * The "body" of a route that takes none (a DELETE, say): mostly none at all, as a client sends it; otherwise a
 * junk JSON body from a small schema, mutated and raw, which the route must ignore or refuse in Vietnamese.
 */
export function noBodyArbitrary(pools: { ids: string[] }): fc.Arbitrary<FuzzBody> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constant<FuzzBody>({ kind: 'valid', payload: undefined }) },
    { weight: 4, arbitrary: bodyArbitrary(z.object({ ghiChu: z.string() }), pools) },
  );
}
