// Rows → views: a decision with its awardees, money (Điều 2 lines), revocations and the `can` map; list items;
// registers with their yearly counters.
import type {
  AwardeeView,
  DecisionListItem,
  DecisionView,
  RegisterView,
  RevocationState,
} from '../../../contracts/decisions';
import { formatDecisionNumber, numberLine, registerYear, symbolOf } from '../../../domain/decision-number';
import { type DecisionMoney, type MoneyGroup, moneyArticleLines } from '../../../domain/decisions';
import { amountInWords } from '../../../domain/money';
import { kindName } from '../../../domain/eligibility/text';
import type { AwardKindCode, AwardType, SubjectKind } from '../../../domain/regimes/types';
import type { Actor } from '../../lib/actor';
import { canDraftAt, canIssueAt, canManageRegister, decisionAbilities } from './decisions.policy';
import type { AwardeeRow, DecisionRow, ListRow, RegisterRow } from './decisions.queries';

export function presentAwardee(row: AwardeeRow): AwardeeView {
  const a = row.awardee;
  return {
    id: a.id,
    position: a.position,
    subjectKind: a.subjectKind as SubjectKind,
    personId: a.personId,
    unitId: a.unitId,
    householdName: a.householdName,
    displayName: a.displayName,
    positionTitle: a.positionTitle,
    unitName: a.unitName,
    unitAtAwardId: a.unitAtAwardId,
    awardKind: a.awardKind as AwardKindCode,
    awardKindName: kindName(a.awardKind as AwardKindCode),
    achievementYear: a.achievementYear,
    coefficient: Number(a.coefficient),
    basePay: a.basePay,
    amount: a.amount,
    moneyNote: a.moneyNote,
    nomineeId: a.nomineeId,
    dossier: row.dossierId && row.dossierCode ? { id: row.dossierId, code: row.dossierCode } : null,
    awardId: a.awardId,
    revoked: row.revoked === true,
    revokedOn: row.revokedOn,
    revokedReason: row.revokedReason,
    revokedBy: row.revokedById ? { id: row.revokedById, number: row.revokedByNumber } : null,
  };
}

/** The money of stored awardees, grouped for Điều 2 (issued decisions keep the amounts they were issued with). */
export function storedMoney(rows: readonly AwardeeRow[]): DecisionMoney {
  const groups = new Map<string, MoneyGroup>();
  let basePay = 0;
  for (const { awardee: a } of rows) {
    if (a.basePay > 0) basePay = a.basePay;
    if (a.amount <= 0) continue;
    const key = `${a.awardKind}|${a.subjectKind}|${a.amount}`;
    const g = groups.get(key);
    if (g) {
      g.count += 1;
      g.subtotal += a.amount;
    } else {
      groups.set(key, {
        awardKind: a.awardKind as AwardKindCode,
        kindName: kindName(a.awardKind as AwardKindCode),
        subjectKind: a.subjectKind as SubjectKind,
        coefficient: Number(a.coefficient),
        amount: a.amount,
        count: 1,
        subtotal: a.amount,
      });
    }
  }
  const total = rows.reduce((sum, r) => sum + r.awardee.amount, 0);
  return {
    items: [],
    total,
    totalWords: amountInWords(total),
    basePay,
    groups: [...groups.values()],
    errors: {},
  };
}

export function revocationStateOf(awardees: number, revoked: number): RevocationState {
  if (revoked === 0) return 'none';
  return revoked >= awardees ? 'full' : 'partial';
}

export interface DecisionExtras {
  awardees: AwardeeRow[];
  revocations: DecisionView['revocations'];
  revokes: DecisionView['revokes'];
  pattern: string | null;
  blockers: string[];
  warnings: string[];
}

export function presentDecision(actor: Actor, row: DecisionRow, extras: DecisionExtras): DecisionView {
  const awardees = extras.awardees.map(presentAwardee);
  const money = storedMoney(extras.awardees);
  const revoked = awardees.filter((a) => a.revoked).length;
  const can = decisionAbilities(actor, {
    status: row.status as 'draft' | 'issued',
    origin: row.origin as 'internal' | 'external',
    kind: row.kind as 'award' | 'revocation',
    authorityPath: row.authorityPath,
    recordedAtPath: row.recordedAtPath,
  });
  const year = registerYear(row.decisionDate);
  return {
    id: row.id,
    kind: row.kind as DecisionView['kind'],
    origin: row.origin as DecisionView['origin'],
    status: row.status as DecisionView['status'],
    revocationState: row.kind === 'award' ? revocationStateOf(awardees.length, revoked) : 'none',
    registerId: row.registerId,
    number: row.number,
    numberPreview: numberLine(row.number, extras.pattern ?? '{n}/QĐ', year),
    decisionDate: row.decisionDate,
    regimeId: row.regimeId,
    authorityCode: row.authorityCode as DecisionView['authorityCode'],
    authorityLabel: row.authorityLabel,
    authorityUnitId: row.authorityUnitId,
    agencyParent: row.agencyParent,
    agencyName: row.agencyName,
    issuerTitle: row.issuerTitle,
    placeName: row.placeName,
    title: row.title,
    awardType: row.awardType as AwardType,
    legalBases: row.legalBases,
    proposedBy: row.proposedBy,
    fundingSource: row.fundingSource,
    executors: row.executors,
    recipients: row.recipients,
    signMode: row.signMode as DecisionView['signMode'],
    signFor: row.signFor,
    signerPosition: row.signerPosition,
    signerName: row.signerName,
    reason: row.reason,
    note: row.note,
    revokes: extras.revokes,
    awardees,
    revocations: extras.revocations,
    money: {
      basePay: money.basePay,
      total: money.total,
      totalWords: money.totalWords,
      groups: money.groups,
      lines: moneyArticleLines(money, row.fundingSource),
    },
    blockers: extras.blockers,
    warnings: extras.warnings,
    issuedAt: row.issuedAt ? row.issuedAt.toISOString() : null,
    issuedByName: row.issuedByName,
    version: row.version,
    can: { ...can, issue: can.issue && extras.blockers.length === 0 },
  };
}

export function presentListItem(row: ListRow): DecisionListItem {
  const x = row.decision;
  return {
    id: x.id,
    kind: x.kind as DecisionListItem['kind'],
    origin: x.origin as DecisionListItem['origin'],
    status: x.status as DecisionListItem['status'],
    revocationState: x.kind === 'award' ? revocationStateOf(row.awardeeCount, row.revokedCount) : 'none',
    number: x.number,
    decisionDate: x.decisionDate,
    title: x.title,
    authorityLabel: x.authorityLabel,
    awardeeCount: row.awardeeCount,
    revokedCount: row.revokedCount,
    totalAmount: x.totalAmount,
    revokes: x.revokesDecisionId ? { id: x.revokesDecisionId, number: row.revokesNumber } : null,
  };
}

export interface RegisterYearRow {
  year: number;
  lastNumber: number;
  highestIssued: number | null;
}

export function presentRegister(
  actor: Actor,
  r: RegisterRow,
  years: readonly RegisterYearRow[],
): RegisterView {
  return {
    id: r.id,
    authorityUnitId: r.authorityUnitId,
    authorityUnitName: r.authorityName,
    authorityCode: r.authorityCode as RegisterView['authorityCode'],
    authorityLabel: r.authorityLabel,
    pattern: r.pattern,
    symbol: symbolOf(r.pattern),
    agencyParent: r.agencyParent,
    agencyName: r.agencyName,
    issuerTitle: r.issuerTitle,
    placeName: r.placeName,
    proposedBy: r.proposedBy,
    fundingSource: r.fundingSource,
    executors: r.executors,
    signMode: r.signMode as RegisterView['signMode'],
    signFor: r.signFor,
    signerPosition: r.signerPosition,
    signerName: r.signerName,
    active: r.active,
    version: r.version,
    years: years.map((y) => ({
      year: y.year,
      lastNumber: y.lastNumber,
      nextNumber: y.lastNumber + 1,
      next: formatDecisionNumber(r.pattern, y.lastNumber + 1, y.year),
      highestIssued: y.highestIssued,
    })),
    can: {
      update: canManageRegister(actor, r.authorityPath),
      draft: r.active && canDraftAt(actor, r.authorityPath),
      issue: canIssueAt(actor, r.authorityPath),
    },
  };
}
