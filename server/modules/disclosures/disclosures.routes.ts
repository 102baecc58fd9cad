// HTTP for disclosures (công khai lấy ý kiến): the list, the dossiers that can be disclosed, one disclosure with
// its comments, draft changes, publication, closing with the outcome, comment handling and the authority's settings.
import { IdParams, OkBody } from '../../../contracts/common';
import {
  CloseDisclosureBody,
  DisclosureCandidates,
  DisclosureCreateBody,
  DisclosureListQuery,
  DisclosurePage,
  DisclosureUpdateBody,
  DisclosureView,
  HandleCommentBody,
  PublishBody,
  SettingsBody,
  SettingsQuery,
  SettingsView,
} from '../../../contracts/disclosures';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { registerInboxProvider } from '../inbox/inbox.registry';
import { disclosureInboxProvider } from './disclosures.inbox';
import { disclosuresPublicRoutes } from './disclosures.public-routes';
import {
  closeDisclosure,
  createDisclosure,
  deleteDisclosure,
  getDisclosure,
  getSettings,
  handleComment,
  listCandidates,
  listDisclosures,
  publishDisclosure,
  replaceSettings,
  updateDisclosure,
} from './disclosures.service';

const tags = ['Công khai lấy ý kiến'];

export async function disclosuresRoutes(app: App): Promise<void> {
  registerInboxProvider(disclosureInboxProvider);

  app.get(
    '/api/disclosures',
    {
      schema: {
        tags,
        summary: 'Các đợt công khai lấy ý kiến trong phạm vi: đang lấy ý kiến trước',
        querystring: DisclosureListQuery,
        response: { 200: DisclosurePage },
      },
    },
    (req) => app.db.transaction((tx) => listDisclosures(tx, requireActor(req), req.query)),
  );

  app.get(
    '/api/disclosures/candidates',
    {
      schema: {
        tags,
        summary: 'Hồ sơ có thể công khai, với những người phải công khai và căn cứ',
        response: { 200: DisclosureCandidates },
      },
    },
    (req) => app.db.transaction((tx) => listCandidates(tx, requireActor(req))),
  );

  app.post(
    '/api/disclosures',
    {
      schema: {
        tags,
        summary:
          'Lập đợt công khai (bản nháp) cho hồ sơ: mặc định những người thuộc loại khen thưởng phải công khai',
        body: DisclosureCreateBody,
        response: { 201: DisclosureView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createDisclosure(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/disclosures/:id',
    {
      schema: {
        tags,
        summary: 'Một đợt công khai: danh sách đã đăng, thời gian, ý kiến góp ý và kết quả',
        params: IdParams,
        response: { 200: DisclosureView },
      },
    },
    (req) => app.db.transaction((tx) => getDisclosure(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/disclosures/:id',
    {
      schema: {
        tags,
        summary: 'Sửa tiêu đề, lời giới thiệu của bản nháp (kèm version)',
        params: IdParams,
        body: DisclosureUpdateBody,
        response: { 200: DisclosureView },
      },
    },
    (req) => app.db.transaction((tx) => updateDisclosure(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/disclosures/:id',
    { schema: { tags, summary: 'Xóa bản nháp lập nhầm', params: IdParams, response: { 200: OkBody } } },
    (req) => app.db.transaction((tx) => deleteDisclosure(tx, requireActor(req), req.params.id)),
  );

  app.post(
    '/api/disclosures/:id/publish',
    {
      schema: {
        tags,
        summary:
          'Đăng công khai trên trang công khai từ ngày đã chọn; hạn lấy ý kiến tính theo ngày làm việc',
        params: IdParams,
        body: PublishBody,
        response: { 200: DisclosureView },
      },
    },
    (req) => app.db.transaction((tx) => publishDisclosure(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/disclosures/:id/close',
    {
      schema: {
        tags,
        summary: 'Kết thúc công khai sau thời hạn, ghi nhận kết quả (trước khi Hội đồng bỏ phiếu)',
        params: IdParams,
        body: CloseDisclosureBody,
        response: { 200: DisclosureView },
      },
    },
    (req) => app.db.transaction((tx) => closeDisclosure(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/disclosure-comments/:id/handle',
    {
      schema: {
        tags,
        summary: 'Ghi nhận việc xem xét, xử lý một ý kiến góp ý (kèm version của ý kiến)',
        params: IdParams,
        body: HandleCommentBody,
        response: { 200: DisclosureView },
      },
    },
    (req) => app.db.transaction((tx) => handleComment(tx, requireActor(req), req.params.id, req.body)),
  );

  app.get(
    '/api/disclosure-settings',
    {
      schema: {
        tags,
        summary: 'Loại khen thưởng phải công khai: theo quy định và do cơ quan có thẩm quyền chọn thêm',
        querystring: SettingsQuery,
        response: { 200: SettingsView },
      },
    },
    (req) => app.db.transaction((tx) => getSettings(tx, requireActor(req), req.query)),
  );

  app.put(
    '/api/disclosure-settings',
    {
      schema: {
        tags,
        summary: 'Chọn thêm loại khen thưởng phải công khai và số ngày làm việc (quản trị của cơ quan)',
        body: SettingsBody,
        response: { 200: SettingsView },
      },
    },
    (req) => app.db.transaction((tx) => replaceSettings(tx, requireActor(req), req.body)),
  );

  await disclosuresPublicRoutes(app);
}
