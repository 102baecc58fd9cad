// The public verification of an award (/xac-thuc/<code>, the QR code of a certificate): who received which award
// by which decision, and whether it was revoked. Nothing else: no CCCD, birth date, money or internal ids.
import { normalizePublicCode, type PublicAwardView } from '../../../contracts/certificates';
import type { AwardKindCode } from '../../../domain/regimes/types';
import type { Db } from '../../db/client';
import { notFound } from '../../lib/errors';
import { byPublicCode, recipientName, selectAwards } from '../certificates/certificates.awards';
import { awardKindName } from '../history/history.present';

const NOT_FOUND = 'khen thưởng với mã xác thực này. Kiểm tra lại mã in trên giấy khen';

/** GET /api/public/awards/:code */
export async function verifyAward(tx: Db, rawCode: string): Promise<PublicAwardView> {
  const code = normalizePublicCode(rawCode);
  if (!code) notFound(NOT_FOUND);
  const [a] = await selectAwards(tx, byPublicCode(code));
  if (!a) notFound(NOT_FOUND);
  return {
    code,
    subjectKind: a.subjectKind as PublicAwardView['subjectKind'],
    name: recipientName(a),
    unitName: a.subjectKind === 'collective' ? (a.unitAtParentName ?? null) : (a.listedUnit ?? a.unitAtName),
    awardKindName: awardKindName(a.awardKind as AwardKindCode, a.year),
    year: a.year,
    decisionNumber: a.decisionNumber,
    decisionDate: a.decisionDate,
    authority: a.authority,
    revoked: a.revoked,
    revokedOn: a.revokedOn,
    revokedReason: a.revokedReason,
  };
}
