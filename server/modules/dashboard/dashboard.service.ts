// Use cases of the dashboard: resolve the scope (a unit the actor sees, default their own; a range of years),
// compute the figures, and list the awards or overdue dossiers behind a bar. Reads only: nothing is written.
import { sql } from 'drizzle-orm';
import {
  AUTHORITY_LEVEL_KEY_LABELS,
  AUTHORITY_LEVEL_KEYS,
  type DashboardAwardItem,
  type DashboardAwardPage,
  type DashboardBar,
  type DashboardOverdueItem,
  type DashboardOverduePage,
  type DashboardView,
  OVERDUE_STAGES,
  SHARE_KEY_LABELS,
} from '../../../contracts/dashboard';
import { todayInVietnam } from '../../../contracts/people';
import { AWARD_KIND_CODES, type AwardKindCode } from '../../../domain/regimes/types';
import { workingDaysBetween } from '../../../domain/working-days';
import { DOSSIER_STATUS_LABELS } from '../../../domain/workflow';
import { type Db, queryRows } from '../../db/client';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import { AppError, invalidField } from '../../lib/errors';
import { awardKindName } from '../history/history.present';
import {
  type AwardFilters,
  type AwardListRow,
  countByChild,
  countByKind,
  countBySubject,
  countByYearLevel,
  countOverdue,
  countShares,
  type DashboardScope,
  type OverdueFilters,
  type OverdueListRow,
  selectAwardPage,
  selectOverduePage,
} from './dashboard.queries';

/** The longest list an export writes (a province's years of awards fit; beyond, narrow the filters). */
export const EXPORT_LIMIT = 100_000;

const OUTSIDE = 'Không tìm thấy đơn vị hoặc đơn vị nằm ngoài phạm vi của bạn';

export interface ScopeInput {
  unitId?: string | undefined;
  fromYear?: number | undefined;
  toYear?: number | undefined;
}

/** The unit (in the actor's scope; 404 outside it) and the years; the last five years by default. */
export async function resolveScope(
  tx: Db,
  actor: Actor,
  input: ScopeInput,
): Promise<DashboardScope & { unitName: string }> {
  const paths = scopePaths(actor);
  if (paths.length === 0) throw new AppError('NOT_FOUND', OUTSIDE);
  const unitCondition = input.unitId
    ? sql`u.id = ${input.unitId}`
    : paths.includes('/')
      ? sql`u.parent_id is null`
      : sql`u.path = ${paths[0]!}`;
  const [unit] = await queryRows<{ id: string; name: string; path: string }>(
    tx,
    sql`select u.id, u.name, u.path from units u where ${unitCondition} and ${pathInScope(sql`u.path`, paths)}
      order by u.name_sort collate "C" limit 1`,
  );
  if (!unit) throw new AppError('NOT_FOUND', OUTSIDE);
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const toYear = input.toYear ?? Math.max(thisYear, input.fromYear ?? thisYear);
  const fromYear = input.fromYear ?? toYear - 4;
  if (fromYear > toYear) invalidField('toYear', 'Năm kết thúc phải bằng hoặc sau năm bắt đầu');
  return { unitId: unit.id, unitName: unit.name, unitPath: unit.path, fromYear, toYear };
}

const bar = (key: string, label: string, count: number, amount = 0): DashboardBar => ({
  key,
  label,
  count,
  amount,
});

/** Every figure of the dashboard for the scope. */
export async function getDashboard(tx: Db, actor: Actor, input: ScopeInput): Promise<DashboardView> {
  const scope = await resolveScope(tx, actor, input);
  const today = todayInVietnam();
  // One after another: a transaction is one connection (PGlite has only one).
  const kinds = await countByKind(tx, scope);
  const yearLevels = await countByYearLevel(tx, scope);
  const children = await countByChild(tx, scope);
  const subjects = await countBySubject(tx, scope);
  const shares = await countShares(tx, scope);
  const overdue = await countOverdue(tx, actor, scope, today);
  const kindRank = (code: string) => AWARD_KIND_CODES.indexOf(code as AwardKindCode);
  const byKind = [...kinds]
    .sort((a, b) => kindRank(a.key) - kindRank(b.key))
    .map((k) => bar(k.key, awardKindName(k.key as AwardKindCode, scope.toYear), k.count, k.amount));

  const byLevel = AUTHORITY_LEVEL_KEYS.map((level) => {
    const rows = yearLevels.filter((r) => r.level === level);
    return bar(
      level,
      AUTHORITY_LEVEL_KEY_LABELS[level],
      rows.reduce((s, r) => s + r.count, 0),
      rows.reduce((s, r) => s + r.amount, 0),
    );
  }).filter((b) => b.count > 0);

  const byYear = [];
  for (let year = scope.fromYear; year <= scope.toYear; year++) {
    const rows = yearLevels.filter((r) => r.year === year);
    byYear.push({
      year,
      count: rows.reduce((s, r) => s + r.count, 0),
      amount: rows.reduce((s, r) => s + r.amount, 0),
      byLevel: rows.map((r) => ({ level: r.level, count: r.count, amount: r.amount })),
    });
  }

  const byUnit = children.map((c) =>
    c.key === ''
      ? bar(scope.unitId, `${scope.unitName} (trực tiếp)`, c.count, c.amount)
      : bar(c.key, c.name ?? c.key, c.count, c.amount),
  );

  const subject = (key: string) => subjects.find((s) => s.key === key)?.count ?? 0;
  const total = subjects.reduce((s, r) => s + r.count, 0);
  const amount = subjects.reduce((s, r) => s + r.amount, 0);

  const shareList: DashboardView['shares'] = [
    { key: 'direct', label: SHARE_KEY_LABELS.direct, count: shares.direct },
    { key: 'not_direct', label: SHARE_KEY_LABELS.not_direct, count: shares.total - shares.direct },
    { key: 'female', label: SHARE_KEY_LABELS.female, count: shares.female },
    { key: 'male', label: SHARE_KEY_LABELS.male, count: shares.total - shares.female },
    { key: 'minority', label: SHARE_KEY_LABELS.minority, count: shares.minority },
    { key: 'kinh', label: SHARE_KEY_LABELS.kinh, count: shares.total - shares.minority },
  ];

  const byStage = OVERDUE_STAGES.map((stage) =>
    bar(
      stage,
      DOSSIER_STATUS_LABELS[stage],
      overdue.filter((o) => o.stage === stage).reduce((s, o) => s + o.count, 0),
    ),
  ).filter((b) => b.count > 0);
  const units = new Map<string, DashboardBar>();
  for (const o of overdue) {
    const key = o.unitId ?? '';
    const current = units.get(key) ?? bar(key, o.unitName ?? 'Cơ quan Trung ương', 0);
    current.count += o.count;
    units.set(key, current);
  }

  return {
    unit: { id: scope.unitId, name: scope.unitName },
    fromYear: scope.fromYear,
    toYear: scope.toYear,
    totals: {
      awards: total,
      individuals: subject('individual'),
      collectives: subject('collective'),
      households: subject('household'),
      amount,
    },
    byKind,
    byLevel,
    byYear,
    byUnit,
    shares: shareList,
    overdue: {
      total: overdue.reduce((s, o) => s + o.count, 0),
      asOf: today,
      byStage,
      byUnit: [...units.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi')),
    },
  };
}

/** A bar of "by unit" must be the chosen unit itself or one of its children. */
async function checkChild(tx: Db, scope: DashboardScope, childUnitId: string | undefined): Promise<void> {
  if (!childUnitId || childUnitId === scope.unitId) return;
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`select id from units where id = ${childUnitId} and parent_id = ${scope.unitId}`,
  );
  if (!row) invalidField('childUnitId', 'Đơn vị không trực thuộc đơn vị đang xem');
}

function presentAward(row: AwardListRow): DashboardAwardItem {
  return {
    ...row,
    awardKindName: awardKindName(row.awardKind as AwardKindCode, row.achievementYear),
    amount: row.amount === null ? null : Number(row.amount),
  };
}

export type AwardListInput = ScopeInput & AwardFilters;

/** The awards behind a bar, a page at a time. */
export async function listAwards(
  tx: Db,
  actor: Actor,
  input: AwardListInput & { page: number; pageSize: number },
): Promise<DashboardAwardPage> {
  const scope = await resolveScope(tx, actor, input);
  await checkChild(tx, scope, input.childUnitId);
  const { rows, total } = await selectAwardPage(
    tx,
    scope,
    input,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return { items: rows.map(presentAward), total, page: input.page, pageSize: input.pageSize };
}

/** Every award behind a bar (up to EXPORT_LIMIT), for the export, with the scope it was taken in. */
export async function allAwards(
  tx: Db,
  actor: Actor,
  input: AwardListInput,
): Promise<{ scope: DashboardScope & { unitName: string }; items: DashboardAwardItem[]; total: number }> {
  const scope = await resolveScope(tx, actor, input);
  await checkChild(tx, scope, input.childUnitId);
  const { rows, total } = await selectAwardPage(tx, scope, input, EXPORT_LIMIT, 0);
  return { scope, items: rows.map(presentAward), total };
}

function presentOverdue(row: OverdueListRow, today: string): DashboardOverdueItem {
  return {
    ...row,
    handlingUnitName: row.handlingUnitName ?? 'Cơ quan Trung ương',
    stageLabel: DOSSIER_STATUS_LABELS[row.stage],
    daysOverdue: workingDaysBetween(row.deadlineOn, today).days,
  };
}

export type OverdueListInput = Pick<ScopeInput, 'unitId'> & OverdueFilters;

/** The overdue dossiers behind a bar, a page at a time. */
export async function listOverdue(
  tx: Db,
  actor: Actor,
  input: OverdueListInput & { page: number; pageSize: number },
): Promise<DashboardOverduePage> {
  const scope = await resolveScope(tx, actor, { unitId: input.unitId });
  const today = todayInVietnam();
  const { rows, total } = await selectOverduePage(
    tx,
    actor,
    scope,
    today,
    input,
    input.pageSize,
    (input.page - 1) * input.pageSize,
  );
  return {
    items: rows.map((r) => presentOverdue(r, today)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** Every overdue dossier behind a bar, for the export. */
export async function allOverdue(
  tx: Db,
  actor: Actor,
  input: OverdueListInput,
): Promise<{ scope: DashboardScope & { unitName: string }; items: DashboardOverdueItem[]; asOf: string }> {
  const scope = await resolveScope(tx, actor, { unitId: input.unitId });
  const today = todayInVietnam();
  const { rows } = await selectOverduePage(tx, actor, scope, today, input, EXPORT_LIMIT, 0);
  return { scope, items: rows.map((r) => presentOverdue(r, today)), asOf: today };
}
