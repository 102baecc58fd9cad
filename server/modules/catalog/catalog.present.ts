// Effective catalog and overlays → views: every value with the source it comes from, in Vietnamese.
import type { CatalogKindView, CatalogView, OverlayView } from '../../../contracts/catalog';
import {
  type EffectiveCatalog,
  type EffectiveKind,
  type ParamSource,
  sourceText,
} from '../../../domain/catalog';
import type { LegalBasis } from '../../../domain/regimes/types';
import type { Actor } from '../../lib/actor';
import { overlayAbilities } from './catalog.policy';
import type { OverlayRow } from './catalog.queries';

const basisView = (b: LegalBasis) => ({
  document: b.document,
  ...(b.article ? { article: b.article } : {}),
  tag: b.tag,
  ...(b.note ? { note: b.note } : {}),
});

function sourceView(source: ParamSource) {
  if (source.type === 'national') {
    return {
      type: 'national' as const,
      text: sourceText(source),
      basis: basisView(source.basis),
      assumption: source.assumption,
    };
  }
  return {
    type: 'overlay' as const,
    text: sourceText(source),
    assumption: false,
    overlayId: source.overlayId,
    unitId: source.unitId,
    unitName: source.unitName,
    document: source.document,
    effectiveFrom: source.effectiveFrom,
  };
}

function presentKind(kind: EffectiveKind): CatalogKindView {
  const def = kind.def;
  return {
    code: def.code,
    name: def.name,
    category: def.category,
    subjects: [...def.subjects],
    awardTypes: [...def.awardTypes],
    period: def.period,
    authorities: def.authorities.map((a) => ({
      authority: a.authority,
      label: a.label,
      basis: basisView(a.basis),
    })),
    vote: {
      required: kind.vote.required,
      threshold: kind.vote.threshold,
      source: sourceView(kind.vote.source),
    },
    money: {
      ...(def.money.individual !== undefined ? { individual: def.money.individual } : {}),
      ...(def.money.collective !== undefined ? { collective: def.money.collective } : {}),
      ...(def.money.household !== undefined ? { household: def.money.household } : {}),
      basis: basisView(def.money.basis),
      assumption: def.money.assumption === true,
      isCap: def.money.isCap === true,
    },
    quota: kind.quota
      ? { maxShareOf: kind.quota.maxShareOf, share: kind.quota.share, source: sourceView(kind.quota.source) }
      : null,
    criteria: def.criteria.map((c) => ({
      id: c.id,
      text: c.text,
      basis: basisView(c.basis),
      judgement: c.judgement === true,
      presumed: c.presumed === true,
      assumption: c.assumption === true,
      ...(c.group ? { group: c.group } : {}),
      ...(c.option ? { option: c.option } : {}),
    })),
    params: Object.values(kind.params).map((p) => ({
      key: p.key,
      label: p.label,
      kind: p.kind,
      value: p.value,
      default: p.default,
      assumption: p.assumption,
      source: sourceView(p.source),
    })),
    basis: def.basis.map(basisView),
    notes: [...(def.notes ?? [])],
    assumption: def.assumption === true,
  };
}

/** The effective catalog of a date (and a unit, whose overlays were applied). */
export function presentCatalog(
  effective: EffectiveCatalog,
  unit: { id: string; name: string } | null,
): CatalogView {
  const r = effective.regime;
  return {
    date: effective.date,
    regime: { id: r.id, name: r.name, from: r.from, to: r.to, documents: r.documents.map(basisView) },
    unit,
    kinds: Object.values(effective.kinds)
      .filter((k): k is EffectiveKind => k !== undefined)
      .map(presentKind),
    overlays: effective.overlays.map((o) => ({
      id: o.id,
      unitId: o.unitId,
      unitName: o.unitName,
      document: o.document,
      effectiveFrom: o.effectiveFrom,
      effectiveTo: o.effectiveTo ?? null,
    })),
    ignored: effective.ignored.map((i) => ({ ...i })),
  };
}

/** One overlay with the actor's abilities over it. */
export function presentOverlay(actor: Actor, row: OverlayRow): OverlayView {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    document: row.document,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    params: row.params as Record<string, number | boolean>,
    note: row.note,
    createdBy: row.createdBy,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    can: overlayAbilities(actor, row.unitPath),
  };
}
