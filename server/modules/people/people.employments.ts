// Employment history use cases: add an employment, close or correct one.
import { eq } from 'drizzle-orm';
import {
  EmploymentInput,
  type EmploymentUpdateBody,
  type PersonView,
  todayInVietnam,
} from '../../../contracts/people';
import type { z } from '../../../contracts/zod';
import type { Db } from '../../db/client';
import { employments } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { abilitiesFor, canUpdateEmployment } from './people.policy';
import { presentPerson } from './people.present';
import { findOverlappingEmployments, loadEmployments } from './people.queries';
import { loadPersonInScope, parseInput, requireManagedUnit, viDate } from './people.service';

function invalid(field: string, message: string): AppError {
  return new AppError('VALIDATION', message, { [field]: message });
}

async function refuseOverlap(
  tx: Db,
  input: { personId: string; unitId: string; fromDate: string; toDate: string | null; exceptId?: string },
  field: string,
): Promise<void> {
  const [other] = await findOverlappingEmployments(tx, input);
  if (other) {
    const until = other.toDate ? `đến ${viDate(other.toDate)}` : 'đến nay';
    throw invalid(
      field,
      `Trùng thời gian với quá trình công tác tại cùng đơn vị (từ ${viDate(other.fromDate)} ${until})`,
    );
  }
}

/** Adds an employment at a unit the actor manages to a person the actor may change. */
export async function addEmployment(
  tx: Db,
  actor: Actor,
  personId: string,
  input: z.input<typeof EmploymentInput>,
): Promise<PersonView> {
  const body = parseInput(EmploymentInput, input);
  const today = todayInVietnam();
  const { person, employments: rows } = await loadPersonInScope(tx, actor, personId);
  authorize(
    abilitiesFor(actor, rows, today).addEmployment,
    'Bạn không có quyền sửa quá trình công tác của cá nhân này',
  );
  await requireManagedUnit(tx, actor, body.unitId, 'unitId', body.fromDate);
  if (person.birthDate && body.fromDate < person.birthDate) {
    throw invalid('fromDate', 'Ngày bắt đầu công tác phải sau ngày sinh');
  }
  await refuseOverlap(tx, { personId, ...body }, 'fromDate');
  const [job] = await tx
    .insert(employments)
    .values({ ...body, personId })
    .returning();
  await appendAudit(tx, actor, {
    action: 'person.employment_added',
    entity: 'person',
    entityId: personId,
    unitId: body.unitId,
    after: job,
  });
  return presentPerson(actor, person, await loadEmployments(tx, personId), today);
}

/** Closes (toDate) or corrects (position, class, dates) one employment of a person. */
export async function updateEmployment(
  tx: Db,
  actor: Actor,
  personId: string,
  employmentId: string,
  body: EmploymentUpdateBody,
): Promise<PersonView> {
  const today = todayInVietnam();
  const { person, employments: rows } = await loadPersonInScope(tx, actor, personId);
  const current = rows.find((e) => e.id === employmentId);
  if (!current) notFound('quá trình công tác');
  const abilities = abilitiesFor(actor, rows, today);
  authorize(
    canUpdateEmployment(actor, abilities, current.unitPath),
    'Bạn không có quyền sửa quá trình công tác này',
  );
  const next = {
    position: body.position === undefined ? current.position : body.position,
    cadreClass: body.cadreClass ?? current.cadreClass,
    isDirectWorker: body.isDirectWorker ?? current.isDirectWorker,
    fromDate: body.fromDate ?? current.fromDate,
    toDate: body.toDate === undefined ? current.toDate : body.toDate,
  };
  if (next.toDate !== null && next.toDate < next.fromDate) {
    throw invalid('toDate', 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu');
  }
  if (person.birthDate && next.fromDate < person.birthDate) {
    throw invalid('fromDate', 'Ngày bắt đầu công tác phải sau ngày sinh');
  }
  await refuseOverlap(
    tx,
    {
      personId,
      unitId: current.unitId,
      fromDate: next.fromDate,
      toDate: next.toDate,
      exceptId: employmentId,
    },
    body.fromDate !== undefined ? 'fromDate' : 'toDate',
  );
  await tx.update(employments).set(next).where(eq(employments.id, employmentId));
  const { unitName: _n, unitPath: _p, ...before } = current;
  await appendAudit(tx, actor, {
    action:
      current.toDate === null && next.toDate !== null
        ? 'person.employment_closed'
        : 'person.employment_updated',
    entity: 'person',
    entityId: personId,
    unitId: current.unitId,
    before,
    after: { ...before, ...next },
  });
  return presentPerson(actor, person, await loadEmployments(tx, personId), today);
}
