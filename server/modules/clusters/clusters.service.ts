// Cluster and block use cases: list, read, create, correct, delete, members, score sheet — scoped load →
// authorise → rule → write → audit → present, in the caller's transaction (scores, finalising, next year:
// clusters.scores.ts).
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import {
  GroupCreateBody,
  type GroupListQuery,
  type GroupPage,
  GroupUpdateBody,
  type GroupView,
  MembersBody,
  SheetBody,
} from '../../../contracts/clusters';
import {
  formatPoints,
  membersErrors,
  type ScoreItemKind,
  scoreError,
  sheetErrors,
} from '../../../domain/cluster-scoring';
import { type Db, queryRows } from '../../db/client';
import {
  emulationGroupMembers,
  emulationGroups,
  memberScores,
  scoreItems,
  scoreSections,
} from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import { refuse, stale } from '../registrations/refuse';
import { findUnitInScope, findUnitsByIds } from '../units/units.queries';
import { canCreateGroups, canManageAt, MANAGE_REFUSED } from './clusters.policy';
import { presentGroup, presentGroupListItem, sheetOf } from './clusters.present';
import { findGroupInScope, type GroupRow, loadGroupDetails, selectGroupPage } from './clusters.queries';

const GROUP = 'cụm, khối thi đua';

/** The group in the actor's scope (NOT_FOUND outside it), locked for update when asked. */
export async function requireGroup(tx: Db, actor: Actor, id: string, lock = false): Promise<GroupRow> {
  return (await findGroupInScope(tx, actor, id, lock)) ?? notFound(GROUP);
}

/** The group as the actor sees it now. */
export async function groupView(tx: Db, actor: Actor, group: GroupRow): Promise<GroupView> {
  return presentGroup(actor, group, await loadGroupDetails(tx, group), { dossiers: true });
}

/** The group re-read after a change. */
export async function reloadView(tx: Db, actor: Actor, id: string): Promise<GroupView> {
  return groupView(tx, actor, (await findGroupInScope(tx, actor, id))!);
}

export const snapshot = (g: GroupRow) => ({
  year: g.year,
  organiserUnitId: g.organiserUnitId,
  kind: g.kind,
  name: g.name,
  note: g.note,
  covenantNumber: g.covenantNumber,
  covenantDate: g.covenantDate,
  covenantText: g.covenantText,
  bonusCap: g.bonusCap,
  status: g.status,
  version: g.version,
});

/** GET /api/emulation-groups */
export async function listGroups(tx: Db, actor: Actor, query: GroupListQuery): Promise<GroupPage> {
  const { rows, total } = await selectGroupPage(tx, actor, query);
  return {
    items: rows.map(presentGroupListItem),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateGroups(actor) },
  };
}

/** GET /api/emulation-groups/:id */
export async function getGroup(tx: Db, actor: Actor, id: string): Promise<GroupView> {
  return groupView(tx, actor, await requireGroup(tx, actor, id));
}

/** POST /api/emulation-groups: a cluster or block of the organising unit for a year. */
export async function createGroup(tx: Db, actor: Actor, input: unknown): Promise<GroupView> {
  authorize(canCreateGroups(actor), MANAGE_REFUSED);
  const body = parseInput(GroupCreateBody, input);
  const organiser = await findUnitInScope(tx, actor, body.organiserUnitId);
  if (!organiser) refuse({ organiserUnitId: 'Không tìm thấy đơn vị tổ chức' });
  authorize(
    canManageAt(actor, organiser!.path),
    'Bạn không có quyền tổ chức cụm, khối thi đua cho đơn vị này',
  );
  const [row] = await tx
    .insert(emulationGroups)
    .values({ ...body, createdBy: actor.userId })
    .returning({ id: emulationGroups.id });
  const group = (await findGroupInScope(tx, actor, row!.id))!;
  await appendAudit(tx, actor, {
    action: 'emulation_group.created',
    entity: 'emulation_group',
    entityId: group.id,
    unitId: group.organiserUnitId,
    after: snapshot(group),
  });
  return groupView(tx, actor, group);
}

/** The group for a change by its organiser: in scope, managed, at the version sent; open unless allowed. */
export async function groupForChange(
  tx: Db,
  actor: Actor,
  id: string,
  version: number,
  options: { mustBeOpen?: boolean } = { mustBeOpen: true },
): Promise<GroupRow> {
  const group = await requireGroup(tx, actor, id, true);
  authorize(canManageAt(actor, group.organiserPath), MANAGE_REFUSED);
  if (group.version !== version) throw stale('Cụm, khối thi đua');
  if (options.mustBeOpen && group.status !== 'open') throw finalisedError();
  return group;
}

export function finalisedError(): AppError {
  return new AppError(
    'INVALID_STATE',
    'Kết quả cụm, khối đã được chốt; mở lại chấm điểm trước khi sửa thành viên, tiêu chí hoặc điểm',
  );
}

export async function bumpGroup(
  tx: Db,
  group: GroupRow,
  changes: Partial<typeof emulationGroups.$inferInsert> = {},
): Promise<void> {
  const [updated] = await tx
    .update(emulationGroups)
    .set({ ...changes, updatedAt: new Date(), version: sql`${emulationGroups.version} + 1` })
    .where(and(eq(emulationGroups.id, group.id), eq(emulationGroups.version, group.version)))
    .returning({ id: emulationGroups.id });
  if (!updated) throw stale('Cụm, khối thi đua');
}

/** PATCH /api/emulation-groups/:id: name, kind, note, covenant (also once finalised: they are not results). */
export async function updateGroup(tx: Db, actor: Actor, id: string, input: unknown): Promise<GroupView> {
  const body = parseInput(GroupUpdateBody, input);
  const group = await groupForChange(tx, actor, id, body.version, { mustBeOpen: false });
  const { version: _v, ...changes } = body;
  await bumpGroup(tx, group, changes);
  const after = (await findGroupInScope(tx, actor, id))!;
  const keys = [...Object.keys(changes), 'version'] as (keyof GroupRow)[];
  const pick = (g: GroupRow) => Object.fromEntries(keys.map((k) => [k, g[k]]));
  await appendAudit(tx, actor, {
    action: 'emulation_group.updated',
    entity: 'emulation_group',
    entityId: id,
    unitId: group.organiserUnitId,
    before: pick(group),
    after: pick(after),
  });
  return groupView(tx, actor, after);
}

/** DELETE /api/emulation-groups/:id: a group entered by mistake, before any score was entered. */
export async function deleteGroup(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  const group = await requireGroup(tx, actor, id, true);
  authorize(canManageAt(actor, group.organiserPath), MANAGE_REFUSED);
  if (group.status !== 'open') throw finalisedError();
  const [scored] = await queryRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from member_scores where group_id = ${id}`,
  );
  if ((scored?.n ?? 0) > 0) {
    throw new AppError('INVALID_STATE', 'Cụm, khối đã có điểm chấm, không xóa được');
  }
  const details = await loadGroupDetails(tx, group);
  await tx
    .update(emulationGroups)
    .set({ previousGroupId: null })
    .where(eq(emulationGroups.previousGroupId, id));
  await tx.delete(emulationGroups).where(eq(emulationGroups.id, id));
  await appendAudit(tx, actor, {
    action: 'emulation_group.deleted',
    entity: 'emulation_group',
    entityId: id,
    unitId: group.organiserUnitId,
    before: { ...snapshot(group), members: details.members.map((m) => ({ unitId: m.unitId, role: m.role })) },
  });
  return { ok: true };
}

/** PUT /api/emulation-groups/:id/members: the whole membership with the leader, deputy and rotation order. */
export async function replaceMembers(tx: Db, actor: Actor, id: string, input: unknown): Promise<GroupView> {
  const body = parseInput(MembersBody, input);
  const group = await groupForChange(tx, actor, id, body.version);
  const errors: Record<string, string> = membersErrors(body.members);
  const found = new Map(
    (
      await findUnitsByIds(
        tx,
        body.members.map((m) => m.unitId),
      )
    ).map((u) => [u.id, u]),
  );
  body.members.forEach((m, i) => {
    const unit = found.get(m.unitId);
    if (!unit || !actor.roles.some((r) => unit.path.startsWith(r.unitPath))) {
      errors[`members.${i}.unitId`] ??= 'Không tìm thấy đơn vị';
    } else if (
      unit.validFrom > `${group.year}-12-31` ||
      (unit.validTo !== null && unit.validTo < `${group.year}-01-01`)
    ) {
      errors[`members.${i}.unitId`] = `${unit.name} không hoạt động trong năm ${group.year}`;
    } else if (unit.id === group.organiserUnitId) {
      errors[`members.${i}.unitId`] = 'Đơn vị tổ chức không là thành viên của cụm, khối do mình tổ chức';
    }
  });
  refuse(errors);
  const before = await loadGroupDetails(tx, group);
  const kept = new Set(body.members.map((m) => m.unitId));
  const scoredGone = before.members.find(
    (m) => !kept.has(m.unitId) && before.scores.some((s) => s.unitId === m.unitId),
  );
  if (scoredGone) {
    refuse({ members: `${scoredGone.name} đã có điểm chấm; không bỏ được khỏi cụm, khối` });
  }
  await tx.delete(emulationGroupMembers).where(eq(emulationGroupMembers.groupId, id));
  if (body.members.length > 0) {
    const versions = new Map(before.members.map((m) => [m.unitId, m.scoresVersion]));
    await tx
      .insert(emulationGroupMembers)
      .values(body.members.map((m) => ({ ...m, groupId: id, scoresVersion: versions.get(m.unitId) ?? 1 })));
  }
  await bumpGroup(tx, group);
  const summary = (list: readonly { unitId: string; role: string; rotationOrder: number }[]) =>
    list.map((m) => ({ unitId: m.unitId, role: m.role, rotationOrder: m.rotationOrder }));
  await appendAudit(tx, actor, {
    action: 'emulation_group.members_updated',
    entity: 'emulation_group',
    entityId: id,
    unitId: group.organiserUnitId,
    before: { members: summary(before.members), version: group.version },
    after: { members: summary(body.members), version: group.version + 1 },
  });
  return reloadView(tx, actor, id);
}

interface PlannedItem {
  /** Field path of the item in the request: sections.0.criteria.1, bonus.0, penalties.2. */
  at: string;
  id?: string | undefined;
  kind: ScoreItemKind;
  section: number | null;
  title: string;
  maxPoints: number;
  guidance: string | null;
}

/**
 * PUT /api/emulation-groups/:id/sheet: the whole score sheet. Items sent with their id keep their scores; items
 * left out are removed with their scores; a maximum lowered below a score already given is refused, naming the
 * criterion and the member.
 */
export async function replaceSheet(tx: Db, actor: Actor, id: string, input: unknown): Promise<GroupView> {
  const body = parseInput(SheetBody, input);
  const group = await groupForChange(tx, actor, id, body.version);
  const before = await loadGroupDetails(tx, group);
  const planned: PlannedItem[] = [
    ...body.sections.flatMap((s, si) =>
      s.criteria.map((c, ci) => ({
        ...c,
        at: `sections.${si}.criteria.${ci}`,
        kind: 'criterion' as const,
        section: si,
        guidance: c.guidance ?? null,
      })),
    ),
    ...body.bonus.map((b, i) => ({
      ...b,
      at: `bonus.${i}`,
      kind: 'bonus' as const,
      section: null,
      guidance: b.guidance ?? null,
    })),
    ...body.penalties.map((p, i) => ({
      ...p,
      at: `penalties.${i}`,
      kind: 'penalty' as const,
      section: null,
      guidance: p.guidance ?? null,
    })),
  ];
  const pathOf = (item: PlannedItem, field: string) => `${item.at}.${field}`;
  const shape = sheetErrors({
    sections: body.sections.map((s, i) => ({ id: String(i), title: s.title })),
    items: planned.map((p, i) => ({
      id: String(i),
      kind: p.kind,
      sectionId: p.section === null ? null : String(p.section),
      title: p.title,
      maxPoints: p.maxPoints,
    })),
    bonusCap: body.bonusCap ?? null,
  });
  const errors: Record<string, string> = {};
  for (const [key, message] of Object.entries(shape)) {
    const m = /^items\.(\d+)\.(\w+)$/.exec(key);
    errors[m ? pathOf(planned[Number(m[1])]!, m[2]!) : key] = message;
  }
  const knownItems = new Map(before.items.map((i) => [i.id, i]));
  const knownSections = new Set(before.sections.map((s) => s.id));
  body.sections.forEach((s, i) => {
    if (s.id && !knownSections.has(s.id))
      errors[`sections.${i}.id`] = 'Nhóm tiêu chí không thuộc bảng điểm này';
  });
  const memberName = new Map(before.members.map((m) => [m.unitId, m.name]));
  for (const p of planned) {
    if (!p.id) continue;
    if (!knownItems.has(p.id)) {
      errors[pathOf(p, 'id')] = 'Mục chấm điểm không thuộc bảng điểm này';
      continue;
    }
    if (knownItems.get(p.id)!.kind !== p.kind) {
      errors[pathOf(p, 'id')] = `Không đổi được loại của mục “${p.title}”; xóa và thêm mục mới`;
      continue;
    }
    for (const s of before.scores.filter((x) => x.itemId === p.id)) {
      for (const points of [s.groupScore, s.selfScore]) {
        if (points !== null && scoreError({ ...p }, points) && !errors[pathOf(p, 'maxPoints')]) {
          errors[pathOf(p, 'maxPoints')] =
            `${memberName.get(s.unitId) ?? 'Một đơn vị'} đã có ${formatPoints(points)} điểm ở “${p.title}”, lớn hơn mức tối đa mới ${formatPoints(p.maxPoints)}`;
        }
      }
    }
  }
  refuse(errors);
  // Sections: update kept ones, insert new ones, then items; what is left out goes (items cascade their scores).
  const sectionIds: string[] = [];
  for (const [i, s] of body.sections.entries()) {
    if (s.id) {
      await tx
        .update(scoreSections)
        .set({ title: s.title, position: i + 1 })
        .where(eq(scoreSections.id, s.id));
      sectionIds.push(s.id);
    } else {
      const [row] = await tx
        .insert(scoreSections)
        .values({ groupId: id, title: s.title, position: i + 1 })
        .returning({ id: scoreSections.id });
      sectionIds.push(row!.id);
    }
  }
  const keptItems: string[] = [];
  const positions = new Map<string, number>();
  for (const p of planned) {
    const key = p.kind === 'criterion' ? `c${p.section}` : p.kind;
    const position = (positions.get(key) ?? 0) + 1;
    positions.set(key, position);
    const values = {
      kind: p.kind,
      sectionId: p.section === null ? null : sectionIds[p.section]!,
      title: p.title,
      maxPoints: p.maxPoints,
      guidance: p.guidance,
      position,
    };
    if (p.id) {
      await tx.update(scoreItems).set(values).where(eq(scoreItems.id, p.id));
      keptItems.push(p.id);
    } else {
      const [row] = await tx
        .insert(scoreItems)
        .values({ ...values, groupId: id })
        .returning({ id: scoreItems.id });
      keptItems.push(row!.id);
    }
  }
  await tx
    .delete(scoreItems)
    .where(
      keptItems.length > 0
        ? and(eq(scoreItems.groupId, id), notInArray(scoreItems.id, keptItems))
        : eq(scoreItems.groupId, id),
    );
  await tx
    .delete(scoreSections)
    .where(
      sectionIds.length > 0
        ? and(eq(scoreSections.groupId, id), notInArray(scoreSections.id, sectionIds))
        : eq(scoreSections.groupId, id),
    );
  await bumpGroup(tx, group, { bonusCap: body.bonusCap ?? null });
  const after = (await findGroupInScope(tx, actor, id))!;
  const removed = before.items.filter((i) => !keptItems.includes(i.id));
  await appendAudit(tx, actor, {
    action: 'emulation_group.sheet_updated',
    entity: 'emulation_group',
    entityId: id,
    unitId: group.organiserUnitId,
    before: { sheet: sheetOf(group, before), version: group.version },
    after: {
      sheet: sheetOf(after, await loadGroupDetails(tx, after)),
      removedScores: before.scores.filter((s) => removed.some((r) => r.id === s.itemId)).length,
      version: after.version,
    },
  });
  return groupView(tx, actor, after);
}

/** Deletes the scores of a group's items that are neither self- nor cluster-scored any more. */
export async function dropEmptyScores(tx: Db, groupId: string, itemIds: readonly string[]): Promise<void> {
  if (itemIds.length === 0) return;
  await tx.delete(memberScores).where(
    and(
      eq(memberScores.groupId, groupId),
      inArray(memberScores.itemId, [...itemIds]),
      sql`${memberScores.selfScore} is null and ${memberScores.groupScore} is null
          and ${memberScores.selfFileId} is null and ${memberScores.selfEvidence} is null`,
    ),
  );
}
