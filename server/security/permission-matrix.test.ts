// The permission matrix (issue #8 point 1): every registered route × nobody / every role in scope / every role
// out of scope → the status server/security/route-policies.ts declares. A route missing from that table fails.
// MATRIX_REPORT=1 prints what every cell answered (to write a new route's entry from what the code does, after
// reading its policy).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { RouteOptions } from 'fastify';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import { ROLES, type Role } from '../../contracts/enums';
import type { z } from '../../contracts/zod';
import { buildMatrixWorld, type Fixture, type MatrixSession, type MatrixWorld } from './matrix-fixtures';
import { type Expected, policyKey, ROUTE_POLICIES, type RoutePolicy } from './route-policies';
import { sampleOf } from './zod-sample';

interface RouteEntry {
  method: string;
  url: string;
  schema: RouteOptions['schema'];
}

const routes = new Map<string, RouteEntry>();
let world: MatrixWorld;

before(async () => {
  world = await buildMatrixWorld((method, url, schema) => {
    if (!url.startsWith('/api/')) return;
    routes.set(policyKey(method, url), { method, url, schema });
  });
});
after(() => world?.close());

test('the route table is collected from the real app', () => {
  assert.ok(routes.size > 200, `only ${routes.size} routes collected`);
  assert.ok(routes.has('POST /api/dossiers'));
});

test('every registered route has an entry in server/security/route-policies.ts', () => {
  const missing = [...routes.keys()].filter((k) => !ROUTE_POLICIES[k]);
  assert.deepEqual(missing, [], `routes without a policy (add them to server/security/route-policies.ts)`);
  const stale = Object.keys(ROUTE_POLICIES).filter((k) => !routes.has(k));
  assert.deepEqual(stale, [], 'policy entries for routes that no longer exist');
});

/** The status a cell must answer. */
export function expectedStatus(
  p: RoutePolicy,
  role: Role | null,
  inside: boolean,
  missing = false,
): Expected | 'refused' {
  if (role === null) return p.anonymous ?? (p.access === 'public' ? (missing ? 404 : 'allowed') : 401);
  if (missing || p.uncovered) {
    // A made-up object: "not found" for those who may call the route; the others may be refused first.
    const may = p.access === 'public' || p.access === 'signed-in' || p.access.includes(role);
    return may ? 404 : 'refused';
  }
  const special = p.byRole?.[role]?.[inside ? 'inside' : 'outside'];
  if (special !== undefined) return special;
  const allowedRole = p.access === 'signed-in' || p.access.includes(role);
  const insideAnswer: Expected = allowedRole ? 'allowed' : (p.denied ?? 403);
  if (inside) return insideAnswer;
  if (p.outside !== undefined) return p.outside === 'allowed' ? insideAnswer : p.outside;
  return p.scope === 'none' ? insideAnswer : 404;
}

function matches(expected: Expected | 'refused', status: number): boolean {
  if (expected === 'refused') return status === 403 || status === 404;
  if (expected === 'allowed') return status < 500 && ![401, 403, 404].includes(status);
  return status === expected;
}

function fixtureOf(p: RoutePolicy): Fixture {
  return world.fixtures[p.scope];
}

/** `<kind>Id` and `<kind>UnitId` of every fixture. */
function allIds(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [kind, f] of Object.entries(world.fixtures)) {
    out[`${kind}Id`] = f.id;
    out[`${kind}UnitId`] = f.unit.id;
  }
  return out;
}

function buildRequest(entry: RouteEntry, p: RoutePolicy) {
  const fx = fixtureOf(p);
  let missing = !fx.real && /:id\b/.test(entry.url);
  const ids: Record<string, string> = {
    unitId: fx.unit.id,
    personId: world.fixtures.person.id,
    dossierId: world.fixtures.dossier.id,
    ...fx.ids,
  };
  const url = entry.url
    .replace(/:(\w+)/g, (_, name: string) => {
      if (name === 'id') return fx.id;
      const key = p.params?.[name] ?? name;
      if (ids[key]) return ids[key];
      // A literal value (a form code), or an id the demo lacks: a made-up one, answered 404.
      if (p.params?.[name] && !/Id$/.test(key)) return key;
      missing = true;
      return randomUUID();
    })
    .replace('*', 'swagger-ui.css');
  const schema = (entry.schema ?? {}) as { querystring?: z.ZodType; body?: z.ZodType };
  const query = {
    ...((schema.querystring ? sampleOf(schema.querystring, { ids }) : {}) as object),
    ...p.query,
  };
  const qs = new URLSearchParams(
    Object.entries(query)
      .filter(([, v]) => v !== undefined && v !== null && typeof v !== 'object')
      .map(([k, v]) => [k, String(v)]),
  ).toString();
  const generated = p.body !== undefined ? p.body : schema.body ? sampleOf(schema.body, { ids }) : undefined;
  const body = p.bodyOf ? { ...(generated as object), ...p.bodyOf({ ...allIds(), ...ids }) } : generated;
  return { url: qs ? `${url}?${qs}` : url, body, missing };
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let XLSX: Buffer | null = null;

/** A multipart form: a `kind` field and one file. */
function uploadForm(upload: NonNullable<RoutePolicy['upload']>) {
  const boundary = '----vdmatrix';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nkhac\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${upload.name}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const bytes = upload.bytes === 'pdf' ? PDF : upload.bytes === 'png' ? PNG : XLSX!;
  return {
    payload: Buffer.concat([head, bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

async function callAs(entry: RouteEntry, p: RoutePolicy, session: MatrixSession | null): Promise<number> {
  const { url, body } = buildRequest(entry, p);
  const headers: Record<string, string> = {};
  if (p.upload) {
    const form = uploadForm(p.upload);
    headers['content-type'] = form.contentType;
    if (session) {
      headers.cookie = session.cookie;
      headers['x-csrf-token'] = session.csrfToken;
    }
    const res = await world.app.inject({
      method: entry.method as 'POST',
      url,
      headers,
      payload: form.payload,
    });
    return res.statusCode;
  }
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrfToken;
  }
  const res = await world.app.inject({
    method: entry.method as 'GET',
    url,
    headers,
    ...(body !== undefined ? { payload: body as object } : {}),
  });
  return res.statusCode;
}

test('every route × nobody / every role in scope / out of scope answers as its policy says', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Danh sách').addRow(['Họ và tên']);
  XLSX = Buffer.from(await workbook.xlsx.writeBuffer());
  const failures: string[] = [];
  const uncovered: string[] = [];
  const report: string[] = [];
  let cells = 0;
  for (const [key, entry] of routes) {
    const p = ROUTE_POLICIES[key] ?? (process.env.MATRIX_REPORT ? guessPolicy(entry.url) : undefined);
    if (!p) continue;
    if (process.env.MATRIX_ONLY && !new RegExp(process.env.MATRIX_ONLY).test(key)) continue;
    const fx = fixtureOf(p);
    const { missing } = buildRequest(entry, p);
    if (missing || p.uncovered) uncovered.push(`${key}: ${p.uncovered ?? 'no demo object for its ids'}`);
    const seen: string[] = [];
    const check = async (label: string, role: Role | null, inside: boolean) => {
      const unit = inside ? fx.unit : world.outside;
      const session = role ? await world.sessionFor(role, unit, p.freshSession) : null;
      const status = await callAs(entry, p, session);
      const expected = expectedStatus(p, role, inside, missing);
      cells++;
      seen.push(`${label}=${status}`);
      if (!matches(expected, status))
        failures.push(`${key} as ${label}: expected ${expected}, got ${status}`);
    };
    await check('nobody', null, true);
    if (p.access === 'public') continue;
    for (const role of ROLES) await check(`${role}`, role, true);
    for (const role of ROLES) await check(`${role}/outside`, role, false);
    report.push(
      `${key} [${p.scope}${fx.real ? '' : ' (no demo object)'}] ${seen.join(' ')}${bodyIssues(entry, p)}`,
    );
  }
  if (process.env.MATRIX_REPORT) console.log(report.join('\n'));
  // Routes whose objects the demo lacks are only checked for 401 and "not found"; keep them few and known.
  console.log(
    `matrix: ${cells} cells over ${routes.size} routes; ${uncovered.length} routes only partly covered:`,
  );
  console.log(uncovered.map((u) => `  ${u}`).join('\n'));
  if (!process.env.MATRIX_ONLY) assert.ok(cells > 1000, `only ${cells} cells`);
  assert.deepEqual(failures, []);
});

/** MATRIX_REPORT only: why the generated body or query does not pass the route's schema. */
function bodyIssues(entry: RouteEntry, p: RoutePolicy): string {
  const schema = (entry.schema ?? {}) as { body?: z.ZodType; querystring?: z.ZodType };
  const { body } = buildRequest(entry, p);
  const out: string[] = [];
  if (schema.body) {
    const r = schema.body.safeParse(body);
    if (!r.success)
      out.push(
        `BODY ${JSON.stringify(body)} ${JSON.stringify(r.error.issues.map((i) => [i.path.join('.'), i.message]))}`,
      );
  }
  return out.length ? `\n    ${out.join(' ')}` : '';
}

const KIND_BY_PREFIX: [string, RoutePolicy['scope']][] = [
  ['/api/people/:id', 'person'],
  ['/api/units/:id', 'unit'],
  ['/api/users/:id', 'user'],
  ['/api/dossiers/:id', 'dossier'],
  ['/api/councils/:id', 'council'],
  ['/api/council-meetings/:id', 'meeting'],
  ['/api/decision-registers/:id', 'register'],
  ['/api/decisions/:id', 'decision'],
  ['/api/certificates/layouts/:id', 'layout'],
  ['/api/documents/:id', 'document'],
  ['/api/movements/:id', 'movement'],
  ['/api/models/:id', 'model'],
  ['/api/inspection-plans/:id', 'inspectionPlan'],
  ['/api/inspection-targets/:id', 'inspectionTarget'],
  ['/api/inspection-recommendations/:id', 'inspectionRecommendation'],
  ['/api/registrations/:id', 'registration'],
  ['/api/emulation-groups/:id', 'group'],
  ['/api/disclosures/:id', 'disclosure'],
  ['/api/disclosure-comments/:id', 'comment'],
  ['/api/overlays/:id', 'overlay'],
];

/** MATRIX_REPORT only: a guess for a route without an entry, to print what its cells answer. */
function guessPolicy(url: string): RoutePolicy {
  const kind = KIND_BY_PREFIX.find(([prefix]) => url.startsWith(prefix))?.[1] ?? 'none';
  return { access: 'signed-in', scope: kind };
}

test('every .xlsx export: no hidden sheets, columns or rows, and no CCCD number for roles other than admin', async () => {
  const exports = [...routes.entries()].filter(([k]) => k.startsWith('GET ') && k.endsWith('.xlsx'));
  assert.ok(exports.length >= 5, `only ${exports.length} exports`);
  const checked: string[] = [];
  for (const [key, entry] of exports) {
    const p = ROUTE_POLICIES[key];
    if (!p || p.uncovered) continue;
    for (const role of ['viewer', 'officer', 'admin'] as const) {
      const session = await world.sessionFor(role, fixtureOf(p).unit);
      const { url } = buildRequest(entry, p);
      const res = await world.app.inject({ method: 'GET', url, headers: { cookie: session.cookie } });
      if (res.statusCode !== 200) continue;
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      for (const sheet of workbook.worksheets) {
        assert.equal(sheet.state, 'visible', `${key}: sheet ${sheet.name} is ${sheet.state}`);
        for (let c = 1; c <= sheet.columnCount; c++) {
          assert.ok(!sheet.getColumn(c).hidden, `${key}: column ${c} of ${sheet.name} is hidden`);
        }
        sheet.eachRow({ includeEmpty: false }, (row, n) => {
          assert.ok(!row.hidden, `${key}: row ${n} of ${sheet.name} is hidden`);
          // Import templates hold no personal data; their guide shows a made-up example number.
          if (role === 'admin' || key.includes('template')) return;
          row.eachCell((cell) => {
            const text = typeof cell.value === 'object' ? JSON.stringify(cell.value) : String(cell.value);
            assert.ok(
              !/(?<!\d)\d{12}(?!\d)/.test(text),
              `${key} as ${role}: a CCCD in ${sheet.name}!${cell.address}`,
            );
          });
        });
      }
      checked.push(`${key} as ${role}`);
    }
  }
  console.log(`exports checked: ${checked.length}\n  ${checked.join('\n  ')}`);
  assert.ok(checked.length >= 5);
});
