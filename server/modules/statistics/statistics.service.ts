// Statutory statistics forms of a unit for a year: the form set by year, the header (reporting and receiving
// units, circular, period), and each form's figures computed from the data in the unit's subtree. Read-only:
// anyone holding a role at the unit or above sees them; a unit outside the scope answers 404.
import { ROLES } from '../../../contracts/enums';
import type {
  ReportingHeader,
  StatisticsFormList,
  StatisticsFormView,
  StatisticsQuery,
} from '../../../contracts/statistics';
import {
  buildStatisticsForm,
  CIRCULARS,
  type FormCode,
  formNumber,
  formSetForYear,
  FORM_TITLES,
  reportingPeriod,
  type StatisticsInput,
} from '../../../domain/statistics';
import type { Db } from '../../db/client';
import { type Actor, hasRoleAt } from '../../lib/actor';
import { AppError, invalidField, notFound } from '../../lib/errors';
import { awardRows, loadUnit, movementRows, staffRows, tdktOrgs } from './statistics.queries';

export const CENTRAL_RECEIVER = 'Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)';

async function headerFor(
  tx: Db,
  actor: Actor,
  query: StatisticsQuery,
): Promise<{ header: ReportingHeader; path: string }> {
  const unit = await loadUnit(tx, query.unitId);
  if (!unit || !hasRoleAt(actor, ROLES, unit.path)) notFound('đơn vị báo cáo');
  const set = formSetForYear(query.year);
  if (!set) invalidField('year', 'Chế độ báo cáo thống kê thi đua, khen thưởng chỉ có từ năm 2018');
  return {
    path: unit.path,
    header: {
      unit: { id: unit.id, name: unit.name },
      // ASSUMED: a province reports to the Ministry of Home Affairs; a lower unit to the unit above it, which
      // aggregates (the circulars name the province and the ministries as reporting units).
      receiver:
        unit.level === 'province' || unit.level === 'central' ? CENTRAL_RECEIVER : (unit.parentName ?? ''),
      year: query.year,
      set,
      circular: CIRCULARS[set].citation,
      period: reportingPeriod(query.year, set),
    },
  };
}

function remarksFor(year: number): string[] {
  const remarks: string[] = [];
  if (year >= 2025)
    remarks.push(
      'Thông tư 18/2025/TT-BNV ngày 08/10/2025 quy định chế độ báo cáo thống kê ngành Nội vụ mới; biểu mẫu thi đua, khen thưởng của thông tư này chưa được xác định nên hệ thống vẫn lập theo Thông tư 02/2023/TT-BNV.',
    );
  return remarks;
}

export async function listForms(tx: Db, actor: Actor, query: StatisticsQuery): Promise<StatisticsFormList> {
  const { header } = await headerFor(tx, actor, query);
  return {
    header,
    forms: CIRCULARS[header.set].forms.map((code) => ({
      code,
      formNumber: formNumber(code),
      title: FORM_TITLES[code],
    })),
    remarks: remarksFor(query.year),
  };
}

export async function getForm(
  tx: Db,
  actor: Actor,
  code: FormCode,
  query: StatisticsQuery,
): Promise<StatisticsFormView> {
  const { header, path } = await headerFor(tx, actor, query);
  if (!CIRCULARS[header.set].forms.includes(code)) {
    const other =
      header.set === 'tt02_2023'
        ? 'Thông tư 03/2018/TT-BNV (năm 2018–2022)'
        : 'Thông tư 02/2023/TT-BNV (từ năm 2023)';
    throw new AppError(
      'NOT_FOUND',
      `Biểu ${code} không áp dụng cho năm ${query.year}: biểu này thuộc ${other}`,
    );
  }
  const { period } = header;
  const input: StatisticsInput = { awards: [], movements: [], tdktOrgs: [], staff: [] };
  if (code === '0601' || code === '0701') input.movements = await movementRows(tx, path, period);
  else if (code === '0604' || code === '0605') {
    const orgs = await tdktOrgs(tx, path, period.to);
    input.tdktOrgs = orgs.map((o) => o.kind);
    if (code === '0605')
      input.staff = await staffRows(
        tx,
        orgs.map((o) => o.path),
        period.to,
      );
  } else input.awards = await awardRows(tx, path, period, query.year);
  const form = buildStatisticsForm(code, input);
  return {
    header,
    code: form.code,
    formNumber: form.formNumber,
    title: form.title,
    receiveDate: form.receiveDate,
    unitNote: form.unitNote,
    hasUnitColumn: form.hasUnitColumn,
    columns: form.columns,
    rows: form.rows,
    notes: form.notes,
  };
}
