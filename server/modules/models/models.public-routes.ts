// HTTP for the public page of exemplary models (/dien-hinh): no session needed (routes do not call
// requireActor; the auth hook only reads a session when one is sent), rate-limited per address.
import { IdParams } from '../../../contracts/common';
import { PublicModelListQuery, PublicModelPage, PublicModelView } from '../../../contracts/models';
import type { App } from '../../app-types';
import { contentDisposition } from '../../lib/files';
import { readPublicPhoto } from './models.photos';
import { getPublishedModel, listPublishedModels } from './models.public';
import { PhotoParams } from './models.routes';

const tags = ['Công khai'];
/** Per client address: generous for people reading, a brake on scraping. */
const rateLimit = { max: 120, timeWindow: '1 minute' };

export async function modelsPublicRoutes(app: App): Promise<void> {
  app.get(
    '/api/public/models',
    {
      schema: {
        tags,
        summary: 'Điển hình tiên tiến đã công bố (tìm theo tên, lĩnh vực, đơn vị, không cần dấu)',
        querystring: PublicModelListQuery,
        response: { 200: PublicModelPage },
      },
      config: { rateLimit },
    },
    (req) => app.db.transaction((tx) => listPublishedModels(tx, req.query)),
  );

  app.get(
    '/api/public/models/:id',
    {
      schema: {
        tags,
        summary: 'Một điển hình đã công bố',
        params: IdParams,
        response: { 200: PublicModelView },
      },
      config: { rateLimit },
    },
    (req) => app.db.transaction((tx) => getPublishedModel(tx, req.params.id)),
  );

  app.get(
    '/api/public/models/:id/photos/:photoId',
    {
      schema: { tags, summary: 'Ảnh của một điển hình đã công bố', params: PhotoParams },
      config: { rateLimit: { max: 600, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const file = await app.db.transaction((tx) => readPublicPhoto(tx, req.params.id, req.params.photoId));
      return reply
        .header('content-type', file.mime)
        .header(
          'content-disposition',
          contentDisposition(
            `anh-${req.params.photoId}.${file.mime === 'image/png' ? 'png' : 'jpg'}`,
            'inline',
          ),
        )
        .header('cache-control', 'public, max-age=600')
        .send(file.content);
    },
  );
}
