// Movement rows → views: the tree around it, documents by role (its own and those of the movements above),
// indicators with figures as reports write them, status steps, awards, and the `can` map.
import type { AuthorityLevel } from '../../../contracts/documents';
import type {
  DocumentRole,
  MovementAwardView,
  MovementDocumentView,
  MovementKind,
  MovementListItem,
  MovementRefView,
  MovementStatus,
  MovementView,
  ReviewKind,
  ValueQualifier,
} from '../../../contracts/movements';
import {
  formatIndicatorValue,
  formatMovementPeriod,
  STATUS_ACTION_LABELS,
  type StatusAction,
  targetShare,
} from '../../../domain/movements';
import type { Actor } from '../../lib/actor';
import type { UnitFacts } from '../documents/documents.queries';
import { presentRef, referenceOf } from '../documents/documents.present';
import { movementAbilities } from './movements.policy';
import type {
  AwardRow,
  ChainRow,
  IndicatorRow,
  LinkedDocumentRow,
  MovementListRow,
  MovementRow,
  StatusEventRow,
  ValueRow,
} from './movements.queries';

/** One line of the list or the tree. */
export function presentListItem(row: MovementListRow, matches = true): MovementListItem {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    kind: row.kind as MovementKind,
    status: row.status as MovementStatus,
    authorityName: row.authority_name,
    authorityLevel: row.authority_level as AuthorityLevel | null,
    unit: { id: row.unit_id, name: row.unit_name },
    periodFrom: row.period_from,
    periodTo: row.period_to,
    period: formatMovementPeriod(row.period_from, row.period_to),
    documentCount: row.document_count,
    indicatorCount: row.indicator_count,
    matches,
  };
}

function presentChainRef(row: ChainRow): MovementRefView {
  return {
    id: row.id,
    name: row.name,
    authorityName: row.authority_name,
    authorityLevel: row.authority_level as AuthorityLevel | null,
    status: row.status as MovementStatus,
    accessible: row.accessible,
  };
}

function presentLinked(row: LinkedDocumentRow): MovementDocumentView {
  return {
    id: row.id,
    reference: referenceOf(refFacts(row)),
    role: row.role as DocumentRole,
    type: row.type,
    numberSymbol: row.number_symbol,
    issuedOn: row.issued_on,
    issuerName: row.issuer_name,
    issuerLevel: row.issuer_level as AuthorityLevel | null,
    summary: row.summary,
    movementId: row.movement_id,
    movementName: row.movement_name,
  };
}

const refFacts = (r: {
  type: string;
  type_name: string | null;
  number_symbol: string | null;
  issued_on: string | null;
  summary: string | null;
}) => ({
  type: r.type,
  typeName: r.type_name,
  numberSymbol: r.number_symbol,
  issuedOn: r.issued_on,
  summary: r.summary,
});

/** Dossier rows (one per nominee) → one award entry per dossier. */
export function presentAwards(rows: AwardRow[]): MovementAwardView[] {
  const byDossier = new Map<string, MovementAwardView>();
  for (const r of rows) {
    let entry = byDossier.get(r.dossier_id);
    if (!entry) {
      entry = {
        dossierId: r.dossier_id,
        code: r.code,
        title: r.title,
        status: r.status,
        achievementYear: r.achievement_year,
        proposingUnit: { id: r.proposing_unit_id, name: r.proposing_unit_name },
        authorityLabel: r.authority_label,
        nominees: [],
      };
      byDossier.set(r.dossier_id, entry);
    }
    if (r.nominee_id) {
      entry.nominees.push({
        id: r.nominee_id,
        subjectName: r.subject_name ?? '',
        subjectKind: r.subject_kind ?? '',
        awardKind: r.award_kind ?? '',
        outcome: r.outcome,
        outcomeAwardKind: r.outcome_award_kind,
        decided: r.decision_id !== null,
      });
    }
  }
  return [...byDossier.values()];
}

export interface MovementDetails {
  row: MovementRow;
  unit: UnitFacts;
  launchingUnit: UnitFacts | null;
  /** The movement and those above it, nearest first. */
  chain: ChainRow[];
  children: ChainRow[];
  participants: UnitFacts[];
  documents: LinkedDocumentRow[];
  indicators: IndicatorRow[];
  values: (ValueRow & { unitName: string })[];
  events: StatusEventRow[];
  awards: AwardRow[];
  dossierCount: number;
}

/** The full movement page, as the actor may see it. */
export function presentMovement(actor: Actor, d: MovementDetails): MovementView {
  const { row } = d;
  const lastReview = [...d.events].reverse().find((e) => e.action === 'review');
  const lastReviewKind = (lastReview?.review_kind ?? null) as ReviewKind | null;
  const ancestors = d.chain.filter((c) => c.depth > 0).reverse();
  const visibleAbove = new Set(ancestors.filter((a) => a.accessible).map((a) => a.id));
  const own = d.documents.filter((doc) => doc.movement_id === row.id);
  const upstream = d.documents.filter((doc) => visibleAbove.has(doc.movement_id));
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    nameVariants: row.nameVariants,
    kind: row.kind as MovementKind,
    status: row.status as MovementStatus,
    authorityName: row.authorityName,
    authorityLevel: row.authorityLevel as AuthorityLevel | null,
    unit: { id: d.unit.id, name: d.unit.name },
    launchingUnit: d.launchingUnit ? { id: d.launchingUnit.id, name: d.launchingUnit.name } : null,
    periodFrom: row.periodFrom,
    periodTo: row.periodTo,
    period: formatMovementPeriod(row.periodFrom, row.periodTo),
    launchedOn: row.launchedOn,
    description: row.description,
    activities: row.activities,
    note: row.note,
    documentCount: own.length,
    indicatorCount: d.indicators.length,
    ancestors: ancestors.map(presentChainRef),
    children: d.children.map(presentChainRef),
    participants: d.participants.map((u) => ({ id: u.id, name: u.name })),
    documents: own.map(presentLinked),
    upstreamDocuments: upstream.map(presentLinked),
    indicators: d.indicators.map((ind) => ({
      id: ind.id,
      name: ind.name,
      unitOfMeasure: ind.unitOfMeasure,
      target: ind.target,
      note: ind.note,
      version: ind.version,
      values: d.values
        .filter((v) => v.indicatorId === ind.id)
        .map((v) => ({
          id: v.id,
          unit: { id: v.unitId, name: v.unitName },
          periodFrom: v.periodFrom,
          periodTo: v.periodTo,
          period: formatMovementPeriod(v.periodFrom, v.periodTo),
          target: v.target,
          actual: v.actual,
          qualifier: v.qualifier as ValueQualifier | null,
          actualText:
            v.actual === null
              ? null
              : formatIndicatorValue(v.actual, v.qualifier as ValueQualifier | null, ind.unitOfMeasure),
          share: targetShare(v.actual, v.target ?? ind.target),
          asOf: v.asOf,
          note: v.note,
          version: v.version,
        })),
    })),
    statusEvents: d.events.map((e) => ({
      id: e.id,
      action: e.action,
      actionLabel: STATUS_ACTION_LABELS[e.action as StatusAction | 'launch'] ?? e.action,
      fromStatus: e.from_status as MovementStatus | null,
      toStatus: e.to_status as MovementStatus,
      occurredOn: e.occurred_on,
      reviewKind: e.review_kind as ReviewKind | null,
      document:
        e.document_id && e.type
          ? presentRef({ id: e.document_id, ...refFacts({ ...e, type: e.type }) })
          : null,
      note: e.note,
      actorName: e.actor_name,
      at: e.at,
    })),
    lastReviewKind,
    awards: presentAwards(d.awards),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: movementAbilities(actor, d.unit.path, {
      status: row.status as MovementStatus,
      lastReviewKind,
      hasChildren: d.children.length > 0,
      hasDossiers: d.dossierCount > 0,
    }),
  };
}

/** The movement as written to the audit trail (derived columns left out). */
export function auditSnapshot(row: Partial<MovementRow>) {
  const { nameFolded: _f, nameSort: _s, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}
