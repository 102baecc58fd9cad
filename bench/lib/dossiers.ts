// Dossiers of a benchmark, written the way the decisions tests write them (server/modules/decisions/
// decisions.fixtures.ts): rows inserted as drafts, then moved through the workflow's statuses one UPDATE at a time
// (the database trigger checks each step); the dossiers and councils modules have their own tests of how a
// dossier gets there. Addressed to the province chairman (Bằng khen of the province), one person per nominee.
import { sql } from 'drizzle-orm';
import type { DossierStatus } from '../../domain/workflow';
import { type Db, queryRows } from '../../server/db/client';
import { dossierNominees, dossiers } from '../../server/db/schema/index';

const PATH: DossierStatus[] = ['draft', 'submitted', 'received', 'appraising', 'council', 'concluded'];

export type Candidate = { person_id: string; proposer_id: string };

/**
 * People with a current job, each with the unit right under the province (district or agency) that proposes
 * them, in a fixed pseudo-random order.
 */
export async function candidates(db: Db, rootId: string, count: number): Promise<Candidate[]> {
  const rows = await queryRows<Candidate>(
    db,
    sql`select person_id, proposer_id from (
        select distinct on (e.person_id) e.person_id, top.id as proposer_id
        from employments e
        join units eu on eu.id = e.unit_id
        join units top on top.parent_id = ${rootId} and eu.path like top.path || '%'
        where e.to_date is null
        order by e.person_id, e.from_date desc) c
      order by md5(person_id::text) limit ${count}`,
  );
  if (rows.length < count) throw new Error(`Tỉnh thử chỉ có ${rows.length} người phù hợp, cần ${count}`);
  return rows;
}

/**
 * Dossiers of 2025 to the province chairman, `perDossier` nominees each (all of one proposing unit's people
 * when `perDossier` is not given), brought to `status` (nominees passed when it is 'concluded'). Codes
 * HS-2025-<prefix><6 digits>. Returns the nominee ids in the order of `people`.
 */
export async function benchDossiers(
  db: Db,
  rootId: string,
  people: readonly Candidate[],
  options: { status: DossierStatus; codePrefix: string; perDossier?: number },
): Promise<string[]> {
  const groups: Candidate[][] = [];
  if (options.perDossier) {
    for (let i = 0; i < people.length; i += options.perDossier)
      groups.push(people.slice(i, i + options.perDossier));
  } else {
    const byProposer = new Map<string, Candidate[]>();
    for (const c of people) byProposer.set(c.proposer_id, [...(byProposer.get(c.proposer_id) ?? []), c]);
    groups.push(...byProposer.values());
  }
  const ids = new Map<string, string>();
  await db.transaction(async (tx) => {
    for (const [k, group] of groups.entries()) {
      const [dossier] = await tx
        .insert(dossiers)
        .values({
          code: `HS-2025-${options.codePrefix}${String(k + 1).padStart(6, '0')}`,
          proposingUnitId: group[0]!.proposer_id,
          authorityCode: 'chu_tich_ubnd_tinh',
          authorityLabel: 'Chủ tịch Ủy ban nhân dân tỉnh',
          authorityUnitId: rootId,
          regimeId: 'C',
          awardType: 'cong_trang',
          title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2025',
          achievementYear: 2025,
          status: 'draft',
        })
        .returning({ id: dossiers.id });
      const inserted = await tx
        .insert(dossierNominees)
        .values(
          group.map((p, i) => ({
            dossierId: dossier!.id,
            position: i + 1,
            subjectKind: 'individual',
            personId: p.person_id,
            awardKind: 'BK_TINH',
            summary: 'Hoàn thành xuất sắc nhiệm vụ năm 2025',
          })),
        )
        .returning({ id: dossierNominees.id, personId: dossierNominees.personId });
      for (const n of inserted) ids.set(n.personId!, n.id);
      for (const status of PATH.slice(1, PATH.indexOf(options.status) + 1)) {
        if (status === 'concluded') {
          await tx.execute(
            sql`update dossier_nominees set outcome = 'passed' where dossier_id = ${dossier!.id}`,
          );
        }
        const stamps =
          status === 'submitted'
            ? sql`, submitted_at = now()`
            : status === 'received'
              ? sql`, received_at = now()`
              : sql``;
        await tx.execute(sql`update dossiers set status = ${status}${stamps} where id = ${dossier!.id}`);
      }
    }
  });
  return people.map((p) => ids.get(p.person_id)!);
}
