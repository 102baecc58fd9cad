// Files of a dossier: attachments by kind (tờ trình, biên bản bình xét, báo cáo thành tích, chứng nhận sáng
// kiến, khác) and the nominees' achievement reports, kept in the shared file store (server/lib/files.ts).
import { and, eq, sql } from 'drizzle-orm';
import { AttachmentKindCode, type DossierView } from '../../../contracts/dossiers';
import { optionalText } from '../../../contracts/common';
import { type Db, queryRows } from '../../db/client';
import { dossierAttachments, dossierNominees } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { deleteStoredFile, readStoredFile, storeFile } from '../../lib/files';
import { sidesOf } from './dossiers.policy';
import { dossierAbilities } from './dossiers.present';
import { findDossierInScope, loadAttachments } from './dossiers.queries';
import { bumpDossier, dossierForEdit, dossierView, requireDossier } from './dossiers.service';

const ATTACH_REFUSED =
  'Chỉ cán bộ của đơn vị đề nghị (khi hồ sơ đang soạn hoặc bị trả lại) hoặc chuyên viên thẩm định (khi đang xử lý) được thêm, xóa tài liệu';

/** Deletes files no attachment, nominee or other module references any more (a referenced one stays). */
export async function releaseFiles(tx: Db, fileIds: readonly string[]): Promise<void> {
  for (const id of new Set(fileIds)) {
    // Another row may still point at the file (a forwarded copy, another module): the foreign key decides.
    await tx.execute(sql`savepoint release_file`);
    try {
      await deleteStoredFile(tx, id);
      await tx.execute(sql`release savepoint release_file`);
    } catch {
      await tx.execute(sql`rollback to savepoint release_file`);
    }
  }
}

/** POST /api/dossiers/:id/attachments (multipart: kind, note, file). */
export async function addAttachment(
  tx: Db,
  actor: Actor,
  id: string,
  upload: { name: string; content: Buffer; fields: Record<string, string> },
): Promise<DossierView> {
  const row = await requireDossier(tx, actor, id, true);
  authorize(dossierAbilities(row, sidesOf(actor, row)).attach, ATTACH_REFUSED);
  const kind = AttachmentKindCode.safeParse(upload.fields.kind ?? '');
  if (!kind.success) {
    const message =
      'Chọn loại tài liệu (tờ trình, biên bản bình xét, báo cáo thành tích, chứng nhận sáng kiến hoặc khác)';
    throw new AppError('VALIDATION', message, { kind: message });
  }
  const note = optionalText(500).safeParse(upload.fields.note ?? null);
  if (!note.success)
    throw new AppError('VALIDATION', 'Ghi chú quá dài (tối đa 500 ký tự)', { note: 'Tối đa 500 ký tự' });
  const file = await storeFile(tx, actor, { name: upload.name, content: upload.content });
  await tx.insert(dossierAttachments).values({
    dossierId: id,
    kind: kind.data,
    fileId: file.id,
    note: note.data,
    createdBy: actor.userId,
  });
  await bumpDossier(tx, row, {}, false);
  await appendAudit(tx, actor, {
    action: 'dossier.attachment_added',
    entity: 'dossier',
    entityId: id,
    unitId: row.proposingUnitId,
    after: { kind: kind.data, file: file.name, size: file.size, sha256: file.sha256, note: note.data },
  });
  return dossierView(tx, actor, (await findDossierInScope(tx, actor, id))!);
}

/** DELETE /api/dossiers/:id/attachments/:attachmentId */
export async function deleteAttachment(
  tx: Db,
  actor: Actor,
  id: string,
  attachmentId: string,
): Promise<DossierView> {
  const row = await requireDossier(tx, actor, id, true);
  authorize(dossierAbilities(row, sidesOf(actor, row)).attach, ATTACH_REFUSED);
  const attachment =
    (await loadAttachments(tx, id)).find((a) => a.id === attachmentId) ?? notFound('tài liệu');
  await tx
    .delete(dossierAttachments)
    .where(and(eq(dossierAttachments.id, attachmentId), eq(dossierAttachments.dossierId, id)));
  await releaseFiles(tx, [attachment.fileId]);
  await bumpDossier(tx, row, {}, false);
  await appendAudit(tx, actor, {
    action: 'dossier.attachment_deleted',
    entity: 'dossier',
    entityId: id,
    unitId: row.proposingUnitId,
    before: {
      kind: attachment.kind,
      file: attachment.fileName,
      sha256: attachment.sha256,
      note: attachment.note,
    },
  });
  return dossierView(tx, actor, (await findDossierInScope(tx, actor, id))!);
}

/** PUT /api/dossiers/:id/nominees/:nomineeId/report (multipart file): the nominee's achievement report. */
export async function setNomineeReport(
  tx: Db,
  actor: Actor,
  id: string,
  nomineeId: string,
  upload: { name: string; content: Buffer },
): Promise<DossierView> {
  const row = await dossierForEdit(tx, actor, id);
  const [current] = await tx
    .select()
    .from(dossierNominees)
    .where(and(eq(dossierNominees.id, nomineeId), eq(dossierNominees.dossierId, id)));
  if (!current) notFound('người được đề nghị trong hồ sơ');
  const file = await storeFile(tx, actor, { name: upload.name, content: upload.content });
  await tx
    .update(dossierNominees)
    .set({ reportFileId: file.id, version: sql`${dossierNominees.version} + 1` })
    .where(eq(dossierNominees.id, nomineeId));
  if (current.reportFileId) await releaseFiles(tx, [current.reportFileId]);
  await bumpDossier(tx, row, {}, false);
  await appendAudit(tx, actor, {
    action: 'dossier.nominee_report_set',
    entity: 'dossier',
    entityId: id,
    unitId: row.proposingUnitId,
    before: { nomineeId, reportFileId: current.reportFileId },
    after: { nomineeId, reportFileId: file.id, file: file.name, size: file.size, sha256: file.sha256 },
  });
  return dossierView(tx, actor, (await findDossierInScope(tx, actor, id))!);
}

/**
 * A file of a dossier the actor sees: one of its attachments or a nominee's report (GET …/files/:fileId).
 * Any other id answers 404, whatever it is.
 */
export async function readDossierFile(tx: Db, actor: Actor, id: string, fileId: string) {
  await requireDossier(tx, actor, id);
  const [linked] = await queryRows<{ ok: boolean }>(
    tx,
    sql`select exists (select 1 from dossier_attachments where dossier_id = ${id} and file_id = ${fileId})
      or exists (select 1 from dossier_nominees where dossier_id = ${id} and report_file_id = ${fileId}) as ok`,
  );
  if (!linked?.ok) notFound('tệp');
  return (await readStoredFile(tx, fileId)) ?? notFound('tệp');
}
