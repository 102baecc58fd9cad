// Council use cases: list, read (the composition on a date), create with the establishing decision, correct, and
// kiện toàn (a new composition from a date, history kept) — scoped load → authorise → rule → write → audit → present.
import { and, eq, gte, sql } from 'drizzle-orm';
import {
  CouncilCreateBody,
  type CouncilListQuery,
  type CouncilPage,
  type CouncilQuery,
  CouncilUpdateBody,
  type CouncilView,
  RecomposeBody,
} from '../../../contracts/councils';
import { todayInVietnam } from '../../../contracts/people';
import {
  type CompositionMember,
  compositionErrors,
  planRecomposition,
  viDate,
} from '../../../domain/council';
import type { Db } from '../../db/client';
import { councilChanges, councilMeetings, councilMembers, councils } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { loadUnitsByIds } from '../people/people.queries';
import { parseInput } from '../people/people.service';
import { canCreateCouncils, canManageCouncil, MANAGE_REFUSED } from './councils.policy';
import { byRole, defaultDate, presentCouncil, presentCouncilListItem } from './councils.present';
import {
  type CouncilRow,
  findCouncilInScope,
  loadChanges,
  loadPeriods,
  selectCouncilPage,
  visiblePeople,
} from './councils.queries';

const COUNCIL = 'Hội đồng';

/** A stale version: someone changed the row since the user read it. */
export function stale(what: string): AppError {
  return new AppError(
    'CONFLICT',
    `${what} vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại`,
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}

/** Throws VALIDATION with every field message, naming the first. */
export function refuse(fields: Record<string, string>): void {
  const entries = Object.entries(fields);
  if (entries.length === 0) return;
  const more = entries.length > 1 ? ` (và ${entries.length - 1} lỗi khác)` : '';
  throw new AppError('VALIDATION', `${entries[0]![1]}${more}`, fields);
}

/** The council in the actor's scope (NOT_FOUND outside it). */
export async function requireCouncil(tx: Db, actor: Actor, id: string, lock = false): Promise<CouncilRow> {
  return (await findCouncilInScope(tx, actor, id, lock)) ?? notFound(COUNCIL);
}

/** The council as the actor sees it on a date. */
export async function councilView(
  tx: Db,
  actor: Actor,
  council: CouncilRow,
  date?: string,
): Promise<CouncilView> {
  // One after the other: on a transaction's client pg runs them in turn anyway, and warns of overlapping calls.
  const periods = await loadPeriods(tx, council.id);
  const changes = await loadChanges(tx, council.id);
  return presentCouncil(actor, council, periods, changes, date ?? defaultDate(council, todayInVietnam()));
}

/** GET /api/councils */
export async function listCouncils(tx: Db, actor: Actor, query: CouncilListQuery): Promise<CouncilPage> {
  const { rows, total } = await selectCouncilPage(tx, actor, query, query.date ?? todayInVietnam());
  return {
    items: rows.map(presentCouncilListItem),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateCouncils(actor) },
  };
}

/** GET /api/councils/:id?date= */
export async function getCouncil(
  tx: Db,
  actor: Actor,
  id: string,
  query: CouncilQuery,
): Promise<CouncilView> {
  return councilView(tx, actor, await requireCouncil(tx, actor, id), query.date);
}

/** Every member is a person the actor can see; the composition follows the rules of domain/council. */
async function checkComposition(tx: Db, actor: Actor, members: readonly CompositionMember[]): Promise<void> {
  refuse(compositionErrors(members));
  const names = await visiblePeople(
    tx,
    actor,
    members.map((m) => m.personId),
  );
  const unknown: Record<string, string> = {};
  members.forEach((m, i) => {
    if (!names.has(m.personId)) unknown[`members.${i}.personId`] = 'Không tìm thấy cá nhân';
  });
  refuse(unknown);
}

async function insertPeriods(
  tx: Db,
  councilId: string,
  changeId: string,
  from: string,
  members: readonly (CompositionMember & { order: number })[],
): Promise<void> {
  if (members.length === 0) return;
  await tx.insert(councilMembers).values(
    members.map((m) => ({
      councilId,
      personId: m.personId,
      role: m.role,
      position: m.position,
      organisation: m.organisation,
      fromDate: from,
      startChangeId: changeId,
      sortOrder: m.order,
    })),
  );
}

const compositionSummary = (members: readonly CompositionMember[]) =>
  members.map((m) => ({ personId: m.personId, role: m.role, position: m.position }));

/** POST /api/councils: a council of an authority the actor manages, with its first composition. */
export async function createCouncil(tx: Db, actor: Actor, input: unknown): Promise<CouncilView> {
  authorize(canCreateCouncils(actor), MANAGE_REFUSED);
  const body = parseInput(CouncilCreateBody, input);
  const unit = (await loadUnitsByIds(tx, [body.authorityUnitId])).get(body.authorityUnitId);
  if (!unit || !actor.roles.some((r) => unit.path.startsWith(r.unitPath))) {
    refuse({ authorityUnitId: 'Không tìm thấy đơn vị' });
  }
  authorize(canManageCouncil(actor, unit!.path), 'Bạn không có quyền lập Hội đồng cho đơn vị này');
  if (unit!.validTo !== null && body.establishedOn > unit!.validTo) {
    refuse({ establishedOn: `Đơn vị đã kết thúc hoạt động từ sau ngày ${viDate(unit!.validTo)}` });
  }
  await checkComposition(tx, actor, body.members);
  const [council] = await tx
    .insert(councils)
    .values({
      authorityUnitId: body.authorityUnitId,
      name: body.name,
      decision: body.decision,
      establishedOn: body.establishedOn,
      note: body.note,
      createdBy: actor.userId,
    })
    .returning({ id: councils.id });
  const [change] = await tx
    .insert(councilChanges)
    .values({
      councilId: council!.id,
      kind: 'establish',
      decision: body.decision,
      effectiveOn: body.establishedOn,
      membersTotal: body.members.length,
      recordedBy: actor.userId,
      recordedByName: actor.fullName,
    })
    .returning({ id: councilChanges.id });
  await insertPeriods(
    tx,
    council!.id,
    change!.id,
    body.establishedOn,
    body.members.map((m, order) => ({ ...m, order })),
  );
  const row = (await findCouncilInScope(tx, actor, council!.id))!;
  await appendAudit(tx, actor, {
    action: 'council.created',
    entity: 'council',
    entityId: row.id,
    unitId: row.authorityUnitId,
    after: {
      name: row.name,
      decision: row.decision,
      establishedOn: row.establishedOn,
      members: compositionSummary(body.members),
    },
  });
  return councilView(tx, actor, row, body.establishedOn);
}

/** The council for a change: in scope, managed by the actor, read at the version sent. */
async function councilForChange(tx: Db, actor: Actor, id: string, version: number): Promise<CouncilRow> {
  const council = await requireCouncil(tx, actor, id, true);
  authorize(canManageCouncil(actor, council.authorityPath), MANAGE_REFUSED);
  if (council.version !== version) throw stale(COUNCIL);
  return council;
}

async function bumpCouncil(tx: Db, council: CouncilRow, changes: Partial<typeof councils.$inferInsert> = {}) {
  const [updated] = await tx
    .update(councils)
    .set({ ...changes, updatedAt: new Date(), version: sql`${councils.version} + 1` })
    .where(and(eq(councils.id, council.id), eq(councils.version, council.version)))
    .returning({ id: councils.id });
  if (!updated) throw stale(COUNCIL);
}

/** The first meeting held on or after a date (a change from that date would rewrite its denominator). */
async function meetingFrom(tx: Db, councilId: string, date: string) {
  const [row] = await tx
    .select({ heldOn: councilMeetings.heldOn, status: councilMeetings.status })
    .from(councilMeetings)
    .where(and(eq(councilMeetings.councilId, councilId), gte(councilMeetings.heldOn, date)))
    .orderBy(councilMeetings.heldOn)
    .limit(1);
  return row;
}

/** PATCH /api/councils/:id (with version): name, decision text, note, end of work. */
export async function updateCouncil(tx: Db, actor: Actor, id: string, input: unknown): Promise<CouncilView> {
  const body = parseInput(CouncilUpdateBody, input);
  const current = await councilForChange(tx, actor, id, body.version);
  const { version: _v, ...changes } = body;
  if (changes.dissolvedOn) {
    if (changes.dissolvedOn < current.establishedOn) {
      refuse({ dissolvedOn: 'Ngày kết thúc hoạt động phải sau ngày thành lập Hội đồng' });
    }
    const [last] = await loadChanges(tx, id);
    if (last && changes.dissolvedOn < last.effectiveOn) {
      refuse({
        dissolvedOn: `Hội đồng được kiện toàn ngày ${viDate(last.effectiveOn)}, sau ngày kết thúc đã nhập`,
      });
    }
    const later = await meetingFrom(tx, id, changes.dissolvedOn);
    if (later && later.heldOn > changes.dissolvedOn) {
      refuse({
        dissolvedOn: `Hội đồng có phiên họp ngày ${viDate(later.heldOn)}, sau ngày kết thúc đã nhập`,
      });
    }
  }
  await bumpCouncil(tx, current, changes);
  const row = (await findCouncilInScope(tx, actor, id))!;
  const keys = [...Object.keys(changes), 'version'] as (keyof CouncilRow)[];
  const pick = (r: CouncilRow) => Object.fromEntries(keys.map((k) => [k, r[k]]));
  await appendAudit(tx, actor, {
    action: 'council.updated',
    entity: 'council',
    entityId: id,
    unitId: row.authorityUnitId,
    before: pick(current),
    after: pick(row),
  });
  return councilView(tx, actor, row);
}

/** POST /api/councils/:id/changes (with version): kiện toàn — the whole composition from a date. */
export async function recomposeCouncil(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<CouncilView> {
  const body = parseInput(RecomposeBody, input);
  const council = await councilForChange(tx, actor, id, body.version);
  if (council.dissolvedOn !== null) {
    throw new AppError('INVALID_STATE', 'Hội đồng đã kết thúc hoạt động, không thể kiện toàn');
  }
  const [last] = await loadChanges(tx, id);
  if (last && body.effectiveOn <= last.effectiveOn) {
    refuse({
      effectiveOn: `Ngày hiệu lực phải sau lần thành lập, kiện toàn gần nhất (${viDate(last.effectiveOn)})`,
    });
  }
  const held = await meetingFrom(tx, id, body.effectiveOn);
  if (held?.status === 'closed') {
    refuse({
      effectiveOn: `Hội đồng đã họp và kết thúc phiên ngày ${viDate(held.heldOn)}; thành phần tại phiên đó không thể thay đổi`,
    });
  }
  await checkComposition(tx, actor, body.members);
  const periods = await loadPeriods(tx, id);
  const plan = planRecomposition(
    periods.map((p) => ({ ...p, role: p.role as CompositionMember['role'], from: p.fromDate, to: p.toDate })),
    body.members,
    body.effectiveOn,
  );
  const [change] = await tx
    .insert(councilChanges)
    .values({
      councilId: id,
      kind: 'recompose',
      decision: body.decision,
      effectiveOn: body.effectiveOn,
      note: body.note,
      membersTotal: body.members.length,
      recordedBy: actor.userId,
      recordedByName: actor.fullName,
    })
    .returning({ id: councilChanges.id });
  for (const c of plan.close) {
    await tx
      .update(councilMembers)
      .set({ toDate: c.to, endChangeId: change!.id })
      .where(eq(councilMembers.id, c.id));
  }
  const order = new Map(body.members.map((m, i) => [m.personId, i]));
  await insertPeriods(
    tx,
    id,
    change!.id,
    body.effectiveOn,
    plan.open.map((m) => ({ ...m, order: order.get(m.personId)! })),
  );
  await bumpCouncil(tx, council);
  const row = (await findCouncilInScope(tx, actor, id))!;
  const before = byRole(
    periods.filter((p) => p.fromDate < body.effectiveOn && (p.toDate ?? '9999') >= body.effectiveOn),
  );
  await appendAudit(tx, actor, {
    action: 'council.recomposed',
    entity: 'council',
    entityId: id,
    unitId: council.authorityUnitId,
    before: {
      members: before.map((p) => ({ personId: p.personId, role: p.role, position: p.position })),
      version: council.version,
    },
    after: {
      decision: body.decision,
      effectiveOn: body.effectiveOn,
      members: compositionSummary(body.members),
      version: row.version,
    },
  });
  return councilView(tx, actor, row, body.effectiveOn);
}
