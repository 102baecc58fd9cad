// HTTP for award decisions: number registers, drafts from concluded nominees, issue, the .docx, decisions of
// higher authorities, pending proposals and revocation acts.
import { IdParams, OkBody } from '../../../contracts/common';
import {
  CandidateList,
  DecisionListQuery,
  DecisionPage,
  DecisionView,
  DraftCreateBody,
  DraftUpdateBody,
  ExternalCreateBody,
  IssueBody,
  PendingProposalList,
  RegisterCreateBody,
  RegisterDefaults,
  RegisterDefaultsQuery,
  RegisterList,
  RegisterUpdateBody,
  RegisterView,
  RegisterYearBody,
  RegisterYearParams,
  RevocationCreateBody,
} from '../../../contracts/decisions';
import type { App } from '../../app-types';
import { contentDisposition } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import { registerInboxProvider } from '../inbox/inbox.registry';
import { DOCX_MIME } from '../../render/nd30';
import { decisionFileName, renderDecisionDocx } from '../../render/quyet-dinh.docx';
import { createDraft, deleteDraft, listCandidates, updateDraft } from './decisions.drafts';
import { decisionInboxProvider } from './decisions.inbox';
import { listPendingProposals, recordExternal } from './decisions.external';
import { issueDecision } from './decisions.issue';
import { findRegister } from './decisions.queries';
import {
  createRegister,
  getRegister,
  listRegisters,
  registerDefaults,
  setRegisterYear,
  updateRegister,
} from './decisions.registers';
import { revokeAwards } from './decisions.revocation';
import { getDecision, listDecisions } from './decisions.service';

const tags = ['Quyết định khen thưởng'];

export async function decisionsRoutes(app: App): Promise<void> {
  registerInboxProvider(decisionInboxProvider);

  app.get(
    '/api/decision-registers',
    {
      schema: {
        tags,
        summary:
          'Sổ đăng ký quyết định của các cơ quan có thẩm quyền trong phạm vi, kèm số tiếp theo từng năm',
        response: { 200: RegisterList },
      },
    },
    (req) => app.db.transaction((tx) => listRegisters(tx, requireActor(req))),
  );

  app.get(
    '/api/decision-registers/defaults',
    {
      schema: {
        tags,
        summary:
          'Gợi ý cấu hình sổ mới (ký hiệu, tên cơ quan, địa danh, chức vụ người ký) cho một thẩm quyền',
        querystring: RegisterDefaultsQuery,
        response: { 200: RegisterDefaults },
      },
    },
    (req) => app.db.transaction((tx) => registerDefaults(tx, requireActor(req), req.query)),
  );

  app.post(
    '/api/decision-registers',
    {
      schema: {
        tags,
        summary: 'Lập sổ đăng ký quyết định cho một thẩm quyền (mẫu số, ký hiệu như "{n}/QĐ-UBND")',
        body: RegisterCreateBody,
        response: { 201: RegisterView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createRegister(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/decision-registers/:id',
    { schema: { tags, summary: 'Một sổ quyết định', params: IdParams, response: { 200: RegisterView } } },
    (req) => app.db.transaction((tx) => getRegister(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/decision-registers/:id',
    {
      schema: {
        tags,
        summary: 'Sửa cấu hình sổ (mẫu số, ký hiệu, tiêu đề, người ký mặc định …) kèm version',
        params: IdParams,
        body: RegisterUpdateBody,
        response: { 200: RegisterView },
      },
    },
    (req) => app.db.transaction((tx) => updateRegister(tx, requireActor(req), req.params.id, req.body)),
  );

  app.put(
    '/api/decision-registers/:id/years/:year',
    {
      schema: {
        tags,
        summary:
          'Đặt số tiếp theo của sổ trong một năm (ví dụ tiếp nối sổ giấy); không thấp hơn số đã ban hành',
        params: RegisterYearParams,
        body: RegisterYearBody,
        response: { 200: RegisterView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        setRegisterYear(tx, requireActor(req), req.params.id, req.params.year, req.body),
      ),
  );

  app.get(
    '/api/decision-registers/:id/candidates',
    {
      schema: {
        tags,
        summary:
          'Các đề nghị đã được Hội đồng thông qua thuộc thẩm quyền của sổ, chưa có trong quyết định nào',
        params: IdParams,
        response: { 200: CandidateList },
      },
    },
    (req) => app.db.transaction((tx) => listCandidates(tx, requireActor(req), req.params.id)),
  );

  app.get(
    '/api/decisions',
    {
      schema: {
        tags,
        summary:
          'Danh sách quyết định (dự thảo, đã ban hành, có thu hồi) theo cơ quan, năm, số hoặc nội dung',
        querystring: DecisionListQuery,
        response: { 200: DecisionPage },
      },
    },
    (req) => app.db.transaction((tx) => listDecisions(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/decisions/pending-proposals',
    {
      schema: {
        tags,
        summary: 'Đề nghị đã trình cấp trên đang chờ quyết định',
        response: { 200: PendingProposalList },
      },
    },
    (req) => app.db.transaction((tx) => listPendingProposals(tx, requireActor(req))),
  );

  app.post(
    '/api/decisions',
    {
      schema: {
        tags,
        summary: 'Lập dự thảo quyết định từ các đề nghị đã được Hội đồng thông qua (có thể từ nhiều hồ sơ)',
        body: DraftCreateBody,
        response: { 201: DecisionView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createDraft(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.post(
    '/api/decisions/external',
    {
      schema: {
        tags,
        summary:
          'Ghi nhận quyết định của cấp trên (Thủ tướng, UBND tỉnh …) với các cá nhân, tập thể được khen thưởng',
        body: ExternalCreateBody,
        response: { 201: DecisionView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => recordExternal(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/decisions/:id',
    {
      schema: {
        tags,
        summary: 'Một quyết định: danh sách, tiền thưởng, các quyết định thu hồi, điều kiện ban hành',
        params: IdParams,
        response: { 200: DecisionView },
      },
    },
    (req) => app.db.transaction((tx) => getDecision(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/decisions/:id',
    {
      schema: {
        tags,
        summary: 'Sửa dự thảo (trích yếu, căn cứ, người ký, ngày, danh sách) kèm version',
        params: IdParams,
        body: DraftUpdateBody,
        response: { 200: DecisionView },
      },
    },
    (req) => app.db.transaction((tx) => updateDraft(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/decisions/:id',
    {
      schema: { tags, summary: 'Hủy dự thảo quyết định', params: IdParams, response: { 200: OkBody } },
    },
    (req) => app.db.transaction((tx) => deleteDraft(tx, requireActor(req), req.params.id)),
  );

  app.post(
    '/api/decisions/:id/issue',
    {
      schema: {
        tags,
        summary:
          'Ban hành: lấy số từ sổ, khen thưởng vào quá trình, không sửa được nữa (gửi lại cùng version chỉ thực hiện một lần)',
        params: IdParams,
        body: IssueBody,
        response: { 200: DecisionView },
      },
    },
    (req) => app.db.transaction((tx) => issueDecision(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/decisions/:id/revocations',
    {
      schema: {
        tags,
        summary:
          'Thu hồi khen thưởng bằng quyết định thu hồi (số, ngày, lý do, người ký); trả về quyết định gốc',
        params: IdParams,
        body: RevocationCreateBody,
        response: { 200: DecisionView },
      },
    },
    (req) => app.db.transaction((tx) => revokeAwards(tx, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/api/decisions/:id/document.docx',
    {
      schema: {
        tags,
        summary: 'Tệp .docx Quyết định kèm Danh sách (thể thức Nghị định 30/2020)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const { view, pattern } = await app.db.transaction(async (tx) => {
        const v = await getDecision(tx, actor, req.params.id);
        const register = v.registerId ? await findRegister(tx, v.registerId) : undefined;
        return { view: v, pattern: register?.pattern ?? null };
      });
      if (!view.can.download) {
        return reply.status(409).send({
          error: {
            code: 'INVALID_STATE',
            message: 'Chỉ tải được văn bản của quyết định khen thưởng lập trong hệ thống',
          },
        });
      }
      const bytes = await renderDecisionDocx(view, pattern);
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', contentDisposition(decisionFileName(view)))
        .send(bytes);
    },
  );
}
