// HTTP for đăng ký thi đua: registrations (draft, lines, submit, accept, return), the parent's deadline and
// figures, and the accepted lines as nominees for a dossier.
import { IdParams } from '../../../contracts/common';
import {
  DeadlineBody,
  DeadlineQuery,
  DeadlineView,
  FiguresQuery,
  FiguresView,
  NomineesQuery,
  RegistrationActionBody,
  RegistrationCreateBody,
  RegistrationDossierBody,
  RegistrationDossierResult,
  RegistrationLinesBody,
  RegistrationListQuery,
  RegistrationNominee,
  RegistrationPage,
  RegistrationReturnBody,
  RegistrationUpdateBody,
  RegistrationView,
} from '../../../contracts/registrations';
import { z } from '../../../contracts/zod';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { createDossierFromRegistration } from './registrations.dossier';
import { getDeadline, registrationFigures, registrationNominees, setDeadline } from './registrations.figures';
import {
  acceptRegistration,
  createRegistration,
  getRegistration,
  listRegistrations,
  replaceLines,
  returnRegistration,
  submitRegistration,
  updateRegistration,
} from './registrations.service';

const tags = ['Đăng ký thi đua'];

export async function registrationsRoutes(app: App): Promise<void> {
  app.get(
    '/api/registrations',
    {
      schema: {
        tags,
        summary: 'Bản đăng ký thi đua trong phạm vi (lọc theo năm, đơn vị đăng ký, đơn vị nhận, trạng thái)',
        querystring: RegistrationListQuery,
        response: { 200: RegistrationPage },
      },
    },
    (req) => app.db.transaction((tx) => listRegistrations(tx, requireActor(req), req.query)),
  );

  app.post(
    '/api/registrations',
    {
      schema: {
        tags,
        summary: 'Lập bản đăng ký thi đua của đơn vị cho một năm (gửi đơn vị cấp trên)',
        body: RegistrationCreateBody,
        response: { 201: RegistrationView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createRegistration(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/registrations/nominees',
    {
      schema: {
        tags,
        summary: 'Các dòng đã được chấp nhận của bản đăng ký (để lập danh sách đề nghị của hồ sơ cuối năm)',
        querystring: NomineesQuery,
        response: { 200: z.object({ items: z.array(RegistrationNominee) }) },
      },
    },
    async (req) => ({
      items: await app.db.transaction((tx) =>
        registrationNominees(tx, requireActor(req), req.query.unitId, req.query.year),
      ),
    }),
  );

  app.get(
    '/api/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Một bản đăng ký: danh sách đăng ký, kết quả đạt được, hạn, lịch sử xử lý',
        params: IdParams,
        response: { 200: RegistrationView },
      },
    },
    (req) => app.db.transaction((tx) => getRegistration(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/registrations/:id',
    {
      schema: {
        tags,
        summary: 'Sửa nội dung đăng ký (khi đang soạn hoặc bị trả lại), kèm version',
        params: IdParams,
        body: RegistrationUpdateBody,
        response: { 200: RegistrationView },
      },
    },
    (req) => app.db.transaction((tx) => updateRegistration(tx, requireActor(req), req.params.id, req.body)),
  );

  app.put(
    '/api/registrations/:id/lines',
    {
      schema: {
        tags,
        summary: 'Danh sách danh hiệu đăng ký (thay cả danh sách, kèm version)',
        params: IdParams,
        body: RegistrationLinesBody,
        response: { 200: RegistrationView },
      },
    },
    (req) => app.db.transaction((tx) => replaceLines(tx, requireActor(req), req.params.id, req.body)),
  );

  const action = (path: string, summary: string, body: z.ZodType, handler: typeof submitRegistration) =>
    app.post(
      `/api/registrations/:id/${path}`,
      { schema: { tags, summary, params: IdParams, body, response: { 200: RegistrationView } } },
      (req) =>
        app.db.transaction((tx) => handler(tx, requireActor(req), (req.params as IdParams).id, req.body)),
    );
  action(
    'submit',
    'Gửi (hoặc gửi lại) bản đăng ký lên đơn vị cấp trên',
    RegistrationActionBody,
    submitRegistration,
  );
  action('accept', 'Đơn vị cấp trên chấp nhận bản đăng ký', RegistrationActionBody, acceptRegistration);
  action(
    'return',
    'Đơn vị cấp trên trả lại bản đăng ký (kèm lý do)',
    RegistrationReturnBody,
    returnRegistration,
  );

  app.post(
    '/api/registrations/:id/dossier',
    {
      schema: {
        tags,
        summary:
          'Tạo hồ sơ đề nghị từ bản đăng ký đã chấp nhận (danh sách đề nghị lấy từ các dòng đã đăng ký)',
        params: IdParams,
        body: RegistrationDossierBody,
        response: { 201: RegistrationDossierResult },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const result = await app.db.transaction((tx) =>
        createDossierFromRegistration(tx, actor, req.params.id, req.body),
      );
      return reply.status(201).send(result);
    },
  );

  app.get(
    '/api/registration-deadlines',
    {
      schema: {
        tags,
        summary: 'Hạn đăng ký thi đua do đơn vị cấp trên đặt cho một năm',
        querystring: DeadlineQuery,
        response: { 200: DeadlineView },
      },
    },
    (req) => app.db.transaction((tx) => getDeadline(tx, requireActor(req), req.query)),
  );

  app.put(
    '/api/registration-deadlines',
    {
      schema: {
        tags,
        summary: 'Đặt hoặc sửa hạn đăng ký thi đua của các đơn vị trực thuộc cho một năm',
        body: DeadlineBody,
        response: { 200: DeadlineView },
      },
    },
    (req) => app.db.transaction((tx) => setDeadline(tx, requireActor(req), req.body)),
  );

  app.get(
    '/api/registration-figures',
    {
      schema: {
        tags,
        summary:
          'Số liệu đăng ký thi đua của các đơn vị trực thuộc: đã đăng ký, đạt được, chưa đăng ký, nộp muộn',
        querystring: FiguresQuery,
        response: { 200: FiguresView },
      },
    },
    (req) => app.db.transaction((tx) => registrationFigures(tx, requireActor(req), req.query)),
  );
}
