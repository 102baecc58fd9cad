// The effective catalog for a date and a unit, the overlay parameters in force for a unit, and reward money.
import type { CatalogQuery, CatalogView, MoneyQuery, MoneyView } from '../../../contracts/catalog';
import { todayInVietnam } from '../../../contracts/people';
import { type LocalOverlay, RegimeError, regimeAt, resolveCatalog } from '../../../domain/catalog';
import { MoneyError, rewardAmount } from '../../../domain/money';
import { pathIds } from '../../../domain/units';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { invalidField, notFound } from '../../lib/errors';
import { findUnitInScope } from '../units/units.queries';
import { presentCatalog } from './catalog.present';
import { overlaysOfTree, overlaysOfUnits } from './catalog.queries';

/** Runs a domain computation; a date or rule it does not cover becomes a VALIDATION error on the field. */
export function domainInput<T>(field: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof RegimeError || error instanceof MoneyError) invalidField(field, error.message);
    throw error;
  }
}

/** GET /api/catalog: the catalog in force on the date, with the overlays of the unit's chain applied. */
export async function getCatalog(tx: Db, actor: Actor, query: CatalogQuery): Promise<CatalogView> {
  const date = query.date ?? todayInVietnam();
  domainInput('date', () => regimeAt(date));
  if (!query.unitId) return presentCatalog(resolveCatalog(date, []), null);
  const unit = (await findUnitInScope(tx, actor, query.unitId)) ?? notFound('đơn vị');
  const chain = pathIds(unit.path);
  const effective = resolveCatalog(date, await overlaysOfUnits(tx, chain), chain);
  return presentCatalog(effective, { id: unit.id, name: unit.name });
}

/**
 * The overlay parameters in force on a date for a unit chain (root first): every ancestor's regulation and the
 * unit's own, the nearest winning, as one map for domain/eligibility evaluate({overlayParams}). Values the
 * regime does not let a locality set are left out; before the catalog's dates there are none.
 */
export function mergeOverlayParams(
  overlays: readonly LocalOverlay[],
  chain: readonly string[],
  date: string,
): Record<string, number | boolean> {
  if (overlays.length === 0) return {};
  let effective;
  try {
    effective = resolveCatalog(date, overlays, chain);
  } catch (error) {
    if (error instanceof RegimeError) return {};
    throw error;
  }
  const ignored = new Set(effective.ignored.map((i) => `${i.overlayId}\u0000${i.key}`));
  const params: Record<string, number | boolean> = {};
  for (const overlay of effective.overlays) {
    for (const [key, value] of Object.entries(overlay.params)) {
      if (!ignored.has(`${overlay.id}\u0000${key}`)) params[key] = value;
    }
  }
  return params;
}

/** The overlay parameters in force on a date for the unit with this path (none without a unit). */
export async function overlayParamsFor(
  tx: Db,
  unitPath: string | null,
  date: string,
): Promise<Record<string, number | boolean>> {
  if (!unitPath) return {};
  const chain = pathIds(unitPath);
  return mergeOverlayParams(await overlaysOfUnits(tx, chain), chain, date);
}

/**
 * For many subjects under one unit: loads, in one query, the overlays of the unit's ancestors and of its
 * subtree, and returns a resolver of the parameters for any unit path inside it (memoised per path).
 */
export async function overlayParamsResolver(
  tx: Db,
  rootPath: string,
  date: string,
): Promise<(unitPath: string | null) => Record<string, number | boolean>> {
  return memoisedResolver(await overlaysOfTree(tx, rootPath), date);
}

/**
 * For subjects anywhere (a dossier's nominees): loads, in one query, the overlays of every unit on the paths'
 * chains, and returns a resolver giving for each of those paths what overlayParamsFor gives (memoised per path).
 */
export async function overlayParamsForPaths(
  tx: Db,
  unitPaths: readonly (string | null)[],
  date: string,
): Promise<(unitPath: string | null) => Record<string, number | boolean>> {
  const chainIds = new Set(unitPaths.flatMap((path) => (path ? pathIds(path) : [])));
  return memoisedResolver(await overlaysOfUnits(tx, [...chainIds]), date);
}

/** A unit path's merged overlay parameters on the date, from overlays already loaded, memoised per path. */
function memoisedResolver(
  overlays: Parameters<typeof mergeOverlayParams>[0],
  date: string,
): (unitPath: string | null) => Record<string, number | boolean> {
  const memo = new Map<string, Record<string, number | boolean>>();
  return (unitPath) => {
    if (!unitPath || overlays.length === 0) return {};
    let params = memo.get(unitPath);
    if (!params) {
      params = mergeOverlayParams(overlays, pathIds(unitPath), date);
      memo.set(unitPath, params);
    }
    return params;
  };
}

/** GET /api/money: coefficient × base pay in force on the decision date, rounded up to 10,000 VND, in words. */
export function moneyFor(query: MoneyQuery): MoneyView {
  const regime = domainInput('decisionDate', () => regimeAt(query.decisionDate));
  const def = regime.kinds[query.awardKind];
  if (!def) {
    invalidField('awardKind', `Chế độ áp dụng ngày ${query.decisionDate} không có loại khen thưởng này`);
  }
  if (!def.subjects.includes(query.subjectKind)) {
    invalidField('subjectKind', `${def.name} không áp dụng cho đối tượng này`);
  }
  const result = domainInput('decisionDate', () => rewardAmount(query));
  return {
    amount: result.amount,
    basePay: result.basePay,
    coefficient: result.coefficient,
    words: result.words,
    basis: result.basis.map((b) => ({
      document: b.document,
      ...(b.article ? { article: b.article } : {}),
      tag: b.tag,
      ...(b.note ? { note: b.note } : {}),
    })),
    assumption: result.assumption,
    isCap: result.isCap,
    ...(result.note ? { note: result.note } : {}),
  };
}
