// The awards a certificate is printed for, with everything the certificate shows: the recipient as the decision
// lists them (or as the history knows them), the decision's signer and place, the unit at the award, and the
// facts that decide who may print it.
import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { CertificateValues, PrintableAward } from '../../../contracts/certificates';
import { signatureLines, type SignMode } from '../../../domain/decisions';
import { formatDocumentDate } from '../../../domain/documents';
import type { AwardKindCode } from '../../../domain/regimes/types';
import type { Db } from '../../db/client';
import { awards, decisionAwardees, decisions, employments, people, units } from '../../db/schema/index';
import { awardKindName } from '../history/history.present';
import { formatDocDate } from '../../render/nd30';

export const unitAt = alias(units, 'unit_at');
const unitAtParent = alias(units, 'unit_at_parent');
export const authorityUnit = alias(units, 'authority_unit');
export const subjectUnit = alias(units, 'subject_unit');

/** The position the person held at the unit of the award on its date (or at the end of its year). */
const positionAtAward = sql<string | null>`(
  select e.position from ${employments} e
  where e.person_id = ${awards.personId} and e.unit_id = ${awards.unitAtAwardId}
    and e.from_date <= coalesce(${awards.decisionDate}, make_date(${awards.achievementYear}::int, 12, 31))
  order by (e.to_date is null or e.to_date >= coalesce(${awards.decisionDate}, make_date(${awards.achievementYear}::int, 12, 31))) desc,
    e.from_date desc
  limit 1)`;

const columns = {
  id: awards.id,
  subjectKind: awards.subjectKind,
  householdName: awards.householdName,
  awardKind: awards.awardKind,
  year: awards.achievementYear,
  decisionId: awards.decisionId,
  decisionNumber: awards.decisionNumber,
  decisionDate: awards.decisionDate,
  authority: awards.authority,
  authorityUnitId: awards.authorityUnitId,
  unitAtAwardId: awards.unitAtAwardId,
  revoked: awards.revoked,
  revokedOn: awards.revokedOn,
  revokedReason: awards.revokedReason,
  note: awards.note,
  publicCode: awards.publicCode,
  personName: people.fullName,
  subjectUnitName: subjectUnit.name,
  unitAtName: unitAt.name,
  unitAtPath: unitAt.path,
  unitAtParentName: unitAtParent.name,
  authorityPath: authorityUnit.path,
  position: positionAtAward,
  listedName: decisionAwardees.displayName,
  listedPosition: decisionAwardees.positionTitle,
  listedUnit: decisionAwardees.unitName,
  listedOrder: decisionAwardees.position,
  placeName: decisions.placeName,
  signMode: decisions.signMode,
  signFor: decisions.signFor,
  signerPosition: decisions.signerPosition,
  signerName: decisions.signerName,
};

export type CertificateAward = Awaited<ReturnType<typeof selectAwards>>[number];

/** Awards matching a condition, with their certificate facts, in the decision's list order then by name. */
export function selectAwards(tx: Db, where: SQL | undefined) {
  return tx
    .select(columns)
    .from(awards)
    .innerJoin(unitAt, eq(unitAt.id, awards.unitAtAwardId))
    .leftJoin(unitAtParent, eq(unitAtParent.id, unitAt.parentId))
    .leftJoin(authorityUnit, eq(authorityUnit.id, awards.authorityUnitId))
    .leftJoin(people, eq(people.id, awards.personId))
    .leftJoin(subjectUnit, eq(subjectUnit.id, awards.unitId))
    .leftJoin(decisionAwardees, eq(decisionAwardees.awardId, awards.id))
    .leftJoin(decisions, eq(decisions.id, awards.decisionId))
    .where(where)
    .orderBy(
      sql`${awards.decisionDate} desc nulls last`,
      asc(awards.decisionNumber),
      sql`${decisionAwardees.position} nulls last`,
      sql`coalesce(${people.nameSort}, ${subjectUnit.nameSort}, '')`,
      asc(awards.id),
    );
}

/** How many awards match a condition (the joins the conditions may name: unit at award, authority, subject). */
export async function countAwards(tx: Db, where: SQL | undefined): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(awards)
    .innerJoin(unitAt, eq(unitAt.id, awards.unitAtAwardId))
    .leftJoin(authorityUnit, eq(authorityUnit.id, awards.authorityUnitId))
    .leftJoin(people, eq(people.id, awards.personId))
    .leftJoin(subjectUnit, eq(subjectUnit.id, awards.unitId))
    .where(where);
  return Number(row?.n ?? 0);
}

export const byIds = (ids: readonly string[]) => inArray(awards.id, [...ids]);
export const byDecision = (decisionId: string) => eq(awards.decisionId, decisionId);
export const byDecisionNumber = (number: string, date?: string) =>
  and(
    sql`lower(regexp_replace(${awards.decisionNumber}, '\\s+', '', 'g')) = lower(regexp_replace(${number}, '\\s+', '', 'g'))`,
    date ? eq(awards.decisionDate, date) : undefined,
  );
export const byPublicCode = (code: string) => eq(awards.publicCode, code);

/** The recipient's name as printed. */
export function recipientName(a: CertificateAward): string {
  if (a.listedName) return a.listedName;
  if (a.subjectKind === 'collective') return a.subjectUnitName ?? '';
  if (a.subjectKind === 'household') return a.householdName ?? a.personName ?? '';
  return a.personName ?? '';
}

/** The line under the name: "Chức vụ, Đơn vị" of an individual; the unit above a collective. */
export function recipientLine(a: CertificateAward): string {
  if (a.subjectKind === 'collective') return a.listedUnit ?? a.unitAtParentName ?? '';
  if (a.subjectKind === 'household') return a.listedUnit ?? a.unitAtName;
  const position = a.listedName ? a.listedPosition : a.position;
  const unit = a.listedName ? (a.listedUnit ?? a.unitAtName) : a.unitAtName;
  return [position, unit].filter((s): s is string => !!s && s.trim() !== '').join(', ');
}

export interface ValueDefaults {
  achievementText: string | null;
  placeName: string | null;
  signerTitle: string | null;
  signerName: string | null;
}

/**
 * The placeholder values of one award's certificate. Texts given for the batch win; then the decision of the
 * system (signer, place); then the layout's defaults.
 */
export function certificateValues(
  a: CertificateAward,
  batch: Partial<ValueDefaults>,
  layout: ValueDefaults,
): CertificateValues {
  const decisionSigner = a.signerName
    ? signatureLines({
        signMode: (a.signMode as SignMode | null) ?? null,
        signFor: a.signFor,
        signerPosition: a.signerPosition,
        signerName: a.signerName,
      }).join('\n')
    : null;
  const place = a.placeName ?? layout.placeName;
  return {
    ho_ten: recipientName(a),
    chuc_vu_don_vi: recipientLine(a),
    thanh_tich: batch.achievementText ?? a.note ?? layout.achievementText ?? '',
    so_quyet_dinh: a.decisionNumber ?? '',
    ngay_quyet_dinh: a.decisionDate ? formatDocumentDate(a.decisionDate) : '',
    noi_ngay: place && a.decisionDate ? formatDocDate(place, a.decisionDate) : '',
    hinh_thuc: awardKindName(a.awardKind as AwardKindCode, a.year),
    nam: String(a.year),
    co_quan: a.authority ?? '',
    chuc_vu_nguoi_ky: batch.signerTitle ?? decisionSigner ?? layout.signerTitle ?? '',
    nguoi_ky: batch.signerName ?? (a.signerName ? a.signerName : null) ?? layout.signerName ?? '',
  };
}

/** An award in the print list. */
export function presentPrintable(a: CertificateAward): PrintableAward {
  return {
    id: a.id,
    subjectKind: a.subjectKind,
    name: recipientName(a),
    line: recipientLine(a),
    awardKind: a.awardKind,
    awardKindName: awardKindName(a.awardKind as AwardKindCode, a.year),
    year: a.year,
    decisionId: a.decisionId,
    decisionNumber: a.decisionNumber,
    decisionDate: a.decisionDate,
    authority: a.authority,
    authorityUnitId: a.authorityUnitId,
    revoked: a.revoked,
    publicCode: a.publicCode,
  };
}
