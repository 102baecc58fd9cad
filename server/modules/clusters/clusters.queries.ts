// Reads of clusters and blocks: one group in the actor's scope, its members, sheet, scores and the linked
// years (one query per table), pages of groups.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { GroupListQuery } from '../../../contracts/clusters';
import type { GroupKind, MemberRole, ScoreItemKind } from '../../../domain/cluster-scoring';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import { emulationGroups, scoreItems, scoreSections, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { likeEscape } from '../people/people.queries';
import { groupVisibleSql } from './clusters.policy';

export type GroupRow = typeof emulationGroups.$inferSelect & {
  kind: GroupKind;
  status: 'open' | 'finalised';
  organiserName: string;
  organiserPath: string;
  organiserLevel: string;
};

export interface MemberRow {
  id: string;
  unitId: string;
  name: string;
  path: string;
  role: MemberRole;
  rotationOrder: number;
  scoresVersion: number;
}

export type SectionRow = typeof scoreSections.$inferSelect;
export type ItemRow = typeof scoreItems.$inferSelect & { kind: ScoreItemKind };

export interface ScoreRow {
  itemId: string;
  unitId: string;
  selfScore: number | null;
  selfEvidence: string | null;
  selfFileId: string | null;
  selfFileName: string | null;
  selfFileSize: number | null;
  groupScore: number | null;
  groupNote: string | null;
}

export interface GroupDetails {
  members: MemberRow[];
  sections: SectionRow[];
  items: ItemRow[];
  scores: ScoreRow[];
  covenantFile: { id: string; name: string; size: number } | null;
  previous: { id: string; year: number } | null;
  next: { id: string; year: number } | null;
}

/** One group the actor may see, locked for update when asked. */
export async function findGroupInScope(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<GroupRow | undefined> {
  const query = db
    .select({
      group: emulationGroups,
      organiserName: units.name,
      organiserPath: units.path,
      organiserLevel: units.level,
    })
    .from(emulationGroups)
    .innerJoin(units, eq(units.id, emulationGroups.organiserUnitId))
    .where(
      and(eq(emulationGroups.id, id), groupVisibleSql(actor, sql`${emulationGroups.id}`, sql`${units.path}`)),
    );
  const [row] = lock ? await query.for('update', { of: emulationGroups }) : await query;
  if (!row) return undefined;
  return {
    ...row.group,
    kind: row.group.kind as GroupKind,
    status: row.group.status as GroupRow['status'],
    organiserName: row.organiserName,
    organiserPath: row.organiserPath,
    organiserLevel: row.organiserLevel,
  };
}

/** Members (in rotation order), sheet, scores, covenant file and the linked years of a group. */
export async function loadGroupDetails(db: Db, group: GroupRow): Promise<GroupDetails> {
  const members = await queryRows<{
    id: string;
    unit_id: string;
    name: string;
    path: string;
    role: MemberRole;
    rotation_order: number;
    scores_version: number;
  }>(
    db,
    sql`select m.id, m.unit_id, u.name, u.path, m.role, m.rotation_order, m.scores_version
      from emulation_group_members m join units u on u.id = m.unit_id
      where m.group_id = ${group.id} order by m.rotation_order, u.name_sort collate "C"`,
  );
  const sections = await db
    .select()
    .from(scoreSections)
    .where(eq(scoreSections.groupId, group.id))
    .orderBy(asc(scoreSections.position), asc(scoreSections.id));
  const items = (await db
    .select()
    .from(scoreItems)
    .where(eq(scoreItems.groupId, group.id))
    .orderBy(asc(scoreItems.position), asc(scoreItems.id))) as ItemRow[];
  const scores = await queryRows<{
    item_id: string;
    unit_id: string;
    self_score: string | null;
    self_evidence: string | null;
    self_file_id: string | null;
    file_name: string | null;
    file_size: number | null;
    group_score: string | null;
    group_note: string | null;
  }>(
    db,
    sql`select s.item_id, s.unit_id, s.self_score, s.self_evidence, s.self_file_id, f.name as file_name,
        f.size as file_size, s.group_score, s.group_note
      from member_scores s left join files f on f.id = s.self_file_id where s.group_id = ${group.id}`,
  );
  const [file] = group.covenantFileId
    ? await queryRows<{ id: string; name: string; size: number }>(
        db,
        sql`select id, name, size from files where id = ${group.covenantFileId}`,
      )
    : [];
  const linked = await queryRows<{ id: string; year: number; rel: string }>(
    db,
    sql`select id, year, 'next' as rel from emulation_groups where previous_group_id = ${group.id}
      union all select id, year, 'previous' from emulation_groups where id = ${group.previousGroupId}`,
  );
  const num = (v: string | null) => (v === null ? null : Number(v));
  const link = (rel: string) => {
    const r = linked.find((l) => l.rel === rel);
    return r ? { id: r.id, year: Number(r.year) } : null;
  };
  return {
    members: members.map((m) => ({
      id: m.id,
      unitId: m.unit_id,
      name: m.name,
      path: m.path,
      role: m.role,
      rotationOrder: Number(m.rotation_order),
      scoresVersion: Number(m.scores_version),
    })),
    sections,
    items: sortItems(items, sections).map((i) => ({ ...i, maxPoints: Number(i.maxPoints) })),
    scores: scores.map((s) => ({
      itemId: s.item_id,
      unitId: s.unit_id,
      selfScore: num(s.self_score),
      selfEvidence: s.self_evidence,
      selfFileId: s.self_file_id,
      selfFileName: s.file_name,
      selfFileSize: s.file_size === null ? null : Number(s.file_size),
      groupScore: num(s.group_score),
      groupNote: s.group_note,
    })),
    covenantFile: file ? { id: file.id, name: file.name, size: Number(file.size) } : null,
    previous: link('previous'),
    next: link('next'),
  };
}

export interface GroupPageRow extends Record<string, unknown> {
  id: string;
  year: number;
  organiser_id: string;
  organiser_name: string;
  kind: GroupKind;
  name: string;
  status: 'open' | 'finalised';
  member_count: number;
  leader_id: string | null;
  leader_name: string | null;
  deputy_id: string | null;
  deputy_name: string | null;
  leading: { id: string; name: string }[] | null;
}

/** A page of groups the actor sees, newest year first, then by organiser and name. */
export async function selectGroupPage(
  db: Db,
  actor: Actor,
  query: GroupListQuery,
): Promise<{ rows: GroupPageRow[]; total: number }> {
  const conditions = [groupVisibleSql(actor, sql`g.id`, sql`o.path`)];
  if (query.year) conditions.push(sql`g.year = ${query.year}`);
  if (query.organiserUnitId) conditions.push(sql`g.organiser_unit_id = ${query.organiserUnitId}`);
  if (query.kind) conditions.push(sql`g.kind = ${query.kind}`);
  for (const word of foldVietnamese(query.q ?? '')
    .split(/\s+/)
    .filter(Boolean)) {
    conditions.push(sql`(replace(lower(unaccent(g.name)), 'đ', 'd') like ${`%${likeEscape(word)}%`} or exists (
      select 1 from emulation_group_members qm join units qu on qu.id = qm.unit_id
      where qm.group_id = g.id and qu.name_folded like ${`%${likeEscape(word)}%`}))`);
  }
  const where = sql.join(conditions, sql` and `);
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from emulation_groups g join units o on o.id = g.organiser_unit_id where ${where}`,
  );
  const rows = await queryRows<GroupPageRow>(
    db,
    sql`select g.id, g.year, o.id as organiser_id, o.name as organiser_name, g.kind, g.name, g.status,
        (select count(*)::int from emulation_group_members m where m.group_id = g.id) as member_count,
        lu.id as leader_id, lu.name as leader_name, du.id as deputy_id, du.name as deputy_name,
        (select json_agg(json_build_object('id', ru.id, 'name', ru.name) order by ru.name_sort collate "C")
          from emulation_group_results r join units ru on ru.id = r.unit_id
          where r.group_id = g.id and r.leading) as leading
      from emulation_groups g join units o on o.id = g.organiser_unit_id
        left join emulation_group_members lm on lm.group_id = g.id and lm.role = 'leader'
        left join units lu on lu.id = lm.unit_id
        left join emulation_group_members dm on dm.group_id = g.id and dm.role = 'deputy'
        left join units du on du.id = dm.unit_id
      where ${where}
      order by g.year desc, o.name_sort collate "C", g.name, g.id
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: count?.n ?? 0 };
}

const KIND_ORDER: Record<ScoreItemKind, number> = { criterion: 0, bonus: 1, penalty: 2 };

/** Sheet order: criteria by criteria group then position, then bonus items, then penalty items. */
function sortItems(items: ItemRow[], sections: SectionRow[]): ItemRow[] {
  const sectionPosition = new Map(sections.map((s) => [s.id, s.position]));
  const key = (i: ItemRow) => [
    KIND_ORDER[i.kind],
    i.sectionId ? (sectionPosition.get(i.sectionId) ?? 0) : 0,
    i.position,
  ];
  return [...items].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]! || (a.id < b.id ? -1 : 1);
  });
}
