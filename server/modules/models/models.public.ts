// Public reads of exemplary models (no sign-in): published models only, presented without private fields.
import type { PublicModelListQuery, PublicModelPage, PublicModelView } from '../../../contracts/models';
import type { Db } from '../../db/client';
import { notFound } from '../../lib/errors';
import { presentPublicListItem, presentPublicModel } from './models.present';
import { findPublishedModel, loadActivities, loadPhotos, selectPublishedPage } from './models.queries';

/** GET /api/public/models */
export async function listPublishedModels(db: Db, query: PublicModelListQuery): Promise<PublicModelPage> {
  const { rows, total } = await selectPublishedPage(db, query);
  const photos = await loadPhotos(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => presentPublicListItem(r, photos.get(r.id)?.[0])),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** GET /api/public/models/:id — an unpublished or unknown model answers 404 alike. */
export async function getPublishedModel(db: Db, id: string): Promise<PublicModelView> {
  const row = (await findPublishedModel(db, id)) ?? notFound('điển hình');
  const photos = (await loadPhotos(db, [id])).get(id) ?? [];
  return presentPublicModel(row, await loadActivities(db, id), photos);
}
