// HTTP for exemplary models (signed in): list, read, create, correct, publish, withdraw, delete.
import { IdParams, OkBody } from '../../../contracts/common';
import {
  ModelCreateBody,
  ModelListQuery,
  ModelPage,
  ModelUpdateBody,
  ModelView,
  PublishBody,
} from '../../../contracts/models';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import {
  createModel,
  deleteModel,
  getModel,
  listModels,
  publishModel,
  unpublishModel,
  updateModel,
} from './models.service';

const tags = ['Điển hình tiên tiến'];

export async function modelsRoutes(app: App): Promise<void> {
  app.get(
    '/api/models',
    {
      schema: {
        tags,
        summary: 'Điển hình tiên tiến, gương “Người tốt, việc tốt” trong phạm vi (tìm không cần dấu)',
        querystring: ModelListQuery,
        response: { 200: ModelPage },
      },
    },
    (req) => app.db.transaction((tx) => listModels(tx, requireActor(req), req.query)),
  );

  app.post(
    '/api/models',
    {
      schema: {
        tags,
        summary:
          'Ghi nhận một điển hình (cá nhân, tập thể trong danh sách hoặc người, tập thể ngoài danh sách)',
        body: ModelCreateBody,
        response: { 201: ModelView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createModel(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.get(
    '/api/models/:id',
    { schema: { tags, summary: 'Một điển hình', params: IdParams, response: { 200: ModelView } } },
    (req) => app.db.transaction((tx) => getModel(tx, requireActor(req), req.params.id)),
  );

  app.patch(
    '/api/models/:id',
    {
      schema: {
        tags,
        summary:
          'Sửa điển hình (kèm version); danh sách liên kết, hoạt động tuyên truyền được thay cả danh sách',
        params: IdParams,
        body: ModelUpdateBody,
        response: { 200: ModelView },
      },
    },
    (req) => app.db.transaction((tx) => updateModel(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/models/:id/publish',
    {
      schema: {
        tags,
        summary: 'Công bố điển hình trên trang công khai /dien-hinh',
        params: IdParams,
        body: PublishBody,
        response: { 200: ModelView },
      },
    },
    (req) => app.db.transaction((tx) => publishModel(tx, requireActor(req), req.params.id, req.body)),
  );

  app.post(
    '/api/models/:id/unpublish',
    {
      schema: {
        tags,
        summary: 'Hủy công bố điển hình',
        params: IdParams,
        body: PublishBody,
        response: { 200: ModelView },
      },
    },
    (req) => app.db.transaction((tx) => unpublishModel(tx, requireActor(req), req.params.id, req.body)),
  );

  app.delete(
    '/api/models/:id',
    {
      schema: {
        tags,
        summary: 'Xóa điển hình nhập nhầm (chưa công bố)',
        params: IdParams,
        response: { 200: OkBody },
      },
    },
    (req) => app.db.transaction((tx) => deleteModel(tx, requireActor(req), req.params.id)),
  );
}
