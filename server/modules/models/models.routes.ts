// HTTP for exemplary models (signed in): list, read, create, correct, publish, withdraw, delete; photos.
import { IdParams, OkBody } from '../../../contracts/common';
import { z } from '../../../contracts/zod';
import {
  ModelCreateBody,
  ModelListQuery,
  ModelPage,
  ModelUpdateBody,
  ModelView,
  PublishBody,
} from '../../../contracts/models';
import type { App } from '../../app-types';
import { contentDisposition, readMultipartUpload } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import { addPhoto, readPhoto, removePhoto } from './models.photos';
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

export const PhotoParams = z.object({
  id: z.uuid({ error: 'Mã định danh không hợp lệ' }),
  photoId: z.uuid({ error: 'Mã ảnh không hợp lệ' }),
});

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

  app.post(
    '/api/models/:id/photos',
    {
      schema: {
        tags,
        summary: 'Thêm ảnh (JPEG hoặc PNG, tối đa 5 MB; trường "caption" trước trường "file")',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: ModelView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const upload = await readMultipartUpload(req);
      const caption = upload.fields.caption?.replace(/\s+/g, ' ').trim() || null;
      return app.db.transaction((tx) =>
        addPhoto(tx, actor, req.params.id, { name: upload.name, content: upload.content, caption }),
      );
    },
  );

  app.get(
    '/api/models/:id/photos/:photoId',
    { schema: { tags, summary: 'Ảnh của điển hình', params: PhotoParams } },
    async (req, reply) => {
      const actor = requireActor(req);
      const file = await app.db.transaction((tx) => readPhoto(tx, actor, req.params.id, req.params.photoId));
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', contentDisposition(file.name, 'inline'))
        .header('cache-control', 'private, max-age=300')
        .send(file.content);
    },
  );

  app.delete(
    '/api/models/:id/photos/:photoId',
    { schema: { tags, summary: 'Xóa ảnh', params: PhotoParams, response: { 200: ModelView } } },
    (req) =>
      app.db.transaction((tx) => removePhoto(tx, requireActor(req), req.params.id, req.params.photoId)),
  );
}
