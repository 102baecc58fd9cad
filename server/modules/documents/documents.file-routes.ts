// HTTP for a document's file: upload (multipart), download, remove.
import { IdParams } from '../../../contracts/common';
import { DocumentView } from '../../../contracts/documents';
import type { App } from '../../app-types';
import { contentDisposition, extensionOf, readMultipartUpload } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import { attachDocumentFile, readDocumentFile, removeDocumentFile } from './documents.files';

const tags = ['Văn bản'];

export async function documentFileRoutes(app: App): Promise<void> {
  app.put(
    '/api/documents/:id/file',
    {
      schema: {
        tags,
        summary:
          'Đính kèm tệp văn bản (multipart: version, file — PDF, Word, ảnh JPEG/PNG; tối đa 10 MB; thay tệp cũ nếu có)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: DocumentView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const upload = await readMultipartUpload(req);
      return app.db.transaction((tx) => attachDocumentFile(tx, actor, req.params.id, upload));
    },
  );

  app.delete(
    '/api/documents/:id/file',
    { schema: { tags, summary: 'Gỡ tệp văn bản', params: IdParams, response: { 200: DocumentView } } },
    (req) => app.db.transaction((tx) => removeDocumentFile(tx, requireActor(req), req.params.id)),
  );

  app.get(
    '/api/documents/:id/file',
    { schema: { tags, summary: 'Tải tệp văn bản', params: IdParams } },
    async (req, reply) => {
      const actor = requireActor(req);
      const file = await app.db.transaction((tx) => readDocumentFile(tx, actor, req.params.id));
      const inline = ['pdf', 'jpg', 'jpeg', 'png'].includes(extensionOf(file.name));
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', contentDisposition(file.name, inline ? 'inline' : 'attachment'))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );
}
