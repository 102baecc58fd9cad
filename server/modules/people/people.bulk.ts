// Many people at once (spreadsheet import, demo seeding): validate every item first, then write all or nothing.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { type ImportRowError, PersonBulkInput, type PersonBulkParsed } from '../../../contracts/people';
import { checkCccd } from '../../../domain/cccd';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize } from '../../lib/errors';
import { canCreatePeople, canManageUnit } from './people.policy';
import { findTakenCccds, loadUnitsByIds, type UnitFacts, withDerivedColumns } from './people.queries';
import { CCCD_TAKEN, viDate } from './people.service';

/** One item to create; `row` is what errors refer to (the Excel row number, or the item's position). */
export interface BulkItem {
  row: number;
  input: unknown;
}

export interface PreparedPerson {
  row: number;
  person: PersonBulkParsed;
}

const BATCH = 2_000;

/**
 * Validates every item: its shape (contract schema), its units (known, managed by the actor, open at the start
 * date), the order of its dates, overlaps at one unit, and CCCD numbers repeated in the batch or already stored.
 * Bad items are still checked as far as possible (CCCD, duplicates), so one pass reports everything.
 */
export async function validatePeopleBatch(
  tx: Db,
  actor: Actor,
  items: readonly BulkItem[],
): Promise<{ prepared: PreparedPerson[]; errors: ImportRowError[] }> {
  const errors: ImportRowError[] = [];
  const parsed: PreparedPerson[] = [];
  // CCCD numbers by row, of good and bad items alike, so duplicates are reported in the same pass.
  const cccdRows: { row: number; cccd: string }[] = [];
  for (const item of items) {
    const result = PersonBulkInput.safeParse(item.input);
    if (result.success) {
      parsed.push({ row: item.row, person: result.data });
      if (result.data.cccd) cccdRows.push({ row: item.row, cccd: result.data.cccd });
      continue;
    }
    for (const issue of result.error.issues) {
      errors.push({ row: item.row, field: issue.path.join('.') || 'row', message: issue.message });
    }
    // Cross-field checks do not run once a field fails; check the CCCD on its own so its reason shows too.
    const cccd = checkRawCccd(item.input);
    if (cccd && !errors.some((e) => e.row === item.row && e.field === 'cccd')) {
      if (cccd.reason) errors.push({ row: item.row, field: 'cccd', message: cccd.reason });
      else cccdRows.push({ row: item.row, cccd: cccd.value });
    }
  }
  const unitIds = [...new Set(parsed.flatMap((p) => p.person.employments.map((e) => e.unitId)))];
  const unitsById = await loadUnitsByIds(tx, unitIds);
  const firstRowOfCccd = new Map<string, number>();
  for (const { row, person } of parsed) {
    person.employments.forEach((e, i) => {
      const field = `employments.${i}`;
      const message = unitProblem(actor, unitsById.get(e.unitId), e.fromDate);
      if (message) errors.push({ row, field: `${field}.unitId`, message });
      if (person.birthDate && e.fromDate < person.birthDate) {
        errors.push({ row, field: `${field}.fromDate`, message: 'Ngày bắt đầu công tác phải sau ngày sinh' });
      }
      const clash = person.employments.findIndex(
        (o, j) =>
          j < i &&
          o.unitId === e.unitId &&
          (o.toDate === null || o.toDate >= e.fromDate) &&
          (e.toDate === null || o.fromDate <= e.toDate),
      );
      if (clash >= 0) {
        errors.push({
          row,
          field: `${field}.fromDate`,
          message: `Trùng thời gian với quá trình công tác thứ ${clash + 1} tại cùng đơn vị`,
        });
      }
    });
  }
  cccdRows.sort((a, b) => a.row - b.row);
  for (const { row, cccd } of cccdRows) {
    const first = firstRowOfCccd.get(cccd);
    if (first !== undefined) {
      errors.push({ row, field: 'cccd', message: `Số CCCD trùng với dòng ${first} trong tệp` });
    } else firstRowOfCccd.set(cccd, row);
  }
  const taken = await findTakenCccds(tx, [...firstRowOfCccd.keys()]);
  for (const [cccd, row] of firstRowOfCccd) {
    if (taken.has(cccd)) errors.push({ row, field: 'cccd', message: CCCD_TAKEN });
  }
  errors.sort((a, b) => a.row - b.row);
  return { prepared: parsed, errors };
}

/** The CCCD of an item that failed parsing, checked against whatever gender and birth date it has. */
function checkRawCccd(input: unknown): { value: string; reason?: string } | null {
  const raw = (input ?? {}) as { cccd?: unknown; gender?: unknown; birthDate?: unknown };
  if (typeof raw.cccd !== 'string' || !/^\d{12}$/.test(raw.cccd.trim())) return null;
  const value = raw.cccd.trim();
  const gender = raw.gender === 'male' || raw.gender === 'female' ? raw.gender : null;
  const birthDate =
    typeof raw.birthDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw.birthDate) ? raw.birthDate : null;
  const verdict = checkCccd(value, { gender, birthDate });
  return verdict.ok ? { value } : { value, reason: verdict.reason ?? 'Số CCCD không hợp lệ' };
}

function unitProblem(actor: Actor, unit: UnitFacts | undefined, fromDate: string): string | null {
  if (!unit || !canManageUnit(actor, unit.path)) return 'Không tìm thấy đơn vị trong phạm vi quản lý của bạn';
  if (unit.validTo && fromDate > unit.validTo) {
    return `Đơn vị "${unit.name}" đã ngừng hoạt động từ ${viDate(unit.validTo)}`;
  }
  return null;
}

/**
 * Inserts validated people and their employments; returns the new ids in item order. Rows travel as one JSON
 * parameter per batch (json_to_recordset): on the embedded engine this is several times faster than
 * multi-row VALUES with thousands of bound parameters.
 */
export async function insertPreparedPeople(tx: Db, prepared: readonly PreparedPerson[]): Promise<string[]> {
  const ids = prepared.map(() => randomUUID());
  for (let i = 0; i < prepared.length; i += BATCH) {
    const slice = prepared.slice(i, i + BATCH);
    const personRows = slice.map(({ person }, j) => {
      const { employments: _e, ...fields } = person;
      const v = withDerivedColumns(fields);
      return {
        id: ids[i + j],
        full_name: v.fullName,
        full_name_folded: v.fullNameFolded,
        name_sort: v.nameSort,
        gender: v.gender,
        birth_date: v.birthDate,
        ethnicity: v.ethnicity,
        cccd: v.cccd,
        phone: v.phone,
        email: v.email,
        address: v.address,
      };
    });
    await tx.execute(sql`insert into people (id, full_name, full_name_folded, name_sort, gender, birth_date,
        ethnicity, cccd, phone, email, address)
      select * from json_to_recordset(${JSON.stringify(personRows)}::json) as x(id uuid, full_name text,
        full_name_folded text, name_sort text, gender text, birth_date date, ethnicity text, cccd text,
        phone text, email text, address text)`);
    const jobRows = slice.flatMap(({ person }, j) =>
      person.employments.map((e) => ({
        person_id: ids[i + j],
        unit_id: e.unitId,
        position: e.position,
        cadre_class: e.cadreClass,
        is_direct_worker: e.isDirectWorker,
        from_date: e.fromDate,
        to_date: e.toDate,
      })),
    );
    await tx.execute(sql`insert into employments (person_id, unit_id, position, cadre_class, is_direct_worker,
        from_date, to_date)
      select * from json_to_recordset(${JSON.stringify(jobRows)}::json) as x(person_id uuid, unit_id uuid,
        position text, cadre_class text, is_direct_worker boolean, from_date date, to_date date)`);
  }
  return ids;
}

/** The deepest unit containing all the given unit paths (for the audit entry of a batch). */
export function commonUnitId(paths: readonly string[]): string | null {
  if (paths.length === 0) return null;
  const split = paths.map((p) => p.split('/').filter(Boolean));
  const first = split[0]!;
  let depth = 0;
  while (depth < first.length && split.every((s) => s[depth] === first[depth])) depth++;
  return depth > 0 ? first[depth - 1]! : null;
}

/** Throws the all-or-nothing refusal: how many rows are bad, and every bad cell with its row. */
export function refuseBatch(errors: readonly ImportRowError[], what = 'Tệp'): never {
  const badRows = new Set(errors.map((e) => e.row)).size;
  const fields: Record<string, string> = {};
  for (const e of errors.slice(0, 100)) fields[`rows.${e.row}.${e.field}`] ??= e.message;
  throw new AppError('VALIDATION', `${what} có ${badRows} dòng lỗi, chưa nhập dòng nào`, fields, {
    rows: errors,
  });
}

/** Writes a validated batch and one audit entry for it (counts plus the new ids). */
export async function writePeopleBatch(
  tx: Db,
  actor: Actor,
  prepared: readonly PreparedPerson[],
  details: Record<string, unknown> = {},
): Promise<string[]> {
  const ids = await insertPreparedPeople(tx, prepared);
  const unitIds = [...new Set(prepared.flatMap((p) => p.person.employments.map((e) => e.unitId)))];
  const unitsById = await loadUnitsByIds(tx, unitIds);
  await appendAudit(tx, actor, {
    action: 'person.imported',
    entity: 'person',
    unitId: commonUnitId([...unitsById.values()].map((u) => u.path)),
    after: {
      ...details,
      count: ids.length,
      employments: prepared.reduce((n, p) => n + p.person.employments.length, 0),
      unitIds,
      ids,
    },
  });
  return ids;
}

/**
 * Creates many people in one go (demo seeding and other bulk callers): every item is validated first; if any
 * is bad, VALIDATION lists each bad item (row = position from 1) and nothing is written.
 */
export async function createPeopleBulk(
  tx: Db,
  actor: Actor,
  inputs: readonly PersonBulkInput[],
  details: Record<string, unknown> = { source: 'bulk' },
): Promise<string[]> {
  authorize(canCreatePeople(actor), 'Bạn không có quyền thêm cá nhân');
  const { prepared, errors } = await validatePeopleBatch(
    tx,
    actor,
    inputs.map((input, i) => ({ row: i + 1, input })),
  );
  if (errors.length > 0) refuseBatch(errors, 'Danh sách');
  return writePeopleBatch(tx, actor, prepared, details);
}
