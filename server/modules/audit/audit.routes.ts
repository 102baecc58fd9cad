// HTTP for the audit viewer and the chain check (administrators only).
import { AuditEntryView, AuditQuery, ChainReportView } from '../../../contracts/audit';
import { pageOf } from '../../../contracts/common';
import type { App } from '../../app-types';
import { hasRole } from '../../lib/actor';
import { authorize } from '../../lib/errors';
import { requireActor } from '../../plugins/auth';
import { listAuditEntries } from './audit.queries';
import { describeChainReport, verifyAuditChain } from './audit.verify';

const tags = ['Nhật ký hệ thống'];

export async function auditRoutes(app: App): Promise<void> {
  app.get(
    '/api/audit',
    {
      schema: {
        tags,
        summary: 'Nhật ký thao tác',
        querystring: AuditQuery,
        response: { 200: pageOf(AuditEntryView) },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(hasRole(actor, ['admin']), 'Chỉ quản trị viên được xem nhật ký hệ thống');
      const { items, total } = await listAuditEntries(app.db, actor, req.query);
      return { items, total, page: req.query.page, pageSize: req.query.pageSize };
    },
  );

  app.get(
    '/api/audit/verify',
    {
      schema: {
        tags,
        summary: 'Kiểm tra tính toàn vẹn của nhật ký (chuỗi băm)',
        response: { 200: ChainReportView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(hasRole(actor, ['admin']), 'Chỉ quản trị viên được kiểm tra nhật ký hệ thống');
      const report = await verifyAuditChain(app.db);
      return { ...report, message: describeChainReport(report) };
    },
  );
}
