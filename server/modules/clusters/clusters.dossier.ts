// "Tạo hồ sơ đề nghị Cờ thi đua": a draft dossier for a leading member of a finalised cluster or block, drafted
// through the dossiers module (createDossierDraft) with the member as proposer and nominee.
import { GroupDossierBody, GROUP_KIND_LABELS, type GroupDossierResult } from '../../../contracts/clusters';
import { formatPoints } from '../../../domain/cluster-scoring';
import { type Db, queryRows } from '../../db/client';
import { sql } from 'drizzle-orm';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError } from '../../lib/errors';
import { createDossierDraft } from '../dossiers/dossiers.service';
import { parseInput } from '../people/people.service';
import { leaderAwardKind } from './clusters.present';
import { requireGroup } from './clusters.service';

/**
 * POST /api/emulation-groups/:id/dossier: for a unit that leads the finalised group, a công-trạng dossier of that
 * unit for the year requesting Cờ thi đua of the province (a cluster run by a province or ministry) or Bằng khen
 * tỉnh (otherwise), its achievement summary citing the result.
 */
export async function createLeaderDossier(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<GroupDossierResult> {
  const body = parseInput(GroupDossierBody, input);
  const group = await requireGroup(tx, actor, id);
  if (group.status !== 'finalised') {
    throw new AppError(
      'INVALID_STATE',
      'Chốt kết quả cụm, khối trước khi lập hồ sơ đề nghị cho đơn vị dẫn đầu',
    );
  }
  const results = await queryRows<{ unit_id: string; rank: number; total: string; leading: boolean }>(
    tx,
    sql`select r.unit_id, r.rank, r.total, r.leading from emulation_group_results r where r.group_id = ${id}`,
  );
  const result = results.find((r) => r.unit_id === body.unitId);
  if (!result?.leading) {
    throw new AppError('VALIDATION', 'Đơn vị này không dẫn đầu cụm, khối năm nay', {
      unitId: 'Chỉ lập hồ sơ cho đơn vị dẫn đầu',
    });
  }
  const awardKind = leaderAwardKind(group.organiserLevel);
  const document = group.resultDocument ? ` (${group.resultDocument})` : '';
  const summary =
    `Dẫn đầu ${GROUP_KIND_LABELS[group.kind].toLowerCase()} “${group.name}” do ${group.organiserName} tổ chức năm ` +
    `${group.year}: ${formatPoints(Number(result.total))} điểm, xếp hạng ${Number(result.rank)}/${results.length}${document}.`;
  const dossier = await createDossierDraft(tx, actor, {
    proposingUnitId: body.unitId,
    achievementYear: group.year,
    awardType: 'cong_trang',
    awardKinds: [awardKind],
    nominees: [{ subjectKind: 'collective', unitId: body.unitId, awardKind, summary }],
  });
  await appendAudit(tx, actor, {
    action: 'emulation_group.dossier_created',
    entity: 'emulation_group',
    entityId: id,
    unitId: body.unitId,
    after: { dossierId: dossier.id, code: dossier.code, awardKind },
  });
  return { dossierId: dossier.id, code: dossier.code };
}
