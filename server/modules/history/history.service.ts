// History use cases for ratings, initiatives, disciplines, investigations and member figures: scoped load of the
// subject → authorise → write → audit → present, inside the caller's transaction (awards: history.awards.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { z } from '../../../contracts/zod';
import type { Db } from '../../db/client';
import type { annualRatings } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { loadUnitsByIds } from '../people/people.queries';
import { parseInput } from '../people/people.service';
import { bodyColumns, type HistoryEntity, KINDS, type KindDef, type Row } from './history.kinds';
import { recordAbilities } from './history.policy';
import { loadSubject, type Subject, type SubjectRef } from './history.subject';

/** Audit actions of each kind (literal, so the label test finds them). */
const ACTIONS: Record<HistoryEntity, { created: string; updated: string; deleted: string }> = {
  rating: { created: 'rating.created', updated: 'rating.updated', deleted: 'rating.deleted' },
  initiative: { created: 'initiative.created', updated: 'initiative.updated', deleted: 'initiative.deleted' },
  discipline: { created: 'discipline.created', updated: 'discipline.updated', deleted: 'discipline.deleted' },
  investigation: {
    created: 'investigation.created',
    updated: 'investigation.updated',
    deleted: 'investigation.deleted',
  },
  member_stats: {
    created: 'member_stats.created',
    updated: 'member_stats.updated',
    deleted: 'member_stats.deleted',
  },
};

export const WRITE_REFUSED = 'Bạn không có quyền cập nhật quá trình thi đua, khen thưởng của đối tượng này';

/** The version a record was read at is stale: someone changed it meanwhile. */
export function staleRecord(what: string): AppError {
  return new AppError(
    'CONFLICT',
    `Bản ghi ${what} vừa được người khác cập nhật. Vui lòng tải lại trang rồi sửa lại`,
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}

// The tables differ in columns, but every one has id, version and updated_at: one typed view of them.
const t = (def: KindDef) => def.table as unknown as typeof annualRatings;

function subjectColumnOf(def: KindDef, subject: Subject) {
  const column = def.subjects[subject.type];
  if (!column) notFound(def.what);
  return column;
}

/** The kind's rows of a subject, presented in the kind's order. */
export async function listRecords(tx: Db, subject: Subject, entity: HistoryEntity): Promise<unknown[]> {
  const def = KINDS[entity];
  const subjectColumn = def.subjects[subject.type];
  if (!subjectColumn) return [];
  const rows = (await tx
    .select()
    .from(t(def))
    .where(eq(subjectColumn.column, subject.id))
    .orderBy(def.order(def.table))) as unknown as Row[];
  return presentRows(tx, def, subject, rows);
}

async function presentRows(tx: Db, def: KindDef, subject: Subject, rows: Row[]): Promise<unknown[]> {
  const ids = [...new Set(rows.flatMap((r) => def.unitRefs?.(r) ?? []).filter((id) => id !== null))];
  const units = await loadUnitsByIds(tx, ids as string[]);
  const names = new Map([...units.values()].map((u) => [u.id, u.name]));
  return rows.map((r) => def.present(r, names, recordAbilities(subject.can)));
}

async function presentOne(tx: Db, def: KindDef, subject: Subject, row: Row): Promise<unknown> {
  return (await presentRows(tx, def, subject, [row]))[0];
}

/** GET …/<kind>: the list, when the subject is visible. */
export async function listSubjectRecords(
  tx: Db,
  actor: Actor,
  ref: SubjectRef,
  entity: HistoryEntity,
): Promise<unknown[]> {
  const subject = await loadSubject(tx, actor, ref);
  subjectColumnOf(KINDS[entity], subject);
  return listRecords(tx, subject, entity);
}

/** Loads one record of the subject, locked for the change, or NOT_FOUND. */
async function loadRecord(tx: Db, def: KindDef, subject: Subject, recordId: string): Promise<Row> {
  const { column } = subjectColumnOf(def, subject);
  const [row] = await tx
    .select()
    .from(t(def))
    .where(and(eq(t(def).id, recordId), eq(column, subject.id)))
    .for('update');
  if (!row) notFound(def.what);
  return row as unknown as Row;
}

const snapshot = (row: Row) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
};

/** POST …/<kind>: records one entry of the subject's history. */
export async function createRecord(
  tx: Db,
  actor: Actor,
  ref: SubjectRef,
  entity: HistoryEntity,
  input: unknown,
): Promise<unknown> {
  const def = KINDS[entity];
  const body = parseInput(def.create as z.ZodType<Record<string, unknown>>, input);
  const subject = await loadSubject(tx, actor, ref);
  const { key } = subjectColumnOf(def, subject);
  authorize(subject.can.write, WRITE_REFUSED);
  const values = { ...(await def.toInsert({ tx, actor, subject }, body)), [key]: subject.id };
  const [row] = (await tx
    .insert(t(def))
    .values(values as never)
    .returning()) as unknown as Row[];
  await appendAudit(tx, actor, {
    action: ACTIONS[entity].created,
    entity,
    entityId: row!.id,
    unitId: subject.auditUnitId,
    after: snapshot(row!),
  });
  return presentOne(tx, def, subject, row!);
}

/** PATCH …/<kind>/:recordId: corrects an entry, with optimistic locking on `version`. */
export async function updateRecord(
  tx: Db,
  actor: Actor,
  ref: SubjectRef,
  entity: HistoryEntity,
  recordId: string,
  input: unknown,
): Promise<unknown> {
  const def = KINDS[entity];
  const body = parseInput(def.update as z.ZodType<Record<string, unknown> & { version: number }>, input);
  const subject = await loadSubject(tx, actor, ref);
  const current = await loadRecord(tx, def, subject, recordId);
  authorize(subject.can.write, WRITE_REFUSED);
  if (current.version !== body.version) throw staleRecord(def.what);
  const changes = await def.toUpdate({ tx, actor, subject }, current, bodyColumns(body));
  const [row] = (await tx
    .update(t(def))
    .set({ ...(changes as object), updatedAt: new Date(), version: sql`${t(def).version} + 1` })
    .where(and(eq(t(def).id, recordId), eq(t(def).version, body.version)))
    .returning()) as unknown as Row[];
  if (!row) throw staleRecord(def.what);
  const keys = [...Object.keys(changes), 'version'];
  const pick = (r: Row) => Object.fromEntries(keys.map((k) => [k, r[k]]));
  await appendAudit(tx, actor, {
    action: ACTIONS[entity].updated,
    entity,
    entityId: recordId,
    unitId: subject.auditUnitId,
    before: pick(current),
    after: pick(row),
  });
  return presentOne(tx, def, subject, row);
}

/** DELETE …/<kind>/:recordId: removes an entry made by mistake (the audit trail keeps it). */
export async function deleteRecord(
  tx: Db,
  actor: Actor,
  ref: SubjectRef,
  entity: HistoryEntity,
  recordId: string,
): Promise<{ ok: true }> {
  const def = KINDS[entity];
  const subject = await loadSubject(tx, actor, ref);
  const current = await loadRecord(tx, def, subject, recordId);
  authorize(subject.can.write, WRITE_REFUSED);
  const refusal = def.deleteRefusal?.(current);
  if (refusal) throw new AppError('INVALID_STATE', refusal);
  await tx.delete(t(def)).where(eq(t(def).id, recordId));
  await appendAudit(tx, actor, {
    action: ACTIONS[entity].deleted,
    entity,
    entityId: recordId,
    unitId: subject.auditUnitId,
    before: snapshot(current),
  });
  return { ok: true };
}
