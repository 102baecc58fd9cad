// Dates of birth (Nghị định 13/2023, docs/security.md "Personal data"): admins, officers and specialists of the
// person's units see the full date; leaders, council members and viewers only the year — in the people list and
// search, the person record, every .xlsx export, and never in the log.
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import ExcelJS from 'exceljs';
import type { RouteOptions } from 'fastify';
import { ROLES, type Role } from '../../../contracts/enums';
import { DASHBOARD_CHARTS } from '../../../contracts/dashboard';
import { FORM_CODES } from '../../../domain/statistics';
import { buildApp } from '../../app';
import type { App } from '../../app-types';
import { readConfig } from '../../config';
import { type DatabaseHandle, sql } from '../../db/client';
import { loggerOptions } from '../../security/logging';
import type { Session } from '../../test/app';
import { createProvinceWithCommunes, type UnitRow } from '../../test/factories';
import { openTestDatabase } from '../../test/database';
import { get, personBody, post, signInAs } from './people.fixtures';
import { BIRTH_DATE_ROLES } from './people.policy';

const DOB = '1979-11-23';
/** Every way a full date could be written: ISO, Vietnamese d/m/y (with or without zero padding), an Excel date. */
const FULL_DATE = [/1979-11-23/, /23\/11\/1979/, /23-11-1979/, /23\.11\.1979/];
const NAME = 'Phạm Thị Ngày Sinh';
const MASKED_ROLES = ROLES.filter((r) => !BIRTH_DATE_ROLES.includes(r));

const lines: string[] = [];
const routes: string[] = [];
let app: App;
let database: DatabaseHandle;
let communeA: UnitRow;
let personId: string;
const sessions = new Map<Role, Session>();

before(async () => {
  database = await openTestDatabase();
  const config = { ...readConfig({}), demo: false, webDir: '/nonexistent' };
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({
    database,
    config,
    logger: { ...loggerOptions('debug'), stream } as never,
    onRoute: (r: RouteOptions) => {
      for (const m of [r.method].flat()) routes.push(`${m} ${r.url}`);
    },
  });
  await app.ready();
  const tree = await createProvinceWithCommunes(database.db);
  communeA = tree.communeA;
  for (const role of ROLES) sessions.set(role, await signInAs(app, database.db, role, communeA));
  const created = await post(
    app,
    sessions.get('officer')!,
    '/api/people',
    personBody(communeA.id, { fullName: NAME, gender: 'female', birthDate: DOB }),
  );
  assert.equal(created.statusCode, 201, created.body);
  personId = created.json().id;
  // Awards, so that the awardee lists and the statistics forms of both circulars have the person in them.
  for (const year of [2022, 2023]) {
    const award = await post(app, sessions.get('officer')!, `/api/people/${personId}/awards`, {
      awardKind: 'LDTT',
      year,
      decisionNumber: `${year - 1940}/QĐ-UBND`,
      decisionDate: `${year}-12-20`,
      authority: 'Chủ tịch UBND xã',
    });
    assert.equal(award.statusCode, 201, award.body);
  }
});
after(async () => {
  await app.close();
  await database.close();
});

const holdsFullDate = (text: string) => FULL_DATE.some((re) => re.test(text));

test('the rule: admins, officers and specialists see the full date; leaders, council members and viewers do not', () => {
  assert.deepEqual([...BIRTH_DATE_ROLES].sort(), ['admin', 'officer', 'specialist']);
  assert.deepEqual([...MASKED_ROLES].sort(), ['council_member', 'leader', 'viewer']);
});

test('people list, search and person record: the full date only for the roles that handle records', async () => {
  for (const role of ROLES) {
    const s = sessions.get(role)!;
    const full = BIRTH_DATE_ROLES.includes(role);
    for (const url of [
      `/api/people?unitId=${communeA.id}`,
      `/api/people?q=${encodeURIComponent('pham thi ngay sinh')}`,
      `/api/people?sort=birthDate&unitId=${communeA.id}`,
    ]) {
      const res = await get(app, s, url);
      assert.equal(res.statusCode, 200, `${role} ${url}: ${res.body}`);
      const item = res.json().items.find((i: { id: string }) => i.id === personId);
      assert.ok(item, `${role} ${url}: the person is listed`);
      assert.equal(item.birthYear, 1979, `${role}: the year is shown to everyone in scope`);
      assert.equal(item.birthDate, full ? DOB : null, `${role} ${url}`);
      assert.equal(item.birthDateMasked, !full, `${role} ${url}`);
      assert.equal(holdsFullDate(res.body), full, `${role} ${url}: full date in the answer`);
    }
    const one = await get(app, s, `/api/people/${personId}`);
    assert.equal(one.statusCode, 200, one.body);
    const view = one.json();
    assert.equal(view.birthDate, full ? DOB : null, `${role}: person record`);
    assert.equal(view.birthYear, 1979);
    assert.equal(view.birthDateMasked, !full);
    assert.equal(view.can.viewFullBirthDate, full);
    assert.equal(holdsFullDate(one.body), full, `${role}: full date in the person record`);
  }
});

/**
 * The .xlsx exports that may hold people, with the URL to fetch for communeA. Every GET …xlsx route of the app is
 * either here or in NO_PEOPLE with the reason it cannot hold a person's date of birth, so a new export fails this
 * test until it is classified.
 */
function exportUrls(): Record<string, string[]> {
  const u = communeA.id;
  return {
    'GET /api/dashboard/awards.xlsx': [`/api/dashboard/awards.xlsx?unitId=${u}`],
    'GET /api/dashboard/overdue-dossiers.xlsx': [`/api/dashboard/overdue-dossiers.xlsx?unitId=${u}`],
    'GET /api/dashboard/chart.xlsx': DASHBOARD_CHARTS.map(
      (c) => `/api/dashboard/chart.xlsx?chart=${c}&unitId=${u}`,
    ),
    'GET /api/statistics/forms/:code.xlsx': FORM_CODES.map(
      // The 07xx forms belong to Thông tư 03/2018 (years 2018–2022), the 06xx forms to Thông tư 02/2023.
      (c) => `/api/statistics/forms/${c}.xlsx?unitId=${u}&year=${c.startsWith('07') ? 2022 : 2023}`,
    ),
  };
}
const NO_PEOPLE: Record<string, string> = {
  'GET /api/people/import-template.xlsx': 'an empty import template (its guide holds made-up examples)',
  'GET /api/dossiers/:id/nominees/template.xlsx': 'an empty import template',
  'GET /api/emulation-groups/:id/results.xlsx': 'scores of units in an emulation cluster',
  'GET /api/report-requests/:id/summary.xlsx': 'which units reported, by unit',
};

/** Every cell of every sheet as text (dates written as ISO), with hidden sheets, columns and rows refused. */
async function workbookText(label: string, payload: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  const out: string[] = [];
  for (const sheet of workbook.worksheets) {
    assert.equal(sheet.state, 'visible', `${label}: sheet ${sheet.name} is ${sheet.state}`);
    for (let c = 1; c <= sheet.columnCount; c++) {
      assert.ok(!sheet.getColumn(c).hidden, `${label}: column ${c} of ${sheet.name} is hidden`);
    }
    sheet.eachRow({ includeEmpty: false }, (row, n) => {
      assert.ok(!row.hidden, `${label}: row ${n} of ${sheet.name} is hidden`);
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value;
        out.push(
          v instanceof Date
            ? v.toISOString().slice(0, 10)
            : typeof v === 'object'
              ? JSON.stringify(v)
              : String(v),
        );
      });
    });
  }
  return out.join('\n');
}

test('every .xlsx export: visible sheets and columns only, and no full date of birth for leaders, council members, viewers', async () => {
  const exports = routes.filter((r) => r.startsWith('GET ') && r.endsWith('.xlsx'));
  const urls = exportUrls();
  for (const key of exports) {
    assert.ok(key in urls || key in NO_PEOPLE, `${key}: a new export — add it to this test`);
  }
  let checked = 0;
  let named = 0;
  for (const role of ROLES) {
    for (const url of Object.values(urls).flat()) {
      const res = await get(app, sessions.get(role)!, url);
      assert.equal(res.statusCode, 200, `${role} ${url}: ${res.body.slice(0, 300)}`);
      const text = await workbookText(`${url} as ${role}`, res.rawPayload);
      if (text.includes(NAME)) named++;
      if (!BIRTH_DATE_ROLES.includes(role)) {
        assert.ok(!holdsFullDate(text), `${url} as ${role}: the full date of birth is in the export`);
      }
      checked++;
    }
  }
  assert.ok(checked >= ROLES.length * 10, `only ${checked} exports checked`);
  // The awardee list holds the person (so the check above looked at a row about them).
  assert.ok(named >= ROLES.length, `the person appears in ${named} exports`);
});

test('the log holds no date of birth: not from a body, nor from the parameters of a failed query', async () => {
  const s = sessions.get('officer')!;
  await post(app, s, '/api/people', personBody(communeA.id, { fullName: 'Lê Văn Nhật Ký', birthDate: DOB }));
  await post(app, s, '/api/people', personBody('not-a-uuid', { birthDate: DOB }));
  // A real failed statement carrying the date as a parameter, logged as the error handler logs a 500.
  let failure: unknown;
  try {
    await database.db.execute(sql`select ${DOB}::date as born, ${NAME}::text as name from no_such_table`);
  } catch (e) {
    failure = e;
  }
  assert.ok(failure instanceof Error, 'the statement fails');
  assert.match(String((failure as Error).message), /1979-11-23/, 'the raw error carries the date');
  app.log.error({ err: failure }, 'unhandled error');
  const log = lines.join('');
  assert.ok(log.includes('/api/people'), 'requests are logged');
  assert.ok(log.includes('Failed query'), 'the failed query is logged');
  const leaks = log.split('\n').filter(holdsFullDate);
  assert.deepEqual(leaks, [], 'log lines holding the date of birth');
  assert.ok(!log.includes(NAME), 'nor the name that was a parameter');
});

test('sorting by date of birth tells a masked role nothing beyond the year (same year: name order)', async () => {
  const others = [
    { fullName: 'Vũ Văn Tháng Giêng', birthDate: '1979-01-02' },
    { fullName: 'An Thị Tháng Chạp', birthDate: '1979-12-30' },
  ];
  for (const o of others) {
    const res = await post(app, sessions.get('officer')!, '/api/people', personBody(communeA.id, o));
    assert.equal(res.statusCode, 201, res.body);
  }
  const names = [NAME, ...others.map((o) => o.fullName)];
  const order = async (role: Role, sort: string) => {
    const res = await get(
      app,
      sessions.get(role)!,
      `/api/people?sort=${sort}&unitId=${communeA.id}&pageSize=100`,
    );
    assert.equal(res.statusCode, 200, res.body);
    return (res.json().items as { fullName: string }[])
      .map((i) => i.fullName)
      .filter((n) => names.includes(n));
  };
  const byDate = ['Vũ Văn Tháng Giêng', NAME, 'An Thị Tháng Chạp'];
  for (const role of ROLES) {
    const byName = await order(role, 'name');
    if (BIRTH_DATE_ROLES.includes(role)) {
      assert.deepEqual(await order(role, 'birthDate'), byDate, role);
      assert.deepEqual(await order(role, '-birthDate'), [...byDate].reverse(), role);
    } else {
      assert.deepEqual(await order(role, 'birthDate'), byName, role);
      assert.deepEqual(await order(role, '-birthDate'), byName, role);
    }
  }
});
