// Dossier rows → views: the list item with its deadline, and the whole dossier with nominees, attachments,
// the timeline, linked dossiers and what the actor may do (the `actions` and `can` maps).
import type {
  AttachmentView,
  DossierEventView,
  DossierListItem,
  DossierView,
  LinkedDossierView,
  NomineeView,
} from '../../../contracts/dossiers';
import type { AwardKindCode } from '../../../domain/regimes/types';
import {
  ATTACHMENT_KIND_LABELS,
  type AttachmentKind,
  APPRAISAL_STATUSES,
  DOSSIER_STATUS_LABELS,
  type DossierFacts,
  EDITABLE_STATUSES,
  guardBlockers,
  type Side,
  TRANSITIONS,
  transitionOf,
  WAITING_STATUSES,
  type DossierAction,
} from '../../../domain/workflow';
import { DEADLINES, isOverdue, workingDaysBetween } from '../../../domain/working-days';
import { awardKindName } from '../history/history.present';
import type { AttachmentRow, DossierRow, EventRow, LinkedRow, NomineeRow } from './dossiers.queries';

/** The deadline of the step the dossier waits on, with the overdue flag and the working days left. */
export function presentDeadline(row: Pick<DossierRow, 'status' | 'deadlineOn'>, today: string) {
  if (!row.deadlineOn) return null;
  const rule = row.status === 'submitted' ? DEADLINES.check_completeness : DEADLINES.appraisal;
  const waiting = WAITING_STATUSES.includes(row.status);
  const left = workingDaysBetween(today, row.deadlineOn);
  return {
    on: row.deadlineOn,
    label: rule.label,
    basis: rule.basis,
    overdue: isOverdue(row.deadlineOn, today, waiting),
    daysLeft: left.days,
    approximate: left.approximate,
  };
}

export function presentListItem(row: DossierRow, today: string): DossierListItem {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    statusLabel: DOSSIER_STATUS_LABELS[row.status],
    proposingUnit: { id: row.proposingUnitId, name: row.proposingName },
    authorityLabel: row.authorityLabel,
    authorityUnit: row.authorityUnitId ? { id: row.authorityUnitId, name: row.authorityName ?? '' } : null,
    awardType: row.awardType as DossierListItem['awardType'],
    achievementYear: row.achievementYear,
    nomineeCount: row.nomineeCount,
    deadline: presentDeadline(row, today),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
    forwardedFromId: row.forwardedFromId,
  };
}

function presentNominee(n: NomineeRow, year: number): NomineeView {
  return {
    id: n.id,
    position: n.position,
    subjectKind: n.subjectKind,
    personId: n.personId,
    unitId: n.unitId,
    householdName: n.householdName,
    name: n.name,
    detail: n.detail,
    awardKind: n.awardKind as AwardKindCode,
    awardKindName: awardKindName(n.awardKind as AwardKindCode, year),
    summary: n.summary,
    reportFile: n.reportFileId
      ? {
          id: n.reportFileId,
          name: n.reportFileName!,
          mime: n.reportFileMime!,
          size: n.reportFileSize!,
          sha256: n.reportFileSha256!,
        }
      : null,
    verdictStatus: n.verdictStatus,
    verdict: (n.verdict ?? null) as NomineeView['verdict'],
    verdictAt: n.verdictAt?.toISOString() ?? null,
    appraisal: n.appraisal,
    appraisalNote: n.appraisalNote,
    proposedAwardKind: n.proposedAwardKind as AwardKindCode | null,
    proposedAwardKindName: n.proposedAwardKind
      ? awardKindName(n.proposedAwardKind as AwardKindCode, year)
      : null,
    outcome: n.outcome,
    outcomeAwardKind: n.outcomeAwardKind as AwardKindCode | null,
    decisionId: n.decisionId,
    forwardedToNomineeId: n.forwardedToNomineeId,
    version: n.version,
  };
}

const EVENT_LABELS: Record<string, string> = {
  create: 'Lập hồ sơ',
  forwarded_in: 'Nhận hồ sơ do cấp dưới trình lên',
};

function presentEvent(e: EventRow): DossierEventView {
  const known = TRANSITIONS.find((t) => t.action === e.action);
  return {
    id: e.id,
    action: e.action,
    actionLabel: known?.label ?? EVENT_LABELS[e.action] ?? e.action,
    fromStatus: e.fromStatus,
    toStatus: e.toStatus,
    actorName: e.actorName,
    actorRole: e.actorRole,
    actorUnitName: e.actorUnitName,
    at: e.at.toISOString(),
    comment: e.comment,
    supplementItems: e.supplementItems,
  };
}

function presentLinked(l: LinkedRow): LinkedDossierView {
  return { ...l, statusLabel: DOSSIER_STATUS_LABELS[l.status] };
}

function presentAttachment(a: AttachmentRow, canDelete: boolean): AttachmentView {
  return {
    id: a.id,
    kind: a.kind as AttachmentKind,
    kindLabel: ATTACHMENT_KIND_LABELS[a.kind as AttachmentKind],
    file: { id: a.fileId, name: a.fileName, mime: a.mime, size: a.size, sha256: a.sha256 },
    note: a.note,
    createdAt: a.createdAt.toISOString(),
    createdByName: a.createdByName,
    canDelete,
  };
}

export interface DossierParts {
  row: DossierRow;
  nominees: NomineeRow[];
  attachments: AttachmentRow[];
  events: EventRow[];
  linked: { from: LinkedRow | null; to: LinkedRow[] };
  sides: Set<Side>;
  facts: DossierFacts;
}

/** The actor's abilities on the dossier, from the sides they stand on. */
export function dossierAbilities(row: DossierRow, sides: Set<Side>) {
  const proposerEdits = sides.has('proposer') && EDITABLE_STATUSES.includes(row.status);
  return {
    edit: proposerEdits,
    delete: sides.has('proposer') && row.status === 'draft',
    editNominees: proposerEdits,
    appraise: sides.has('authority') && APPRAISAL_STATUSES.includes(row.status),
    // The proposer attaches while editing; the authority may add its own documents while it handles the dossier.
    attach:
      proposerEdits || (sides.has('authority') && ['received', 'appraising', 'council'].includes(row.status)),
    renderToTrinh: sides.has('proposer') || sides.has('authority'),
  };
}

export function presentDossier(parts: DossierParts, today: string): DossierView {
  const { row, sides } = parts;
  const actions: DossierView['actions'] = {};
  for (const t of TRANSITIONS) {
    if (!t.viaApi) continue;
    const allowed = sides.has(t.side) && t.from.includes(row.status);
    actions[t.action] = {
      allowed,
      blockers: allowed ? guardBlockers(t.action as DossierAction, parts.facts) : [],
      label: transitionOf(t.action).label,
      requiresComment: t.requiresComment,
      confirm: t.confirm ?? null,
    };
  }
  const can = dossierAbilities(row, sides);
  const lastReturn = [...parts.events].reverse().find((e) => e.action === 'return');
  return {
    ...presentListItem(row, today),
    authorityCode: row.authorityCode,
    regimeId: row.regimeId,
    movementId: row.movementId,
    handlingUnit: row.handlingUnitId ? { id: row.handlingUnitId, name: row.handlingName ?? '' } : null,
    receivedAt: row.receivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
    nominees: parts.nominees.map((n) => presentNominee(n, row.achievementYear)),
    attachments: parts.attachments.map((a) => presentAttachment(a, can.attach)),
    events: parts.events.map(presentEvent),
    forwardedFrom: parts.linked.from ? presentLinked(parts.linked.from) : null,
    forwardedTo: parts.linked.to.map(presentLinked),
    supplementItems: row.status === 'returned' ? (lastReturn?.supplementItems ?? null) : null,
    actions,
    can,
  };
}
