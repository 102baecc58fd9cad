// Who a dossier is addressed to: the authority the regime of its achievement year names for the award kinds
// requested by a unit of that level and kind (domain/catalog authorityFor), placed on the unit tree — the
// commune, district or province above the proposing unit, the agency or enterprise itself, or a central
// authority outside the tree (such a dossier is handled by the province, which forwards it).
import { inArray } from 'drizzle-orm';
import { authorityFor, regimeForYear } from '../../../domain/catalog';
import type { AuthorityCode, AwardKindCode, ProposerLevel, Regime } from '../../../domain/regimes/types';
import type { Db } from '../../db/client';
import { units } from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import { domainInput } from '../catalog/catalog.service';

export interface TreeUnit {
  id: string;
  name: string;
  path: string;
  kind: string;
  level: string;
}

export interface ResolvedAuthority {
  code: AuthorityCode;
  label: string;
  /** Null for a central authority (Thủ tướng, Chủ tịch nước …). */
  unit: TreeUnit | null;
}

const CENTRAL: readonly AuthorityCode[] = ['thu_tuong', 'chinh_phu', 'chu_tich_nuoc'];
const AGENCY_KINDS = ['agency', 'school', 'health_facility', 'other'];

/** The unit and its ancestors, nearest first. */
export async function loadAncestry(tx: Db, path: string): Promise<TreeUnit[]> {
  const ids = path.split('/').filter(Boolean);
  const rows = await tx
    .select({ id: units.id, name: units.name, path: units.path, kind: units.kind, level: units.level })
    .from(units)
    .where(inArray(units.id, ids));
  return rows.sort((a, b) => b.path.length - a.path.length);
}

/** The ancestries of several paths (as loadAncestry gives each), read in one statement. */
export async function loadAncestries(tx: Db, paths: readonly string[]): Promise<Map<string, TreeUnit[]>> {
  const ids = [...new Set(paths.flatMap((p) => p.split('/').filter(Boolean)))];
  const rows = ids.length
    ? await tx
        .select({ id: units.id, name: units.name, path: units.path, kind: units.kind, level: units.level })
        .from(units)
        .where(inArray(units.id, ids))
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return new Map(
    paths.map((p) => [
      p,
      p
        .split('/')
        .filter(Boolean)
        .flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []))
        .sort((a, b) => b.path.length - a.path.length),
    ]),
  );
}

/** The regime judging an achievement year; a year outside the catalog is a VALIDATION error. */
export function regimeOfYear(year: number, field = 'achievementYear'): Regime {
  return domainInput(field, () => regimeForYear(year));
}

/** The unit of the tree whose head is the authority (null: central, outside the tree). */
function placeAuthority(code: AuthorityCode, ancestry: readonly TreeUnit[]): TreeUnit | null | undefined {
  const nearest = (test: (u: TreeUnit) => boolean) => ancestry.find(test);
  switch (code) {
    case 'chu_tich_ubnd_xa':
      return nearest((u) => u.kind === 'commune');
    case 'chu_tich_ubnd_huyen':
      return nearest((u) => u.kind === 'district');
    case 'chu_tich_ubnd_tinh':
    case 'ubnd_tinh':
      return nearest((u) => u.kind === 'province');
    case 'thu_truong_co_quan':
      return nearest(
        (u) => AGENCY_KINDS.includes(u.kind) && (u.level === 'province' || u.level === 'central'),
      );
    case 'giam_doc_doanh_nghiep':
      return nearest((u) => u.kind === 'enterprise' || u.kind === 'cooperative');
    case 'bo_truong':
      return nearest((u) => u.level === 'central' && u.kind === 'agency');
    default:
      return CENTRAL.includes(code) ? null : undefined;
  }
}

export interface KindRequest {
  awardKind: AwardKindCode;
  /** Who asks for it, for messages: a nominee's name, or the kind's name at creation. */
  label: string;
  field: string;
}

/**
 * The one authority of a set of requested kinds for the proposing unit (ancestry[0]); VALIDATION naming the
 * kinds or nominees when the regime lacks a kind, no authority serves the unit, or they differ.
 */
export function resolveAuthority(
  regime: Regime,
  ancestry: readonly TreeUnit[],
  requests: readonly KindRequest[],
): ResolvedAuthority {
  const proposer = ancestry[0]!;
  const groups = new Map<string, { authority: ResolvedAuthority; labels: string[] }>();
  for (const r of requests) {
    const def = regime.kinds[r.awardKind];
    if (!def) {
      const message = `${r.label}: chế độ áp dụng (${regime.name}) không có danh hiệu, hình thức này`;
      throw new AppError('VALIDATION', message, { [r.field]: message });
    }
    const rule = authorityFor(r.awardKind, regime, {
      level: proposer.level as ProposerLevel,
      unitKind: proposer.kind,
    });
    if (!rule) {
      const message = `Không xác định được cấp có thẩm quyền tặng "${def.name}" theo đề nghị của ${proposer.name}`;
      throw new AppError('VALIDATION', message, { [r.field]: message });
    }
    const unit = placeAuthority(rule.authority, ancestry);
    if (unit === undefined) {
      const message = `Không tìm thấy đơn vị của ${rule.label} trên cây đơn vị của ${proposer.name} để tặng "${def.name}"`;
      throw new AppError('VALIDATION', message, { [r.field]: message });
    }
    const key = `${rule.authority}:${unit?.id ?? ''}`;
    const group = groups.get(key) ?? {
      authority: { code: rule.authority, label: authorityLabel(rule.label, unit), unit },
      labels: [],
    };
    group.labels.push(r.label);
    groups.set(key, group);
  }
  const all = [...groups.values()];
  if (all.length > 1) {
    const parts = all.map((g) => `${g.authority.label}: ${g.labels.join(', ')}`);
    const message = `Các đề nghị trong một hồ sơ phải cùng một cấp có thẩm quyền; hãy tách thành các hồ sơ riêng (${parts.join('; ')})`;
    throw new AppError('VALIDATION', message, { [requests[0]!.field]: message });
  }
  return all[0]!.authority;
}

/** "Chủ tịch Ủy ban nhân dân cấp xã" → "Chủ tịch Ủy ban nhân dân xã Cẩm Bình". */
function authorityLabel(ruleLabel: string, unit: TreeUnit | null): string {
  if (!unit) return ruleLabel;
  if (ruleLabel.startsWith('Chủ tịch Ủy ban nhân dân'))
    return `Chủ tịch Ủy ban nhân dân ${lowerFirst(unit.name)}`;
  if (ruleLabel.startsWith('Thủ trưởng')) return `Thủ trưởng ${unit.name}`;
  if (ruleLabel.startsWith('Giám đốc') || ruleLabel.startsWith('Chủ tịch Hội đồng quản trị'))
    return `${ruleLabel} (${unit.name})`;
  if (ruleLabel.startsWith('Bộ trưởng')) return `Bộ trưởng, Thủ trưởng ${unit.name}`;
  return `${ruleLabel} (${unit.name})`;
}

function lowerFirst(name: string): string {
  // "Xã Cẩm Bình" → "xã Cẩm Bình", "Tỉnh Hà Tĩnh" → "tỉnh Hà Tĩnh"; names of other shapes stay as they are.
  return /^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Thị xã|Thành phố|Tỉnh|Quận)\s/.test(name)
    ? name.charAt(0).toLowerCase() + name.slice(1)
    : name;
}

/**
 * The unit that receives and appraises the dossier: the authority's own unit, or — for a central authority —
 * the province above the proposing unit. Null when the province itself proposes to a central authority: the
 * dossier then leaves the system and comes back as a decision.
 */
export function handlingUnitOf(authority: TreeUnit | null, ancestry: readonly TreeUnit[]): TreeUnit | null {
  if (authority) return authority;
  return ancestry.slice(1).find((u) => u.kind === 'province') ?? null;
}
