// "Tạo hồ sơ từ đăng ký": a year-end nomination dossier pre-filled with the accepted lines of a registration,
// drafted through the dossiers module (createDossierDraft: authority, code, events and audit are its own).
import { RegistrationDossierBody, type RegistrationDossierResult } from '../../../contracts/registrations';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError } from '../../lib/errors';
import { createDossierDraft } from '../dossiers/dossiers.service';
import { parseInput } from '../people/people.service';
import { registrationNominees } from './registrations.figures';
import { requireRegistration } from './registrations.service';

/**
 * POST /api/registrations/:id/dossier: a draft dossier of the registering unit for the year, whose nominees are
 * the accepted lines of the chosen titles (the titles of one dossier must share their awarding authority; the
 * dossiers module refuses otherwise, naming the line).
 */
export async function createDossierFromRegistration(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<RegistrationDossierResult> {
  const body = parseInput(RegistrationDossierBody, input);
  const row = await requireRegistration(tx, actor, id);
  const nominees = await registrationNominees(tx, actor, row.unitId, row.year, body.awardKinds);
  if (nominees.length === 0) {
    throw new AppError('VALIDATION', 'Bản đăng ký không có dòng nào của các danh hiệu đã chọn', {
      awardKinds: 'Không có dòng đăng ký nào của các danh hiệu đã chọn',
    });
  }
  const dossier = await createDossierDraft(tx, actor, {
    proposingUnitId: row.unitId,
    achievementYear: row.year,
    awardType: 'cong_trang',
    awardKinds: body.awardKinds,
    nominees: nominees.map((n) => ({
      subjectKind: n.subjectKind,
      personId: n.personId,
      unitId: n.unitId,
      awardKind: n.awardKind,
      summary: n.note,
    })),
  });
  await appendAudit(tx, actor, {
    action: 'registration.dossier_created',
    entity: 'registration',
    entityId: row.id,
    unitId: row.unitId,
    after: {
      dossierId: dossier.id,
      code: dossier.code,
      awardKinds: body.awardKinds,
      nominees: nominees.length,
    },
  });
  return { dossierId: dossier.id, code: dossier.code, nominees: nominees.length };
}
