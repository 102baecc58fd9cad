// Finalised cluster and block results as the eligibility engine reads them (EligibilityHistory.groupResults), for
// Cờ thi đua của bộ, ngành, tỉnh: "dẫn đầu cụm, khối thi đua do bộ, tỉnh tổ chức" (L22 Đ26, legal.md §8).
import { sql } from 'drizzle-orm';
import type { EmulationGroupResult } from '../../../domain/eligibility/facts';
import { type Db, queryRows } from '../../db/client';

/**
 * The stored results of the units' clusters and blocks, every year — only of groups organised at province or
 * central level (a district's cluster does not lead to Cờ thi đua tỉnh), and only once finalised (a ranking still
 * being scored is no result). The group's name and result document are cited as evidence.
 */
export async function loadGroupResults(
  db: Db,
  unitIds: readonly string[],
): Promise<Map<string, EmulationGroupResult[]>> {
  const out = new Map<string, EmulationGroupResult[]>(unitIds.map((id) => [id, []]));
  if (unitIds.length === 0) return out;
  const rows = await queryRows<{
    unit_id: string;
    year: number;
    leading: boolean;
    name: string;
    kind: string;
    rank: number;
    result_document: string | null;
  }>(
    db,
    sql`select r.unit_id, r.year, r.leading, g.name, g.kind, r.rank, g.result_document
      from emulation_group_results r join emulation_groups g on g.id = r.group_id
        join units o on o.id = g.organiser_unit_id
      where g.status = 'finalised' and o.level in ('province', 'central')
        and r.unit_id in (select (jsonb_array_elements_text(${JSON.stringify(unitIds)}::jsonb))::uuid)
      order by r.year, g.name`,
  );
  for (const r of rows) {
    out.get(r.unit_id)!.push({
      year: Number(r.year),
      leading: r.leading,
      groupName: `“${r.name}” (hạng ${Number(r.rank)})`,
      document: r.result_document,
    });
  }
  return out;
}
