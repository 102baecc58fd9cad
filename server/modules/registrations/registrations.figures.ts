// A parent unit's side of registrations: the yearly deadline, the figures over its children (registered vs
// achieved per title, who has not registered, who was late), and the accepted lines as dossier nominees.
import { and, eq, sql } from 'drizzle-orm';
import {
  DeadlineBody,
  type DeadlineQuery,
  type DeadlineView,
  type FiguresQuery,
  type FiguresView,
  type RegistrationNominee,
} from '../../../contracts/registrations';
import { todayInVietnam } from '../../../contracts/people';
import type { AwardKindCode } from '../../../domain/regimes/types';
import { type KindFigure, kindFigures, type RegistrationStatus } from '../../../domain/registration';
import { type Db, queryRows } from '../../db/client';
import { registrationDeadlines } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import { findUnitInScope } from '../units/units.queries';
import { canDecideAt } from './registrations.policy';
import { figuresOfLines, presentDeadline, presentFigures } from './registrations.present';
import { findDeadline, findRegistrationOf, loadLines } from './registrations.queries';
import { refuse, stale } from './refuse';

/** GET /api/registration-deadlines?parentUnitId=&year= */
export async function getDeadline(tx: Db, actor: Actor, query: DeadlineQuery): Promise<DeadlineView> {
  const parent = (await findUnitInScope(tx, actor, query.parentUnitId)) ?? notFound('đơn vị');
  const row = await findDeadline(tx, parent.id, query.year);
  return {
    parentUnitId: parent.id,
    year: query.year,
    dueOn: row?.dueOn ?? null,
    note: row?.note ?? null,
    version: row?.version ?? null,
    can: { set: canDecideAt(actor, parent.path) },
  };
}

/** PUT /api/registration-deadlines: the parent sets (or moves, with version) the deadline of its children. */
export async function setDeadline(tx: Db, actor: Actor, input: unknown): Promise<DeadlineView> {
  const body = parseInput(DeadlineBody, input);
  const parent = await findUnitInScope(tx, actor, body.parentUnitId);
  if (!parent) refuse({ parentUnitId: 'Không tìm thấy đơn vị' });
  authorize(
    canDecideAt(actor, parent!.path),
    'Chỉ cán bộ thi đua, khen thưởng của đơn vị cấp trên được đặt hạn đăng ký',
  );
  const current = await findDeadline(tx, parent!.id, body.year);
  if (current) {
    if (body.version === undefined || body.version !== current.version) throw stale('Hạn đăng ký thi đua');
    await tx
      .update(registrationDeadlines)
      .set({
        dueOn: body.dueOn,
        note: body.note,
        updatedAt: new Date(),
        version: sql`${registrationDeadlines.version} + 1`,
      })
      .where(
        and(eq(registrationDeadlines.id, current.id), eq(registrationDeadlines.version, current.version)),
      );
  } else {
    await tx.insert(registrationDeadlines).values({
      parentUnitId: parent!.id,
      year: body.year,
      dueOn: body.dueOn,
      note: body.note,
    });
  }
  await appendAudit(tx, actor, {
    action: 'registration_deadline.set',
    entity: 'registration_deadline',
    entityId: current?.id ?? null,
    unitId: parent!.id,
    before: current ? { year: current.year, dueOn: current.dueOn, note: current.note } : null,
    after: { year: body.year, dueOn: body.dueOn, note: body.note },
  });
  return getDeadline(tx, actor, { parentUnitId: parent!.id, year: body.year });
}

/**
 * GET /api/registration-figures?parentUnitId=&year=: one row per child unit open during the year (and any other
 * unit that sent its registration to the parent), with its status, lateness and registered vs achieved titles;
 * totals over the registrations that were sent (submitted or accepted).
 */
export async function registrationFigures(tx: Db, actor: Actor, query: FiguresQuery): Promise<FiguresView> {
  const parent = (await findUnitInScope(tx, actor, query.parentUnitId)) ?? notFound('đơn vị');
  const year = query.year;
  const rows = await queryRows<{
    unit_id: string;
    unit_name: string;
    registration_id: string | null;
    status: RegistrationStatus | null;
    first_submitted_on: string | null;
  }>(
    tx,
    sql`select u.id as unit_id, u.name as unit_name, r.id as registration_id, r.status,
        r.first_submitted_on::text as first_submitted_on
      from units u left join registrations r on r.unit_id = u.id and r.year = ${year}
      where (u.parent_id = ${parent.id} and u.valid_from <= make_date(${year}::int, 12, 31)
          and (u.valid_to is null or u.valid_to >= make_date(${year}::int, 1, 1)))
        or r.parent_unit_id = ${parent.id}
      order by u.name_sort collate "C", u.id`,
  );
  const dueOn = (await findDeadline(tx, parent.id, year))?.dueOn ?? null;
  const lines = await loadLines(
    tx,
    rows.flatMap((r) => (r.registration_id ? [r.registration_id] : [])),
  );
  const today = todayInVietnam();
  const counts = {
    children: rows.length,
    notRegistered: 0,
    draft: 0,
    submitted: 0,
    accepted: 0,
    returned: 0,
    late: 0,
  };
  const sentKeys: Parameters<typeof kindFigures>[0][number][] = [];
  const sentAchieved: typeof sentKeys = [];
  const out = rows.map((r) => {
    const own = r.registration_id ? lines.get(r.registration_id)! : [];
    const status = r.status;
    if (status === null) counts.notRegistered++;
    else counts[status]++;
    const deadline = presentDeadline(
      { status: status ?? 'draft', firstSubmittedOn: r.first_submitted_on },
      dueOn,
      today,
    );
    if (deadline.late) counts.late++;
    if (status === 'submitted' || status === 'accepted') {
      for (const l of own) {
        const key = { subjectKind: l.subjectKind, subjectId: l.subjectId, awardKind: l.awardKind };
        sentKeys.push(key);
        if (l.achieved) sentAchieved.push(key);
      }
    }
    const kinds = figuresOfLines(own, year);
    return {
      unit: { id: r.unit_id, name: r.unit_name },
      registrationId: r.registration_id,
      status,
      deadline,
      kinds,
      registered: own.length,
      achieved: own.filter((l) => l.achieved).length,
    };
  });
  const totals: KindFigure[] = kindFigures(sentKeys, sentAchieved);
  return {
    parent: { id: parent.id, name: parent.name },
    year,
    dueOn,
    rows: out,
    totals: presentFigures(totals, year),
    counts,
  };
}

/**
 * The accepted lines of a unit's registration for a year, as dossier nominee inputs (subject, award kind, the
 * line's note as the start of the summary). NOT_FOUND when the unit is outside the actor's scope or has no
 * registration that year; INVALID_STATE when the registration is not accepted yet.
 */
export async function registrationNominees(
  tx: Db,
  actor: Actor,
  unitId: string,
  year: number,
  kinds?: readonly AwardKindCode[],
): Promise<RegistrationNominee[]> {
  const unit = (await findUnitInScope(tx, actor, unitId)) ?? notFound('đơn vị');
  const id = await findRegistrationOf(tx, unit.id, year);
  if (!id) throw new AppError('NOT_FOUND', `${unit.name} chưa có bản đăng ký thi đua năm ${year}`);
  const [reg] = await queryRows<{ status: RegistrationStatus }>(
    tx,
    sql`select status from registrations where id = ${id}`,
  );
  if (reg!.status !== 'accepted') {
    throw new AppError(
      'INVALID_STATE',
      `Bản đăng ký thi đua năm ${year} của ${unit.name} chưa được cấp trên chấp nhận, chưa dùng để lập hồ sơ`,
    );
  }
  const lines = (await loadLines(tx, [id])).get(id)!;
  return lines
    .filter((l) => !kinds || kinds.includes(l.awardKind))
    .map((l) => ({
      subjectKind: l.subjectKind,
      personId: l.subjectKind === 'individual' ? l.subjectId : null,
      unitId: l.subjectKind === 'collective' ? l.subjectId : null,
      name: l.subjectName,
      awardKind: l.awardKind,
      note: l.note,
    }));
}
