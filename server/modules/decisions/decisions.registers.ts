// Number registers (sổ đăng ký quyết định) of the issuing authorities: list, defaults for a new one, create,
// correct, set the next number of a year, and take a number at issue (one upsert under the row lock of the
// register's year: concurrent issues queue on it, a rolled-back issue gives its number back).
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  type RegisterDefaults,
  RegisterCreateBody,
  type RegisterList,
  RegisterUpdateBody,
  type RegisterView,
  RegisterYearBody,
} from '../../../contracts/decisions';
import { todayInVietnam } from '../../../contracts/people';
import { formatDecisionNumber, patternError } from '../../../domain/decision-number';
import { issuerLine } from '../../../domain/decisions';
import { regimeAt } from '../../../domain/catalog';
import type { AuthorityCode } from '../../../domain/regimes/types';
import { type Db, queryRows } from '../../db/client';
import { decisionRegisterYears, decisionRegisters, decisions, units } from '../../db/schema/index';
import { type Actor, hasRole, pathInScope, scopePaths } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, invalidField, notFound } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import { canManageRegister, REGISTER_MANAGERS, REGISTER_REFUSED } from './decisions.policy';
import { presentRegister, type RegisterYearRow } from './decisions.present';
import { findRegister, type RegisterRow } from './decisions.queries';

const WHAT = 'sổ quyết định';

export function stale(what: string): AppError {
  return new AppError(
    'CONFLICT',
    `${what} vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại`,
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}

async function yearsOf(tx: Db, registerIds: readonly string[]): Promise<Map<string, RegisterYearRow[]>> {
  const result = new Map<string, RegisterYearRow[]>();
  if (registerIds.length === 0) return result;
  const rows = await tx
    .select({
      registerId: decisionRegisterYears.registerId,
      year: decisionRegisterYears.year,
      lastNumber: decisionRegisterYears.lastNumber,
      highestIssued: sql<number | null>`(select max(x.number_seq) from decisions x
        where x.register_id = ${decisionRegisterYears.registerId} and x.number_year = ${decisionRegisterYears.year})`,
    })
    .from(decisionRegisterYears)
    .where(inArray(decisionRegisterYears.registerId, [...registerIds]))
    .orderBy(asc(decisionRegisterYears.year));
  const thisYear = Number(todayInVietnam().slice(0, 4));
  for (const id of registerIds) {
    const own = rows.filter((r) => r.registerId === id);
    if (!own.some((r) => r.year === thisYear))
      own.push({ registerId: id, year: thisYear, lastNumber: 0, highestIssued: null });
    result.set(
      id,
      own
        .sort((a, b) => b.year - a.year)
        .map(({ year, lastNumber, highestIssued }) => ({ year, lastNumber, highestIssued })),
    );
  }
  return result;
}

async function registerView(tx: Db, actor: Actor, r: RegisterRow): Promise<RegisterView> {
  return presentRegister(actor, r, (await yearsOf(tx, [r.id])).get(r.id) ?? []);
}

/** GET /api/decision-registers: the registers of authorities in the actor's scope. */
export async function listRegisters(tx: Db, actor: Actor): Promise<RegisterList> {
  const rows = await tx
    .select({ register: decisionRegisters, authorityPath: units.path, authorityName: units.name })
    .from(decisionRegisters)
    .innerJoin(units, eq(units.id, decisionRegisters.authorityUnitId))
    .where(pathInScope(units.path, scopePaths(actor)))
    .orderBy(asc(units.path), asc(decisionRegisters.authorityCode));
  const list = rows.map((r) => ({
    ...r.register,
    authorityPath: r.authorityPath,
    authorityName: r.authorityName,
  }));
  const years = await yearsOf(
    tx,
    list.map((r) => r.id),
  );
  return {
    items: list.map((r) => presentRegister(actor, r, years.get(r.id) ?? [])),
    can: { create: hasRole(actor, REGISTER_MANAGERS) },
  };
}

/** A register the actor may see (its authority in scope), or NOT_FOUND. */
export async function requireRegister(tx: Db, actor: Actor, id: string, lock = false): Promise<RegisterRow> {
  const r = await findRegister(tx, id, lock);
  if (!r || !actor.roles.some((b) => r.authorityPath.startsWith(b.unitPath))) notFound(WHAT);
  return r;
}

/** GET /api/decision-registers/:id */
export async function getRegister(tx: Db, actor: Actor, id: string): Promise<RegisterView> {
  return registerView(tx, actor, await requireRegister(tx, actor, id));
}

interface TreeUnit {
  id: string;
  name: string;
  path: string;
  kind: string;
  level: string;
}

/** A unit and its ancestors, nearest first. */
async function loadAncestry(tx: Db, path: string): Promise<TreeUnit[]> {
  const ids = path.split('/').filter(Boolean);
  const rows = await tx
    .select({ id: units.id, name: units.name, path: units.path, kind: units.kind, level: units.level })
    .from(units)
    .where(inArray(units.id, ids));
  return rows.sort((a, b) => b.path.length - a.path.length);
}

async function authorityUnit(tx: Db, actor: Actor, unitId: string): Promise<TreeUnit[]> {
  const [unit] = await tx.select({ path: units.path }).from(units).where(eq(units.id, unitId));
  if (!unit || !actor.roles.some((b) => unit.path.startsWith(b.unitPath))) {
    invalidField('authorityUnitId', 'Không tìm thấy đơn vị có thẩm quyền');
  }
  return loadAncestry(tx, unit.path);
}

const UBND_CODES: readonly AuthorityCode[] = [
  'chu_tich_ubnd_xa',
  'chu_tich_ubnd_huyen',
  'chu_tich_ubnd_tinh',
];
const PLACE_PREFIX = /^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Thị xã|Thành phố|Tỉnh|Quận)\s+/u;

/** "Huyện Cẩm Xuyên" → "huyện Cẩm Xuyên" (inside a title). */
function lowerKind(name: string): string {
  return PLACE_PREFIX.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** Initials of a unit name for a ký hiệu: "Sở Giáo dục và Đào tạo" → "SGDĐT". */
function initials(name: string): string {
  return name
    .split(/\s+/u)
    .filter((w) => w.length > 0 && w !== 'và' && w !== 'của')
    .map((w) => w.charAt(0).toLocaleUpperCase('vi-VN'))
    .join('');
}

/** GET /api/decision-registers/defaults: a register form filled from the authority and its unit. */
export async function registerDefaults(
  tx: Db,
  actor: Actor,
  query: { authorityUnitId: string; authorityCode: AuthorityCode },
): Promise<RegisterDefaults> {
  const ancestry = await authorityUnit(tx, actor, query.authorityUnitId);
  const unit = ancestry[0]!;
  const place = ancestry.find((u) => ['commune', 'district', 'province'].includes(u.kind)) ?? unit;
  const placeName = place.name.replace(PLACE_PREFIX, '');
  const rule = Object.values(regimeAt(todayInVietnam()).kinds)
    .flatMap((k) => k?.authorities ?? [])
    .find((a) => a.authority === query.authorityCode);
  const ubnd = UBND_CODES.includes(query.authorityCode) || query.authorityCode === 'ubnd_tinh';
  const agencyName = ubnd ? `Ủy ban nhân dân ${lowerKind(unit.name)}` : unit.name;
  const parent = ancestry.find((u) => u.kind === 'province' && u.id !== unit.id);
  const label = UBND_CODES.includes(query.authorityCode)
    ? `Chủ tịch UBND ${lowerKind(unit.name)}`
    : query.authorityCode === 'ubnd_tinh'
      ? `UBND ${lowerKind(unit.name)}`
      : query.authorityCode === 'thu_truong_co_quan' && unit.name.startsWith('Sở ')
        ? `Giám đốc ${unit.name}`
        : `${rule?.label.split(',')[0] ?? 'Thủ trưởng'} ${unit.name}`;
  return {
    authorityLabel: label,
    pattern: ubnd ? '{n}/QĐ-UBND' : `{n}/QĐ-${initials(unit.name)}`,
    agencyParent: ubnd || !parent ? null : `UBND ${lowerKind(parent.name)}`.toLocaleUpperCase('vi-VN'),
    agencyName: agencyName.toLocaleUpperCase('vi-VN'),
    issuerTitle:
      query.authorityCode === 'ubnd_tinh' ? agencyName.toLocaleUpperCase('vi-VN') : issuerLine(label),
    placeName,
    signMode: query.authorityCode === 'ubnd_tinh' ? 'TM' : null,
    signFor: query.authorityCode === 'ubnd_tinh' ? 'ỦY BAN NHÂN DÂN' : null,
    signerPosition: ubnd ? 'CHỦ TỊCH' : unit.name.startsWith('Sở ') ? 'GIÁM ĐỐC' : 'THỦ TRƯỞNG',
  };
}

const snapshot = (r: typeof decisionRegisters.$inferSelect) => {
  const { createdAt: _c, updatedAt: _u, ...rest } = r;
  return rest;
};

function checkPattern(pattern: string | undefined): void {
  if (pattern === undefined) return;
  const error = patternError(pattern);
  if (error) invalidField('pattern', error);
}

/** POST /api/decision-registers */
export async function createRegister(tx: Db, actor: Actor, input: unknown): Promise<RegisterView> {
  const body = parseInput(RegisterCreateBody, input);
  const ancestry = await authorityUnit(tx, actor, body.authorityUnitId);
  authorize(canManageRegister(actor, ancestry[0]!.path), REGISTER_REFUSED);
  checkPattern(body.pattern);
  const [row] = await tx
    .insert(decisionRegisters)
    .values({ ...body, signMode: body.signMode ?? null, createdBy: actor.userId })
    .returning();
  await appendAudit(tx, actor, {
    action: 'decision_register.created',
    entity: 'decision_register',
    entityId: row!.id,
    unitId: row!.authorityUnitId,
    after: snapshot(row!),
  });
  return getRegister(tx, actor, row!.id);
}

/** PATCH /api/decision-registers/:id (with version) */
export async function updateRegister(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<RegisterView> {
  const body = parseInput(RegisterUpdateBody, input);
  const current = await requireRegister(tx, actor, id, true);
  authorize(canManageRegister(actor, current.authorityPath), REGISTER_REFUSED);
  if (current.version !== body.version) throw stale('Sổ quyết định');
  checkPattern(body.pattern);
  const { version, ...changes } = body;
  const [row] = await tx
    .update(decisionRegisters)
    .set({ ...changes, updatedAt: new Date(), version: sql`${decisionRegisters.version} + 1` })
    .where(and(eq(decisionRegisters.id, id), eq(decisionRegisters.version, version)))
    .returning();
  if (!row) throw stale('Sổ quyết định');
  const keys = [...Object.keys(changes), 'version'] as (keyof typeof row)[];
  const pick = (r: typeof row) => Object.fromEntries(keys.map((k) => [k, r[k]]));
  await appendAudit(tx, actor, {
    action: 'decision_register.updated',
    entity: 'decision_register',
    entityId: id,
    unitId: current.authorityUnitId,
    before: pick(current),
    after: pick(row),
  });
  return getRegister(tx, actor, id);
}

/** PUT /api/decision-registers/:id/years/:year: the next number of a year (e.g. continuing a paper register). */
export async function setRegisterYear(
  tx: Db,
  actor: Actor,
  id: string,
  year: number,
  input: unknown,
): Promise<RegisterView> {
  const body = parseInput(RegisterYearBody, input);
  const register = await requireRegister(tx, actor, id, true);
  authorize(canManageRegister(actor, register.authorityPath), REGISTER_REFUSED);
  const [highest] = await tx
    .select({ n: sql<number | null>`max(${decisions.numberSeq})` })
    .from(decisions)
    .where(and(eq(decisions.registerId, id), eq(decisions.numberYear, year)));
  const max = highest?.n ?? 0;
  if (body.nextNumber <= max) {
    invalidField(
      'nextNumber',
      `Năm ${year} đã ban hành đến số ${formatDecisionNumber(register.pattern, max, year)}; số tiếp theo phải từ ${max + 1}`,
    );
  }
  const [before] = await tx
    .select({ lastNumber: decisionRegisterYears.lastNumber })
    .from(decisionRegisterYears)
    .where(and(eq(decisionRegisterYears.registerId, id), eq(decisionRegisterYears.year, year)));
  await tx
    .insert(decisionRegisterYears)
    .values({ registerId: id, year, lastNumber: body.nextNumber - 1 })
    .onConflictDoUpdate({
      target: [decisionRegisterYears.registerId, decisionRegisterYears.year],
      set: { lastNumber: body.nextNumber - 1 },
    });
  await appendAudit(tx, actor, {
    action: 'decision_register.year_set',
    entity: 'decision_register',
    entityId: id,
    unitId: register.authorityUnitId,
    before: { year, lastNumber: before?.lastNumber ?? 0 },
    after: { year, lastNumber: body.nextNumber - 1 },
  });
  return getRegister(tx, actor, id);
}

/**
 * Takes the next number of the register's year inside the issuing transaction: the upsert locks the year's row
 * until commit, so concurrent issues are numbered one after another, and a rollback gives the number back.
 */
export async function takeNumber(tx: Db, registerId: string, year: number): Promise<number> {
  const [row] = await queryRows<{ last_number: number }>(
    tx,
    sql`insert into decision_register_years (register_id, year, last_number) values (${registerId}, ${year}, 1)
      on conflict (register_id, year) do update set last_number = decision_register_years.last_number + 1
      returning last_number`,
  );
  return Number(row!.last_number);
}
