// Council meeting use cases: list, read, schedule, correct, delete, the agenda and the attendance — scoped load →
// authorise → rule → write → audit → present (ballots and closing: meetings.ballots.ts).
import { and, eq, sql } from 'drizzle-orm';
import {
  AgendaBody,
  AttendanceBody,
  MeetingCreateBody,
  type MeetingListQuery,
  type MeetingPage,
  MeetingUpdateBody,
  type MeetingView,
} from '../../../contracts/councils';
import { type CouncilRole, membersAt, termError, viDate } from '../../../domain/council';
import type { Db } from '../../db/client';
import { councilAttendance, councilMeetingDossiers, councilMeetings } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import { canRecordMeetings, RECORD_REFUSED } from './councils.policy';
import { loadPeriods, type PeriodRow } from './councils.queries';
import { refuse, requireCouncil, stale } from './councils.service';
import { loadMeetingContext, meetingRegime, type MeetingContext } from './meetings.context';
import { presentMeeting, presentMeetingListItem } from './meetings.present';
import {
  findMeetingInScope,
  loadCandidates,
  loadDossiersByIds,
  type MeetingRow,
  selectMeetingPage,
} from './meetings.queries';
import { visiblePeople } from './councils.queries';
import { RegimeError, regimeAt } from '../../../domain/catalog';

const MEETING = 'phiên họp Hội đồng';
export const MEETING_CLOSED =
  'Phiên họp đã kết thúc: biên bản, điểm danh và kết quả bỏ phiếu không thể thay đổi';

/** The meeting in the actor's scope (NOT_FOUND outside it). */
export async function requireMeeting(tx: Db, actor: Actor, id: string, lock = false): Promise<MeetingRow> {
  return (await findMeetingInScope(tx, actor, id, lock)) ?? notFound(MEETING);
}

/** The meeting as the actor sees it now (from a context already loaded, or loading it). */
export async function meetingView(
  tx: Db,
  actor: Actor,
  meeting: MeetingRow,
  ctx?: MeetingContext,
): Promise<MeetingView> {
  const context = ctx ?? (await loadMeetingContext(tx, meeting));
  const candidates =
    meeting.status === 'open'
      ? await loadCandidates(
          tx,
          meeting.authorityUnitId,
          context.dossiers.map((d) => d.id),
        )
      : [];
  const ids = [meeting.chairPersonId, meeting.secretaryPersonId].filter((x): x is string => x !== null);
  const names = new Map(context.periods.map((p) => [p.personId, p.fullName]));
  for (const id of ids) {
    if (!names.has(id)) names.set(id, (await visiblePeople(tx, actor, [id])).get(id) ?? '');
  }
  return presentMeeting(actor, context, candidates, names);
}

/** The meeting for a change: in scope, managed by the actor, open, read at the version sent. */
export async function meetingForChange(
  tx: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<MeetingRow> {
  const meeting = await requireMeeting(tx, actor, id, true);
  authorize(canRecordMeetings(actor, meeting.authorityPath), RECORD_REFUSED);
  if (meeting.status === 'closed') throw new AppError('INVALID_STATE', MEETING_CLOSED);
  if (meeting.version !== version) throw stale('Phiên họp');
  return meeting;
}

export async function bumpMeeting(
  tx: Db,
  meeting: MeetingRow,
  changes: Partial<typeof councilMeetings.$inferInsert> = {},
): Promise<void> {
  const [updated] = await tx
    .update(councilMeetings)
    .set({ ...changes, updatedAt: new Date(), version: sql`${councilMeetings.version} + 1` })
    .where(and(eq(councilMeetings.id, meeting.id), eq(councilMeetings.version, meeting.version)))
    .returning({ id: councilMeetings.id });
  if (!updated) throw stale('Phiên họp');
}

const asPeriods = (periods: readonly PeriodRow[]) =>
  periods.map((p) => ({ ...p, role: p.role as CouncilRole, from: p.fromDate, to: p.toDate }));

/** The date is inside the council's term (with members) and covered by the legal regimes. */
function checkDate(
  council: { establishedOn: string; dissolvedOn: string | null },
  periods: readonly PeriodRow[],
  heldOn: string,
): void {
  try {
    regimeAt(heldOn);
  } catch (error) {
    if (error instanceof RegimeError) refuse({ heldOn: error.message });
    throw error;
  }
  const why = termError(council, asPeriods(periods), heldOn);
  if (why) refuse({ heldOn: why });
}

/** The chair and the secretary are members of the council on the meeting date. */
function checkOfficers(
  periods: readonly PeriodRow[],
  heldOn: string,
  ids: { chairPersonId?: string | null; secretaryPersonId?: string | null },
): void {
  const members = new Set(membersAt(asPeriods(periods), heldOn).map((m) => m.personId));
  const errors: Record<string, string> = {};
  if (ids.chairPersonId && !members.has(ids.chairPersonId)) {
    errors.chairPersonId = `Người chủ trì phải là thành viên Hội đồng ngày ${viDate(heldOn)}`;
  }
  if (ids.secretaryPersonId && !members.has(ids.secretaryPersonId)) {
    errors.secretaryPersonId = `Thư ký phải là thành viên Hội đồng ngày ${viDate(heldOn)}`;
  }
  refuse(errors);
}

/** New agenda dossiers wait for this council: status 'council', addressed to its authority. */
async function checkAgenda(
  tx: Db,
  authorityUnitId: string,
  dossierIds: readonly string[],
  already: ReadonlySet<string> = new Set(),
): Promise<void> {
  const found = await loadDossiersByIds(tx, dossierIds);
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  dossierIds.forEach((id, i) => {
    const d = found.get(id);
    if (seen.has(id)) errors[`dossierIds.${i}`] = 'Hồ sơ đã có trong chương trình';
    seen.add(id);
    if (already.has(id)) return;
    if (!d || d.authorityUnitId !== authorityUnitId)
      errors[`dossierIds.${i}`] = 'Không tìm thấy hồ sơ gửi cơ quan này';
    else if (d.status !== 'council') {
      errors[`dossierIds.${i}`] = `Hồ sơ ${d.code} chưa được chuyển Hội đồng xét (hoặc đã xét xong)`;
    }
  });
  refuse(errors);
}

/** GET /api/council-meetings */
export async function listMeetings(tx: Db, actor: Actor, query: MeetingListQuery): Promise<MeetingPage> {
  const { rows, total } = await selectMeetingPage(tx, actor, query);
  return { items: rows.map(presentMeetingListItem), total, page: query.page, pageSize: query.pageSize };
}

/** GET /api/council-meetings/:id */
export async function getMeeting(tx: Db, actor: Actor, id: string): Promise<MeetingView> {
  return meetingView(tx, actor, await requireMeeting(tx, actor, id));
}

/** POST /api/councils/:id/meetings: a meeting of the council, with its agenda. */
export async function createMeeting(
  tx: Db,
  actor: Actor,
  councilId: string,
  input: unknown,
): Promise<MeetingView> {
  const body = parseInput(MeetingCreateBody, input);
  const council = await requireCouncil(tx, actor, councilId);
  authorize(canRecordMeetings(actor, council.authorityPath), RECORD_REFUSED);
  const periods = await loadPeriods(tx, councilId);
  checkDate(council, periods, body.heldOn);
  checkOfficers(periods, body.heldOn, body);
  await checkAgenda(tx, council.authorityUnitId, body.dossierIds);
  const { dossierIds, ...fields } = body;
  const [inserted] = await tx
    .insert(councilMeetings)
    .values({ ...fields, councilId, regimeId: meetingRegime(body.heldOn), createdBy: actor.userId })
    .returning({ id: councilMeetings.id });
  const id = inserted!.id;
  if (dossierIds.length > 0) {
    await tx
      .insert(councilMeetingDossiers)
      .values(dossierIds.map((dossierId, position) => ({ meetingId: id, dossierId, position })));
  }
  const meeting = (await findMeetingInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'council_meeting.created',
    entity: 'council_meeting',
    entityId: id,
    unitId: council.authorityUnitId,
    after: { councilId, ...fields, dossierIds },
  });
  return meetingView(tx, actor, meeting);
}

/** PATCH /api/council-meetings/:id (with version): date, time, place, chair, secretary, conclusion. */
export async function updateMeeting(tx: Db, actor: Actor, id: string, input: unknown): Promise<MeetingView> {
  const body = parseInput(MeetingUpdateBody, input);
  const current = await meetingForChange(tx, actor, id, body.version);
  const { version: _v, ...changes } = body;
  const periods = await loadPeriods(tx, current.councilId);
  const heldOn = changes.heldOn ?? current.heldOn;
  if (changes.heldOn) {
    checkDate(
      { establishedOn: current.councilEstablishedOn, dissolvedOn: current.councilDissolvedOn },
      periods,
      heldOn,
    );
  }
  checkOfficers(periods, heldOn, {
    chairPersonId: changes.chairPersonId === undefined ? current.chairPersonId : changes.chairPersonId,
    secretaryPersonId:
      changes.secretaryPersonId === undefined ? current.secretaryPersonId : changes.secretaryPersonId,
  });
  await bumpMeeting(tx, current, { ...changes, regimeId: meetingRegime(heldOn) });
  const row = (await findMeetingInScope(tx, actor, id))!;
  const keys = [...Object.keys(changes), 'version'] as (keyof MeetingRow)[];
  const pick = (r: MeetingRow) => Object.fromEntries(keys.map((k) => [k, r[k]]));
  await appendAudit(tx, actor, {
    action: 'council_meeting.updated',
    entity: 'council_meeting',
    entityId: id,
    unitId: row.authorityUnitId,
    before: pick(current),
    after: pick(row),
  });
  return meetingView(tx, actor, row);
}

/** DELETE /api/council-meetings/:id: an open meeting entered by mistake, before any ballot. */
export async function deleteMeeting(tx: Db, actor: Actor, id: string): Promise<{ ok: true }> {
  const meeting = await requireMeeting(tx, actor, id, true);
  authorize(canRecordMeetings(actor, meeting.authorityPath), RECORD_REFUSED);
  if (meeting.status === 'closed') throw new AppError('INVALID_STATE', MEETING_CLOSED);
  const ctx = await loadMeetingContext(tx, meeting);
  if (ctx.nominees.some((n) => n.ballot?.meetingId === id)) {
    throw new AppError(
      'INVALID_STATE',
      'Phiên họp đã có kết quả bỏ phiếu, không thể xóa; hãy xóa từng kết quả ghi nhầm trước',
    );
  }
  await tx.delete(councilMeetings).where(eq(councilMeetings.id, id));
  await appendAudit(tx, actor, {
    action: 'council_meeting.deleted',
    entity: 'council_meeting',
    entityId: id,
    unitId: meeting.authorityUnitId,
    before: { title: meeting.title, heldOn: meeting.heldOn, dossierIds: ctx.dossiers.map((d) => d.id) },
  });
  return { ok: true };
}

/** PUT /api/council-meetings/:id/agenda (with version): the dossiers considered, in order. */
export async function replaceAgenda(tx: Db, actor: Actor, id: string, input: unknown): Promise<MeetingView> {
  const body = parseInput(AgendaBody, input);
  const meeting = await meetingForChange(tx, actor, id, body.version);
  const ctx = await loadMeetingContext(tx, meeting);
  const before = ctx.dossiers.map((d) => d.id);
  await checkAgenda(tx, meeting.authorityUnitId, body.dossierIds, new Set(before));
  const kept = new Set(body.dossierIds);
  const voted = ctx.nominees.find((n) => !kept.has(n.dossierId) && n.ballot?.meetingId === id);
  if (voted) {
    refuse({
      dossierIds: `Hồ sơ ${voted.dossier.code} đã có kết quả bỏ phiếu tại phiên họp này, không thể bỏ khỏi chương trình`,
    });
  }
  await tx.delete(councilMeetingDossiers).where(eq(councilMeetingDossiers.meetingId, id));
  if (body.dossierIds.length > 0) {
    await tx
      .insert(councilMeetingDossiers)
      .values(body.dossierIds.map((dossierId, position) => ({ meetingId: id, dossierId, position })));
  }
  await bumpMeeting(tx, meeting);
  const row = (await findMeetingInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'council_meeting.agenda_updated',
    entity: 'council_meeting',
    entityId: id,
    unitId: meeting.authorityUnitId,
    before: { dossierIds: before, version: meeting.version },
    after: { dossierIds: body.dossierIds, version: row.version },
  });
  return meetingView(tx, actor, row);
}

/** PUT /api/council-meetings/:id/attendance (with version): present, absent with a written opinion, absent. */
export async function recordAttendance(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<MeetingView> {
  const body = parseInput(AttendanceBody, input);
  const meeting = await meetingForChange(tx, actor, id, body.version);
  const ctx = await loadMeetingContext(tx, meeting);
  const members = new Set(ctx.members.map((m) => m.personId));
  const errors: Record<string, string> = {};
  const seen = new Set<string>();
  body.items.forEach((item, i) => {
    if (!members.has(item.personId)) {
      errors[`items.${i}.personId`] = `Không phải thành viên Hội đồng ngày ${viDate(meeting.heldOn)}`;
    } else if (seen.has(item.personId)) errors[`items.${i}.personId`] = 'Thành viên được ghi hai lần';
    seen.add(item.personId);
  });
  refuse(errors);
  // A member whose vote is recorded cannot become absent without a written opinion.
  const voters = new Set(
    ctx.nominees.filter((n) => n.ballot?.meetingId === id).flatMap((n) => n.votes.map((v) => v.personId)),
  );
  const lost = body.items.find((item) => item.status === 'absent' && voters.has(item.personId));
  if (lost) {
    const name = ctx.members.find((m) => m.personId === lost.personId)!.fullName;
    refuse({ items: `${name} đã có phiếu được ghi; hãy sửa phiếu trước khi ghi vắng mặt không có ý kiến` });
  }
  for (const item of body.items) {
    await tx
      .insert(councilAttendance)
      .values({ meetingId: id, personId: item.personId, status: item.status, note: item.note })
      .onConflictDoUpdate({
        target: [councilAttendance.meetingId, councilAttendance.personId],
        set: { status: item.status, note: item.note },
      });
  }
  await bumpMeeting(tx, meeting);
  const row = (await findMeetingInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'council_meeting.attendance_recorded',
    entity: 'council_meeting',
    entityId: id,
    unitId: meeting.authorityUnitId,
    before: {
      items: body.items.map((i) => ({
        personId: i.personId,
        status: ctx.attendance.get(i.personId)?.status ?? null,
      })),
    },
    after: { items: body.items.map((i) => ({ personId: i.personId, status: i.status })) },
  });
  return meetingView(tx, actor, row);
}
