// The hostile-input run shared by the fuzz test files (issue #8, point 2). Every mutating route — read from the
// app's route table as routes are declared, so a new route is covered without editing anything here — receives
// FUZZ_RUNS generated requests (see fuzz-arbitraries.ts) as an administrator of the root unit: a route with a zod
// body schema gets bodies generated from it, with hostile path parameters; a route without one (a DELETE, say)
// gets hostile path parameters with no body or a junk one. Upload routes (multipart) are fuzz-uploads.test.ts's. The routes, sorted by URL, are dealt round-robin to the shards (one test file each, so that
// node's runner uses both cores); a route's bodies depend only on its place in the whole sorted table and the
// seed, not on the sharding.
//
// Every answer is 2xx or 4xx, never 5xx; every 4xx has the ErrorBody shape with a Vietnamese message (and
// Vietnamese field messages for a validation error); a body the route's own schema refuses is never accepted;
// and a batch of requests that were all refused left every table exactly as it was (row counts and checksums,
// one SQL statement over every table), sessions and sign-in attempts excepted (the auth hook slides a
// session's expiry; a failed sign-in is recorded on purpose). The state after a batch is the state before the
// next one (nothing else runs in between), so one checksum per batch suffices. At the end every text column of
// every table holds NFC text only, although the requests sent NFD Vietnamese in every string field.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RouteOptions } from 'fastify';
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { ErrorBody } from '../../contracts/common';
import { z } from '../../contracts/zod';
import { queryRows } from '../db/client';
import { changedTables, type DatabaseChecksums, listTables, tableChecksums } from '../ops/backup-checksums';
import { buildTestApp, type Session, signIn, type TestApp } from './app';
import { bodyArbitrary, type FuzzBody, noBodyArbitrary, paramArbitrary } from './fuzz-arbitraries';
import { createPerson, createProvinceWithCommunes, createUser } from './factories';

/**
 * Requests per route: 300 in npm test and npm run test:pg; the full count of issue #8, 1,000, with
 * npm run test:fuzz (FUZZ_RUNS=1000) — .ci/run runs npm test with FUZZ_RUNS=1000.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20231);
const ONLY = process.env.FUZZ_ROUTE;
/**
 * Requests between two checksums. Bodies the schema refuses must all be refused, so their batches are large;
 * bodies the schema takes may be written, and a batch holding one accepted request is not compared, so
 * theirs are small (more of the refused ones are checked).
 */
const BATCH_REFUSABLE = 100;
const BATCH_PASSABLE = 20;
/** Written outside a request's transaction on purpose (see docs/architecture.md, "A request, end to end"). */
export const NOT_COMPARED = ['sessions', 'login_attempts'];
const MUTATING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
export const VIETNAMESE = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
const MAX_PROBLEMS = 20;

interface FuzzRoute {
  method: string;
  url: string;
  /** The body schema; null for a route that takes no body (only its path parameters are generated). */
  body: z.ZodType | null;
  /** Place in the whole sorted route table: the seed of the route's bodies. */
  index: number;
}

/** The mutating routes but the uploads (multipart: fuzz-uploads.test.ts), sorted by URL then method. */
export function mutatingRoutes(declared: RouteOptions[]): FuzzRoute[] {
  const out: FuzzRoute[] = [];
  const seen = new Set<string>();
  for (const r of declared) {
    const schema = r.schema as { body?: unknown; consumes?: string[] } | undefined;
    if (schema?.consumes?.includes('multipart/form-data')) continue;
    const body = schema?.body instanceof z.ZodType ? schema.body : null;
    for (const method of [r.method].flat()) {
      const key = `${method} ${r.url}`;
      if (MUTATING.has(method) && !seen.has(key)) {
        seen.add(key);
        out.push({ method, url: r.url, body, index: 0 });
      }
    }
  }
  out.sort((a, b) => `${a.url} ${a.method}`.localeCompare(`${b.url} ${b.method}`));
  out.forEach((r, i) => (r.index = i));
  return out;
}

function describeFailure(
  route: FuzzRoute,
  url: string,
  body: FuzzBody,
  status: number,
  answer: string,
): string {
  const shown = JSON.stringify(body.payload) ?? String(body.payload);
  return `${route.method} ${url} [${body.kind}] ${shown.slice(0, 300)} → ${status} ${answer.slice(0, 300)}`;
}

/** Whether the route's schema takes the body (a raw payload is read as JSON first; no schema: any body). */
function passesContract(schema: z.ZodType | null, body: FuzzBody): boolean {
  if (!schema) return true;
  let value: unknown = body.payload;
  if (body.kind === 'raw') {
    try {
      value = JSON.parse(String(body.payload));
    } catch {
      return false;
    }
  }
  return schema.safeParse(value).success;
}

/** The answer's problem, if any (null: acceptable): never 5xx; a 4xx is an ErrorBody in Vietnamese. */
export function judge(status: number, text: string): string | null {
  if (status >= 500) return 'server error';
  if (status < 400) return status >= 200 && status < 300 ? null : `unexpected status ${status}`;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'error answer is not JSON';
  }
  const shape = ErrorBody.safeParse(parsed);
  if (!shape.success) return 'error answer is not an ErrorBody';
  const { code, message, fields } = shape.data.error;
  if (!VIETNAMESE.test(message)) return `message not Vietnamese: ${message}`;
  if (code === 'VALIDATION' && status === 400) {
    if (!fields || Object.keys(fields).length === 0) return 'validation error without field messages';
    for (const [k, m] of Object.entries(fields)) {
      if (!VIETNAMESE.test(m)) return `field message not Vietnamese: ${k}: ${m}`;
    }
  }
  return null;
}

/** Every text (and jsonb) column of every table holds NFC text only: the offending columns with their counts. */
export async function nonNfcColumns(t: TestApp): Promise<{ col: string; n: number }[]> {
  const columns = await queryRows<{ table_name: string; column_name: string }>(
    t.database.db,
    sql`select c.table_name, c.column_name from information_schema.columns c
        join information_schema.tables tb on tb.table_name = c.table_name and tb.table_schema = c.table_schema
        where c.table_schema = 'public' and tb.table_type = 'BASE TABLE'
          and c.data_type in ('text', 'character varying', 'jsonb')
        order by 1, 2`,
  );
  assert.ok(columns.length > 50, `only ${columns.length} text columns found`);
  const parts = columns.map(
    (c) =>
      `select '${c.table_name}.${c.column_name}' as col, count(*)::int as n from "${c.table_name}"
       where not ("${c.column_name}"::text is nfc normalized)`,
  );
  const rows = await queryRows<{ col: string; n: number }>(t.database.db, sql.raw(parts.join(' union all ')));
  return rows.filter((r) => r.n > 0);
}

/** Declares the test of one shard: the routes whose place in the sorted table is `shard` modulo `shards`. */
export function describeRouteFuzz(shard: number, shards: number): void {
  const declared: RouteOptions[] = [];
  let t: TestApp;
  let admin: Session;
  let pools: { ids: string[] };

  describe(`hostile input: generated bodies for the mutating routes (part ${shard + 1} of ${shards})`, () => {
    before(async () => {
      t = await buildTestApp({ onRoute: (r) => declared.push(r) });
      const db = t.database.db;
      const { province, communeA, communeB } = await createProvinceWithCommunes(db);
      const user = await createUser(db, { roles: [{ role: 'admin', unit: province }] });
      const other = await createUser(db, { roles: [{ role: 'officer', unit: communeA }] });
      const person = await createPerson(db, { unit: communeA, fullName: 'Nguyễn Văn An' });
      admin = await signIn(t.app, user.username, user.password);
      pools = { ids: [province.id, communeA.id, communeB.id, person.id, other.id] };
    });
    after(() => t.close());

    it(`${RUNS} bodies per route → never 5xx, 4xx in Vietnamese, refused = unchanged`, async (ctx) => {
      const all = mutatingRoutes(declared);
      assert.ok(
        all.filter((r) => r.body).length > 50 && all.some((r) => !r.body),
        `the route table gave only ${all.length} mutating routes`,
      );
      const routes = all.filter((r) => r.index % shards === shard && (!ONLY || r.url.includes(ONLY)));
      assert.ok(routes.length > 0 || ONLY, 'this shard got no route');
      const problems: string[] = [];
      let total = 0;
      let accepted = 0;
      let checkedBatches = 0;
      let checkedRequests = 0;
      const timing = { requests: 0, checksums: 0, generation: 0 };
      const perRoute: { route: string; ms: number }[] = [];
      const cpuStart = process.cpuUsage();
      const tables = (await listTables(t.database.db)).filter((n) => !NOT_COMPARED.includes(n));
      const checksum = async (): Promise<DatabaseChecksums> => {
        const started = performance.now();
        const sums = await tableChecksums(t.database.db, { tables });
        timing.checksums += performance.now() - started;
        return sums;
      };
      let current = await checksum();
      for (const route of routes) {
        const routeStarted = performance.now();
        const paramNames = [...route.url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
        let started = performance.now();
        const arb = fc.tuple(
          route.body ? bodyArbitrary(route.body, pools) : noBodyArbitrary(pools),
          fc.tuple(...paramNames.map((n) => paramArbitrary(n, pools)), fc.constant('')),
        );
        const samples = fc.sample(arb, { numRuns: RUNS, seed: SEED + route.index });
        // Bodies the route's own schema refuses must be refused before any handler runs; the others may write.
        const judged = samples.map(([body, params]) => ({
          body,
          params,
          refusable: !passesContract(route.body, body),
        }));
        timing.generation += performance.now() - started;
        const signedIn = !route.url.startsWith('/api/auth/login') && !route.url.startsWith('/api/public/');
        const session: Record<string, string> = signedIn
          ? { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }
          : {};
        for (const [mustRefuse, size] of [
          [true, BATCH_REFUSABLE],
          [false, BATCH_PASSABLE],
        ] as const) {
          const group = judged.filter((s) => s.refusable === mustRefuse);
          for (let start = 0; start < group.length; start += size) {
            let anyAccepted = false;
            const refusedInBatch: string[] = [];
            const batch = group.slice(start, start + size);
            started = performance.now();
            for (const { body, params } of batch) {
              let url = route.url;
              paramNames.forEach((n, i) => (url = url.replace(`:${n}`, encodeURIComponent(params[i]!))));
              const res =
                body.payload === undefined
                  ? await t.app.inject({ method: route.method as 'POST', url, headers: session })
                  : await t.app.inject({
                      method: route.method as 'POST',
                      url,
                      payload: body.kind === 'raw' ? String(body.payload) : JSON.stringify(body.payload),
                      headers: { ...session, 'content-type': 'application/json' },
                    });
              total++;
              const problem = judge(res.statusCode, res.body);
              const shown = () => describeFailure(route, url, body, res.statusCode, res.body);
              if (problem) problems.push(`${problem}: ${shown()}`);
              if (res.statusCode < 400) {
                anyAccepted = true;
                accepted++;
                if (mustRefuse) problems.push(`accepted a body its schema refuses: ${shown()}`);
              } else if (refusedInBatch.length < 3) refusedInBatch.push(shown());
            }
            timing.requests += performance.now() - started;
            const after = await checksum();
            if (!anyAccepted) {
              checkedBatches++;
              checkedRequests += batch.length;
              const changed = changedTables(current, after);
              if (changed.length > 0) {
                problems.push(
                  `refused requests changed ${changed.join(', ')}; ${route.method} ${route.url}: ${refusedInBatch.join(' | ')}`,
                );
              }
            }
            current = after;
          }
        }
        perRoute.push({ route: `${route.method} ${route.url}`, ms: performance.now() - routeStarted });
        if (problems.length > MAX_PROBLEMS) break;
      }
      const cpu = process.cpuUsage(cpuStart);
      const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      const slowest = perRoute
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5)
        .map((r) => `${r.route} ${s(r.ms)}`);
      ctx.diagnostic(
        `${routes.length} of ${all.length} routes, ${total} requests, ${accepted} accepted (2xx), ` +
          `${total - accepted} refused; ${checkedBatches} all-refused batches (${checkedRequests} requests) ` +
          `compared over ${tables.length} tables`,
      );
      ctx.diagnostic(
        `time: requests ${s(timing.requests)}, checksums ${s(timing.checksums)}, generation ${s(timing.generation)}; ` +
          `CPU of this process ${s((cpu.user + cpu.system) / 1000)}; slowest routes: ${slowest.join(', ')}`,
      );
      assert.deepEqual(problems.slice(0, MAX_PROBLEMS), [], `${problems.length} problems`);
    });

    it('every text the requests stored is NFC (they sent NFD Vietnamese in every string field)', async () => {
      assert.deepEqual(await nonNfcColumns(t), []);
    });
  });
}
