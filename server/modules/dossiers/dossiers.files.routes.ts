// HTTP for a dossier's files: attachments (multipart upload, download, delete), a nominee's achievement
// report, and the Excel template and all-or-nothing import of nominees.
import { z } from '../../../contracts/zod';
import { IdParams } from '../../../contracts/common';
import {
  AttachmentParams,
  DossierView,
  NomineeImportResult,
  NomineeParams,
} from '../../../contracts/dossiers';
import type { App } from '../../app-types';
import { AppError } from '../../lib/errors';
import { contentDisposition, extensionOf, readMultipartUpload } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import { nomineeTemplateFileName, renderNomineeTemplate } from '../../render/nominees-template.xlsx';
import { DOCX_MIME } from '../../render/nd30';
import { XLSX_CONTENT_TYPE } from '../../render/people-template.xlsx';
import { renderToTrinh, toTrinhFileName } from '../../render/to-trinh.docx';
import { addAttachment, deleteAttachment, readDossierFile, setNomineeReport } from './dossiers.attachments';
import { importNominees, nomineeTemplateInput } from './dossiers.import';
import { toTrinhData } from './dossiers.to-trinh';

const tags = ['Hồ sơ đề nghị khen thưởng'];
const FileParams = z.object({
  id: z.uuid({ error: 'Mã hồ sơ không hợp lệ' }),
  fileId: z.uuid({ error: 'Mã tệp không hợp lệ' }),
});

export async function dossierFilesRoutes(app: App): Promise<void> {
  app.post(
    '/api/dossiers/:id/attachments',
    {
      schema: {
        tags,
        summary:
          'Đính kèm tài liệu (multipart: kind, note, file — PDF, Word, Excel, ảnh JPEG/PNG; tối đa 10 MB; kiểm tra loại theo nội dung, lưu mã SHA-256)',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: DossierView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const upload = await readMultipartUpload(req);
      return app.db.transaction((tx) => addAttachment(tx, actor, req.params.id, upload));
    },
  );

  app.delete(
    '/api/dossiers/:id/attachments/:attachmentId',
    {
      schema: {
        tags,
        summary: 'Xóa tài liệu đính kèm',
        params: AttachmentParams,
        response: { 200: DossierView },
      },
    },
    (req) =>
      app.db.transaction((tx) =>
        deleteAttachment(tx, requireActor(req), req.params.id, req.params.attachmentId),
      ),
  );

  app.get(
    '/api/dossiers/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Tải một tệp của hồ sơ (tài liệu đính kèm, báo cáo thành tích)',
        params: FileParams,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const file = await app.db.transaction((tx) =>
        readDossierFile(tx, actor, req.params.id, req.params.fileId),
      );
      const inline = ['pdf', 'jpg', 'jpeg', 'png'].includes(extensionOf(file.name));
      return reply
        .header('content-type', file.mime)
        .header('content-disposition', contentDisposition(file.name, inline ? 'inline' : 'attachment'))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.content);
    },
  );

  app.put(
    '/api/dossiers/:id/nominees/:nomineeId/report',
    {
      schema: {
        tags,
        summary: 'Tải lên báo cáo thành tích của một người được đề nghị (multipart: file)',
        consumes: ['multipart/form-data'],
        params: NomineeParams,
        response: { 200: DossierView },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const upload = await readMultipartUpload(req);
      return app.db.transaction((tx) =>
        setNomineeReport(tx, actor, req.params.id, req.params.nomineeId, upload),
      );
    },
  );

  app.get(
    '/api/dossiers/:id/nominees/template.xlsx',
    { schema: { tags, summary: 'Tải tệp Excel mẫu để nhập danh sách đề nghị của hồ sơ', params: IdParams } },
    async (req, reply) => {
      const actor = requireActor(req);
      const input = await app.db.transaction((tx) => nomineeTemplateInput(tx, actor, req.params.id));
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', contentDisposition(nomineeTemplateFileName(input.dossierCode)))
        .header('cache-control', 'no-store')
        .send(await renderNomineeTemplate(input));
    },
  );

  app.post(
    '/api/dossiers/:id/nominees/import',
    {
      schema: {
        tags,
        summary:
          'Nhập danh sách đề nghị từ tệp Excel (.xlsx, trường "file"); có dòng lỗi thì không nhập dòng nào',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: { 200: NomineeImportResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const upload = await readMultipartUpload(req);
      if (extensionOf(upload.name) !== 'xlsx') {
        const message = 'Chỉ nhận tệp Excel .xlsx (tải tệp mẫu của hồ sơ)';
        throw new AppError('VALIDATION', message, { file: message });
      }
      return app.db.transaction((tx) => importNominees(tx, actor, req.params.id, upload));
    },
  );

  app.get(
    '/api/dossiers/:id/to-trinh.docx',
    {
      schema: {
        tags,
        summary: 'Tờ trình đề nghị khen thưởng của hồ sơ (.docx, thể thức Nghị định 30/2020) kèm danh sách',
        params: IdParams,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const data = await app.db.transaction((tx) => toTrinhData(tx, actor, req.params.id));
      return reply
        .header('content-type', DOCX_MIME)
        .header('content-disposition', contentDisposition(toTrinhFileName(data.dossierCode)))
        .header('cache-control', 'no-store')
        .send(await renderToTrinh(data));
    },
  );
}
