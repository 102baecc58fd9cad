// HTTP of the dashboard: the figures, the lists behind a bar and their .xlsx exports. Reads only.
import { sql } from 'drizzle-orm';
import {
  AUTHORITY_LEVEL_KEY_LABELS,
  DASHBOARD_CHART_TITLES,
  DashboardAwardPage,
  DashboardAwardsExportQuery,
  DashboardAwardsQuery,
  DashboardChartExportQuery,
  DashboardOverdueExportQuery,
  DashboardOverduePage,
  DashboardOverdueQuery,
  DashboardQuery,
  DashboardView,
  SHARE_KEY_LABELS,
} from '../../../contracts/dashboard';
import { DOSSIER_STATUS_LABELS } from '../../../domain/workflow';
import type { AwardKindCode } from '../../../domain/regimes/types';
import type { App } from '../../app-types';
import { type Db, queryRows } from '../../db/client';
import { contentDisposition } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import {
  dashboardFileName,
  renderAwardList,
  renderChartTable,
  renderOverdueList,
  scopeLine,
  XLSX_CONTENT_TYPE,
} from '../../render/dashboard.xlsx';
import { awardKindName } from '../history/history.present';
import {
  allAwards,
  allOverdue,
  type AwardListInput,
  getDashboard,
  listAwards,
  listOverdue,
  type OverdueListInput,
} from './dashboard.service';

const tags = ['Tổng quan'];

async function unitName(tx: Db, id: string): Promise<string> {
  const [row] = await queryRows<{ name: string }>(tx, sql`select name from units where id = ${id}`);
  return row?.name ?? '';
}

/** The bar's filters in words, for the export's heading. */
async function awardFilterLine(tx: Db, q: AwardListInput, toYear: number): Promise<string | null> {
  const parts: string[] = [];
  if (q.kind) parts.push(`Danh hiệu/hình thức: ${awardKindName(q.kind as AwardKindCode, toYear)}`);
  if (q.level) parts.push(`Cấp khen: ${AUTHORITY_LEVEL_KEY_LABELS[q.level]}`);
  if (q.year !== undefined) parts.push(`Năm: ${q.year}`);
  if (q.childUnitId) parts.push(`Thuộc đơn vị: ${await unitName(tx, q.childUnitId)}`);
  if (q.share) parts.push(`Cá nhân: ${SHARE_KEY_LABELS[q.share]}`);
  return parts.length > 0 ? parts.join('; ') : null;
}

export async function dashboardRoutes(app: App): Promise<void> {
  app.get(
    '/api/dashboard',
    {
      schema: {
        tags,
        summary:
          'Số liệu tổng quan của một đơn vị (mặc định: đơn vị của người dùng) trong khoảng năm: khen thưởng theo danh hiệu, cấp khen, năm, đơn vị; tỷ lệ lao động trực tiếp, nữ, dân tộc thiểu số; tiền thưởng; hồ sơ quá hạn',
        querystring: DashboardQuery,
        response: { 200: DashboardView },
      },
    },
    (req) => app.db.transaction((tx) => getDashboard(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/dashboard/awards',
    {
      schema: {
        tags,
        summary: 'Danh sách khen thưởng của một cột/phần biểu đồ (cùng bộ lọc), theo trang',
        querystring: DashboardAwardsQuery,
        response: { 200: DashboardAwardPage },
      },
    },
    (req) => app.db.transaction((tx) => listAwards(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/dashboard/awards.xlsx',
    {
      schema: {
        tags,
        summary: 'Tải danh sách khen thưởng của một cột biểu đồ (Excel, đúng các cột hiển thị)',
        querystring: DashboardAwardsExportQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { file, name } = await app.db.transaction(async (tx) => {
        const { scope, items } = await allAwards(tx, actor, req.query);
        const filters = await awardFilterLine(tx, req.query, scope.toYear);
        const subtitle = [
          scopeLine(scope.unitName, scope.fromYear, scope.toYear),
          ...(filters ? [filters] : []),
        ];
        return {
          file: await renderAwardList(items, subtitle),
          name: dashboardFileName('Danh sách khen thưởng', scope.unitName, [scope.fromYear, scope.toYear]),
        };
      });
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', contentDisposition(name))
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  app.get(
    '/api/dashboard/overdue-dossiers',
    {
      schema: {
        tags,
        summary: 'Hồ sơ đề nghị khen thưởng quá hạn xử lý của một cột biểu đồ, theo trang',
        querystring: DashboardOverdueQuery,
        response: { 200: DashboardOverduePage },
      },
    },
    (req) => app.db.transaction((tx) => listOverdue(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/dashboard/overdue-dossiers.xlsx',
    {
      schema: {
        tags,
        summary: 'Tải danh sách hồ sơ quá hạn của một cột biểu đồ (Excel)',
        querystring: DashboardOverdueExportQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const q: OverdueListInput = req.query;
      const { file, name } = await app.db.transaction(async (tx) => {
        const { scope, items, asOf } = await allOverdue(tx, actor, q);
        const parts = [`Đơn vị: ${scope.unitName} — tính đến ngày ${asOf.split('-').reverse().join('/')}`];
        const filters: string[] = [];
        if (q.stage) filters.push(`Bước xử lý: ${DOSSIER_STATUS_LABELS[q.stage]}`);
        if (q.handlingUnitId) filters.push(`Nơi xử lý: ${await unitName(tx, q.handlingUnitId)}`);
        if (filters.length > 0) parts.push(filters.join('; '));
        return {
          file: await renderOverdueList(items, parts),
          name: dashboardFileName('Hồ sơ quá hạn', scope.unitName),
        };
      });
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', contentDisposition(name))
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  app.get(
    '/api/dashboard/chart.xlsx',
    {
      schema: {
        tags,
        summary: 'Tải bảng số liệu của một biểu đồ (Excel)',
        querystring: DashboardChartExportQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { chart, ...scope } = req.query;
      const view = await app.db.transaction((tx) => getDashboard(tx, actor, scope));
      const name = dashboardFileName(DASHBOARD_CHART_TITLES[chart], view.unit.name, [
        view.fromYear,
        view.toYear,
      ]);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', contentDisposition(name))
        .header('cache-control', 'no-store')
        .send(await renderChartTable(view, chart));
    },
  );
}
