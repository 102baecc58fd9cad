// The subject of a history (a person or a unit), loaded in the actor's scope with the abilities over it.
import { todayInVietnam } from '../../../contracts/people';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { AppError, notFound } from '../../lib/errors';
import {
  type EmploymentRow,
  findVisiblePerson,
  loadEmployments,
  loadUnitsByIds,
  type PersonRow,
} from '../people/people.queries';
import { findUnitInScope, type UnitRow } from '../units/units.queries';
import { type HistoryAbilities, personHistoryAbilities, unitHistoryAbilities } from './history.policy';

export type SubjectType = 'person' | 'unit';
export interface SubjectRef {
  type: SubjectType;
  id: string;
}

export interface PersonSubject {
  type: 'person';
  id: string;
  name: string;
  person: PersonRow;
  employments: EmploymentRow[];
  /** The unit audit entries are filed under: the current employment's, else the latest one's. */
  auditUnitId: string | null;
  can: HistoryAbilities;
}

export interface UnitSubject {
  type: 'unit';
  id: string;
  name: string;
  unit: UnitRow;
  auditUnitId: string;
  can: HistoryAbilities;
}

export type Subject = PersonSubject | UnitSubject;

/** Loads the subject when the actor can see it, else NOT_FOUND (as if it did not exist). */
export async function loadSubject(tx: Db, actor: Actor, ref: SubjectRef): Promise<Subject> {
  const today = todayInVietnam();
  if (ref.type === 'person') {
    const person = await findVisiblePerson(tx, actor, ref.id);
    if (!person) notFound('cá nhân');
    const employments = await loadEmployments(tx, ref.id);
    const current = employments.filter((e) => e.toDate === null || e.toDate >= today).at(-1);
    return {
      type: 'person',
      id: person.id,
      name: person.fullName,
      person,
      employments,
      auditUnitId: current?.unitId ?? employments.at(-1)?.unitId ?? null,
      can: personHistoryAbilities(actor, employments, today),
    };
  }
  const unit = await findUnitInScope(tx, actor, ref.id);
  if (!unit) notFound('đơn vị');
  return {
    type: 'unit',
    id: unit.id,
    name: unit.name,
    unit,
    auditUnitId: unit.id,
    can: unitHistoryAbilities(actor, unit.path),
  };
}

/** The person's employment in force on a date, else the latest one begun before it, else the first. */
export function employmentAt<T extends Pick<EmploymentRow, 'fromDate' | 'toDate'>>(
  employments: readonly T[],
  date: string,
): T | undefined {
  const covering = employments.filter((e) => e.fromDate <= date && (e.toDate === null || e.toDate >= date));
  if (covering.length > 0) return covering.at(-1);
  return employments.filter((e) => e.fromDate <= date).at(-1) ?? employments[0];
}

/**
 * A unit a record of the subject may point at (unit at award, unit where rated): one the actor can see, or one
 * of the person's own employment units (a past unit may have been closed or moved out of the actor's scope).
 */
export async function requireReferableUnit(
  tx: Db,
  actor: Actor,
  subject: Subject,
  unitId: string,
  field: string,
): Promise<{ id: string; name: string }> {
  if (subject.type === 'person') {
    const own = subject.employments.find((e) => e.unitId === unitId);
    if (own) return { id: own.unitId, name: own.unitName };
  }
  const unit = (await loadUnitsByIds(tx, [unitId])).get(unitId);
  const visible = unit && actor.roles.some((r) => unit.path.startsWith(r.unitPath));
  if (!unit || !visible) {
    const message = 'Không tìm thấy đơn vị';
    throw new AppError('VALIDATION', message, { [field]: message });
  }
  return { id: unit.id, name: unit.name };
}
