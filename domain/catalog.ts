// The award catalog over time: which regime is in force at a date, the award kinds it defines, and the
// effective catalog once a province's own regulations (local overlays) have set the parameters a regime
// leaves to them. Every effective value says where it comes from (national rule with its basis, or the
// overlay's document).

import { REGIME_A } from './regimes/a';
import { REGIME_B } from './regimes/b';
import { REGIME_C } from './regimes/c';
import { cite } from './regimes/sources';
import type {
  AuthorityRule,
  AwardKindCode,
  AwardKindDef,
  LegalBasis,
  ParamDef,
  ProposerLevel,
  QuotaRule,
  Regime,
  RegimeId,
} from './regimes/types';

/** The regimes, oldest first. */
export const REGIMES: readonly Regime[] = [REGIME_A, REGIME_B, REGIME_C];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Thrown for a date the catalog does not cover (before regime A) or a malformed date. */
export class RegimeError extends Error {
  override readonly name = 'RegimeError';
}

function checkDate(date: string): void {
  if (!ISO_DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new RegimeError(`Ngày "${date}" không hợp lệ (định dạng YYYY-MM-DD).`);
  }
}

/** Regime by id. */
export function regimeById(id: RegimeId): Regime {
  const regime = REGIMES.find((r) => r.id === id);
  if (!regime) throw new RegimeError(`Không có chế độ pháp lý "${id}".`);
  return regime;
}

/** The regime in force on a date (boundaries inclusive); before 01/10/2017 is not covered. */
export function regimeAt(date: string): Regime {
  checkDate(date);
  const regime = REGIMES.find((r) => r.from <= date && (r.to === null || date <= r.to));
  if (!regime) {
    throw new RegimeError(
      `Ngày ${date} trước ngày 01/10/2017: hệ thống chưa có quy định thi đua, khen thưởng trước Nghị định 91/2017/NĐ-CP.`,
    );
  }
  return regime;
}

/**
 * The regime that judges the achievements of a year: the one in force on 31 December of that year, when
 * annual titles are considered (achievement year 2025 → regime C; 2023 → A; 2017 → A).
 */
export function regimeForYear(year: number): Regime {
  if (!Number.isInteger(year)) throw new RegimeError(`Năm "${year}" không hợp lệ.`);
  return regimeAt(`${String(year).padStart(4, '0')}-12-31`);
}

/** The definition of an award kind in the regime in force on a date, or null when that regime has none. */
export function awardKindAt(code: AwardKindCode, date: string): AwardKindDef | null {
  return regimeAt(date).kinds[code] ?? null;
}

// ---- Local overlays -------------------------------------------------------------------------------------

/** A province's (or a unit's) own regulation: a dated layer that may set only parameters the regime declares. */
export interface LocalOverlay {
  id: string;
  unitId: string;
  unitName: string;
  /** As cited: "Quyết định 86/2025/QĐ-UBND". */
  document: string;
  /** Inclusive 'YYYY-MM-DD'. A later version for the same unit supersedes an earlier one. */
  effectiveFrom: string;
  /** Inclusive end, when the regulation was repealed without a successor. */
  effectiveTo?: string | null;
  /** Keys are parameter keys ("cstdcsVoteThreshold", applied to every kind declaring it) or "CODE.key". */
  params: Record<string, number | boolean>;
}

export type ParamSource =
  | { type: 'national'; basis: LegalBasis; assumption: boolean }
  | {
      type: 'overlay';
      overlayId: string;
      unitId: string;
      unitName: string;
      document: string;
      effectiveFrom: string;
    };

export interface EffectiveParam {
  key: string;
  label: string;
  kind: ParamDef['kind'];
  value: number | boolean;
  default: number | boolean;
  /** The national default is an assumption and no overlay confirmed or replaced it. */
  assumption: boolean;
  strict: boolean;
  source: ParamSource;
}

export interface EffectiveKind {
  code: AwardKindCode;
  def: AwardKindDef;
  params: Record<string, EffectiveParam>;
  vote: { required: boolean; threshold: number | null; source: ParamSource };
  quota: (Omit<QuotaRule, 'share'> & { share: number; source: ParamSource }) | null;
}

export interface IgnoredParam {
  overlayId: string;
  key: string;
  /** Vietnamese reason. */
  reason: string;
}

export interface EffectiveCatalog {
  date: string;
  regime: Regime;
  kinds: Partial<Record<AwardKindCode, EffectiveKind>>;
  /** The overlays that were applied, farthest (root) first: later ones win. */
  overlays: LocalOverlay[];
  /** Overlay values not applied (parameter unknown in this regime, or a wrong value). */
  ignored: IgnoredParam[];
}

interface DeclaredParam {
  def: ParamDef;
  kinds: AwardKindCode[];
}

/** Every parameter a regime declares, with the kinds declaring it. */
export function declaredParams(regime: Regime): Map<string, DeclaredParam> {
  const out = new Map<string, DeclaredParam>();
  for (const def of Object.values(regime.kinds)) {
    for (const param of def?.params ?? []) {
      const entry = out.get(param.key);
      if (entry) entry.kinds.push(def!.code);
      else out.set(param.key, { def: param, kinds: [def!.code] });
    }
  }
  return out;
}

function valueError(def: ParamDef, key: string, value: unknown): string | null {
  const label = `"${key}" (${def.label})`;
  if (def.kind === 'boolean') {
    return typeof value === 'boolean' ? null : `Tham số ${label} phải là đúng/sai.`;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return `Tham số ${label} phải là một số.`;
  if (def.kind === 'integer' && !Number.isInteger(value)) return `Tham số ${label} phải là số nguyên.`;
  if (def.kind === 'share' && (value < 0 || value > 1)) {
    return `Tham số ${label} là tỷ lệ, phải từ 0 đến 1 (ví dụ 0,8 cho 80%).`;
  }
  if (def.min !== undefined && value < def.min) return `Tham số ${label} không được nhỏ hơn ${def.min}.`;
  if (def.max !== undefined && value > def.max) return `Tham số ${label} không được lớn hơn ${def.max}.`;
  return null;
}

/** Splits "CODE.key" into its kind and key; a plain key has no kind. */
function splitKey(raw: string): { code: string | null; key: string } {
  const dot = raw.indexOf('.');
  return dot < 0 ? { code: null, key: raw } : { code: raw.slice(0, dot), key: raw.slice(dot + 1) };
}

function checkParam(regime: Regime, raw: string, value: unknown): string | null {
  const { code, key } = splitKey(raw);
  if (code !== null) {
    const kind = regime.kinds[code as AwardKindCode];
    if (!kind) return `Chế độ ${regime.id} không có loại khen thưởng "${code}".`;
    const def = kind.params?.find((p) => p.key === key);
    if (!def)
      return `Tham số "${key}" của ${kind.name} không thuộc phạm vi quy chế địa phương được quy định.`;
    return valueError(def, raw, value);
  }
  const declared = declaredParams(regime).get(key);
  if (!declared) {
    return `Tham số "${key}" không thuộc phạm vi quy chế địa phương được quy định (chế độ ${regime.id}).`;
  }
  return valueError(declared.def, raw, value);
}

/** Errors (Vietnamese) for overlay parameters a regime does not declare or values of the wrong type; [] when valid. */
export function validateOverlayParams(regime: Regime, params: Record<string, unknown>): string[] {
  const errors: string[] = [];
  for (const [raw, value] of Object.entries(params)) {
    const error = checkParam(regime, raw, value);
    if (error) errors.push(error);
  }
  return errors;
}

/** The overlays in force at a date, one per unit (the latest version), ordered farthest first. */
function overlaysInForce(
  date: string,
  overlays: readonly LocalOverlay[],
  unitChain: readonly string[] | undefined,
): LocalOverlay[] {
  const latest = new Map<string, LocalOverlay>();
  for (const overlay of overlays) {
    if (overlay.effectiveFrom > date) continue;
    if (unitChain && !unitChain.includes(overlay.unitId)) continue;
    const current = latest.get(overlay.unitId);
    if (!current || current.effectiveFrom <= overlay.effectiveFrom) latest.set(overlay.unitId, overlay);
  }
  const inForce = [...latest.values()].filter((o) => o.effectiveTo == null || date <= o.effectiveTo);
  if (!unitChain) {
    return overlays.filter((o) => inForce.includes(o));
  }
  return inForce.sort((a, b) => unitChain.indexOf(a.unitId) - unitChain.indexOf(b.unitId));
}

function nationalSource(def: ParamDef): ParamSource {
  return { type: 'national', basis: def.basis, assumption: def.assumption === true };
}

function overlaySource(overlay: LocalOverlay): ParamSource {
  return {
    type: 'overlay',
    overlayId: overlay.id,
    unitId: overlay.unitId,
    unitName: overlay.unitName,
    document: overlay.document,
    effectiveFrom: overlay.effectiveFrom,
  };
}

function effectiveKind(def: AwardKindDef, applied: readonly LocalOverlay[]): EffectiveKind {
  const params: Record<string, EffectiveParam> = {};
  for (const p of def.params ?? []) {
    params[p.key] = {
      key: p.key,
      label: p.label,
      kind: p.kind,
      value: p.default,
      default: p.default,
      assumption: p.assumption === true,
      strict: p.strict === true,
      source: nationalSource(p),
    };
  }
  for (const overlay of applied) {
    for (const [raw, value] of Object.entries(overlay.params)) {
      const { code, key } = splitKey(raw);
      if (code !== null && code !== def.code) continue;
      const param = params[key];
      if (!param) continue;
      params[key] = { ...param, value, assumption: false, source: overlaySource(overlay) };
    }
  }
  const thresholdParam = def.vote.thresholdParam ? params[def.vote.thresholdParam] : undefined;
  const vote = thresholdParam
    ? { required: def.vote.required, threshold: Number(thresholdParam.value), source: thresholdParam.source }
    : {
        required: def.vote.required,
        threshold: def.vote.threshold,
        source: { type: 'national', basis: def.vote.basis, assumption: false } as ParamSource,
      };
  let quota: EffectiveKind['quota'] = null;
  if (def.quota) {
    const shareParam = def.quota.shareParam ? params[def.quota.shareParam] : undefined;
    quota = shareParam
      ? { ...def.quota, share: Number(shareParam.value), source: shareParam.source }
      : { ...def.quota, source: { type: 'national', basis: def.quota.basis, assumption: false } };
  }
  return { code: def.code, def, params, vote, quota };
}

/**
 * The effective catalog at a date for a unit. `unitChain` lists the unit's ancestors' ids root first and the
 * unit itself last (domain/units pathIds); the overlay in force for each of them is applied root first, so
 * the nearest unit's value of a parameter wins. Without `unitChain`, every overlay given is considered, in
 * the order given (later wins). Values an overlay may not set in this regime are reported in `ignored`.
 */
export function resolveCatalog(
  date: string,
  overlays: readonly LocalOverlay[],
  unitChain?: readonly string[],
): EffectiveCatalog {
  const regime = regimeAt(date);
  const applied = overlaysInForce(date, overlays, unitChain);
  const ignored: IgnoredParam[] = [];
  for (const overlay of applied) {
    for (const [key, value] of Object.entries(overlay.params)) {
      const reason = checkParam(regime, key, value);
      if (reason) ignored.push({ overlayId: overlay.id, key, reason });
    }
  }
  const valid = applied.map((overlay) => ({
    ...overlay,
    params: Object.fromEntries(
      Object.entries(overlay.params).filter(
        ([key]) => !ignored.some((i) => i.overlayId === overlay.id && i.key === key),
      ),
    ),
  }));
  const kinds: Partial<Record<AwardKindCode, EffectiveKind>> = {};
  for (const def of Object.values(regime.kinds)) {
    if (def) kinds[def.code] = effectiveKind(def, valid);
  }
  return { date, regime, kinds, overlays: applied, ignored };
}

/** The effective value of a parameter of a kind; throws for a kind or key the catalog does not have. */
export function paramValue(kind: AwardKindCode, key: string, effective: EffectiveCatalog): number | boolean {
  const entry = effective.kinds[kind]?.params[key];
  if (!entry) {
    throw new RegimeError(`Chế độ ${effective.regime.id}: ${kind} không có tham số "${key}".`);
  }
  return entry.value;
}

/** Vietnamese description of where a value comes from. */
export function sourceText(source: ParamSource): string {
  if (source.type === 'national') {
    return `Quy định chung: ${cite(source.basis)}${source.assumption ? ' (giả định, chưa kiểm chứng)' : ''}`;
  }
  const [y, m, d] = source.effectiveFrom.split('-');
  return `${source.document} (${source.unitName}, áp dụng từ ${d}/${m}/${y})`;
}

// ---- Authorities ----------------------------------------------------------------------------------------

export interface Proposer {
  level: ProposerLevel;
  /** A contracts/enums UNIT_KINDS value: 'agency', 'commune', 'school', 'enterprise' … */
  unitKind: string;
}

/** Whether an authority rule serves a proposing unit. */
export function authorityServes(rule: AuthorityRule, proposer: Proposer): boolean {
  if (rule.levels && !rule.levels.includes(proposer.level)) return false;
  if (rule.unitKinds && !rule.unitKinds.includes(proposer.unitKind)) return false;
  if (rule.excludeUnitKinds?.includes(proposer.unitKind)) return false;
  return true;
}

/** Who grants an award kind proposed by a unit of that level and kind (first matching rule), or null. */
export function authorityFor(
  kindCode: AwardKindCode,
  regime: Regime | RegimeId,
  proposer: Proposer,
): AuthorityRule | null {
  const r = typeof regime === 'string' ? regimeById(regime) : regime;
  const def = r.kinds[kindCode];
  if (!def) return null;
  return def.authorities.find((rule) => authorityServes(rule, proposer)) ?? null;
}
