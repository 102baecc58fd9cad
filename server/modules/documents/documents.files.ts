// A document's file (the signed copy: PDF, Word or a scan) in the shared file store (server/lib/files.ts).
import { and, eq, sql } from 'drizzle-orm';
import type { DocumentView } from '../../../contracts/documents';
import type { Db } from '../../db/client';
import { documents } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import {
  deleteStoredFile,
  type FileType,
  type MultipartUpload,
  readStoredFile,
  storeFile,
} from '../../lib/files';
import { canEditAt, EDIT_REFUSED } from './documents.policy';
import { getDocument, loadDocumentInScope } from './documents.service';

/** What a document's file may be: the text (PDF, Word) or a scan of the signed paper (JPEG, PNG). */
export const DOCUMENT_FILE_TYPES: readonly FileType[] = ['pdf', 'docx', 'doc', 'jpg', 'png'];

const stale = () =>
  new AppError(
    'CONFLICT',
    'Văn bản này vừa được người khác cập nhật. Vui lòng tải lại trang rồi thao tác lại',
    {
      version: 'Phiên bản dữ liệu đã cũ',
    },
  );

/** Attaches (or replaces) the file of a document; the multipart field `version`, when sent, is checked. */
export async function attachDocumentFile(
  tx: Db,
  actor: Actor,
  id: string,
  upload: MultipartUpload,
): Promise<DocumentView> {
  const { row, unit } = await loadDocumentInScope(tx, actor, id);
  authorize(canEditAt(actor, unit.path), EDIT_REFUSED);
  if (upload.fields.version !== undefined && Number(upload.fields.version) !== row.version) throw stale();
  const file = await storeFile(tx, actor, {
    name: upload.name,
    content: upload.content,
    accepted: DOCUMENT_FILE_TYPES,
  });
  const [updated] = await tx
    .update(documents)
    .set({ fileId: file.id, updatedAt: new Date(), version: sql`${documents.version} + 1` })
    .where(and(eq(documents.id, id), eq(documents.version, row.version)))
    .returning({ id: documents.id });
  if (!updated) throw stale();
  if (row.fileId) await deleteStoredFile(tx, row.fileId);
  await appendAudit(tx, actor, {
    action: 'document.file_attached',
    entity: 'document',
    entityId: id,
    unitId: row.unitId,
    before: row.fileId ? { fileId: row.fileId } : null,
    after: { fileId: file.id, name: file.name, size: file.size, sha256: file.sha256 },
  });
  return getDocument(tx, actor, id);
}

/** Removes the file of a document. */
export async function removeDocumentFile(tx: Db, actor: Actor, id: string): Promise<DocumentView> {
  const { row, unit } = await loadDocumentInScope(tx, actor, id);
  authorize(canEditAt(actor, unit.path), EDIT_REFUSED);
  if (!row.fileId) notFound('tệp của văn bản');
  await tx
    .update(documents)
    .set({ fileId: null, updatedAt: new Date(), version: sql`${documents.version} + 1` })
    .where(eq(documents.id, id));
  await deleteStoredFile(tx, row.fileId!);
  await appendAudit(tx, actor, {
    action: 'document.file_removed',
    entity: 'document',
    entityId: id,
    unitId: row.unitId,
    before: { fileId: row.fileId },
  });
  return getDocument(tx, actor, id);
}

/** The file of a document the actor can see. */
export async function readDocumentFile(tx: Db, actor: Actor, id: string) {
  const { row } = await loadDocumentInScope(tx, actor, id);
  const file = row.fileId ? await readStoredFile(tx, row.fileId) : null;
  if (!file) notFound('tệp của văn bản');
  return file!;
}
