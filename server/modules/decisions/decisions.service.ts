// Reading decisions: the list with its filters and the abilities to draft or record, and one decision with its
// awardees, revocations, money and — for a draft — what blocks its issue and what deserves a look.
import type { DecisionListQuery, DecisionPage, DecisionView } from '../../../contracts/decisions';
import { todayInVietnam } from '../../../contracts/people';
import { signerErrors } from '../../../domain/decisions';
import { basePayAt } from '../../../domain/money';
import type { AwardKindCode, SubjectKind } from '../../../domain/regimes/types';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { viDate } from '../people/people.service';
import { heldTitles } from './decisions.awardees';
import { canDraftSomewhere, canRecordSomewhere } from './decisions.policy';
import { presentDecision, presentListItem } from './decisions.present';
import {
  type AwardeeRow,
  type DecisionRow,
  findDecision,
  findRegister,
  loadAwardees,
  loadRevocations,
  loadRevokedAwardees,
  loadRevokedDecisionRef,
  selectDecisionPage,
} from './decisions.queries';

export const WHAT = 'quyết định';

/** The decision in the actor's scope (NOT_FOUND outside it), locked for update when asked. */
export async function requireDecision(tx: Db, actor: Actor, id: string, lock = false): Promise<DecisionRow> {
  return (await findDecision(tx, actor, id, lock)) ?? notFound(WHAT);
}

/** GET /api/decisions */
export async function listDecisions(tx: Db, actor: Actor, query: DecisionListQuery): Promise<DecisionPage> {
  const { rows, total } = await selectDecisionPage(tx, actor, query);
  return {
    items: rows.map(presentListItem),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { draft: canDraftSomewhere(actor), recordExternal: canRecordSomewhere(actor) },
  };
}

/** What stops a draft from being issued, and what the signer should look at. */
async function draftChecks(
  tx: Db,
  row: DecisionRow,
  awardees: readonly AwardeeRow[],
): Promise<{ blockers: string[]; warnings: string[] }> {
  const blockers: string[] = [];
  const warnings: string[] = [];
  if (awardees.length === 0) blockers.push('Quyết định chưa có cá nhân, tập thể nào được khen thưởng');
  if (row.legalBases.length === 0) blockers.push('Chưa có căn cứ ban hành');
  const signer = signerErrors({
    signMode: row.signMode as never,
    signFor: row.signFor,
    signerPosition: row.signerPosition,
    signerName: row.signerName,
  });
  blockers.push(...Object.values(signer));
  const today = todayInVietnam();
  if (row.decisionDate > today) {
    blockers.push(`Ngày ký ${viDate(row.decisionDate)} sau ngày hôm nay; sửa ngày ký trước khi ban hành`);
  }
  const register = row.registerId ? await findRegister(tx, row.registerId) : undefined;
  if (register && !register.active) blockers.push('Sổ quyết định của cơ quan này đã ngừng sử dụng');
  const held = await heldTitles(
    tx,
    awardees.map(({ awardee: a }) => ({
      key: a.id,
      subjectKind: a.subjectKind as SubjectKind,
      personId: a.personId,
      unitId: a.unitId,
      awardKind: a.awardKind as AwardKindCode,
      achievementYear: a.achievementYear,
      displayName: a.displayName,
    })),
  );
  blockers.push(...held.values());
  const late = awardees.filter((a) => Number(row.decisionDate.slice(0, 4)) < a.awardee.achievementYear);
  for (const a of late) {
    blockers.push(`${a.awardee.displayName}: ngày ký trước năm thành tích ${a.awardee.achievementYear}`);
  }
  if (awardees.length > 0 && basePayAt(row.decisionDate).assumption) {
    warnings.push(
      `Mức lương cơ sở áp dụng ngày ${viDate(row.decisionDate)} chưa được kiểm chứng từ văn bản gốc; kiểm tra lại số tiền thưởng`,
    );
  }
  const unpaid = awardees.filter((a) => a.awardee.moneyNote);
  for (const a of unpaid) warnings.push(`${a.awardee.displayName}: ${a.awardee.moneyNote}`);
  return { blockers, warnings };
}

/** The decision as the actor sees it now. */
export async function decisionView(tx: Db, actor: Actor, row: DecisionRow): Promise<DecisionView> {
  const revocation = row.kind === 'revocation';
  const awardees = revocation ? await loadRevokedAwardees(tx, row.id) : await loadAwardees(tx, row.id);
  const revocations = revocation ? [] : await loadRevocations(tx, row.id);
  const revokes = row.revokesDecisionId ? await loadRevokedDecisionRef(tx, row.revokesDecisionId) : null;
  const register = row.registerId ? await findRegister(tx, row.registerId) : undefined;
  const checks =
    row.status === 'draft' ? await draftChecks(tx, row, awardees) : { blockers: [], warnings: [] };
  return presentDecision(actor, row, {
    awardees,
    revocations: revocations.map((r) => ({ ...r, reason: r.reason ?? '' })),
    revokes,
    pattern: register?.pattern ?? null,
    ...checks,
  });
}

/** GET /api/decisions/:id */
export async function getDecision(tx: Db, actor: Actor, id: string): Promise<DecisionView> {
  return decisionView(tx, actor, await requireDecision(tx, actor, id));
}
