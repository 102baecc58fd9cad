// HTTP for the documents registry: list/search, detail, create, edit, delete (file routes: documents.file-routes.ts).
import { IdParams, OkBody } from '../../../contracts/common';
import {
  DocumentCreateBody,
  DocumentListQuery,
  DocumentPage,
  DocumentUpdateBody,
  DocumentView,
} from '../../../contracts/documents';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import { documentFileRoutes } from './documents.file-routes';
import {
  createDocument,
  deleteDocument,
  getDocument,
  listDocuments,
  updateDocument,
} from './documents.service';

const tags = ['Văn bản'];

export async function documentsRoutes(app: App): Promise<void> {
  app.get(
    '/api/documents',
    {
      schema: {
        tags,
        summary:
          'Sổ văn bản: tìm theo số, ký hiệu, trích yếu (không phân biệt dấu), loại, cơ quan ban hành, ngày',
        querystring: DocumentListQuery,
        response: { 200: DocumentPage },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => listDocuments(tx, actor, req.query));
    },
  );

  app.get(
    '/api/documents/:id',
    {
      schema: { tags, summary: 'Thông tin văn bản', params: IdParams, response: { 200: DocumentView } },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => getDocument(tx, actor, req.params.id));
    },
  );

  app.post(
    '/api/documents',
    {
      schema: {
        tags,
        summary: 'Nhập văn bản (số, ký hiệu trùng của cùng cơ quan, cùng năm → 409)',
        body: DocumentCreateBody,
        response: { 201: DocumentView },
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const view = await app.db.transaction((tx) => createDocument(tx, actor, req.body));
      return reply.status(201).send(view);
    },
  );

  app.patch(
    '/api/documents/:id',
    {
      schema: {
        tags,
        summary: 'Sửa văn bản (kèm phiên bản dữ liệu version)',
        params: IdParams,
        body: DocumentUpdateBody,
        response: { 200: DocumentView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return app.db.transaction((tx) => updateDocument(tx, actor, req.params.id, req.body));
    },
  );

  app.delete(
    '/api/documents/:id',
    {
      schema: {
        tags,
        summary: 'Xóa văn bản nhập nhầm (chưa gắn với phong trào nào)',
        params: IdParams,
        response: { 200: OkBody },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      await app.db.transaction((tx) => deleteDocument(tx, actor, req.params.id));
      return { ok: true as const };
    },
  );

  await documentFileRoutes(app);
}
