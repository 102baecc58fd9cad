// Registration use cases (đăng ký thi đua): draft, lines, submit, accept, return — scoped load → authorise →
// rule → write → event + audit → present, in the caller's transaction. Deadlines, figures and nominees:
// registrations.figures.ts.
import { and, eq, sql } from 'drizzle-orm';
import {
  RegistrationActionBody,
  RegistrationCreateBody,
  type RegistrationLineInput,
  RegistrationLinesBody,
  type RegistrationListQuery,
  type RegistrationPage,
  RegistrationReturnBody,
  RegistrationUpdateBody,
  type RegistrationView,
} from '../../../contracts/registrations';
import { todayInVietnam } from '../../../contracts/people';
import { awardKindAt } from '../../../domain/catalog';
import type { AwardKindCode } from '../../../domain/regimes/types';
import {
  duplicateLines,
  isEditable,
  lineKindError,
  type RegistrationMove,
  registrationTransition,
  type RegistrationSubjectKind,
} from '../../../domain/registration';
import type { Db } from '../../db/client';
import { registrationEvents, registrationLines, registrations } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { refuse, stale } from './refuse';
import { parseInput } from '../people/people.service';
import { findUnitInScope } from '../units/units.queries';
import { canDecideAt, canEditAt, DECIDE_REFUSED, EDIT_REFUSED } from './registrations.policy';
import { presentListItem, presentRegistration } from './registrations.present';
import {
  findDeadline,
  findRegistrationInScope,
  loadEvents,
  loadLines,
  peopleOfSubtreeInYear,
  type RegistrationRow,
  selectRegistrationPage,
  unitsOfSubtreeInYear,
} from './registrations.queries';

const REGISTRATION = 'bản đăng ký thi đua';

/** The registration in the actor's scope (NOT_FOUND outside it), locked for update when asked. */
export async function requireRegistration(
  tx: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<RegistrationRow> {
  return (await findRegistrationInScope(tx, actor, id, lock)) ?? notFound(REGISTRATION);
}

/** The registration as the actor sees it today. */
export async function registrationView(
  tx: Db,
  actor: Actor,
  row: RegistrationRow,
): Promise<RegistrationView> {
  const lines = (await loadLines(tx, [row.id])).get(row.id)!;
  const deadline = await findDeadline(tx, row.parentUnitId, row.year);
  return presentRegistration(
    actor,
    row,
    lines,
    await loadEvents(tx, row.id),
    deadline?.dueOn ?? null,
    todayInVietnam(),
    {
      dossiers: true,
    },
  );
}

const snapshot = (row: RegistrationRow) => ({
  unitId: row.unitId,
  parentUnitId: row.parentUnitId,
  year: row.year,
  status: row.status,
  note: row.note,
  version: row.version,
});

/** GET /api/registrations/:id */
export async function getRegistration(tx: Db, actor: Actor, id: string): Promise<RegistrationView> {
  return registrationView(tx, actor, await requireRegistration(tx, actor, id));
}

/** GET /api/registrations */
export async function listRegistrations(
  tx: Db,
  actor: Actor,
  query: RegistrationListQuery,
): Promise<RegistrationPage> {
  const { rows, total } = await selectRegistrationPage(tx, actor, query);
  const today = todayInVietnam();
  return {
    items: rows.map((r) => presentListItem(r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

// ---- Lines ----

interface CheckedLine {
  subjectKind: RegistrationSubjectKind;
  personId: string | null;
  unitId: string | null;
  awardKind: AwardKindCode;
  note: string | null;
}

/**
 * Checks the lines of a registration of `unitPath` for `year`: titles of the year's regime meant for the subject,
 * people who worked in the unit's subtree during the year, units of the subtree open during the year, no line
 * twice. Refuses with every message (field paths lines.<i>.<field>).
 */
async function checkLines(
  tx: Db,
  registration: { unitPath: string; year: number },
  input: readonly RegistrationLineInput[],
): Promise<CheckedLine[]> {
  const errors: Record<string, string> = {};
  const lines: CheckedLine[] = input.map((l) => ({
    subjectKind: l.subjectKind,
    personId: l.subjectKind === 'individual' ? (l.personId ?? null) : null,
    unitId: l.subjectKind === 'collective' ? (l.unitId ?? null) : null,
    awardKind: l.awardKind,
    note: l.note ?? null,
  }));
  const year = registration.year;
  lines.forEach((l, i) => {
    let def = null;
    try {
      def = awardKindAt(l.awardKind, `${year}-12-31`);
    } catch {
      errors[`lines.${i}.awardKind`] = `Năm ${year} chưa có danh mục danh hiệu thi đua trong hệ thống`;
      return;
    }
    const message = lineKindError(def, l.subjectKind, year);
    if (message) errors[`lines.${i}.awardKind`] = message;
  });
  const people = await peopleOfSubtreeInYear(
    tx,
    lines.flatMap((l) => (l.personId ? [l.personId] : [])),
    registration.unitPath,
    year,
  );
  const units = await unitsOfSubtreeInYear(
    tx,
    lines.flatMap((l) => (l.unitId ? [l.unitId] : [])),
    registration.unitPath,
    year,
  );
  lines.forEach((l, i) => {
    if (l.personId && !people.has(l.personId)) {
      errors[`lines.${i}.personId`] =
        `Cá nhân không công tác tại đơn vị (hoặc đơn vị trực thuộc) trong năm ${year}`;
    }
    if (l.unitId && !units.has(l.unitId)) {
      errors[`lines.${i}.unitId`] =
        `Tập thể không phải đơn vị đăng ký hoặc đơn vị trực thuộc đang hoạt động năm ${year}`;
    }
  });
  const keys = lines.map((l) => ({
    subjectKind: l.subjectKind,
    subjectId: (l.personId ?? l.unitId)!,
    awardKind: l.awardKind,
  }));
  for (const i of duplicateLines(keys)) {
    errors[`lines.${i}.awardKind`] ??= 'Dòng này trùng với một dòng trước (cùng đối tượng, cùng danh hiệu)';
  }
  refuse(errors);
  return lines;
}

async function writeLines(tx: Db, registrationId: string, lines: readonly CheckedLine[]): Promise<void> {
  await tx.delete(registrationLines).where(eq(registrationLines.registrationId, registrationId));
  if (lines.length === 0) return;
  await tx.insert(registrationLines).values(lines.map((l, i) => ({ ...l, registrationId, position: i + 1 })));
}

const lineSummary = (lines: readonly CheckedLine[]) =>
  lines.map((l) => ({
    subjectKind: l.subjectKind,
    subjectId: l.personId ?? l.unitId,
    awardKind: l.awardKind,
  }));

// ---- Create and edit ----

/** POST /api/registrations: a draft of the unit for the year, addressed to the unit's parent. */
export async function createRegistration(
  tx: Db,
  actor: Actor,
  input: unknown,
  now: Date = new Date(),
): Promise<RegistrationView> {
  const body = parseInput(RegistrationCreateBody, input);
  const unit = await findUnitInScope(tx, actor, body.unitId);
  if (!unit) refuse({ unitId: 'Không tìm thấy đơn vị đăng ký' });
  authorize(canEditAt(actor, unit!.path), EDIT_REFUSED);
  if (!unit!.parentId) {
    refuse({ unitId: 'Đơn vị cấp cao nhất không có đơn vị cấp trên để gửi đăng ký thi đua' });
  }
  const year = body.year;
  if (unit!.validFrom > `${year}-12-31` || (unit!.validTo !== null && unit!.validTo < `${year}-01-01`)) {
    refuse({ year: `Đơn vị không hoạt động trong năm ${year}` });
  }
  const lines = await checkLines(tx, { unitPath: unit!.path, year }, body.lines ?? []);
  const [inserted] = await tx
    .insert(registrations)
    .values({
      unitId: unit!.id,
      parentUnitId: unit!.parentId!,
      year,
      note: body.note,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: registrations.id });
  const id = inserted!.id;
  await writeLines(tx, id, lines);
  await recordEvent(tx, actor, id, { action: 'create', from: null, to: 'draft', at: now });
  const row = (await findRegistrationInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'registration.created',
    entity: 'registration',
    entityId: id,
    unitId: row.unitId,
    after: { ...snapshot(row), lines: lineSummary(lines) },
  });
  return registrationView(tx, actor, row);
}

/** The registration for a change by the unit: in scope, editable by the actor, at the version sent. */
async function forUnitChange(tx: Db, actor: Actor, id: string, version: number): Promise<RegistrationRow> {
  const row = await requireRegistration(tx, actor, id, true);
  authorize(canEditAt(actor, row.unitPath), EDIT_REFUSED);
  if (row.version !== version) throw stale('Bản đăng ký thi đua');
  return row;
}

async function bump(
  tx: Db,
  row: RegistrationRow,
  changes: Partial<typeof registrations.$inferInsert>,
  now: Date,
): Promise<void> {
  const [updated] = await tx
    .update(registrations)
    .set({ ...changes, updatedAt: now, version: sql`${registrations.version} + 1` })
    .where(and(eq(registrations.id, row.id), eq(registrations.version, row.version)))
    .returning({ id: registrations.id });
  if (!updated) throw stale('Bản đăng ký thi đua');
}

function requireEditable(row: RegistrationRow): void {
  if (!isEditable(row.status)) {
    throw new AppError(
      'INVALID_STATE',
      'Bản đăng ký đã gửi lên cấp trên, không sửa được; chỉ sửa khi đang soạn hoặc bị trả lại',
    );
  }
}

/** PATCH /api/registrations/:id: the unit's commitments text. */
export async function updateRegistration(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<RegistrationView> {
  const body = parseInput(RegistrationUpdateBody, input);
  const row = await forUnitChange(tx, actor, id, body.version);
  requireEditable(row);
  await bump(tx, row, { note: body.note }, new Date());
  const after = (await findRegistrationInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'registration.updated',
    entity: 'registration',
    entityId: id,
    unitId: row.unitId,
    before: { note: row.note, version: row.version },
    after: { note: after.note, version: after.version },
  });
  return registrationView(tx, actor, after);
}

/** PUT /api/registrations/:id/lines: the whole list of registered titles. */
export async function replaceLines(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<RegistrationView> {
  const body = parseInput(RegistrationLinesBody, input);
  const row = await forUnitChange(tx, actor, id, body.version);
  requireEditable(row);
  const before = (await loadLines(tx, [id])).get(id)!;
  const lines = await checkLines(tx, row, body.lines);
  await writeLines(tx, id, lines);
  await bump(tx, row, {}, new Date());
  const after = (await findRegistrationInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: 'registration.lines_updated',
    entity: 'registration',
    entityId: id,
    unitId: row.unitId,
    before: {
      lines: before.map((l) => ({
        subjectKind: l.subjectKind,
        subjectId: l.subjectId,
        awardKind: l.awardKind,
      })),
      version: row.version,
    },
    after: { lines: lineSummary(lines), version: after.version },
  });
  return registrationView(tx, actor, after);
}

// ---- Transitions ----

async function recordEvent(
  tx: Db,
  actor: Actor,
  registrationId: string,
  event: { action: string; from: string | null; to: string; at: Date; comment?: string | null },
): Promise<void> {
  await tx.insert(registrationEvents).values({
    registrationId,
    action: event.action,
    fromStatus: event.from,
    toStatus: event.to,
    actorId: actor.userId,
    actorName: actor.fullName || actor.username,
    at: event.at,
    comment: event.comment ?? null,
  });
}

const AUDIT_ACTIONS = {
  submit: 'registration.submitted',
  resubmit: 'registration.resubmitted',
  accept: 'registration.accepted',
  return: 'registration.returned',
} as const;

/** Applies a move by the side allowed to make it; records the event and the audit entry. */
async function move(
  tx: Db,
  actor: Actor,
  id: string,
  moveName: RegistrationMove,
  version: number,
  comment: string | null,
  now: Date,
): Promise<RegistrationView> {
  const row = await requireRegistration(tx, actor, id, true);
  const t = registrationTransition(row.status, moveName);
  if (t.side === 'unit') authorize(canEditAt(actor, row.unitPath), EDIT_REFUSED);
  else authorize(canDecideAt(actor, row.parentPath), DECIDE_REFUSED);
  if (row.version !== version) throw stale('Bản đăng ký thi đua');
  if (!t.ok) throw new AppError('INVALID_STATE', t.message!);
  const changes: Partial<typeof registrations.$inferInsert> = { status: t.to };
  if (moveName === 'submit') {
    const lines = (await loadLines(tx, [id])).get(id)!;
    if (lines.length === 0) {
      throw new AppError(
        'VALIDATION',
        'Bản đăng ký chưa có danh hiệu nào; thêm ít nhất một dòng trước khi gửi',
        {
          lines: 'Chưa có danh hiệu đăng ký',
        },
      );
    }
    changes.submittedAt = now;
    if (!row.firstSubmittedAt) {
      changes.firstSubmittedAt = now;
      changes.firstSubmittedOn = todayInVietnam(now);
    }
  } else {
    changes.decidedAt = now;
    if (moveName === 'return') changes.returnReason = comment;
  }
  await bump(tx, row, changes, now);
  await recordEvent(tx, actor, id, { action: t.action, from: row.status, to: t.to, at: now, comment });
  const after = (await findRegistrationInScope(tx, actor, id))!;
  await appendAudit(tx, actor, {
    action: AUDIT_ACTIONS[t.action as keyof typeof AUDIT_ACTIONS],
    entity: 'registration',
    entityId: id,
    unitId: row.unitId,
    before: { status: row.status, version: row.version },
    after: { status: after.status, version: after.version, comment },
  });
  return registrationView(tx, actor, after);
}

/** POST /api/registrations/:id/submit: sent to the parent (again after a return). */
export async function submitRegistration(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
  now: Date = new Date(),
): Promise<RegistrationView> {
  const body = parseInput(RegistrationActionBody, input);
  return move(tx, actor, id, 'submit', body.version, body.comment, now);
}

/** POST /api/registrations/:id/accept: the parent accepts it. */
export async function acceptRegistration(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
  now: Date = new Date(),
): Promise<RegistrationView> {
  const body = parseInput(RegistrationActionBody, input);
  return move(tx, actor, id, 'accept', body.version, body.comment, now);
}

/** POST /api/registrations/:id/return: the parent returns it with a reason. */
export async function returnRegistration(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
  now: Date = new Date(),
): Promise<RegistrationView> {
  const body = parseInput(RegistrationReturnBody, input);
  return move(tx, actor, id, 'return', body.version, body.reason, now);
}
