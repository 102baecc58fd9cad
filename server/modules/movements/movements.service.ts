// Movements use cases: scoped load → authorise → rule → write → audit → present, inside the caller's transaction.
import { and, eq, sql } from 'drizzle-orm';
import type { AuthorityLevel } from '../../../contracts/documents';
import {
  MovementCreateBody,
  type MovementCreateInput,
  type MovementListQuery,
  type MovementPage,
  type MovementTree,
  type MovementUpdateBody,
  type MovementView,
  StatusStepBody,
  type StatusStepInput,
} from '../../../contracts/movements';
import {
  type MovementStatus,
  nextStatus,
  type ReviewKind,
  wouldCreateCycle,
  yearPeriod,
} from '../../../domain/movements';
import { foldVietnamese, vietnameseSortKey } from '../../../domain/text';
import type { Db } from '../../db/client';
import { movementDocuments, movements, movementStatusEvents, movementUnits } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { isRelatedPath } from '../documents/documents.policy';
import { findVisibleDocuments, loadUnits, type UnitFacts } from '../documents/documents.queries';
import { parseInput } from '../people/people.service';
import { canCreateMovements, canEditAt, EDIT_REFUSED } from './movements.policy';
import { auditSnapshot, type MovementDetails, presentListItem, presentMovement } from './movements.present';
import {
  countDependents,
  findVisibleMovement,
  lastReviewKind,
  listCondition,
  listMovementRows,
  loadChainUp,
  loadChildren,
  loadIndicators,
  loadLinkedDocuments,
  loadMovementAwards,
  loadParentMap,
  loadParticipants,
  loadStatusEvents,
  type MovementRow,
  treeRows,
} from './movements.queries';

const NOT_FOUND_MOVEMENT = 'phong trào thi đua';
/** The tree shows at most this many matching movements. */
export const TREE_LIMIT = 1000;

export function staleVersion(): AppError {
  return new AppError(
    'CONFLICT',
    'Phong trào này vừa được người khác cập nhật. Vui lòng tải lại trang rồi thao tác lại',
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}

const fail = (field: string, message: string): never => {
  throw new AppError('VALIDATION', message, { [field]: message });
};

/** The level a unit of ours launches at: its administrative level, or "cơ quan, đơn vị" for an agency. */
function levelOfUnit(unit: UnitFacts): AuthorityLevel {
  return ['province', 'district', 'commune'].includes(unit.kind) ? (unit.level as AuthorityLevel) : 'agency';
}

/** Loads a movement in the actor's scope, or NOT_FOUND. */
export async function loadMovementInScope(tx: Db, actor: Actor, id: string) {
  const hit = await findVisibleMovement(tx, actor, id);
  if (!hit) notFound(NOT_FOUND_MOVEMENT);
  return hit;
}

/** Loads everything the movement page shows. */
async function loadDetails(
  tx: Db,
  actor: Actor,
  row: MovementRow,
  unit: UnitFacts,
): Promise<MovementDetails> {
  const chain = await loadChainUp(tx, actor, row.id);
  const launching = row.launchingUnitId
    ? (await loadUnits(tx, [row.launchingUnitId])).get(row.launchingUnitId)
    : null;
  const { indicators, values } = await loadIndicators(tx, row.id);
  return {
    row,
    unit,
    launchingUnit: launching ?? null,
    chain,
    children: await loadChildren(tx, actor, row.id),
    participants: await loadParticipants(tx, row.id),
    documents: await loadLinkedDocuments(
      tx,
      chain.filter((c) => c.depth === 0 || c.accessible).map((c) => c.id),
    ),
    indicators,
    values,
    events: await loadStatusEvents(tx, row.id),
    awards: await loadMovementAwards(tx, actor, row.id),
    dossierCount: (await countDependents(tx, row.id)).dossiers,
  };
}

/** The movement page: tree around it, documents by role, indicators, status steps, awards. */
export async function getMovement(tx: Db, actor: Actor, id: string): Promise<MovementView> {
  const { row, unit } = await loadMovementInScope(tx, actor, id);
  return presentMovement(actor, await loadDetails(tx, actor, row, unit));
}

/** A page of the movements the actor can see, level by level. */
export async function listMovements(tx: Db, actor: Actor, query: MovementListQuery): Promise<MovementPage> {
  const where = await listCondition(tx, actor, query);
  const { rows, total } = await listMovementRows(tx, where, query.page, query.pageSize);
  return {
    items: rows.map((r) => presentListItem(r)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateMovements(actor) },
  };
}

/** Every matching movement with the visible movements above it, for the tree by level. */
export async function movementTree(tx: Db, actor: Actor, query: MovementListQuery): Promise<MovementTree> {
  const where = await listCondition(tx, actor, query);
  const { rows, truncated } = await treeRows(tx, actor, where, TREE_LIMIT);
  return {
    items: rows.map((r) => presentListItem(r, r.matches)),
    truncated,
    can: { create: canCreateMovements(actor) },
  };
}

/** A unit named in a request: it must exist and lie above, at or below one of the actor's units. */
async function requireRelatedUnit(tx: Db, actor: Actor, id: string, field: string): Promise<UnitFacts> {
  const unit = (await loadUnits(tx, [id])).get(id);
  if (!unit || !isRelatedPath(actor, unit.path)) fail(field, 'Không tìm thấy đơn vị');
  return unit!;
}

/** The parent named in a request: visible, and not the movement itself nor one below it. */
async function checkParent(tx: Db, actor: Actor, id: string | null, parentId: string | null): Promise<void> {
  if (!parentId) return;
  if (parentId === id) fail('parentId', 'Phong trào không thể là cấp trên của chính nó');
  if (!(await findVisibleMovement(tx, actor, parentId)))
    fail('parentId', 'Không tìm thấy phong trào cấp trên');
  if (id && wouldCreateCycle(id, parentId, await loadParentMap(tx, parentId))) {
    fail(
      'parentId',
      'Không chọn được phong trào cấp dưới của phong trào này làm phong trào cấp trên (vòng lặp)',
    );
  }
}

/** Participants must be units the actor knows; documents must be visible to the actor. */
async function checkLists(
  tx: Db,
  actor: Actor,
  lists: { participantUnitIds?: string[]; documents?: { documentId: string }[] },
): Promise<void> {
  const participants = lists.participantUnitIds ?? [];
  const found = await loadUnits(tx, participants);
  participants.forEach((id, i) => {
    const unit = found.get(id);
    if (!unit || !isRelatedPath(actor, unit.path))
      fail(`participantUnitIds.${i}`, 'Không tìm thấy đơn vị tham gia');
  });
  const docIds = (lists.documents ?? []).map((d) => d.documentId);
  const visible = new Set((await findVisibleDocuments(tx, actor, docIds)).map((d) => d.id));
  docIds.forEach((id, i) => {
    if (!visible.has(id)) fail(`documents.${i}.documentId`, 'Không tìm thấy văn bản');
  });
}

async function replaceLists(
  tx: Db,
  id: string,
  lists: { participantUnitIds?: string[]; documents?: { documentId: string; role: string }[] },
): Promise<void> {
  if (lists.participantUnitIds) {
    await tx.delete(movementUnits).where(eq(movementUnits.movementId, id));
    if (lists.participantUnitIds.length > 0) {
      await tx
        .insert(movementUnits)
        .values(lists.participantUnitIds.map((unitId) => ({ movementId: id, unitId })));
    }
  }
  if (lists.documents) {
    await tx.delete(movementDocuments).where(eq(movementDocuments.movementId, id));
    if (lists.documents.length > 0) {
      await tx.insert(movementDocuments).values(
        lists.documents.map((d, i) => ({
          movementId: id,
          documentId: d.documentId,
          role: d.role,
          sortOrder: i,
        })),
      );
    }
  }
}

const nameColumns = (name: string) => ({
  nameFolded: foldVietnamese(name),
  nameSort: vietnameseSortKey(name),
});

/** Enters a movement: launched by one of our units (it then belongs to it) or followed by one. */
export async function createMovement(
  tx: Db,
  actor: Actor,
  input: MovementCreateInput,
): Promise<MovementView> {
  const body = parseInput(MovementCreateBody, input);
  authorize(canCreateMovements(actor), 'Bạn không có quyền thêm phong trào thi đua');
  const ownerId = body.launchingUnitId ?? body.unitId!;
  const unit = await requireRelatedUnit(
    tx,
    actor,
    ownerId,
    body.launchingUnitId ? 'launchingUnitId' : 'unitId',
  );
  authorize(canEditAt(actor, unit.path), 'Bạn không có quyền thêm phong trào cho đơn vị này');
  await checkParent(tx, actor, null, body.parentId);
  await checkLists(tx, actor, body);
  const launching = body.launchingUnitId ? unit : null;
  const period = body.year ? yearPeriod(body.year) : { from: body.periodFrom, to: body.periodTo };
  const [row] = await tx
    .insert(movements)
    .values({
      parentId: body.parentId,
      name: body.name,
      ...nameColumns(body.name),
      nameVariants: body.nameVariants,
      kind: body.kind,
      unitId: unit.id,
      launchingUnitId: launching?.id ?? null,
      authorityName: body.authorityName ?? launching?.name ?? null,
      authorityLevel: body.authorityLevel ?? (launching ? levelOfUnit(launching) : null),
      periodFrom: period.from,
      periodTo: period.to,
      launchedOn: body.launchedOn,
      description: body.description,
      activities: body.activities,
      note: body.note,
      createdBy: actor.userId,
    })
    .returning();
  await replaceLists(tx, row!.id, body);
  await tx.insert(movementStatusEvents).values({
    movementId: row!.id,
    action: 'launch',
    fromStatus: null,
    toStatus: 'launched',
    occurredOn: body.launchedOn,
    actorId: actor.userId,
    actorName: actor.fullName,
  });
  await appendAudit(tx, actor, {
    action: 'movement.created',
    entity: 'movement',
    entityId: row!.id,
    unitId: unit.id,
    after: { ...auditSnapshot(row!), participantUnitIds: body.participantUnitIds, documents: body.documents },
  });
  return presentMovement(actor, await loadDetails(tx, actor, row!, unit));
}

/** Changes a movement (lists given replace the stored ones), with optimistic locking on `version`. */
export async function updateMovement(
  tx: Db,
  actor: Actor,
  id: string,
  body: MovementUpdateBody,
): Promise<MovementView> {
  const { row, unit } = await loadMovementInScope(tx, actor, id);
  authorize(canEditAt(actor, unit.path), EDIT_REFUSED);
  if (body.version !== row.version) throw staleVersion();
  const { version, participantUnitIds, documents, year, ...fields } = body;
  if (fields.parentId !== undefined) await checkParent(tx, actor, id, fields.parentId);
  await checkLists(tx, actor, { participantUnitIds, documents });
  const changes: Partial<MovementRow> = Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined),
  );
  if (year) Object.assign(changes, { periodFrom: yearPeriod(year).from, periodTo: yearPeriod(year).to });
  const periodFrom = changes.periodFrom !== undefined ? changes.periodFrom : row.periodFrom;
  const periodTo = changes.periodTo !== undefined ? changes.periodTo : row.periodTo;
  if (periodFrom && periodTo && periodTo < periodFrom)
    fail('periodTo', 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu');
  if (changes.name) Object.assign(changes, nameColumns(changes.name));
  const [updated] = await tx
    .update(movements)
    .set({ ...changes, updatedAt: new Date(), version: sql`${movements.version} + 1` })
    .where(and(eq(movements.id, id), eq(movements.version, version)))
    .returning();
  if (!updated) throw staleVersion();
  await replaceLists(tx, id, { participantUnitIds, documents });
  const keys = Object.keys(changes).filter(
    (k) => k !== 'nameFolded' && k !== 'nameSort',
  ) as (keyof MovementRow)[];
  const pick = (r: MovementRow) =>
    Object.fromEntries([...keys, 'version'].map((k) => [k, r[k as keyof MovementRow]]));
  await appendAudit(tx, actor, {
    action: 'movement.updated',
    entity: 'movement',
    entityId: id,
    unitId: row.unitId,
    before: pick(row),
    after: { ...pick(updated), participantUnitIds, documents },
  });
  return presentMovement(actor, await loadDetails(tx, actor, updated, unit));
}

/** Removes a movement entered by mistake: one with no movement below it and no dossier naming it. */
export async function deleteMovement(tx: Db, actor: Actor, id: string): Promise<void> {
  const { row, unit } = await loadMovementInScope(tx, actor, id);
  authorize(canEditAt(actor, unit.path), EDIT_REFUSED);
  const { children, dossiers } = await countDependents(tx, id);
  if (children > 0) {
    throw new AppError(
      'CONFLICT',
      'Phong trào còn phong trào cấp dưới; chuyển hoặc xóa phong trào cấp dưới trước',
    );
  }
  if (dossiers > 0)
    throw new AppError('CONFLICT', 'Phong trào đã có hồ sơ đề nghị khen thưởng, không xóa được');
  await tx.delete(movements).where(eq(movements.id, id));
  await appendAudit(tx, actor, {
    action: 'movement.deleted',
    entity: 'movement',
    entityId: id,
    unitId: row.unitId,
    before: auditSnapshot(row),
  });
}

/** A status step (start, sơ kết/tổng kết with its document, resume, close), recorded with who and when. */
export async function changeStatus(
  tx: Db,
  actor: Actor,
  id: string,
  input: StatusStepInput,
): Promise<MovementView> {
  const body = parseInput(StatusStepBody, input);
  const { row, unit } = await loadMovementInScope(tx, actor, id);
  authorize(canEditAt(actor, unit.path), EDIT_REFUSED);
  if (body.version !== row.version) throw staleVersion();
  const current = {
    status: row.status as MovementStatus,
    lastReviewKind: (await lastReviewKind(tx, id)) as ReviewKind | null,
  };
  const outcome = nextStatus(current, { action: body.action, reviewKind: body.reviewKind });
  if (!outcome.ok) throw new AppError('INVALID_STATE', outcome.message, { action: outcome.message });
  if (body.documentId && (await findVisibleDocuments(tx, actor, [body.documentId])).length === 0) {
    fail('documentId', 'Không tìm thấy văn bản');
  }
  const [updated] = await tx
    .update(movements)
    .set({ status: outcome.status, updatedAt: new Date(), version: sql`${movements.version} + 1` })
    .where(and(eq(movements.id, id), eq(movements.version, body.version)))
    .returning();
  if (!updated) throw staleVersion();
  await tx.insert(movementStatusEvents).values({
    movementId: id,
    action: body.action,
    fromStatus: row.status,
    toStatus: outcome.status,
    occurredOn: body.occurredOn,
    reviewKind: body.reviewKind,
    documentId: body.documentId,
    note: body.note,
    actorId: actor.userId,
    actorName: actor.fullName,
  });
  // The review document joins the movement's documents, so it shows with them by role.
  if (body.documentId) {
    await tx
      .insert(movementDocuments)
      .values({ movementId: id, documentId: body.documentId, role: 'review', sortOrder: 1000 })
      .onConflictDoNothing();
  }
  await appendAudit(tx, actor, {
    action: 'movement.status_changed',
    entity: 'movement',
    entityId: id,
    unitId: row.unitId,
    before: { status: row.status, version: row.version },
    after: { ...body, status: outcome.status, version: updated.version },
  });
  return presentMovement(actor, await loadDetails(tx, actor, updated, unit));
}

/** Reloads the view after a change made elsewhere (indicators). */
export async function reloadMovement(tx: Db, actor: Actor, id: string): Promise<MovementView> {
  return getMovement(tx, actor, id);
}
