// HTTP for the Excel import of people: the template download and the all-or-nothing upload.
import { sql } from 'drizzle-orm';
import { ImportResult } from '../../../contracts/people';
import type { App } from '../../app-types';
import { units } from '../../db/schema/index';
import { AppError, authorize } from '../../lib/errors';
import { safeFileName } from '../../lib/files';
import { requireActor } from '../../plugins/auth';
import {
  PEOPLE_TEMPLATE_FILENAME,
  renderPeopleTemplate,
  XLSX_CONTENT_TYPE,
} from '../../render/people-template.xlsx';
import { importPeopleRows, readPeopleWorkbook } from './people.import';
import { canCreatePeople, unitManagedSql } from './people.policy';
import { loadUnitsWhere } from './people.queries';

const tags = ['Cá nhân'];
/** An .xlsx file is a ZIP archive: it starts with "PK\x03\x04". */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** Content-Disposition for a download with a Vietnamese file name (RFC 6266 / RFC 5987 filename*). */
export function attachment(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

function badFile(message: string): AppError {
  return new AppError('VALIDATION', message, { file: message });
}

export async function peopleImportRoutes(app: App): Promise<void> {
  app.get(
    '/api/people/import-template.xlsx',
    { schema: { tags, summary: 'Tải tệp Excel mẫu để nhập danh sách cá nhân' } },
    async (req, reply) => {
      const actor = requireActor(req);
      authorize(canCreatePeople(actor), 'Bạn không có quyền nhập danh sách cá nhân');
      const managed = await loadUnitsWhere(app.db, unitManagedSql(actor, sql`${units.path}`), 5_000);
      const file = await renderPeopleTemplate(managed);
      return reply
        .header('content-type', XLSX_CONTENT_TYPE)
        .header('content-disposition', attachment(PEOPLE_TEMPLATE_FILENAME))
        .header('cache-control', 'no-store')
        .send(file);
    },
  );

  app.post(
    '/api/people/import',
    {
      schema: {
        tags,
        summary:
          'Nhập danh sách cá nhân từ tệp Excel (.xlsx, trường "file"); có dòng lỗi thì không nhập dòng nào',
        consumes: ['multipart/form-data'],
        response: { 200: ImportResult },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      authorize(canCreatePeople(actor), 'Bạn không có quyền nhập danh sách cá nhân');
      if (!req.isMultipart())
        throw badFile('Hãy gửi tệp Excel (.xlsx) trong trường "file" (multipart/form-data)');
      const part = await req.file();
      if (!part || part.fieldname !== 'file')
        throw badFile('Chưa chọn tệp Excel (.xlsx) trong trường "file"');
      const buffer = await part.toBuffer();
      // The name goes into the audit entry: no NUL (PostgreSQL text refuses it), no path, no control characters.
      const name = safeFileName(part.filename);
      if (!/\.xlsx$/i.test(name) || !buffer.subarray(0, 4).equals(ZIP_MAGIC)) {
        throw badFile('Chỉ nhận tệp Excel .xlsx (tệp .xls, .csv hoặc tệp khác không được chấp nhận)');
      }
      const rows = await readPeopleWorkbook(buffer);
      const result = await app.db.transaction((tx) =>
        importPeopleRows(tx, actor, rows, { fileName: name, bytes: buffer.length }),
      );
      return { imported: result.imported };
    },
  );
}
