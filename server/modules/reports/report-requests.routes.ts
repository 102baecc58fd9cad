// HTTP for report requests: a higher unit asks units below it for their work report on a period; each answers with
// an issued report or "không phát sinh"; the requester reads who answered, who is late and the aggregated table
// (JSON and .xlsx). Every change answers the refreshed request.
import { IdParams, OkBody } from '../../../contracts/common';
import {
  AnswerBody,
  AnswerCandidates,
  RequestCreateBody,
  RequestListQuery,
  RequestPage,
  RequestSummary,
  RequestUpdateBody,
  RequestView,
  TargetsAddBody,
  VersionBody,
} from '../../../contracts/report-requests';
import type { App } from '../../app-types';
import { contentDisposition } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import {
  renderRequestSummary,
  requestSummaryFileName,
  XLSX_CONTENT_TYPE,
} from '../../render/report-requests.xlsx';
import { registerInboxProvider } from '../inbox/inbox.registry';
import { reportRequestInboxProvider } from './report-requests.inbox';
import {
  addTargets,
  answerCandidates,
  answerTarget,
  createRequest,
  deleteRequest,
  getRequest,
  listRequests,
  remindTarget,
  removeTarget,
  requestSummary,
  updateRequest,
} from './report-requests.service';

const tags = ['Yêu cầu báo cáo'];

export async function reportRequestsRoutes(app: App): Promise<void> {
  registerInboxProvider(reportRequestInboxProvider);

  app.get(
    '/api/report-requests',
    {
      schema: {
        tags,
        summary: 'Yêu cầu báo cáo đã gửi (đơn vị cấp dưới đã gửi, gửi muộn, quá hạn) và đã nhận',
        querystring: RequestListQuery,
        response: { 200: RequestPage },
      },
    },
    (req) => app.db.transaction((tx) => listRequests(tx, requireActor(req), req.query)),
  );

  app.post(
    '/api/report-requests',
    {
      schema: {
        tags,
        summary: 'Yêu cầu các đơn vị cấp dưới gửi báo cáo (kỳ báo cáo, hạn gửi, văn bản yêu cầu, đơn vị)',
        body: RequestCreateBody,
        response: { 201: RequestView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createRequest(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/report-requests/:id',
    {
      schema: {
        tags,
        summary:
          'Một yêu cầu báo cáo: các đơn vị, báo cáo đã gửi, đúng hạn hay muộn (đơn vị nhận: chỉ dòng của mình)',
        params: IdParams,
        response: { 200: RequestView },
      },
    },
    (req) => app.db.transaction((tx) => getRequest(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/report-requests/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tên, hạn gửi, văn bản yêu cầu, nội dung (kèm version)',
        params: IdParams,
        body: RequestUpdateBody,
        response: { 200: RequestView },
      },
    },
    (req) => app.db.transaction((tx) => updateRequest(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/report-requests/:id',
    {
      schema: {
        tags,
        summary: 'Xóa yêu cầu nhập nhầm (khi chưa đơn vị nào gửi báo cáo)',
        params: IdParams,
        response: { 200: OkBody },
      },
    },
    (req) => app.db.transaction((tx) => deleteRequest(tx, requireActor(req), req.params.id)),
  );

  app.post(
    '/api/report-requests/:id/targets',
    {
      schema: {
        tags,
        summary: 'Yêu cầu thêm đơn vị (kèm version của yêu cầu)',
        params: IdParams,
        body: TargetsAddBody,
        response: { 200: RequestView },
      },
    },
    (req) => app.db.transaction((tx) => addTargets(tx, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/api/report-requests/:id/summary',
    {
      schema: {
        tags,
        summary:
          'Bảng tổng hợp kết quả khen thưởng từ các báo cáo đã gửi (cấp, hình thức, đối tượng; đã tặng, đề nghị)',
        params: IdParams,
        response: { 200: RequestSummary },
      },
    },
    (req) => app.db.transaction((tx) => requestSummary(tx, requireActor(req), req.params.id)),
  );

  app.get(
    '/api/report-requests/:id/summary.xlsx',
    { schema: { tags, summary: 'Tải bảng tổng hợp (Excel)', params: IdParams } },
    async (req, reply) => {
      const summary = await app.db.transaction((tx) => requestSummary(tx, requireActor(req), req.params.id));
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', contentDisposition(requestSummaryFileName(summary.request)))
        .header('cache-control', 'no-store')
        .send(await renderRequestSummary(summary));
    },
  );

  app.get(
    '/api/report-request-targets/:id/candidates',
    {
      schema: {
        tags,
        summary: 'Các báo cáo đã ban hành của đơn vị, đúng kỳ được yêu cầu, có thể gửi',
        params: IdParams,
        response: { 200: AnswerCandidates },
      },
    },
    (req) => app.db.transaction((tx) => answerCandidates(tx, requireActor(req), req.params.id)),
  );

  app.post(
    '/api/report-request-targets/:id/answer',
    {
      schema: {
        tags,
        summary: 'Đơn vị gửi báo cáo đã ban hành, hoặc báo không phát sinh (kèm version)',
        params: IdParams,
        body: AnswerBody,
        response: { 200: RequestView },
      },
    },
    (req) => app.db.transaction((tx) => answerTarget(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/report-request-targets/:id/remind',
    {
      schema: {
        tags,
        summary: 'Nhắc đơn vị chưa gửi báo cáo (kèm version)',
        params: IdParams,
        body: VersionBody,
        response: { 200: RequestView },
      },
    },
    (req) => app.db.transaction((tx) => remindTarget(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/report-request-targets/:id',
    {
      schema: {
        tags,
        summary: 'Bỏ đơn vị chọn nhầm (khi đơn vị chưa gửi báo cáo; kèm version)',
        params: IdParams,
        body: VersionBody,
        response: { 200: RequestView },
      },
    },
    (req) => app.db.transaction((tx) => removeTarget(tx, requireActor(req), req.params.id, req.body)),
  );
}
