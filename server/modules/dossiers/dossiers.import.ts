// Excel import of a dossier's nominees: the template (award kinds of the dossier's authority, collectives of
// the proposing unit), reading the "Danh sách" sheet, resolving people by CCCD or id and collectives by code or
// name, then the same checks as one by one — all rows or none, every error with its Excel row number.
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { DossierView, NomineeBody } from '../../../contracts/dossiers';
import type { ImportRowError } from '../../../contracts/people';
import { authorityFor, regimeById } from '../../../domain/catalog';
import type { AwardKindCode, ProposerLevel, SubjectKind } from '../../../domain/regimes/types';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError } from '../../lib/errors';
import { personVisibleSql } from '../people/people.policy';
import { refuseBatch } from '../people/people.bulk';
import {
  MAX_NOMINEE_ROWS,
  NOMINEE_IMPORT_COLUMNS,
  type NomineeImportField,
  type NomineeTemplateInput,
  SUBJECT_WORDS,
} from '../../render/nominees-template.xlsx';
import { loadAncestry } from './dossiers.authority';
import { insertNominees } from './dossiers.nominees';
import type { DossierRow } from './dossiers.queries';
import { dossierForEdit, dossierView, requireDossier } from './dossiers.service';
import { findDossierInScope } from './dossiers.queries';

type Cell = string | number | null;
interface SheetRow {
  row: number;
  cells: Partial<Record<NomineeImportField, Cell>>;
}

const fileError = (message: string) => new AppError('VALIDATION', message, { file: message });
const key = (value: string) =>
  foldVietnamese(value)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
const HEADER_OF = new Map(NOMINEE_IMPORT_COLUMNS.map((c) => [c.key as string, c.header as string]));

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.normalize('NFC').replace(/\s+/g, ' ').trim() || null;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'Có' : null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return plain(value.richText.map((t) => t.text).join(''));
  if ('hyperlink' in value) return plain(value.text as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value)
    return plain((value.result ?? null) as ExcelJS.CellValue);
  return null;
}

/** Reads the "Danh sách" sheet (layout checks only). */
export async function readNomineeWorkbook(buffer: Buffer): Promise<SheetRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fileError('Không đọc được tệp. Hãy dùng tệp Excel .xlsx (tải mẫu nhập của hồ sơ)');
  }
  const sheet = workbook.getWorksheet('Danh sách') ?? workbook.worksheets[0];
  if (!sheet) throw fileError('Tệp không có sheet nào');
  let headerRow = 0;
  const columns = new Map<number, NomineeImportField>();
  for (let r = 1; r <= Math.min(10, sheet.rowCount) && headerRow === 0; r++) {
    columns.clear();
    sheet.getRow(r).eachCell((cell, col) => {
      const text = key(String(plain(cell.value) ?? ''));
      const match = NOMINEE_IMPORT_COLUMNS.find((c) =>
        c.aliases.some((a) => text === a || text.startsWith(a + ' ')),
      );
      if (match && ![...columns.values()].includes(match.key)) columns.set(col, match.key);
    });
    if ([...columns.values()].includes('awardKind')) headerRow = r;
  }
  if (headerRow === 0) {
    throw fileError('Không tìm thấy dòng tiêu đề có cột "Danh hiệu, hình thức đề nghị" trong 10 dòng đầu');
  }
  const missing = NOMINEE_IMPORT_COLUMNS.filter((c) => c.required && ![...columns.values()].includes(c.key));
  if (missing.length > 0) throw fileError(`Tệp thiếu cột: ${missing.map((c) => `"${c.header}"`).join(', ')}`);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number <= headerRow) return;
    const cells: SheetRow['cells'] = {};
    let filled = false;
    for (const [col, field] of columns) {
      const value = plain(row.getCell(col).value);
      if (value === null) continue;
      cells[field] = value;
      if (field !== 'stt') filled = true;
    }
    if (filled) rows.push({ row: number, cells });
  });
  if (rows.length === 0) throw fileError('Tệp không có dòng dữ liệu nào');
  if (rows.length > MAX_NOMINEE_ROWS) {
    throw fileError(`Tệp có ${rows.length} dòng, vượt quá ${MAX_NOMINEE_ROWS} dòng cho một lần nhập`);
  }
  return rows;
}

/** The award kinds whose authority, for the proposing unit, is the dossier's. */
async function kindsOfAuthority(tx: Db, row: DossierRow): Promise<{ code: AwardKindCode; name: string }[]> {
  const regime = regimeById(row.regimeId);
  const proposer = (await loadAncestry(tx, row.proposingPath))[0]!;
  return Object.values(regime.kinds)
    .filter((def) => {
      const rule = authorityFor(def.code, regime, {
        level: proposer.level as ProposerLevel,
        unitKind: proposer.kind,
      });
      return rule?.authority === row.authorityCode;
    })
    .map((def) => ({ code: def.code, name: def.name }));
}

/** What the template of a dossier lists. */
export async function nomineeTemplateInput(tx: Db, actor: Actor, id: string): Promise<NomineeTemplateInput> {
  const row = await requireDossier(tx, actor, id);
  const units = await queryRows<{ code: string | null; name: string }>(
    tx,
    sql`select code, name from units where path like ${row.proposingPath + '%'} and valid_to is null
      order by name_sort collate "C" limit 2000`,
  );
  return {
    dossierCode: row.code,
    authorityLabel: row.authorityLabel,
    kinds: await kindsOfAuthority(tx, row),
    units,
  };
}

const SUBJECT_BY_WORD = new Map<string, SubjectKind>([
  ...Object.entries(SUBJECT_WORDS).map(([k, w]) => [key(w), k as SubjectKind] as const),
  ...Object.keys(SUBJECT_WORDS).map((k) => [k, k as SubjectKind] as const),
  ['ca nhan', 'individual'],
  ['ho', 'household'],
]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Values in chunks, for statements whose parameter lists would otherwise grow with the file. */
function chunks<T>(values: readonly T[], size = 5000): T[][] {
  const out: T[][] = [];
  for (let from = 0; from < values.length; from += size) out.push(values.slice(from, from + size));
  return out;
}

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The people the rows name (by CCCD or id) that the actor sees, in a few statements for the whole file. */
async function peopleOfRefs(
  tx: Db,
  actor: Actor,
  refs: readonly string[],
): Promise<{ byCccd: Map<string, Found>; byId: Map<string, Found> }> {
  const cccds = [...new Set(refs.filter((r) => /^\d{12}$/.test(r)))];
  const ids = [...new Set(refs.filter((r) => UUID.test(r)).map((r) => r.toLowerCase()))];
  const found: (Found & { cccd: string | null })[] = [];
  for (const part of chunks(cccds)) {
    found.push(
      ...(await queryRows<Found & { cccd: string | null }>(
        tx,
        sql`select p.id, p.full_name, p.cccd from people p
          where p.cccd in (${list(part)}) and ${personVisibleSql(actor, sql`p.id`)}`,
      )),
    );
  }
  for (const part of chunks(ids)) {
    found.push(
      ...(await queryRows<Found & { cccd: string | null }>(
        tx,
        sql`select p.id, p.full_name, p.cccd from people p
          where p.id in (${sql.join(
            part.map((id) => sql`${id}::uuid`),
            sql`, `,
          )}) and ${personVisibleSql(actor, sql`p.id`)}`,
      )),
    );
  }
  return {
    byCccd: new Map(found.flatMap((p) => (p.cccd ? [[p.cccd, p] as const] : []))),
    byId: new Map(found.map((p) => [p.id, p] as const)),
  };
}
type Found = { id: string; full_name: string };

/** The collectives the rows name (code or name) under the proposing unit, in one statement per chunk. */
async function unitsOfRefs(
  tx: Db,
  row: DossierRow,
  refs: readonly string[],
): Promise<{ id: string; code: string | null; name_folded: string }[]> {
  const found: { id: string; code: string | null; name_folded: string }[] = [];
  for (const part of chunks([...new Set(refs)])) {
    const folded = [...new Set(part.map((r) => foldVietnamese(r)))];
    found.push(
      ...(await queryRows<{ id: string; code: string | null; name_folded: string }>(
        tx,
        sql`select id, code, name_folded from units where path like ${row.proposingPath + '%'}
          and (code in (${list(part)}) or name_folded in (${list(folded)}))`,
      )),
    );
  }
  return found;
}

/** Rows → nominee inputs, or the row errors. */
async function mapRows(
  tx: Db,
  actor: Actor,
  row: DossierRow,
  rows: readonly SheetRow[],
): Promise<{ inputs: NomineeBody[]; errors: ImportRowError[] }> {
  const kinds = await kindsOfAuthority(tx, row);
  const kindByWord = new Map<string, AwardKindCode>();
  for (const k of kinds) {
    kindByWord.set(key(k.name), k.code);
    kindByWord.set(key(k.code), k.code);
  }
  const text = (r: SheetRow, f: NomineeImportField) =>
    r.cells[f] === undefined || r.cells[f] === null ? null : String(r.cells[f]).trim();
  const subjectOf = (r: SheetRow) =>
    text(r, 'subjectKind') ? SUBJECT_BY_WORD.get(key(text(r, 'subjectKind')!)) : 'individual';
  const personRef = (r: SheetRow) => text(r, 'person')?.replace(/\s/g, '') ?? null;
  // Every person and collective the file names, looked up at once (one statement per 5,000, not one per row).
  const { byCccd, byId } = await peopleOfRefs(
    tx,
    actor,
    rows.flatMap((r) => (subjectOf(r) !== 'collective' && personRef(r) ? [personRef(r)!] : [])),
  );
  const unitRefs = rows.flatMap((r) =>
    subjectOf(r) === 'collective' && text(r, 'unit') ? [text(r, 'unit')!] : [],
  );
  const unitRows = unitRefs.length > 0 ? await unitsOfRefs(tx, row, unitRefs) : [];
  const errors: ImportRowError[] = [];
  const inputs: NomineeBody[] = [];
  const err = (r: SheetRow, field: NomineeImportField, message: string) =>
    errors.push({ row: r.row, field, column: HEADER_OF.get(field), message });
  for (const r of rows) {
    const subjectKind = subjectOf(r);
    if (!subjectKind) {
      err(r, 'subjectKind', 'Đối tượng phải là "Cá nhân", "Tập thể" hoặc "Hộ gia đình"');
      continue;
    }
    const kindWord = text(r, 'awardKind');
    const awardKind = kindWord ? kindByWord.get(key(kindWord)) : undefined;
    if (!kindWord) err(r, 'awardKind', 'Chưa ghi danh hiệu, hình thức đề nghị');
    else if (!awardKind) {
      err(
        r,
        'awardKind',
        `"${kindWord}" không có trong danh sách danh hiệu, hình thức thuộc thẩm quyền ${row.authorityLabel}`,
      );
    }
    const summary = text(r, 'summary');
    if (!summary) err(r, 'summary', 'Chưa có tóm tắt thành tích');
    else if (summary.length > 20_000) err(r, 'summary', 'Tóm tắt thành tích quá dài (tối đa 20.000 ký tự)');
    let personId: string | null = null;
    let unitId: string | null = null;
    if (subjectKind === 'collective') {
      const unit = text(r, 'unit');
      if (!unit) err(r, 'unit', 'Chưa ghi mã hoặc tên tập thể');
      else {
        // As one lookup by code or folded name would answer: a code match first, else a single name match.
        const folded = foldVietnamese(unit);
        const byCode = unitRows.find((u) => u.code === unit);
        const byName = unitRows.filter((u) => u.name_folded === folded);
        if (byCode) unitId = byCode.id;
        else if (byName.length === 0)
          err(r, 'unit', `Không tìm thấy tập thể "${unit}" thuộc ${row.proposingName}`);
        else if (byName.length === 1) unitId = byName[0]!.id;
        else err(r, 'unit', `Có nhiều tập thể tên "${unit}"; hãy ghi mã đơn vị`);
      }
    } else {
      const ref = personRef(r);
      if (!ref) err(r, 'person', 'Chưa ghi số CCCD hoặc mã cá nhân');
      else if (!/^\d{12}$/.test(ref) && !UUID.test(ref)) {
        err(r, 'person', 'Số CCCD phải gồm đúng 12 chữ số (hoặc ghi mã cá nhân trong hệ thống)');
      } else {
        const isCccd = /^\d{12}$/.test(ref);
        const person = isCccd ? byCccd.get(ref) : byId.get(ref.toLowerCase());
        const name = text(r, 'fullName');
        if (!person) err(r, 'person', `Không tìm thấy cá nhân có ${isCccd ? 'số CCCD' : 'mã'} ${ref}`);
        else if (name && foldVietnamese(name) !== foldVietnamese(person.full_name)) {
          err(
            r,
            'fullName',
            `Họ tên "${name}" không khớp với người có số CCCD, mã này (${person.full_name})`,
          );
        } else personId = person.id;
      }
      if (subjectKind === 'household' && !text(r, 'householdName'))
        err(r, 'householdName', 'Chưa ghi tên hộ gia đình');
    }
    inputs.push({
      subjectKind,
      personId,
      unitId,
      householdName: subjectKind === 'household' ? text(r, 'householdName') : null,
      awardKind: awardKind ?? ('LDTT' as AwardKindCode),
      summary,
      reportFileId: null,
    });
  }
  return { inputs, errors };
}

const FIELD_OF: Record<string, NomineeImportField> = {
  personId: 'person',
  unitId: 'unit',
  awardKind: 'awardKind',
  householdName: 'householdName',
  summary: 'summary',
};

/** POST /api/dossiers/:id/nominees/import: every row or none. */
export async function importNominees(
  tx: Db,
  actor: Actor,
  id: string,
  file: { name: string; content: Buffer },
): Promise<{ imported: number; dossier: DossierView }> {
  const row = await dossierForEdit(tx, actor, id);
  const rows = await readNomineeWorkbook(file.content);
  const { inputs, errors } = await mapRows(tx, actor, row, rows);
  if (errors.length > 0) refuseBatch(errors, 'Tệp');
  try {
    await insertNominees(tx, actor, row, inputs, (i) => `rows.${rows[i]!.row}`);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'VALIDATION' || !error.fields) throw error;
    const rowErrors: ImportRowError[] = Object.entries(error.fields).map(([path, message]) => {
      const [, n, field] = /^rows\.(\d+)\.(\w+)$/.exec(path) ?? [];
      const f = FIELD_OF[field ?? ''] ?? 'awardKind';
      return { row: Number(n ?? 0), field: f, column: HEADER_OF.get(f), message };
    });
    refuseBatch(rowErrors, 'Tệp');
  }
  await appendAudit(tx, actor, {
    action: 'dossier.nominees_imported',
    entity: 'dossier',
    entityId: id,
    unitId: row.proposingUnitId,
    after: { file: file.name, bytes: file.content.length, imported: inputs.length },
  });
  return {
    imported: inputs.length,
    dossier: await dossierView(tx, actor, (await findDossierInScope(tx, actor, id))!),
  };
}
