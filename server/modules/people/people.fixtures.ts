// Test helpers of the people module: a province with two communes and users at each, API calls, counts,
// spreadsheet and multipart builders.
import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { PEOPLE_IMPORT_COLUMNS, type PeopleImportField } from '../../../contracts/people';
import type { App } from '../../app-types';
import type { Db } from '../../db/client';
import { auditLog, employments, people } from '../../db/schema/index';
import { call, type Session, signIn } from '../../test/app';
import { createProvinceWithCommunes, createUser, type UnitRow } from '../../test/factories';

/** Signs in a fresh user holding one role at the unit. */
export async function signInAs(app: App, db: Db, role: Role, unit: UnitRow): Promise<Session> {
  const user = await createUser(db, { roles: [{ role, unit }] });
  return signIn(app, user.username, user.password);
}

/** A province with communes A and B, and signed-in users: province admin, officers and viewer. */
export async function peopleWorld(app: App, db: Db) {
  const tree = await createProvinceWithCommunes(db);
  return {
    ...tree,
    admin: await signInAs(app, db, 'admin', tree.province),
    officerA: await signInAs(app, db, 'officer', tree.communeA),
    officerB: await signInAs(app, db, 'officer', tree.communeB),
    viewerA: await signInAs(app, db, 'viewer', tree.communeA),
  };
}

export const get = (app: App, s: Session | null, url: string) => call(app, s, { method: 'GET', url });
export const post = (app: App, s: Session | null, url: string, payload: unknown) =>
  call(app, s, { method: 'POST', url, payload });
export const patch = (app: App, s: Session | null, url: string, payload: unknown) =>
  call(app, s, { method: 'PATCH', url, payload });

/** A valid create body for a person working at the unit. */
export function personBody(unitId: string, overrides: Record<string, unknown> = {}) {
  return {
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    birthDate: '1985-03-15',
    employment: { unitId, cadreClass: 'cong_chuc', position: 'Chuyên viên', fromDate: '2015-01-01' },
    ...overrides,
  };
}

/** Number of people, employments and audit entries: proof that a refused request wrote nothing. */
export async function counts(db: Db): Promise<{ people: number; employments: number; audit: number }> {
  const n = async (table: typeof people | typeof employments | typeof auditLog) => {
    const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(table);
    return Number(row!.n);
  };
  return { people: await n(people), employments: await n(employments), audit: await n(auditLog) };
}

/** Audit entries about one person, oldest first. */
export function auditOf(db: Db, personId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, personId)).orderBy(auditLog.seq);
}

type SheetCell = string | number | Date | boolean | null;

/** Builds an .xlsx like the template: "Danh sách" with the template headings and the given rows. */
export async function buildPeopleXlsx(
  rows: Partial<Record<PeopleImportField, SheetCell>>[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow(PEOPLE_IMPORT_COLUMNS.map((c) => c.header));
  rows.forEach((r, i) =>
    sheet.addRow(PEOPLE_IMPORT_COLUMNS.map((c) => (c.key === 'stt' ? i + 1 : (r[c.key] ?? null)))),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A multipart/form-data body with one file part. */
export function multipart(
  field: string,
  filename: string,
  content: Buffer,
  type = 'application/octet-stream',
) {
  const boundary = `----vinhdanh${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${filename}"\r\n` +
      `Content-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads a file to the import endpoint as the session's user. */
export function upload(app: App, s: Session, filename: string, content: Buffer, field = 'file') {
  const body = multipart(field, filename, content);
  return call(app, s, {
    method: 'POST',
    url: '/api/people/import',
    payload: body.payload,
    headers: body.headers,
  });
}
