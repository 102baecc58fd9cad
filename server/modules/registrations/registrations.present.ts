// Registration rows → views: lines with subjects, figures per title (registered vs achieved), events, the
// deadline state for today, and the `can` map.
import type {
  DeadlineStateView,
  KindFigureView,
  RegistrationListItem,
  RegistrationView,
} from '../../../contracts/registrations';
import { awardKindAt } from '../../../domain/catalog';
import type { AwardKindCode } from '../../../domain/regimes/types';
import {
  deadlineState,
  type KindFigure,
  kindFigures,
  type RegistrationAction,
  type RegistrationStatus,
} from '../../../domain/registration';
import { type Actor, hasRoleAt } from '../../lib/actor';
import { registrationAbilities } from './registrations.policy';
import type { EventRow, LineRow, PageRow, RegistrationRow } from './registrations.queries';

/** The Vietnamese name of an award kind in the regime of the year (the code when the year has no catalog). */
export function kindName(code: AwardKindCode, year: number): string {
  try {
    return awardKindAt(code, `${year}-12-31`)?.name ?? code;
  } catch {
    return code;
  }
}

export function presentFigures(figures: readonly KindFigure[], year: number): KindFigureView[] {
  return figures.map((f) => ({ ...f, awardKindName: kindName(f.awardKind, year) }));
}

/** Registered vs achieved per title of a registration's lines. */
export function figuresOfLines(lines: readonly LineRow[], year: number): KindFigureView[] {
  const keys = lines.map((l) => ({
    subjectKind: l.subjectKind,
    subjectId: l.subjectId,
    awardKind: l.awardKind,
  }));
  const achieved = lines
    .filter((l) => l.achieved)
    .map((l) => ({ subjectKind: l.subjectKind, subjectId: l.subjectId, awardKind: l.awardKind }));
  return presentFigures(kindFigures(keys, achieved), year);
}

export function presentDeadline(
  facts: { status: RegistrationStatus; firstSubmittedOn: string | null },
  dueOn: string | null,
  today: string,
): DeadlineStateView {
  return { dueOn, ...deadlineState({ ...facts, dueOn }, today) };
}

export function presentRegistration(
  actor: Actor,
  row: RegistrationRow,
  lines: LineRow[],
  events: EventRow[],
  dueOn: string | null,
  today: string,
  options: { dossiers: boolean },
): RegistrationView {
  const can = registrationAbilities(actor, row);
  return {
    id: row.id,
    unit: { id: row.unitId, name: row.unitName },
    parent: { id: row.parentUnitId, name: row.parentName },
    year: row.year,
    status: row.status,
    note: row.note,
    firstSubmittedAt: row.firstSubmittedAt?.toISOString() ?? null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    returnReason: row.returnReason,
    deadline: presentDeadline(row, dueOn, today),
    lines: lines.map((l) => ({
      id: l.id,
      subjectKind: l.subjectKind,
      subject: { id: l.subjectId, name: l.subjectName },
      subjectUnit: l.subjectUnit,
      awardKind: l.awardKind,
      awardKindName: kindName(l.awardKind, row.year),
      note: l.note,
      achieved: l.achieved,
    })),
    figures: figuresOfLines(lines, row.year),
    events: events.map((e) => ({
      id: e.id,
      action: e.action as RegistrationAction,
      fromStatus: (e.fromStatus as RegistrationStatus | null) ?? null,
      toStatus: e.toStatus as RegistrationStatus,
      actorName: e.actorName,
      at: e.at.toISOString(),
      comment: e.comment,
    })),
    version: row.version,
    can: {
      ...can,
      createDossier: options.dossiers && row.status === 'accepted' && canDossier(actor, row),
    },
  };
}

/** A dossier from the registration is drafted by the registering unit's officers (the dossier's proposer). */
function canDossier(actor: Actor, row: RegistrationRow): boolean {
  return hasRoleAt(actor, ['officer'], row.unitPath);
}

export function presentListItem(row: PageRow, today: string): RegistrationListItem {
  return {
    id: row.id,
    unit: { id: row.unit_id, name: row.unit_name },
    parent: { id: row.parent_id, name: row.parent_name },
    year: Number(row.year),
    status: row.status,
    lineCount: Number(row.line_count),
    firstSubmittedAt: row.first_submitted_at,
    submittedAt: row.submitted_at,
    deadline: presentDeadline(
      { status: row.status, firstSubmittedOn: row.first_submitted_on },
      row.due_on,
      today,
    ),
  };
}
