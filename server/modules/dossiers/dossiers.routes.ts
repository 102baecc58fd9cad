// HTTP for nomination dossiers: list, read, draft, edit, delete, nominees, appraisal and workflow transitions.
// Every change answers the refreshed dossier. Files, import and the Tờ trình: dossiers.files.routes.ts.
import { IdParams, OkBody } from '../../../contracts/common';
import {
  AppraisalBody,
  DossierCreateBody,
  DossierListQuery,
  DossierPage,
  DossierUpdateBody,
  DossierView,
  NomineeInput,
  NomineeParams,
  NomineeUpdateBody,
  TransitionBody,
} from '../../../contracts/dossiers';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { registerInboxProvider } from '../inbox/inbox.registry';
import { dossierFilesRoutes } from './dossiers.files.routes';
import { dossierInboxProvider } from './dossiers.inbox';
import { addNominee, appraiseNominee, removeNominee, updateNominee } from './dossiers.nominees';
import {
  createDossierDraft,
  deleteDossier,
  getDossier,
  listDossiers,
  updateDossier,
} from './dossiers.service';
import { applyTransition } from './dossiers.transitions';

const tags = ['Hồ sơ đề nghị khen thưởng'];

export async function dossiersRoutes(app: App): Promise<void> {
  registerInboxProvider(dossierInboxProvider);

  app.get(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary:
          'Hồ sơ đề nghị khen thưởng trong phạm vi (đơn vị đề nghị hoặc cơ quan thẩm định), lọc theo trạng thái, năm, đơn vị, quá hạn',
        querystring: DossierListQuery,
        response: { 200: DossierPage },
      },
    },
    (req) => app.db.transaction((tx) => listDossiers(tx, requireActor(req), req.query)),
  );

  app.post(
    '/api/dossiers',
    {
      schema: {
        tags,
        summary:
          'Lập hồ sơ (dự thảo): cấp có thẩm quyền xác định theo danh hiệu, hình thức đề nghị và vị trí của đơn vị',
        body: DossierCreateBody,
        response: { 201: DossierView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createDossierDraft(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/dossiers/:id',
    {
      schema: {
        tags,
        summary:
          'Một hồ sơ: người được đề nghị (kèm kết quả xét điều kiện khi gửi), tài liệu, quá trình xử lý, hồ sơ liên kết và các thao tác được phép',
        params: IdParams,
        response: { 200: DossierView },
      },
    },
    (req) => app.db.transaction((tx) => getDossier(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Sửa hồ sơ đang soạn hoặc bị trả lại (kèm version)',
        params: IdParams,
        body: DossierUpdateBody,
        response: { 200: DossierView },
      },
    },
    (req) => app.db.transaction((tx) => updateDossier(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'Xóa hồ sơ đang soạn chưa gửi lần nào',
        params: IdParams,
        response: { 200: OkBody },
      },
    },
    (req) => app.db.transaction((tx) => deleteDossier(tx, requireActor(req), req.params.id)),
  );

  app.post(
    '/api/dossiers/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Chuyển bước xử lý: gửi, rút, tiếp nhận, bắt đầu thẩm định, trả lại (kèm lý do và nội dung cần bổ sung), gửi lại, không chấp nhận, trình Hội đồng, trình cấp trên',
        params: IdParams,
        body: TransitionBody,
        response: { 200: DossierView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction(async (tx) => {
        await applyTransition(tx, actor, req.params.id, req.body);
        return getDossier(tx, actor, req.params.id);
      });
    },
  );

  app.post(
    '/api/dossiers/:id/nominees',
    {
      schema: {
        tags,
        summary: 'Thêm cá nhân, tập thể hoặc hộ gia đình được đề nghị',
        params: IdParams,
        body: NomineeInput,
        response: { 200: DossierView },
      },
    },
    (req) => app.db.transaction((tx) => addNominee(tx, requireActor(req), req.params.id, req.body)),
  );

  app.patch(
    '/api/dossiers/:id/nominees/:nomineeId',
    {
      schema: {
        tags,
        summary: 'Sửa danh hiệu, hình thức, tóm tắt thành tích của một người được đề nghị (kèm version)',
        params: NomineeParams,
        body: NomineeUpdateBody,
        response: { 200: DossierView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        updateNominee(tx, requireActor(req), req.params.id, req.params.nomineeId, req.body),
      ),
  );

  app.delete(
    '/api/dossiers/:id/nominees/:nomineeId',
    {
      schema: {
        tags,
        summary: 'Bỏ một người được đề nghị khỏi hồ sơ',
        params: NomineeParams,
        response: { 200: DossierView },
      },
    },
    (req) =>
      app.db.transaction((tx) => removeNominee(tx, requireActor(req), req.params.id, req.params.nomineeId)),
  );

  app.put(
    '/api/dossiers/:id/nominees/:nomineeId/appraisal',
    {
      schema: {
        tags,
        summary:
          'Kết quả thẩm định của một người được đề nghị: đồng ý hoặc không (kèm lý do), có thể đề xuất hình thức khác',
        params: NomineeParams,
        body: AppraisalBody,
        response: { 200: DossierView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        appraiseNominee(tx, requireActor(req), req.params.id, req.params.nomineeId, req.body),
      ),
  );

  await app.register(dossierFilesRoutes);
}
