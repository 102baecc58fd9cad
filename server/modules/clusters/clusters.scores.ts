// Scoring a cluster or block: members' self-scores with evidence (text and an optional file), the cluster's
// scores, finalising the ranking into stored results (read by the eligibility engine), reopening, the covenant
// file, and next year's group with the rotated leader and deputy.
import { and, eq, sql } from 'drizzle-orm';
import {
  FinaliseBody,
  GroupScoresBody,
  type GroupView,
  NextYearBody,
  ReopenBody,
  SelfScoresBody,
} from '../../../contracts/clusters';
import { proposeRotation, scoreError } from '../../../domain/cluster-scoring';
import type { Db } from '../../db/client';
import {
  emulationGroupMembers,
  emulationGroupResults,
  emulationGroups,
  memberScores,
  scoreItems,
  scoreSections,
} from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { deleteStoredFile, readStoredFile, type StoredFile, storeFile } from '../../lib/files';
import { parseInput } from '../people/people.service';
import { refuse, stale } from '../registrations/refuse';
import {
  canGroupScore,
  canManageAt,
  canSelfScore,
  GROUP_SCORE_REFUSED,
  MANAGE_REFUSED,
  SELF_SCORE_REFUSED,
} from './clusters.policy';
import { rankingOf } from './clusters.present';
import { type GroupDetails, type GroupRow, loadGroupDetails, type MemberRow } from './clusters.queries';
import {
  bumpGroup,
  dropEmptyScores,
  finalisedError,
  groupForChange,
  groupView,
  reloadView,
  requireGroup,
} from './clusters.service';

interface ScoreCard {
  group: GroupRow;
  details: GroupDetails;
  member: MemberRow;
}

/** The group (open) and one of its members, for a score change at the member's scoresVersion. */
async function scoreCard(tx: Db, actor: Actor, groupId: string, unitId: string): Promise<ScoreCard> {
  const group = await requireGroup(tx, actor, groupId, true);
  const details = await loadGroupDetails(tx, group);
  const member =
    details.members.find((m) => m.unitId === unitId) ?? notFound('đơn vị thành viên của cụm, khối');
  return { group, details, member };
}

async function bumpScores(tx: Db, member: MemberRow, version: number): Promise<void> {
  const [updated] = await tx
    .update(emulationGroupMembers)
    .set({ scoresVersion: sql`${emulationGroupMembers.scoresVersion} + 1` })
    .where(and(eq(emulationGroupMembers.id, member.id), eq(emulationGroupMembers.scoresVersion, version)))
    .returning({ id: emulationGroupMembers.id });
  if (!updated) throw stale('Bảng điểm của đơn vị');
}

/** Refuses items of another sheet and points the item does not allow (message naming the criterion). */
function checkPoints(
  details: GroupDetails,
  scores: readonly { itemId: string; points: number | null }[],
): void {
  const items = new Map(details.items.map((i) => [i.id, i]));
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  scores.forEach((s, i) => {
    const item = items.get(s.itemId);
    if (!item) {
      errors[`scores.${i}.itemId`] = 'Mục chấm điểm không thuộc bảng điểm của cụm, khối này';
      return;
    }
    if (seen.has(s.itemId)) errors[`scores.${i}.itemId`] = `Mục “${item.title}” được gửi hai lần`;
    seen.add(s.itemId);
    const message =
      s.points === null ? null : scoreError({ ...item, maxPoints: Number(item.maxPoints) }, s.points);
    if (message) errors[`scores.${i}.points`] = message;
  });
  refuse(errors);
}

async function upsertScore(
  tx: Db,
  groupId: string,
  unitId: string,
  itemId: string,
  values: Partial<typeof memberScores.$inferInsert>,
): Promise<void> {
  await tx
    .insert(memberScores)
    .values({ groupId, unitId, itemId, ...values })
    .onConflictDoUpdate({ target: [memberScores.itemId, memberScores.unitId], set: values });
}

const pointsOf = (details: GroupDetails, unitId: string, side: 'self' | 'group') =>
  Object.fromEntries(
    details.scores
      .filter((s) => s.unitId === unitId)
      .map((s) => [s.itemId, side === 'self' ? s.selfScore : s.groupScore]),
  );

interface ScoresBody<S> {
  scoresVersion: number;
  scores: readonly (S & { itemId: string; points: number | null })[];
}

/**
 * Writes one side's points of a member (self or cluster) at the member's scoresVersion: the group must be open, the
 * points allowed by their items; rows left empty on both sides are dropped; audited with the points before and after.
 */
async function writeScores<S>(
  tx: Db,
  actor: Actor,
  card: ScoreCard,
  side: 'self' | 'group',
  body: ScoresBody<S>,
  values: (score: ScoresBody<S>['scores'][number], at: Date) => Partial<typeof memberScores.$inferInsert>,
): Promise<GroupView> {
  const { group, details, member } = card;
  if (group.status !== 'open') throw finalisedError();
  if (member.scoresVersion !== body.scoresVersion) throw stale('Bảng điểm của đơn vị');
  checkPoints(details, body.scores);
  const now = new Date();
  for (const s of body.scores) await upsertScore(tx, group.id, member.unitId, s.itemId, values(s, now));
  await dropEmptyScores(
    tx,
    group.id,
    body.scores.map((s) => s.itemId),
  );
  await bumpScores(tx, member, body.scoresVersion);
  await appendAudit(tx, actor, {
    action: side === 'self' ? 'emulation_group.self_scored' : 'emulation_group.group_scored',
    entity: 'emulation_group',
    entityId: group.id,
    unitId: member.unitId,
    before: { points: pointsOf(details, member.unitId, side) },
    after: { points: Object.fromEntries(body.scores.map((s) => [s.itemId, s.points])) },
  });
  return reloadView(tx, actor, group.id);
}

/** PUT …/members/:unitId/self-scores: the member's own points and evidence (for reference; not ranked). */
export async function setSelfScores(
  tx: Db,
  actor: Actor,
  groupId: string,
  unitId: string,
  input: unknown,
): Promise<GroupView> {
  const body = parseInput(SelfScoresBody, input);
  const card = await scoreCard(tx, actor, groupId, unitId);
  authorize(canSelfScore(actor, card.member.path), SELF_SCORE_REFUSED);
  return writeScores(tx, actor, card, 'self', body, (s, at) => ({
    selfScore: s.points,
    selfEvidence: s.evidence ?? null,
    selfBy: actor.userId,
    selfAt: at,
  }));
}

/** PUT …/members/:unitId/group-scores: the cluster's points for a member (they alone count). */
export async function setGroupScores(
  tx: Db,
  actor: Actor,
  groupId: string,
  unitId: string,
  input: unknown,
): Promise<GroupView> {
  const body = parseInput(GroupScoresBody, input);
  const card = await scoreCard(tx, actor, groupId, unitId);
  const leader = card.details.members.find((m) => m.role === 'leader');
  authorize(canGroupScore(actor, card.group.organiserPath, leader?.path ?? null), GROUP_SCORE_REFUSED);
  return writeScores(tx, actor, card, 'group', body, (s, at) => ({
    groupScore: s.points,
    groupNote: s.note ?? null,
    groupBy: actor.userId,
    groupAt: at,
  }));
}

// ---- Files ----

/** Attaches (or replaces) the evidence file of a member's self-score on an item. */
export async function attachEvidenceFile(
  tx: Db,
  actor: Actor,
  params: { id: string; unitId: string; itemId: string },
  upload: { name: string; content: Buffer },
): Promise<GroupView> {
  const { group, details, member } = await scoreCard(tx, actor, params.id, params.unitId);
  authorize(canSelfScore(actor, member.path), SELF_SCORE_REFUSED);
  if (group.status !== 'open') throw finalisedError();
  const item = details.items.find((i) => i.id === params.itemId) ?? notFound('mục chấm điểm');
  const previous = details.scores.find((s) => s.itemId === item.id && s.unitId === member.unitId)?.selfFileId;
  const stored: StoredFile = await storeFile(tx, actor, {
    ...upload,
    accepted: ['pdf', 'docx', 'xlsx', 'jpg', 'png'],
  });
  await upsertScore(tx, group.id, member.unitId, item.id, {
    selfFileId: stored.id,
    selfBy: actor.userId,
    selfAt: new Date(),
  });
  if (previous) await deleteStoredFile(tx, previous);
  await bumpScores(tx, member, member.scoresVersion);
  await appendAudit(tx, actor, {
    action: 'emulation_group.evidence_file_attached',
    entity: 'emulation_group',
    entityId: group.id,
    unitId: member.unitId,
    after: { itemId: item.id, file: { name: stored.name, size: stored.size, sha256: stored.sha256 } },
  });
  return reloadView(tx, actor, group.id);
}

/** Removes the evidence file of a member's self-score on an item. */
export async function removeEvidenceFile(
  tx: Db,
  actor: Actor,
  params: { id: string; unitId: string; itemId: string },
): Promise<GroupView> {
  const { group, details, member } = await scoreCard(tx, actor, params.id, params.unitId);
  authorize(canSelfScore(actor, member.path), SELF_SCORE_REFUSED);
  if (group.status !== 'open') throw finalisedError();
  const score = details.scores.find((s) => s.itemId === params.itemId && s.unitId === member.unitId);
  if (!score?.selfFileId) notFound('tệp minh chứng');
  await tx
    .update(memberScores)
    .set({ selfFileId: null })
    .where(and(eq(memberScores.itemId, params.itemId), eq(memberScores.unitId, member.unitId)));
  await deleteStoredFile(tx, score!.selfFileId!);
  await dropEmptyScores(tx, group.id, [params.itemId]);
  await bumpScores(tx, member, member.scoresVersion);
  await appendAudit(tx, actor, {
    action: 'emulation_group.evidence_file_removed',
    entity: 'emulation_group',
    entityId: group.id,
    unitId: member.unitId,
    before: { itemId: params.itemId, file: score!.selfFileName },
  });
  return reloadView(tx, actor, group.id);
}

/** The evidence file, for anyone who sees the group. */
export async function readEvidenceFile(
  tx: Db,
  actor: Actor,
  params: { id: string; unitId: string; itemId: string },
) {
  const { details, member } = await scoreCard(tx, actor, params.id, params.unitId);
  const score = details.scores.find((s) => s.itemId === params.itemId && s.unitId === member.unitId);
  if (!score?.selfFileId) notFound('tệp minh chứng');
  return (await readStoredFile(tx, score!.selfFileId!)) ?? notFound('tệp minh chứng');
}

/** Attaches (or replaces) the signed covenant (giao ước thi đua). */
export async function attachCovenantFile(
  tx: Db,
  actor: Actor,
  id: string,
  upload: { name: string; content: Buffer },
): Promise<GroupView> {
  const group = await requireGroup(tx, actor, id, true);
  authorize(canManageAt(actor, group.organiserPath), MANAGE_REFUSED);
  const stored = await storeFile(tx, actor, { ...upload, accepted: ['pdf', 'docx', 'doc', 'jpg', 'png'] });
  await bumpGroup(tx, group, { covenantFileId: stored.id });
  if (group.covenantFileId) await deleteStoredFile(tx, group.covenantFileId);
  await appendAudit(tx, actor, {
    action: 'emulation_group.covenant_file_attached',
    entity: 'emulation_group',
    entityId: id,
    unitId: group.organiserUnitId,
    after: { file: { name: stored.name, size: stored.size, sha256: stored.sha256 } },
  });
  return reloadView(tx, actor, id);
}

export async function removeCovenantFile(tx: Db, actor: Actor, id: string): Promise<GroupView> {
  const group = await requireGroup(tx, actor, id, true);
  authorize(canManageAt(actor, group.organiserPath), MANAGE_REFUSED);
  if (!group.covenantFileId) notFound('tệp giao ước');
  await bumpGroup(tx, group, { covenantFileId: null });
  await deleteStoredFile(tx, group.covenantFileId!);
  await appendAudit(tx, actor, {
    action: 'emulation_group.covenant_file_removed',
    entity: 'emulation_group',
    entityId: id,
    unitId: group.organiserUnitId,
    before: { fileId: group.covenantFileId },
  });
  return reloadView(tx, actor, id);
}

export async function readCovenantFile(tx: Db, actor: Actor, id: string) {
  const group = await requireGroup(tx, actor, id);
  if (!group.covenantFileId) notFound('tệp giao ước');
  return (await readStoredFile(tx, group.covenantFileId!)) ?? notFound('tệp giao ước');
}

// ---- Finalising ----

/**
 * POST /api/emulation-groups/:id/finalise: stores each member's rank and points (the leading unit(s) marked) —
 * only when every criterion of every member has the cluster's score. Sheet, members and scores are then locked.
 */
export async function finaliseGroup(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
  now: Date = new Date(),
): Promise<GroupView> {
  const body = parseInput(FinaliseBody, input);
  const group = await groupForChange(tx, actor, id, body.version);
  const details = await loadGroupDetails(tx, group);
  if (details.members.length < 2) {
    throw new AppError('INVALID_STATE', 'Cụm, khối cần ít nhất hai đơn vị thành viên để xếp hạng');
  }
  if (!details.items.some((i) => i.kind === 'criterion')) {
    throw new AppError('INVALID_STATE', 'Bảng điểm chưa có tiêu chí nào');
  }
  const ranking = rankingOf(group, details);
  const incomplete = ranking.results.filter((r) => !r.complete);
  if (incomplete.length > 0) {
    const first = incomplete[0]!;
    throw new AppError(
      'INVALID_STATE',
      `Chưa chốt được: ${first.name} chưa có điểm cụm, khối chấm ở ${first.missing.length} tiêu chí (“${first.missing[0]}”` +
        `${first.missing.length > 1 ? ', …' : ''})${incomplete.length > 1 ? ` và ${incomplete.length - 1} đơn vị khác chưa chấm đủ` : ''}`,
    );
  }
  await tx.insert(emulationGroupResults).values(
    ranking.results.map((r) => ({
      groupId: id,
      unitId: r.unitId,
      year: group.year,
      rank: r.rank,
      basic: r.basic,
      bonus: r.bonus,
      penalty: r.penalty,
      total: r.total,
      leading: r.leading,
    })),
  );
  await bumpGroup(tx, group, {
    status: 'finalised',
    finalisedAt: now,
    resultDocument: body.resultDocument ?? group.resultDocument,
  });
  await appendAudit(tx, actor, {
    action: 'emulation_group.finalised',
    entity: 'emulation_group',
    entityId: id,
    unitId: group.organiserUnitId,
    before: { status: group.status, version: group.version },
    after: {
      status: 'finalised',
      resultDocument: body.resultDocument ?? group.resultDocument,
      results: ranking.results.map((r) => ({
        unitId: r.unitId,
        rank: r.rank,
        total: r.total,
        leading: r.leading,
      })),
    },
  });
  return reloadView(tx, actor, id);
}

/** POST /api/emulation-groups/:id/reopen: the stored results are removed; scoring may continue. */
export async function reopenGroup(tx: Db, actor: Actor, id: string, input: unknown): Promise<GroupView> {
  const body = parseInput(ReopenBody, input);
  const group = await groupForChange(tx, actor, id, body.version, { mustBeOpen: false });
  if (group.status !== 'finalised')
    throw new AppError('INVALID_STATE', 'Cụm, khối đang chấm điểm, chưa chốt kết quả');
  await tx.delete(emulationGroupResults).where(eq(emulationGroupResults.groupId, id));
  await bumpGroup(tx, group, { status: 'open', finalisedAt: null });
  await appendAudit(tx, actor, {
    action: 'emulation_group.reopened',
    entity: 'emulation_group',
    entityId: id,
    unitId: group.organiserUnitId,
    before: { status: group.status, version: group.version },
    after: { status: 'open', reason: body.reason },
  });
  return reloadView(tx, actor, id);
}

/**
 * POST /api/emulation-groups/:id/next-year: next year's group of the same organiser, kind and name, with the same
 * members in the same rotation order, the leader and deputy proposed by rotation (editable), and a copy of the
 * score sheet; the covenant is signed anew each year.
 */
export async function createNextYear(tx: Db, actor: Actor, id: string, input: unknown): Promise<GroupView> {
  const body = parseInput(NextYearBody, input);
  const group = await groupForChange(tx, actor, id, body.version, { mustBeOpen: false });
  const details = await loadGroupDetails(tx, group);
  if (details.next) {
    throw new AppError('CONFLICT', `Cụm, khối này đã có năm ${details.next.year}`);
  }
  const rotation = proposeRotation(details.members);
  const [created] = await tx
    .insert(emulationGroups)
    .values({
      year: group.year + 1,
      organiserUnitId: group.organiserUnitId,
      kind: group.kind,
      name: group.name,
      note: group.note,
      bonusCap: group.bonusCap,
      previousGroupId: group.id,
      createdBy: actor.userId,
    })
    .returning({ id: emulationGroups.id });
  const nextId = created!.id;
  if (details.members.length > 0) {
    await tx.insert(emulationGroupMembers).values(
      details.members.map((m) => ({
        groupId: nextId,
        unitId: m.unitId,
        rotationOrder: m.rotationOrder,
        role:
          m.unitId === rotation.leaderId
            ? ('leader' as const)
            : m.unitId === rotation.deputyId
              ? ('deputy' as const)
              : ('member' as const),
      })),
    );
  }
  const sectionIds = new Map<string, string>();
  for (const s of details.sections) {
    const [row] = await tx
      .insert(scoreSections)
      .values({ groupId: nextId, position: s.position, title: s.title })
      .returning({ id: scoreSections.id });
    sectionIds.set(s.id, row!.id);
  }
  if (details.items.length > 0) {
    await tx.insert(scoreItems).values(
      details.items.map((i) => ({
        groupId: nextId,
        sectionId: i.sectionId ? sectionIds.get(i.sectionId)! : null,
        kind: i.kind,
        position: i.position,
        title: i.title,
        maxPoints: Number(i.maxPoints),
        guidance: i.guidance,
      })),
    );
  }
  const next = await requireGroup(tx, actor, nextId);
  await appendAudit(tx, actor, {
    action: 'emulation_group.next_year_created',
    entity: 'emulation_group',
    entityId: nextId,
    unitId: group.organiserUnitId,
    after: {
      year: next.year,
      previousGroupId: group.id,
      leaderId: rotation.leaderId,
      deputyId: rotation.deputyId,
      members: details.members.length,
      items: details.items.length,
    },
  });
  return groupView(tx, actor, next);
}
