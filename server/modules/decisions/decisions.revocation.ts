// Revocation (thu hồi): a new act — numbered from the same register when the decision was issued here, or as
// written when it was a higher authority's — with its date, reason and signer, listing awards of an issued
// decision. The awards stay in the history, marked revoked from the act's date with the reason, and stop
// counting in eligibility; the decision shows the act.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { RevocationCreateBody, type DecisionView } from '../../../contracts/decisions';
import { todayInVietnam } from '../../../contracts/people';
import { formatDecisionNumber, registerYear } from '../../../domain/decision-number';
import { joinVi, legalBasesFor, longDate } from '../../../domain/decisions';
import { kindName } from '../../../domain/eligibility/text';
import type { AwardKindCode } from '../../../domain/regimes/types';
import type { Db } from '../../db/client';
import { awards, decisionAwardees, decisionRevokedAwards, decisions } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, invalidField } from '../../lib/errors';
import { parseInput, viDate } from '../people/people.service';
import { regimeIdAt } from './decisions.drafts';
import { canIssueAt, canRecordFor, ISSUE_REFUSED, RECORD_REFUSED } from './decisions.policy';
import { findRegister } from './decisions.queries';
import { takeNumber } from './decisions.registers';
import { decisionView, requireDecision } from './decisions.service';

/** POST /api/decisions/:id/revocations: revokes awards of an issued decision by a new act. */
export async function revokeAwards(tx: Db, actor: Actor, id: string, input: unknown): Promise<DecisionView> {
  const body = parseInput(RevocationCreateBody, input);
  const original = await requireDecision(tx, actor, id, true);
  if (original.status !== 'issued' || original.kind !== 'award') {
    throw new AppError(
      'INVALID_STATE',
      'Chỉ thu hồi được khen thưởng của quyết định khen thưởng đã ban hành',
    );
  }
  const internal = original.origin === 'internal';
  if (internal) {
    authorize(original.authorityPath !== null && canIssueAt(actor, original.authorityPath), ISSUE_REFUSED);
    if (body.number) invalidField('number', 'Số quyết định thu hồi được lấy tự động từ sổ khi ban hành');
  } else {
    authorize(
      original.recordedAtPath !== null && canRecordFor(actor, original.recordedAtPath),
      RECORD_REFUSED,
    );
    if (!body.number) invalidField('number', 'Nhập số, ký hiệu của quyết định thu hồi như trên văn bản');
  }
  if (body.decisionDate < original.decisionDate) {
    invalidField(
      'decisionDate',
      `Ngày thu hồi phải từ ngày quyết định khen thưởng (${viDate(original.decisionDate)})`,
    );
  }
  if (body.decisionDate > todayInVietnam())
    invalidField('decisionDate', 'Ngày thu hồi không được ở tương lai');
  const regimeId = regimeIdAt(body.decisionDate);

  const ids = [...new Set(body.awardIds)];
  const targets = await tx
    .select({ awardee: decisionAwardees, revoked: awards.revoked })
    .from(decisionAwardees)
    .innerJoin(awards, eq(awards.id, decisionAwardees.awardId))
    .where(and(eq(decisionAwardees.decisionId, id), inArray(decisionAwardees.awardId, ids)))
    .for('update', { of: awards });
  for (const awardId of ids) {
    const t = targets.find((x) => x.awardee.awardId === awardId);
    if (!t) invalidField('awardIds', 'Khen thưởng đã chọn không thuộc quyết định này');
    if (t.revoked)
      invalidField('awardIds', `Khen thưởng của ${t.awardee.displayName} đã bị thu hồi trước đó`);
  }

  // The number first (its row lock before any audit entry, as at issue).
  let number = body.number;
  let registerId: string | null = null;
  let year: number | null = null;
  let seq: number | null = null;
  if (internal) {
    const register = await findRegister(tx, original.registerId!);
    year = registerYear(body.decisionDate);
    seq = await takeNumber(tx, register!.id, year);
    number = formatDecisionNumber(register!.pattern, seq, year);
    registerId = register!.id;
  }
  const kinds = [...new Set(targets.map((t) => kindName(t.awardee.awardKind as AwardKindCode)))];
  const title =
    body.title ??
    `Về việc thu hồi ${joinVi(kinds)} đã tặng tại Quyết định số ${original.number} ${longDate(original.decisionDate)}`;
  const [act] = await tx
    .insert(decisions)
    .values({
      kind: 'revocation',
      origin: original.origin,
      status: 'issued',
      registerId,
      numberYear: year,
      numberSeq: seq,
      number: number!,
      decisionDate: body.decisionDate,
      regimeId,
      authorityCode: original.authorityCode,
      authorityLabel: original.authorityLabel,
      authorityUnitId: original.authorityUnitId,
      agencyParent: original.agencyParent,
      agencyName: original.agencyName,
      issuerTitle: original.issuerTitle,
      placeName: original.placeName,
      title,
      awardType: original.awardType,
      legalBases: internal ? legalBasesFor({ date: body.decisionDate }) : [],
      signMode: body.signMode ?? null,
      signFor: body.signFor,
      signerPosition: body.signerPosition,
      signerName: body.signerName,
      revokesDecisionId: id,
      reason: body.reason,
      totalAmount: targets.reduce((sum, t) => sum + t.awardee.amount, 0),
      recordedAtUnitId: original.recordedAtUnitId,
      issuedAt: sql`transaction_timestamp()`,
      issuedBy: actor.userId,
      issuedByName: actor.fullName,
      createdBy: actor.userId,
    })
    .returning();
  await tx.insert(decisionRevokedAwards).values(ids.map((awardId) => ({ revocationId: act!.id, awardId })));
  const reason = `${body.reason} (Quyết định thu hồi số ${number} ngày ${viDate(body.decisionDate)})`;
  await tx
    .update(awards)
    .set({
      revoked: true,
      revokedOn: body.decisionDate,
      revokedReason: reason,
      updatedAt: new Date(),
      version: sql`${awards.version} + 1`,
    })
    .where(inArray(awards.id, ids));
  await appendAudit(tx, actor, {
    action: 'decision.revocation_issued',
    entity: 'decision',
    entityId: act!.id,
    unitId: original.authorityUnitId ?? original.recordedAtUnitId,
    after: {
      number,
      decisionDate: body.decisionDate,
      revokesDecisionId: id,
      revokesNumber: original.number,
      reason: body.reason,
      awardIds: ids,
    },
  });
  for (const t of targets) {
    await appendAudit(tx, actor, {
      action: 'award.revoked',
      entity: 'award',
      entityId: t.awardee.awardId,
      unitId: t.awardee.unitAtAwardId,
      before: { revoked: false },
      after: { revoked: true, revokedOn: body.decisionDate, revokedReason: reason, revocationId: act!.id },
    });
  }
  return decisionView(tx, actor, await requireDecision(tx, actor, id));
}
