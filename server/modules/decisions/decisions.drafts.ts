// Drafts: the concluded nominees an authority may decide, a new draft from some of them (across dossiers), its
// editing (optimistic version) and deletion. Money is priced on the draft's date at every change.
import { and, eq, inArray, sql } from 'drizzle-orm';
import {
  type CandidateView,
  DraftCreateBody,
  DraftUpdateBody,
  type DecisionView,
} from '../../../contracts/decisions';
import { regimeAt } from '../../../domain/catalog';
import { closeBasisList, generatedTitle, legalBasesFor } from '../../../domain/decisions';
import { kindName } from '../../../domain/eligibility/text';
import type { AwardType } from '../../../domain/regimes/types';
import { type Db, queryRows } from '../../db/client';
import { decisionAwardees, decisions } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, invalidField } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import {
  candidateCondition,
  displayNameOf,
  heldTitles,
  type NomineeRow,
  nomineeRefusal,
  priceAwardees,
  printedSubjects,
  selectNominees,
} from './decisions.awardees';
import { canDraftAt, DRAFT_REFUSED } from './decisions.policy';
import type { DecisionRow } from './decisions.queries';
import { requireRegister, stale } from './decisions.registers';
import { decisionView, requireDecision } from './decisions.service';

/** The regime in force on a decision date, or a VALIDATION error naming the field. */
export function regimeIdAt(date: string, field = 'decisionDate'): 'A' | 'B' | 'C' {
  try {
    return regimeAt(date).id;
  } catch {
    return invalidField(
      field,
      'Ngày quyết định nằm ngoài các chế độ pháp lý hệ thống áp dụng (từ 01/10/2017)',
    );
  }
}

/** GET /api/decision-registers/:id/candidates */
export async function listCandidates(
  tx: Db,
  actor: Actor,
  registerId: string,
): Promise<{ items: CandidateView[] }> {
  const register = await requireRegister(tx, actor, registerId);
  authorize(canDraftAt(actor, register.authorityPath), DRAFT_REFUSED);
  const rows = await selectNominees(tx, candidateCondition(register.authorityUnitId, register.authorityCode));
  const authority = { unitId: register.authorityUnitId, code: register.authorityCode };
  const usable = rows.filter((n) => nomineeRefusal(n, authority) === null);
  const printed = await printedSubjects(
    tx,
    usable.map((n) => ({ ...n, key: n.id, fallbackUnitId: n.proposingUnitId })),
    `${usable[0]?.achievementYear ?? 2000}-12-31`,
  );
  const held = await heldTitles(
    tx,
    usable.map((n) => ({ ...n, key: n.id, displayName: displayNameOf(n) })),
  );
  return {
    items: usable.map((n) => ({
      nomineeId: n.id,
      dossierId: n.dossierId,
      dossierCode: n.dossierCode,
      dossierTitle: n.dossierTitle,
      dossierStatus: n.dossierStatus,
      proposingUnitName: n.proposingUnitName,
      subjectKind: n.subjectKind,
      displayName: displayNameOf(n),
      unitName: printed.get(n.id)?.unitName ?? null,
      awardKind: n.awardKind,
      awardKindName: kindName(n.awardKind),
      achievementYear: n.achievementYear,
      warnings: held.has(n.id) ? [held.get(n.id)!] : [],
    })),
  };
}

/** The nominees asked for, each checked against the authority; VALIDATION naming the first refused. */
async function usableNominees(
  tx: Db,
  ids: readonly string[],
  authority: { unitId: string; code: string },
): Promise<NomineeRow[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await selectNominees(
    tx,
    sql`n.id in (${sql.join(
      unique.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
  for (const id of unique) {
    const row = rows.find((r) => r.id === id);
    if (!row) invalidField('nomineeIds', 'Không tìm thấy đề nghị khen thưởng đã chọn');
    const refusal = nomineeRefusal(row, authority);
    if (refusal) invalidField('nomineeIds', refusal);
  }
  return unique.map((id) => rows.find((r) => r.id === id)!);
}

/** Inserts awardees for nominees after the given position. */
async function insertAwardees(
  tx: Db,
  decisionId: string,
  nominees: readonly NomineeRow[],
  date: string,
  after: number,
): Promise<void> {
  if (nominees.length === 0) return;
  const printed = await printedSubjects(
    tx,
    nominees.map((n) => ({ ...n, key: n.id, fallbackUnitId: n.proposingUnitId })),
    date,
  );
  await tx.insert(decisionAwardees).values(
    nominees.map((n, i) => {
      const p = printed.get(n.id)!;
      return {
        decisionId,
        position: after + i + 1,
        subjectKind: n.subjectKind,
        personId: n.personId,
        unitId: n.unitId,
        householdName: n.householdName,
        displayName: p.displayName,
        positionTitle: p.positionTitle,
        unitName: p.unitName,
        unitAtAwardId: p.unitAtAwardId || n.proposingUnitId,
        awardKind: n.awardKind,
        achievementYear: n.achievementYear,
        nomineeId: n.id,
      };
    }),
  );
}

/** Dates of the closed council meetings that voted on or considered these nominees, with the council's name. */
async function councilMeetings(
  tx: Db,
  decisionId: string,
): Promise<{ dates: string[]; name: string | null }> {
  const rows = await queryRows<{ held_on: string; name: string }>(
    tx,
    sql`select distinct m.held_on::text as held_on, c.name from council_meetings m
      join councils c on c.id = m.council_id
      where m.status = 'closed' and (
        exists (select 1 from council_ballots b join decision_awardees a on a.nominee_id = b.nominee_id
          where b.meeting_id = m.id and a.decision_id = ${decisionId})
        or exists (select 1 from council_meeting_dossiers md join dossier_nominees n on n.dossier_id = md.dossier_id
          join decision_awardees a on a.nominee_id = n.id where md.meeting_id = m.id and a.decision_id = ${decisionId}))
      order by held_on`,
  );
  return { dates: rows.map((r) => r.held_on), name: rows[0]?.name ?? null };
}

/** The căn cứ of a draft from its date, councils and proposing units. */
async function basesOf(tx: Db, decisionId: string, date: string): Promise<string[]> {
  const meetings = await councilMeetings(tx, decisionId);
  const units = await queryRows<{ name: string }>(
    tx,
    sql`select distinct pu.name from decision_awardees a join dossier_nominees n on n.id = a.nominee_id
      join dossiers ds on ds.id = n.dossier_id join units pu on pu.id = ds.proposing_unit_id
      where a.decision_id = ${decisionId} order by pu.name`,
  );
  return legalBasesFor({
    date,
    councilMeetingDates: meetings.dates,
    councilName: meetings.name,
    proposingUnits: units.map((u) => u.name),
  });
}

async function titleOf(tx: Db, decisionId: string, date: string, awardType: AwardType): Promise<string> {
  const rows = await tx
    .select({ awardKind: decisionAwardees.awardKind, achievementYear: decisionAwardees.achievementYear })
    .from(decisionAwardees)
    .where(eq(decisionAwardees.decisionId, decisionId));
  return generatedTitle(rows as never, date, awardType);
}

const snapshot = (r: typeof decisions.$inferSelect) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};

/** POST /api/decisions: a draft of the register's authority from concluded nominees. */
export async function createDraft(tx: Db, actor: Actor, input: unknown): Promise<DecisionView> {
  const body = parseInput(DraftCreateBody, input);
  const register = await requireRegister(tx, actor, body.registerId);
  authorize(canDraftAt(actor, register.authorityPath), DRAFT_REFUSED);
  if (!register.active) invalidField('registerId', 'Sổ quyết định này đã ngừng sử dụng');
  const regimeId = regimeIdAt(body.decisionDate);
  const nominees = await usableNominees(tx, body.nomineeIds, {
    unitId: register.authorityUnitId,
    code: register.authorityCode,
  });
  const types = [...new Set(nominees.map((n) => n.dossierAwardType))];
  const awardType = body.awardType ?? ((types.length === 1 ? types[0] : 'cong_trang') as AwardType);
  const [created] = await tx
    .insert(decisions)
    .values({
      kind: 'award',
      origin: 'internal',
      status: 'draft',
      registerId: register.id,
      decisionDate: body.decisionDate,
      regimeId,
      authorityCode: register.authorityCode,
      authorityLabel: register.authorityLabel,
      authorityUnitId: register.authorityUnitId,
      agencyParent: register.agencyParent,
      agencyName: register.agencyName,
      issuerTitle: register.issuerTitle,
      placeName: register.placeName,
      title: body.title ?? 'Về việc khen thưởng',
      awardType,
      proposedBy: register.proposedBy,
      fundingSource: register.fundingSource,
      executors:
        register.executors ??
        'Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.',
      recipients: ['Như Điều 3', 'Lưu: VT'],
      signMode: register.signMode,
      signFor: register.signFor,
      signerPosition: register.signerPosition,
      signerName: register.signerName,
      createdBy: actor.userId,
    })
    .returning();
  await insertAwardees(tx, created!.id, nominees, body.decisionDate, 0);
  const total = await priceAwardees(tx, created!.id, body.decisionDate);
  const [row] = await tx
    .update(decisions)
    .set({
      totalAmount: total,
      legalBases: await basesOf(tx, created!.id, body.decisionDate),
      title: body.title ?? (await titleOf(tx, created!.id, body.decisionDate, awardType)),
    })
    .where(eq(decisions.id, created!.id))
    .returning();
  await appendAudit(tx, actor, {
    action: 'decision.drafted',
    entity: 'decision',
    entityId: row!.id,
    unitId: row!.authorityUnitId,
    after: { ...snapshot(row!), nomineeIds: nominees.map((n) => n.id) },
  });
  return decisionView(tx, actor, await requireDecision(tx, actor, row!.id));
}

/** A draft the actor may edit, read at the version sent. */
async function draftForChange(tx: Db, actor: Actor, id: string, version: number): Promise<DecisionRow> {
  const current = await requireDecision(tx, actor, id, true);
  if (current.status !== 'draft') {
    throw new AppError(
      'INVALID_STATE',
      `Quyết định đã ban hành${current.number ? ` (số ${current.number})` : ''}, không sửa được nữa`,
    );
  }
  authorize(current.authorityPath !== null && canDraftAt(actor, current.authorityPath), DRAFT_REFUSED);
  if (current.version !== version) throw stale('Dự thảo quyết định');
  return current;
}

/** PATCH /api/decisions/:id: edits a draft (texts, signer, date, awardees). */
export async function updateDraft(tx: Db, actor: Actor, id: string, input: unknown): Promise<DecisionView> {
  const body = parseInput(DraftUpdateBody, input);
  const current = await draftForChange(tx, actor, id, body.version);
  const {
    version,
    addNomineeIds,
    removeAwardeeIds,
    awardeeTexts,
    regenerateBases,
    regenerateTitle,
    ...fields
  } = body;
  const date = fields.decisionDate ?? current.decisionDate;
  const changes: Partial<typeof decisions.$inferInsert> = { ...fields };
  if (fields.decisionDate) changes.regimeId = regimeIdAt(fields.decisionDate);
  if (fields.legalBases) changes.legalBases = closeBasisList(fields.legalBases);

  let awardeesChanged = false;
  if (removeAwardeeIds?.length) {
    await tx
      .delete(decisionAwardees)
      .where(and(eq(decisionAwardees.decisionId, id), inArray(decisionAwardees.id, removeAwardeeIds)));
    awardeesChanged = true;
  }
  if (addNomineeIds?.length) {
    const nominees = await usableNominees(tx, addNomineeIds, {
      unitId: current.authorityUnitId!,
      code: current.authorityCode,
    });
    const [last] = await queryRows<{ max: number | null }>(
      tx,
      sql`select max(position)::int as max from decision_awardees where decision_id = ${id}`,
    );
    await insertAwardees(tx, id, nominees, date, last?.max ?? 0);
    awardeesChanged = true;
  }
  for (const t of awardeeTexts ?? []) {
    const set: Partial<typeof decisionAwardees.$inferInsert> = {};
    if (t.positionTitle !== undefined) set.positionTitle = t.positionTitle;
    if (t.unitName !== undefined) set.unitName = t.unitName;
    if (Object.keys(set).length === 0) continue;
    const updated = await tx
      .update(decisionAwardees)
      .set(set)
      .where(and(eq(decisionAwardees.id, t.id), eq(decisionAwardees.decisionId, id)))
      .returning({ id: decisionAwardees.id });
    if (updated.length === 0) invalidField('awardeeTexts', 'Không tìm thấy đối tượng trong dự thảo');
  }
  if (awardeesChanged || fields.decisionDate) changes.totalAmount = await priceAwardees(tx, id, date);
  if (regenerateBases) changes.legalBases = await basesOf(tx, id, date);
  if (regenerateTitle) {
    changes.title = await titleOf(tx, id, date, (fields.awardType ?? current.awardType) as AwardType);
  }
  const [row] = await tx
    .update(decisions)
    .set({ ...changes, updatedAt: new Date(), version: sql`${decisions.version} + 1` })
    .where(and(eq(decisions.id, id), eq(decisions.version, version)))
    .returning();
  if (!row) throw stale('Dự thảo quyết định');
  const keys = [...Object.keys(changes), 'version'] as (keyof typeof row)[];
  const pick = (r: typeof row) => Object.fromEntries(keys.map((k) => [k, r[k]]));
  await appendAudit(tx, actor, {
    action: 'decision.updated',
    entity: 'decision',
    entityId: id,
    unitId: row.authorityUnitId,
    before: pick(current),
    after: {
      ...pick(row),
      ...(addNomineeIds?.length ? { addedNomineeIds: addNomineeIds } : {}),
      ...(removeAwardeeIds?.length ? { removedAwardeeIds: removeAwardeeIds } : {}),
    },
  });
  return decisionView(tx, actor, await requireDecision(tx, actor, id));
}

/** DELETE /api/decisions/:id: a draft given up; its nominees become candidates again. */
export async function deleteDraft(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  const current = await requireDecision(tx, actor, id, true);
  if (current.status !== 'draft') {
    throw new AppError(
      'INVALID_STATE',
      'Quyết định đã ban hành không xóa được; muốn thay đổi hãy lập quyết định thu hồi',
    );
  }
  authorize(current.authorityPath !== null && canDraftAt(actor, current.authorityPath), DRAFT_REFUSED);
  const nominees = await tx
    .select({ id: decisionAwardees.nomineeId })
    .from(decisionAwardees)
    .where(eq(decisionAwardees.decisionId, id));
  await tx.delete(decisions).where(eq(decisions.id, id));
  const { authorityPath: _a, recordedAtPath: _r, ...row } = current;
  await appendAudit(tx, actor, {
    action: 'decision.deleted',
    entity: 'decision',
    entityId: id,
    unitId: current.authorityUnitId,
    before: { ...snapshot(row), nomineeIds: nominees.map((n) => n.id) },
  });
  return { ok: true };
}
