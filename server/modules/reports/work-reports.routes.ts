// HTTP for work reports (báo cáo công tác thi đua, khen thưởng, issue #6): the figures generated for a unit and a
// period, the stored reports (list, create, read, save, issue, versions) and the .docx of either.
import { IdParams, OkBody } from '../../../contracts/common';
import {
  WorkReportCreateBody,
  WorkReportFigures,
  WorkReportIssueBody,
  WorkReportListQuery,
  WorkReportPage,
  WorkReportQuery,
  WorkReportUpdateBody,
  WorkReportVersions,
  WorkReportView,
} from '../../../contracts/reports';
import type { App } from '../../app-types';
import type { Db } from '../../db/client';
import { contentDisposition } from '../../lib/files';
import type { Actor } from '../../lib/actor';
import { requireActor } from '../../plugins/auth';
import { type BaoCaoInput, renderBaoCao } from '../../render/bao-cao.docx';
import { DOCX_MIME } from '../../render/nd30';
import { foldVietnamese } from '../../../domain/text';
import {
  createWorkReport,
  deleteWorkReport,
  getWorkReport,
  issueWorkReport,
  listWorkReportVersions,
  listWorkReports,
  reportForPeriod,
  updateWorkReport,
  workReportFigures,
} from './work-reports.service';

const tags = ['Báo cáo công tác thi đua, khen thưởng'];

function inputOf(v: WorkReportView): BaoCaoInput {
  return {
    figures: v.figures,
    title: v.title,
    addressee: v.addressee,
    requestCitation: v.requestDocument
      ? `${v.requestDocument.citation}${v.requestDocument.issuerName ? ` của ${v.requestDocument.issuerName}` : ''}`
      : null,
    requestSubject: v.requestDocument?.summary ?? null,
    numberSymbol: v.numberSymbol,
    issuedOn: v.issuedOn,
    place: v.place,
    signerCapacity: v.signerCapacity,
    signerTitle: v.signerTitle,
    signerName: v.signerName,
    recipients: v.recipients,
    strengths: v.strengths,
    weaknesses: v.weaknesses,
    causes: v.causes,
    solutions: v.solutions,
    tasks: v.tasks,
  };
}

function fileName(unitName: string, from: string, to: string): string {
  const slug = foldVietnamese(unitName)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `bao-cao-tdkt-${slug}-${from}-${to}.docx`;
}

/** The document of a unit and a period: the stored report when there is one, else the figures alone. */
async function documentFor(
  tx: Db,
  actor: Actor,
  query: unknown,
): Promise<{ input: BaoCaoInput; name: string }> {
  const figures = await workReportFigures(tx, actor, query);
  const stored = await reportForPeriod(tx, figures.unit.id, figures.period.from, figures.period.to);
  if (stored) {
    const view = await getWorkReport(tx, actor, stored.id);
    return { input: inputOf(view), name: fileName(view.unitName, view.periodFrom, view.periodTo) };
  }
  return {
    input: {
      figures,
      title: figures.title,
      addressee: '',
      requestCitation: null,
      requestSubject: null,
      numberSymbol: null,
      issuedOn: null,
      place: null,
      signerCapacity: 'TM. Ủy ban nhân dân',
      signerTitle: 'Chủ tịch',
      signerName: '',
      recipients: [],
      strengths: '',
      weaknesses: '',
      causes: '',
      solutions: '',
      tasks: '',
    },
    name: fileName(figures.unit.name, figures.period.from, figures.period.to),
  };
}

export async function workReportsRoutes(app: App): Promise<void> {
  app.get(
    '/api/reports/work-report',
    {
      schema: {
        tags,
        summary:
          'Số liệu báo cáo công tác thi đua, khen thưởng của đơn vị trong kỳ: văn bản chỉ đạo, phong trào, Hội đồng, kết quả khen thưởng, kiểm tra',
        querystring: WorkReportQuery,
        response: { 200: WorkReportFigures },
      },
    },
    (req) => app.reportsDb.transaction((tx) => workReportFigures(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/reports/work-report.docx',
    {
      schema: {
        tags,
        summary:
          'Tệp .docx báo cáo công tác thi đua, khen thưởng của đơn vị trong kỳ (thể thức Nghị định 30/2020)',
        querystring: WorkReportQuery,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { input, name } = await app.reportsDb.transaction((tx) => documentFor(tx, actor, req.query));
      const bytes = await renderBaoCao(input);
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', contentDisposition(name))
        .send(bytes);
    },
  );

  app.get(
    '/api/work-reports',
    {
      schema: {
        tags,
        summary: 'Báo cáo công tác thi đua, khen thưởng đã lập trong phạm vi (đơn vị, kỳ, trạng thái)',
        querystring: WorkReportListQuery,
        response: { 200: WorkReportPage },
      },
    },
    (req) => app.db.transaction((tx) => listWorkReports(tx, requireActor(req), req.query)),
  );

  app.post(
    '/api/work-reports',
    {
      schema: {
        tags,
        summary: 'Lập dự thảo báo cáo cho đơn vị và kỳ (phần đánh giá điền sẵn từ báo cáo kỳ trước)',
        body: WorkReportCreateBody,
        response: { 201: WorkReportView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createWorkReport(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/work-reports/:id',
    {
      schema: {
        tags,
        summary:
          'Một báo cáo: số liệu (cố định khi đã ban hành), phần đánh giá, nhiệm vụ, người ký, nơi nhận',
        params: IdParams,
        response: { 200: WorkReportView },
      },
    },
    (req) => app.db.transaction((tx) => getWorkReport(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/work-reports/:id',
    {
      schema: {
        tags,
        summary: 'Lưu phần viết của dự thảo (kèm version); mỗi lần lưu là một phiên bản',
        params: IdParams,
        body: WorkReportUpdateBody,
        response: { 200: WorkReportView },
      },
    },
    (req) => app.db.transaction((tx) => updateWorkReport(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/work-reports/:id',
    {
      schema: {
        tags,
        summary:
          'Xóa dự thảo báo cáo lập nhầm (cùng các phiên bản đã lưu); báo cáo đã ban hành không xóa được',
        params: IdParams,
        response: { 200: OkBody },
      },
    },
    (req) => app.db.transaction((tx) => deleteWorkReport(tx, requireActor(req), req.params.id)),
  );

  app.post(
    '/api/work-reports/:id/issue',
    {
      schema: {
        tags,
        summary: 'Ban hành báo cáo: số, ký hiệu và ngày; số liệu được cố định, báo cáo không sửa được nữa',
        params: IdParams,
        body: WorkReportIssueBody,
        response: { 200: WorkReportView },
      },
    },
    (req) => app.db.transaction((tx) => issueWorkReport(tx, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/api/work-reports/:id/versions',
    {
      schema: {
        tags,
        summary: 'Các phiên bản đã lưu của báo cáo (người lưu, thời điểm, nội dung)',
        params: IdParams,
        response: { 200: WorkReportVersions },
      },
    },
    (req) => app.db.transaction((tx) => listWorkReportVersions(tx, requireActor(req), req.params.id)),
  );

  app.get(
    '/api/work-reports/:id/docx',
    {
      schema: { tags, summary: 'Tệp .docx của báo cáo (thể thức Nghị định 30/2020)', params: IdParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => getWorkReport(tx, actor, req.params.id));
      const bytes = await renderBaoCao(inputOf(view));
      return reply
        .header('content-type', DOCX_MIME)
        .header(
          'content-disposition',
          contentDisposition(fileName(view.unitName, view.periodFrom, view.periodTo)),
        )
        .send(bytes);
    },
  );
}
