// Photos of exemplary models: stored in the one file store (server/lib/files.ts: type by magic bytes), images
// only (JPEG, PNG) and at most 5 MB each; read back in the actor's scope, or publicly for published models.
import { count, eq, max } from 'drizzle-orm';
import type { ModelView } from '../../../contracts/models';
import { PHOTO_MAX_BYTES, photoError } from '../../../domain/models';
import type { Db } from '../../db/client';
import { exemplaryModelPhotos } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { checkUpload, deleteStoredFile, readStoredFile, storeFile } from '../../lib/files';
import { canManageModelAt, MANAGE_REFUSED } from './models.policy';
import { findPublishedModel } from './models.queries';
import { modelView, requireModel } from './models.service';

/** Control characters (the route has already turned tabs and line breaks into spaces). */
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/;

/** POST /api/models/:id/photos (multipart: optional "caption", then "file"). */
export async function addPhoto(
  tx: Db,
  actor: Actor,
  id: string,
  upload: { name: string; content: Buffer; caption: string | null },
): Promise<ModelView> {
  const model = await requireModel(tx, actor, id, true);
  authorize(canManageModelAt(actor, model.ownerPath), MANAGE_REFUSED);
  const checked = checkUpload(upload.name, upload.content, ['jpg', 'png']);
  const [existing] = await tx
    .select({ n: count(), top: max(exemplaryModelPhotos.sortOrder) })
    .from(exemplaryModelPhotos)
    .where(eq(exemplaryModelPhotos.modelId, id));
  const problem = photoError({ mime: checked.mime, size: upload.content.length }, existing?.n ?? 0);
  if (problem) {
    throw new AppError(
      upload.content.length > PHOTO_MAX_BYTES ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION',
      problem,
      {
        file: problem,
      },
    );
  }
  if (upload.caption !== null && upload.caption.length > 300) {
    throw new AppError('VALIDATION', 'Chú thích ảnh không được dài quá 300 ký tự', {
      caption: 'Không được dài quá 300 ký tự',
    });
  }
  // A NUL cannot be stored in PostgreSQL text (it answered 500, found by server/test/fuzz-uploads.test.ts).
  if (upload.caption !== null && CONTROL_CHARS.test(upload.caption)) {
    throw new AppError('VALIDATION', 'Chú thích ảnh không được chứa ký tự điều khiển', {
      caption: 'Không được chứa ký tự điều khiển',
    });
  }
  const file = await storeFile(tx, actor, {
    name: upload.name,
    content: upload.content,
    accepted: ['jpg', 'png'],
  });
  const [photo] = await tx
    .insert(exemplaryModelPhotos)
    .values({ modelId: id, fileId: file.id, caption: upload.caption, sortOrder: (existing?.top ?? -1) + 1 })
    .returning({ id: exemplaryModelPhotos.id });
  await appendAudit(tx, actor, {
    action: 'exemplary_model.photo_added',
    entity: 'exemplary_model',
    entityId: id,
    unitId: model.ownerUnitId,
    after: {
      photoId: photo!.id,
      file: file.name,
      size: file.size,
      sha256: file.sha256,
      caption: upload.caption,
    },
  });
  return modelView(tx, actor, model);
}

/** DELETE /api/models/:id/photos/:photoId — the photo and its stored file. */
export async function removePhoto(tx: Db, actor: Actor, id: string, photoId: string): Promise<ModelView> {
  const model = await requireModel(tx, actor, id, true);
  authorize(canManageModelAt(actor, model.ownerPath), MANAGE_REFUSED);
  const [photo] = await tx.select().from(exemplaryModelPhotos).where(eq(exemplaryModelPhotos.id, photoId));
  if (!photo || photo.modelId !== id) notFound('ảnh');
  await tx.delete(exemplaryModelPhotos).where(eq(exemplaryModelPhotos.id, photoId));
  await deleteStoredFile(tx, photo!.fileId);
  await appendAudit(tx, actor, {
    action: 'exemplary_model.photo_removed',
    entity: 'exemplary_model',
    entityId: id,
    unitId: model.ownerUnitId,
    before: { photoId, caption: photo!.caption },
  });
  return modelView(tx, actor, model);
}

async function photoBytes(tx: Db, modelId: string, photoId: string) {
  const [photo] = await tx
    .select({ fileId: exemplaryModelPhotos.fileId, modelId: exemplaryModelPhotos.modelId })
    .from(exemplaryModelPhotos)
    .where(eq(exemplaryModelPhotos.id, photoId));
  if (!photo || photo.modelId !== modelId) notFound('ảnh');
  return (await readStoredFile(tx, photo!.fileId)) ?? notFound('ảnh');
}

/** GET /api/models/:id/photos/:photoId — the image, when the model is in the actor's scope. */
export async function readPhoto(tx: Db, actor: Actor, id: string, photoId: string) {
  await requireModel(tx, actor, id);
  return photoBytes(tx, id, photoId);
}

/** GET /api/public/models/:id/photos/:photoId — the image of a published model. */
export async function readPublicPhoto(tx: Db, id: string, photoId: string) {
  if (!(await findPublishedModel(tx, id))) notFound('ảnh');
  return photoBytes(tx, id, photoId);
}
