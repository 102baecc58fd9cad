// Excel import of people: read the "Danh sách" sheet, turn Vietnamese words and dates into values, validate
// every row (people.bulk.ts), and write all rows in one transaction — or none, with every bad row reported.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { isRealDate } from '../../../contracts/common';
import { CADRE_CLASS_LABELS, CADRE_CLASSES, type CadreClass } from '../../../contracts/enums';
import {
  findEthnicity,
  type ImportRowError,
  MAX_IMPORT_ROWS,
  PEOPLE_IMPORT_COLUMNS,
  type PeopleImportField,
  wordKey,
} from '../../../contracts/people';
import { foldVietnamese } from '../../../domain/text';
import type { Db } from '../../db/client';
import { units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { AppError, authorize } from '../../lib/errors';
import { refuseBatch, validatePeopleBatch, writePeopleBatch } from './people.bulk';
import { canCreatePeople, unitManagedSql } from './people.policy';
import { loadUnitsWhere, type UnitFacts } from './people.queries';

/** A cell as read from the sheet: text, number, boolean, date or nothing. */
export type CellInput = string | number | boolean | Date | null;

/** One data row of the sheet: its Excel row number and its cells by field. */
export interface SheetRow {
  row: number;
  cells: Partial<Record<PeopleImportField, CellInput>>;
}

const HEADER_OF = new Map(PEOPLE_IMPORT_COLUMNS.map((c) => [c.key as string, c.header as string]));
const fileError = (message: string) => new AppError('VALIDATION', message, { file: message });

/** Reads the people sheet of an .xlsx file into rows (no validation beyond the layout). */
export async function readPeopleWorkbook(buffer: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fileError('Không đọc được tệp. Hãy dùng tệp Excel .xlsx (tải mẫu nhập của hệ thống)');
  }
  const sheet = workbook.getWorksheet('Danh sách') ?? workbook.worksheets[0];
  if (!sheet) throw fileError('Tệp không có sheet nào');
  const { headerRow, columns } = findHeader(sheet);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number <= headerRow) return;
    const cells: SheetRow['cells'] = {};
    let filled = false;
    for (const [col, field] of columns) {
      const value = plainValue(row.getCell(col).value);
      if (value === null || value === '') continue;
      cells[field] = value;
      if (field !== 'stt') filled = true;
    }
    if (filled) rows.push({ row: number, cells });
  });
  if (rows.length === 0) throw fileError('Tệp không có dòng dữ liệu nào');
  if (rows.length > MAX_IMPORT_ROWS) {
    throw fileError(`Tệp có ${rows.length} dòng, vượt quá ${MAX_IMPORT_ROWS} dòng cho một lần nhập`);
  }
  return rows;
}

const headerKey = (value: string) =>
  foldVietnamese(value)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

function findHeader(sheet: ExcelJS.Worksheet): {
  headerRow: number;
  columns: Map<number, PeopleImportField>;
} {
  for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
    const columns = new Map<number, PeopleImportField>();
    sheet.getRow(r).eachCell((cell, col) => {
      const text = headerKey(String(plainValue(cell.value) ?? ''));
      const match = PEOPLE_IMPORT_COLUMNS.find((c) =>
        c.aliases.some((a) => text === a || text.startsWith(a + ' ')),
      );
      if (match && ![...columns.values()].includes(match.key)) columns.set(col, match.key);
    });
    if ([...columns.values()].includes('fullName')) {
      const missing = PEOPLE_IMPORT_COLUMNS.filter(
        (c) => c.required && ![...columns.values()].includes(c.key),
      );
      if (missing.length > 0) {
        throw fileError(`Tệp thiếu cột: ${missing.map((c) => `"${c.header}"`).join(', ')}`);
      }
      return { headerRow: r, columns };
    }
  }
  throw fileError('Không tìm thấy dòng tiêu đề có cột "Họ và tên" trong 10 dòng đầu của sheet "Danh sách"');
}

function plainValue(value: ExcelJS.CellValue): CellInput {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return plainValue(value.richText.map((t) => t.text).join(''));
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value)
    return plainValue((value.result ?? null) as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return null;
}

const CADRE_BY_WORD = new Map<string, CadreClass>([
  ...CADRE_CLASSES.map((c) => [wordKey(CADRE_CLASS_LABELS[c]), c] as const),
  ...CADRE_CLASSES.map((c) => [wordKey(c), c] as const),
]);
const YES = new Set(['co', 'x', '1', 'true', 'yes', 'c']);
const NO = new Set(['khong', '0', 'false', 'no', 'k']);

/** A date cell: an Excel date or serial number, or text dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, yyyy-mm-dd). */
export function parseDateCell(value: CellInput): string | { error: string } {
  let iso: string | null = null;
  if (value instanceof Date) iso = value.toISOString().slice(0, 10);
  else if (typeof value === 'number' && value > 0 && value < 100_000) {
    iso = new Date(Math.round((value - 25569) * 86_400_000)).toISOString().slice(0, 10);
  } else if (typeof value === 'string') {
    const vn = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
    if (vn) iso = `${vn[3]}-${vn[2]!.padStart(2, '0')}-${vn[1]!.padStart(2, '0')}`;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(value)) iso = value;
  }
  if (!iso) return { error: `"${String(value)}" không phải ngày dạng dd/mm/yyyy (ví dụ 15/03/1985)` };
  if (!isRealDate(iso)) return { error: `Ngày "${String(value)}" không tồn tại` };
  if (iso < '1900-01-01' || iso > '2100-12-31') return { error: 'Ngày phải trong khoảng 1900–2100' };
  return iso;
}

/** Digits of a number cell, restoring the leading zeros Excel drops (CCCD: 12 digits, phone: 10). */
function digitsText(value: CellInput, length: number): string | null {
  if (value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
    const text = String(value);
    return text.length < length && text.length >= length - 3 ? text.padStart(length, '0') : text;
  }
  return String(value);
}

interface UnitIndex {
  byCode: Map<string, UnitFacts>;
  byName: Map<string, UnitFacts[]>;
}

const unitNameKey = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

function indexUnits(list: readonly UnitFacts[]): UnitIndex {
  const byCode = new Map<string, UnitFacts>();
  const byName = new Map<string, UnitFacts[]>();
  for (const u of list) {
    if (u.code) byCode.set(u.code.toLowerCase(), u);
    const key = unitNameKey(u.name);
    byName.set(key, [...(byName.get(key) ?? []), u]);
  }
  return { byCode, byName };
}

function resolveUnit(index: UnitIndex, text: string): string | { error: string } {
  const byCode = index.byCode.get(text.toLowerCase());
  if (byCode) return byCode.id;
  const named = index.byName.get(unitNameKey(text)) ?? [];
  const open = named.filter((u) => u.validTo === null);
  if (named.length === 1) return named[0]!.id;
  if (open.length === 1) return open[0]!.id;
  if (named.length > 1) return { error: `Có ${named.length} đơn vị tên "${text}", hãy ghi mã đơn vị` };
  return { error: `Không tìm thấy đơn vị "${text}" trong phạm vi quản lý của bạn` };
}

/** Turns one sheet row into the bulk input shape, collecting the cells that cannot be read. */
function translateRow(
  sheetRow: SheetRow,
  unitIndex: UnitIndex,
  errors: ImportRowError[],
): Record<string, unknown> {
  const { row, cells } = sheetRow;
  const fail = (field: PeopleImportField, message: string) => {
    errors.push({ row, field, column: HEADER_OF.get(field), message });
    return undefined;
  };
  for (const c of PEOPLE_IMPORT_COLUMNS) {
    if (c.required && (cells[c.key] ?? null) === null) fail(c.key, `Chưa nhập "${c.header}"`);
  }
  const text = (field: PeopleImportField) => (cells[field] == null ? null : String(cells[field]));
  const date = (field: PeopleImportField) => {
    if (cells[field] == null) return null;
    const parsed = parseDateCell(cells[field]!);
    return typeof parsed === 'string' ? parsed : fail(field, parsed.error);
  };
  const genderWord = cells.gender == null ? null : wordKey(String(cells.gender));
  const gender =
    genderWord === null
      ? undefined
      : ['nam', 'male', 'm'].includes(genderWord)
        ? 'male'
        : ['nu', 'female', 'f'].includes(genderWord)
          ? 'female'
          : fail('gender', `Giới tính "${String(cells.gender)}" không hợp lệ; ghi "Nam" hoặc "Nữ"`);
  const ethnicityText = text('ethnicity');
  const ethnicity =
    ethnicityText === null
      ? undefined
      : (findEthnicity(ethnicityText) ??
        fail('ethnicity', `Dân tộc "${ethnicityText}" không có trong danh mục 54 dân tộc Việt Nam`));
  const cadreText = text('cadreClass');
  const cadreClass =
    cadreText === null
      ? undefined
      : (CADRE_BY_WORD.get(wordKey(cadreText)) ??
        fail(
          'cadreClass',
          `Đối tượng "${cadreText}" không hợp lệ; ghi một trong: ${CADRE_CLASSES.map((c) => CADRE_CLASS_LABELS[c]).join(', ')}`,
        ));
  const direct = cells.isDirectWorker;
  const directWord =
    direct == null ? null : typeof direct === 'boolean' ? (direct ? 'co' : 'khong') : wordKey(String(direct));
  const isDirectWorker =
    directWord === null || NO.has(directWord)
      ? false
      : YES.has(directWord)
        ? true
        : fail('isDirectWorker', `"${String(direct)}" không hợp lệ; ghi "Có" hoặc "Không"`);
  const unitText = text('unit');
  const unit = unitText === null ? undefined : resolveUnit(unitIndex, unitText);
  const unitId = typeof unit === 'object' ? fail('unit', unit.error) : unit;
  return {
    fullName: text('fullName') ?? undefined,
    gender,
    birthDate: date('birthDate'),
    ethnicity,
    cccd: digitsText(cells.cccd ?? null, 12),
    phone: digitsText(cells.phone ?? null, 10),
    email: text('email'),
    address: text('address'),
    employments: [
      {
        unitId,
        position: text('position'),
        cadreClass,
        isDirectWorker,
        fromDate: date('fromDate') ?? undefined,
      },
    ],
  };
}

/** Maps a field path of the bulk schema ("employments.0.unitId") to the sheet's field ("unit"). */
function sheetField(path: string): PeopleImportField {
  const last = path.split('.').pop() ?? path;
  return (last === 'unitId' ? 'unit' : last) as PeopleImportField;
}

/**
 * Validates sheet rows and, when every row is good, creates all the people in the caller's transaction.
 * Any bad row → VALIDATION with `rows` (each bad cell with its Excel row number) and nothing written.
 */
export async function importPeopleRows(
  tx: Db,
  actor: Actor,
  rows: readonly SheetRow[],
  details: Record<string, unknown> = {},
): Promise<{ imported: number; ids: string[] }> {
  authorize(canCreatePeople(actor), 'Bạn không có quyền nhập danh sách cá nhân');
  const managed = await loadUnitsWhere(tx, unitManagedSql(actor, sql`${units.path}`), 100_000);
  const unitIndex = indexUnits(managed);
  const errors: ImportRowError[] = [];
  const items = rows.map((r) => ({ row: r.row, input: translateRow(r, unitIndex, errors) }));
  const { prepared, errors: found } = await validatePeopleBatch(tx, actor, items);
  const seen = new Set(errors.map((e) => `${e.row}:${e.field}`));
  for (const e of found) {
    const field = sheetField(e.field);
    if (seen.has(`${e.row}:${field}`)) continue;
    seen.add(`${e.row}:${field}`);
    errors.push({ row: e.row, field, column: HEADER_OF.get(field), message: e.message });
  }
  if (errors.length > 0) {
    const order = new Map(PEOPLE_IMPORT_COLUMNS.map((c, i) => [c.key as string, i]));
    errors.sort((a, b) => a.row - b.row || (order.get(a.field) ?? 99) - (order.get(b.field) ?? 99));
    refuseBatch(errors);
  }
  const ids = await writePeopleBatch(tx, actor, prepared, { source: 'xlsx', ...details });
  return { imported: ids.length, ids };
}
