// People use cases: scoped load → authorise → rule → write → audit → present, inside the caller's transaction.
import { and, eq, sql } from 'drizzle-orm';
import {
  checkPersonFields,
  type PeopleListQuery,
  type PeoplePage,
  PersonCreateBody,
  type PersonCreateInput,
  type PersonUpdateBody,
  type PersonView,
  todayInVietnam,
} from '../../../contracts/people';
import type { Gender } from '../../../contracts/enums';
import type { z } from '../../../contracts/zod';
import type { Db } from '../../db/client';
import { employments, people } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { abilitiesFor, canCreatePeople, canManageUnit, personVisibleSql } from './people.policy';
import { listPeopleRows } from './people.list';
import { auditSnapshot, presentListItem, presentPerson } from './people.present';
import {
  findCccdOwner,
  findVisiblePerson,
  loadEmployments,
  loadUnitsByIds,
  nameColumns,
  type UnitFacts,
  withDerivedColumns,
} from './people.queries';

export const CCCD_TAKEN = 'Số CCCD này đã có trong hệ thống';
const NOT_FOUND_PERSON = 'cá nhân';

/** Parses input with a contract schema, or throws VALIDATION naming every bad field (for callers like the seed). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) fields[issue.path.join('.') || 'body'] ??= issue.message;
  const [first, message] = Object.entries(fields)[0]!;
  throw new AppError('VALIDATION', `Dữ liệu không hợp lệ — ${first}: ${message}`, fields);
}

/** Formats 'YYYY-MM-DD' as dd/mm/yyyy for messages. */
export const viDate = (iso: string) => iso.split('-').reverse().join('/');

/** Loads a unit the actor may put people into: unknown or invisible → VALIDATION, visible but not managed → 403. */
export async function requireManagedUnit(
  tx: Db,
  actor: Actor,
  unitId: string,
  field: string,
  fromDate: string,
): Promise<UnitFacts> {
  const unit = (await loadUnitsByIds(tx, [unitId])).get(unitId);
  const visible = unit && actor.roles.some((r) => unit.path.startsWith(r.unitPath));
  if (!unit || !visible) {
    throw new AppError('VALIDATION', 'Không tìm thấy đơn vị', { [field]: 'Không tìm thấy đơn vị' });
  }
  authorize(canManageUnit(actor, unit.path), 'Bạn không có quyền thêm cá nhân vào đơn vị này');
  if (unit.validTo && fromDate > unit.validTo) {
    const message = `Đơn vị "${unit.name}" đã ngừng hoạt động từ ${viDate(unit.validTo)}`;
    throw new AppError('VALIDATION', message, { [field]: message });
  }
  return unit;
}

async function requireFreeCccd(tx: Db, cccd: string | null, exceptId?: string): Promise<void> {
  if (cccd && (await findCccdOwner(tx, cccd, exceptId))) {
    throw new AppError('CONFLICT', CCCD_TAKEN, { cccd: CCCD_TAKEN });
  }
}

/** Loads a person in the actor's scope with their employments, or NOT_FOUND. */
export async function loadPersonInScope(tx: Db, actor: Actor, id: string) {
  const person = await findVisiblePerson(tx, actor, id);
  if (!person) notFound(NOT_FOUND_PERSON);
  const rows = await loadEmployments(tx, id);
  return { person, employments: rows };
}

/**
 * The full record of a person (contact details, birth date, employment history). Every read is audited —
 * reading personal data is processing it (Nghị định 13/2023/NĐ-CP) — and an admin's view that reveals the
 * full CCCD is recorded as such.
 */
export async function getPerson(tx: Db, actor: Actor, id: string): Promise<PersonView> {
  const today = todayInVietnam();
  const { person, employments: rows } = await loadPersonInScope(tx, actor, id);
  const view = presentPerson(actor, person, rows, today);
  await appendAudit(tx, actor, {
    action: view.can.viewFullCccd && person.cccd ? 'person.viewed_full' : 'person.viewed',
    entity: 'person',
    entityId: id,
    unitId: rows.find((e) => e.toDate === null)?.unitId ?? rows[0]?.unitId ?? null,
  });
  return view;
}

/** A page of the people the actor can see. */
export async function listPeople(tx: Db, actor: Actor, query: PeopleListQuery): Promise<PeoplePage> {
  const today = todayInVietnam();
  let unitPath: string | null = null;
  if (query.unitId && query.includeSubunits) {
    unitPath = (await loadUnitsByIds(tx, [query.unitId])).get(query.unitId)?.path ?? null;
  }
  const { rows, total } = await listPeopleRows(tx, actor, query, unitPath, today);
  const can = canCreatePeople(actor);
  return {
    items: rows.map(presentListItem),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: can, import: can },
  };
}

/** Creates a person with their first employment at a unit the actor manages. */
export async function createPerson(tx: Db, actor: Actor, input: PersonCreateInput): Promise<PersonView> {
  const body = parseInput(PersonCreateBody, input);
  authorize(canCreatePeople(actor), 'Bạn không có quyền thêm cá nhân');
  const { employment, ...fields } = body;
  await requireManagedUnit(tx, actor, employment.unitId, 'employment.unitId', employment.fromDate);
  await requireFreeCccd(tx, fields.cccd);
  const [person] = await tx.insert(people).values(withDerivedColumns(fields)).returning();
  const [job] = await tx
    .insert(employments)
    .values({ ...employment, personId: person!.id })
    .returning();
  await appendAudit(tx, actor, {
    action: 'person.created',
    entity: 'person',
    entityId: person!.id,
    unitId: employment.unitId,
    after: { ...auditSnapshot(person!), employment: job },
  });
  return presentPerson(actor, person!, await loadEmployments(tx, person!.id), todayInVietnam());
}

/** Changes a person's own fields, with optimistic locking on `version`. */
export async function updatePerson(
  tx: Db,
  actor: Actor,
  id: string,
  body: PersonUpdateBody,
): Promise<PersonView> {
  const today = todayInVietnam();
  const { person, employments: rows } = await loadPersonInScope(tx, actor, id);
  authorize(abilitiesFor(actor, rows, today).update, 'Bạn không có quyền sửa thông tin cá nhân này');
  if (body.version !== person.version) throw staleVersion();
  const { version, ...changes } = body;
  const merged = { ...person, ...changes, gender: changes.gender ?? (person.gender as Gender) };
  const fields: Record<string, string> = {};
  checkPersonFields(merged, (path, message) => (fields[path] ??= message));
  if (merged.birthDate && rows.some((e) => e.fromDate < merged.birthDate!)) {
    fields.birthDate ??= 'Ngày sinh phải trước ngày bắt đầu của mọi quá trình công tác';
  }
  if (Object.keys(fields).length > 0) {
    const [first, message] = Object.entries(fields)[0]!;
    throw new AppError('VALIDATION', `Dữ liệu không hợp lệ — ${first}: ${message}`, fields);
  }
  if (changes.cccd && changes.cccd !== person.cccd) await requireFreeCccd(tx, changes.cccd, id);
  const values = changes.fullName ? { ...changes, ...nameColumns(changes.fullName) } : changes;
  const [updated] = await tx
    .update(people)
    .set({ ...values, updatedAt: new Date(), version: sql`${people.version} + 1` })
    .where(and(eq(people.id, id), eq(people.version, version), personVisibleSql(actor, sql`${people.id}`)))
    .returning();
  if (!updated) throw staleVersion();
  const changedKeys = Object.keys(changes).filter(
    (k) => person[k as keyof typeof person] !== updated[k as keyof typeof updated],
  );
  const pick = (row: typeof person) =>
    Object.fromEntries(changedKeys.map((k) => [k, row[k as keyof typeof row]]));
  await appendAudit(tx, actor, {
    action: 'person.updated',
    entity: 'person',
    entityId: id,
    unitId: rows.find((e) => e.toDate === null || e.toDate >= today)?.unitId ?? rows[0]?.unitId ?? null,
    before: auditSnapshot({ ...pick(person), version: person.version }),
    after: auditSnapshot({ ...pick(updated), version: updated.version }),
  });
  return presentPerson(actor, updated, rows, today);
}

export function staleVersion(): AppError {
  return new AppError(
    'CONFLICT',
    'Thông tin cá nhân này vừa được người khác cập nhật. Vui lòng tải lại trang rồi sửa lại',
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}
