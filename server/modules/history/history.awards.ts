// Awards of a person (or the household they head) or a unit: record from a paper decision, correct the details,
// revoke. An award is never deleted: a revoked award stays, marked, and stops counting.
import { and, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import {
  AwardCreateBody,
  type AwardCreateInput,
  AwardRevokeBody,
  AwardUpdateBody,
  type AwardView,
} from '../../../contracts/history';
import { todayInVietnam } from '../../../contracts/people';
import type { Db } from '../../db/client';
import { awards, initiatives, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, invalidField, notFound } from '../../lib/errors';
import { loadUnitsByIds } from '../people/people.queries';
import { parseInput, viDate } from '../people/people.service';
import { awardAmount } from './history.money';
import { presentAward, type AwardRow } from './history.present';
import { staleRecord } from './history.service';
import {
  employmentAt,
  loadSubject,
  requireReferableUnit,
  type Subject,
  type SubjectRef,
} from './history.subject';

const WHAT = 'khen thưởng';
const RECORD_REFUSED = 'Bạn không có quyền ghi nhận khen thưởng cho đối tượng này';

const subjectWhere = (subject: Subject) =>
  subject.type === 'person' ? eq(awards.personId, subject.id) : eq(awards.unitId, subject.id);

/**
 * Awards as views, newest first, each with its unit's name and the initiatives it used: one statement, however
 * many awards (the history page lists them all).
 */
async function awardViews(tx: Db, subject: Subject, where: SQL): Promise<AwardView[]> {
  const rows = await tx
    .select({
      award: awards,
      unitAtAwardName: units.name,
      initiativeIds: sql<string[]>`coalesce((select json_agg(i.id order by i.created_at, i.id)
        from ${initiatives} i where i.used_by_award_id = ${awards.id}), '[]'::json)`,
    })
    .from(awards)
    .leftJoin(units, eq(units.id, awards.unitAtAwardId))
    .where(where)
    .orderBy(
      desc(awards.achievementYear),
      sql`${awards.decisionDate} desc nulls last`,
      desc(awards.createdAt),
    );
  return rows.map((r) => presentAward(r.award, r.unitAtAwardName ?? '', r.initiativeIds, subject.can));
}

/** The awards of a subject with the initiatives each used, newest first. */
export async function listAwards(tx: Db, subject: Subject): Promise<AwardView[]> {
  return awardViews(tx, subject, subjectWhere(subject));
}

/** One award just written, as its view. */
async function presentWritten(tx: Db, subject: Subject, row: AwardRow): Promise<AwardView> {
  return (await awardViews(tx, subject, eq(awards.id, row.id)))[0]!;
}

/** GET …/awards */
export async function listSubjectAwards(tx: Db, actor: Actor, ref: SubjectRef): Promise<AwardView[]> {
  return listAwards(tx, await loadSubject(tx, actor, ref));
}

async function loadAward(tx: Db, subject: Subject, awardId: string): Promise<AwardRow> {
  const [row] = await tx
    .select()
    .from(awards)
    .where(and(eq(awards.id, awardId), subjectWhere(subject)))
    .for('update');
  return row ?? notFound(WHAT);
}

async function requireAuthorityUnit(tx: Db, id: string | null | undefined): Promise<void> {
  if (!id) return;
  if (!(await loadUnitsByIds(tx, [id])).has(id))
    invalidField('authorityUnitId', 'Không tìm thấy đơn vị ban hành');
}

/** Marks the initiatives as used by the award: each must be the person's own and not used yet. */
async function useInitiatives(tx: Db, subject: Subject, awardId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  if (subject.type !== 'person') invalidField('initiativeIds', 'Chỉ khen thưởng cá nhân mới dùng sáng kiến');
  const rows = await tx
    .select()
    .from(initiatives)
    .where(and(inArray(initiatives.id, [...ids]), eq(initiatives.personId, subject.id)))
    .for('update');
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) invalidField('initiativeIds', 'Không tìm thấy sáng kiến, đề tài này của cá nhân');
    if (row.usedByAwardId) {
      invalidField('initiativeIds', `Sáng kiến "${row.title}" đã được dùng cho một khen thưởng khác`);
    }
  }
  await tx
    .update(initiatives)
    .set({ usedByAwardId: awardId, updatedAt: new Date(), version: sql`${initiatives.version} + 1` })
    .where(and(inArray(initiatives.id, [...ids]), isNull(initiatives.usedByAwardId)));
}

/** The unit as it was when granted: as given, else the person's unit at the decision date (or year end). */
async function unitAtAward(
  tx: Db,
  actor: Actor,
  subject: Subject,
  body: { unitAtAwardId?: string | undefined; decisionDate: string | null; year: number },
): Promise<string> {
  if (subject.type === 'unit') {
    if (body.unitAtAwardId && body.unitAtAwardId !== subject.id) {
      invalidField('unitAtAwardId', 'Khen thưởng tập thể ghi nhận cho chính đơn vị đó');
    }
    return subject.id;
  }
  if (body.unitAtAwardId) {
    return (await requireReferableUnit(tx, actor, subject, body.unitAtAwardId, 'unitAtAwardId')).id;
  }
  const job = employmentAt(subject.employments, body.decisionDate ?? `${body.year}-12-31`);
  return job?.unitId ?? invalidField('unitAtAwardId', 'Chọn đơn vị của cá nhân khi được khen thưởng');
}

/** The columns of a new award, validated against the subject (shared with the bulk path). */
export async function prepareAward(tx: Db, actor: Actor, subject: Subject, body: AwardCreateBody) {
  if (subject.type === 'unit' && body.householdName) {
    invalidField('householdName', 'Khen thưởng hộ gia đình ghi nhận qua chủ hộ (cá nhân)');
  }
  const subjectKind =
    subject.type === 'unit' ? 'collective' : body.householdName ? 'household' : 'individual';
  await requireAuthorityUnit(tx, body.authorityUnitId);
  return {
    subjectKind,
    personId: subject.type === 'person' ? subject.id : null,
    unitId: subject.type === 'unit' ? subject.id : null,
    householdName: subject.type === 'person' ? body.householdName : null,
    awardKind: body.awardKind,
    awardType: body.awardType,
    achievementYear: body.year,
    decisionNumber: body.decisionNumber,
    decisionDate: body.decisionDate,
    authority: body.authority,
    authorityUnitId: body.authorityUnitId ?? null,
    unitAtAwardId: await unitAtAward(tx, actor, subject, body),
    amount: body.amount ?? awardAmount(body.awardKind, subjectKind, body.decisionDate),
    note: body.note,
    source: 'recorded',
  } as const;
}

const snapshot = (row: AwardRow) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
};

/** POST …/awards: records an award from a paper decision. */
export async function recordAward(
  tx: Db,
  actor: Actor,
  ref: SubjectRef,
  input: AwardCreateInput,
): Promise<AwardView> {
  const body = parseInput(AwardCreateBody, input);
  const subject = await loadSubject(tx, actor, ref);
  authorize(subject.can.recordAward, RECORD_REFUSED);
  const [row] = await tx
    .insert(awards)
    .values(await prepareAward(tx, actor, subject, body))
    .returning();
  await useInitiatives(tx, subject, row!.id, body.initiativeIds);
  await appendAudit(tx, actor, {
    action: 'award.recorded',
    entity: 'award',
    entityId: row!.id,
    unitId: subject.auditUnitId,
    after: { ...snapshot(row!), initiativeIds: body.initiativeIds },
  });
  return presentWritten(tx, subject, row!);
}

/** PATCH …/awards/:awardId: corrects the recorded details of a standing award. */
export async function updateAward(
  tx: Db,
  actor: Actor,
  ref: SubjectRef,
  awardId: string,
  input: unknown,
): Promise<AwardView> {
  const body = parseInput(AwardUpdateBody, input);
  const subject = await loadSubject(tx, actor, ref);
  const current = await loadAward(tx, subject, awardId);
  authorize(subject.can.recordAward, RECORD_REFUSED);
  if (current.revoked) throw new AppError('INVALID_STATE', 'Khen thưởng đã bị thu hồi, không thể sửa');
  if (current.version !== body.version) throw staleRecord(WHAT);
  const { version, unitAtAwardId, ...changes } = body;
  await requireAuthorityUnit(tx, changes.authorityUnitId);
  const decisionDate = changes.decisionDate === undefined ? current.decisionDate : changes.decisionDate;
  if (decisionDate && Number(decisionDate.slice(0, 4)) < current.achievementYear) {
    invalidField('decisionDate', 'Ngày quyết định không được trước năm thành tích');
  }
  const set: Partial<AwardRow> = { ...changes };
  if (unitAtAwardId) {
    const year = current.achievementYear;
    set.unitAtAwardId = await unitAtAward(tx, actor, subject, { unitAtAwardId, decisionDate, year });
  }
  const [row] = await tx
    .update(awards)
    .set({ ...set, updatedAt: new Date(), version: sql`${awards.version} + 1` })
    .where(and(eq(awards.id, awardId), eq(awards.version, version)))
    .returning();
  if (!row) throw staleRecord(WHAT);
  const keys = [...Object.keys(set), 'version'] as (keyof AwardRow)[];
  const pick = (r: AwardRow) => Object.fromEntries(keys.map((k) => [k, r[k]]));
  await appendAudit(tx, actor, {
    action: 'award.updated',
    entity: 'award',
    entityId: awardId,
    unitId: subject.auditUnitId,
    before: pick(current),
    after: pick(row),
  });
  return presentWritten(tx, subject, row);
}

/** POST …/awards/:awardId/revoke: the award stays, marked revoked from a date, with the reason. */
export async function revokeAward(
  tx: Db,
  actor: Actor,
  ref: SubjectRef,
  awardId: string,
  input: unknown,
): Promise<AwardView> {
  const body = parseInput(AwardRevokeBody, input);
  const subject = await loadSubject(tx, actor, ref);
  const current = await loadAward(tx, subject, awardId);
  authorize(subject.can.recordAward, 'Bạn không có quyền thu hồi khen thưởng của đối tượng này');
  if (current.revoked) throw new AppError('INVALID_STATE', 'Khen thưởng này đã bị thu hồi trước đó');
  if (body.version !== undefined && body.version !== current.version) throw staleRecord(WHAT);
  if (current.decisionDate && body.revokedOn < current.decisionDate) {
    invalidField(
      'revokedOn',
      `Ngày thu hồi phải từ ngày quyết định khen thưởng (${viDate(current.decisionDate)})`,
    );
  }
  if (body.revokedOn > todayInVietnam()) invalidField('revokedOn', 'Ngày thu hồi không được ở tương lai');
  const [row] = await tx
    .update(awards)
    .set({
      revoked: true,
      revokedOn: body.revokedOn,
      revokedReason: body.reason,
      updatedAt: new Date(),
      version: sql`${awards.version} + 1`,
    })
    .where(and(eq(awards.id, awardId), eq(awards.version, current.version)))
    .returning();
  if (!row) throw staleRecord(WHAT);
  await appendAudit(tx, actor, {
    action: 'award.revoked',
    entity: 'award',
    entityId: awardId,
    unitId: subject.auditUnitId,
    before: { revoked: false, version: current.version },
    after: {
      revoked: true,
      revokedOn: row.revokedOn,
      revokedReason: row.revokedReason,
      version: row.version,
    },
  });
  return presentWritten(tx, subject, row);
}
