// The one store for uploaded files: bytes in the `files` table with size, SHA-256 and the type recognised
// from the content's first bytes. Every module that takes an upload goes through storeFile().
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import { files } from '../db/schema/index';
import type { Actor } from './actor';
import { AppError } from './errors';

/** Largest file accepted (10 MiB; the multipart limit of server/app.ts is the same). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type FileType = 'pdf' | 'docx' | 'xlsx' | 'doc' | 'xls' | 'jpg' | 'png';

export const FILE_TYPES: Record<FileType, { mime: string; extensions: readonly string[]; label: string }> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word (.docx)',
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel (.xlsx)',
  },
  doc: { mime: 'application/msword', extensions: ['doc'], label: 'Word 97–2003 (.doc)' },
  xls: { mime: 'application/vnd.ms-excel', extensions: ['xls'], label: 'Excel 97–2003 (.xls)' },
  jpg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'ảnh JPEG' },
  png: { mime: 'image/png', extensions: ['png'], label: 'ảnh PNG' },
};

/** "PDF, Word (.docx), …": for messages and help texts. */
export const ACCEPTED_TYPES_TEXT = Object.values(FILE_TYPES)
  .map((t) => t.label)
  .join(', ');

const PDF = Buffer.from('%PDF-');
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE2 = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function startsWith(content: Buffer, magic: Buffer): boolean {
  return content.length >= magic.length && content.subarray(0, magic.length).equals(magic);
}

/** The extension of a file name, lower case, without the dot ('' when none). */
export function extensionOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return m ? m[1]!.toLowerCase() : '';
}

/**
 * The type of a file from its content, checked against its extension: a ZIP is a .docx only when it holds
 * word/ parts and an .xlsx only when it holds xl/ parts; an OLE2 compound file is .doc or .xls as named.
 * Null when the content is none of the accepted types or does not match the extension.
 */
export function detectFileType(content: Buffer, name: string): FileType | null {
  const ext = extensionOf(name);
  if (startsWith(content, PDF)) return ext === 'pdf' ? 'pdf' : null;
  if (startsWith(content, JPEG)) return ext === 'jpg' || ext === 'jpeg' ? 'jpg' : null;
  if (startsWith(content, PNG)) return ext === 'png' ? 'png' : null;
  if (startsWith(content, OLE2)) return ext === 'doc' || ext === 'xls' ? ext : null;
  if (startsWith(content, ZIP)) {
    // Entry names are stored in clear in local headers and in the central directory.
    if (ext === 'docx' && content.includes('word/') && content.includes('[Content_Types].xml')) return 'docx';
    if (ext === 'xlsx' && content.includes('xl/') && content.includes('[Content_Types].xml')) return 'xlsx';
    return null;
  }
  return null;
}

/**
 * A file name safe to store and to send back in Content-Disposition: NFC, no directory part, no control
 * or reserved characters, single spaces, at most 255 characters with the extension kept.
 */
export function safeFileName(raw: string, fallback = 'tep'): string {
  let name = raw.normalize('NFC');
  name = name.split(/[\\/]/).pop() ?? '';
  name = name
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  if (!name) name = fallback;
  if (name.length > 255) {
    const ext = extensionOf(name);
    const keep = ext ? `.${ext}` : '';
    name = name.slice(0, 255 - keep.length).trimEnd() + keep;
  }
  return name;
}

function fileError(message: string, code: 'VALIDATION' | 'PAYLOAD_TOO_LARGE' = 'VALIDATION', field = 'file') {
  return new AppError(code, message, { [field]: message });
}

/** Checks an upload: not empty, within the size limit, of an accepted type matching its extension. */
export function checkUpload(
  name: string,
  content: Buffer,
  accepted: readonly FileType[] = Object.keys(FILE_TYPES) as FileType[],
  field = 'file',
): { name: string; type: FileType; mime: string } {
  const safe = safeFileName(name);
  if (content.length === 0) throw fileError(`Tệp "${safe}" rỗng`, 'VALIDATION', field);
  if (content.length > MAX_FILE_BYTES) {
    throw fileError(`Tệp "${safe}" vượt quá dung lượng cho phép (tối đa 10 MB)`, 'PAYLOAD_TOO_LARGE', field);
  }
  const type = detectFileType(content, safe);
  if (!type || !accepted.includes(type)) {
    const allowed = accepted.map((t) => FILE_TYPES[t].label).join(', ');
    throw fileError(
      `Tệp "${safe}" không đúng loại cho phép hoặc nội dung không khớp với phần mở rộng (chỉ nhận: ${allowed})`,
      'VALIDATION',
      field,
    );
  }
  return { name: safe, type, mime: FILE_TYPES[type].mime };
}

export interface StoredFile {
  id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  createdAt: Date;
}

/** Checks and stores a file; returns its row without the bytes. */
export async function storeFile(
  tx: Db,
  actor: Actor,
  input: { name: string; content: Buffer; accepted?: readonly FileType[]; field?: string },
): Promise<StoredFile> {
  const checked = checkUpload(input.name, input.content, input.accepted, input.field);
  const sha256 = createHash('sha256').update(input.content).digest('hex');
  const [row] = await tx
    .insert(files)
    .values({
      name: checked.name,
      mime: checked.mime,
      size: input.content.length,
      sha256,
      content: input.content,
      uploadedBy: actor.userId,
    })
    .returning({
      id: files.id,
      name: files.name,
      mime: files.mime,
      size: files.size,
      sha256: files.sha256,
      createdAt: files.createdAt,
    });
  return row!;
}

/** A stored file's description (no bytes), or null. */
export async function fileInfo(tx: Db, id: string): Promise<StoredFile | null> {
  const [row] = await tx
    .select({
      id: files.id,
      name: files.name,
      mime: files.mime,
      size: files.size,
      sha256: files.sha256,
      createdAt: files.createdAt,
    })
    .from(files)
    .where(eq(files.id, id));
  return row ?? null;
}

/** A stored file with its bytes, or null. Callers check the reader may see what the file belongs to. */
export async function readStoredFile(tx: Db, id: string): Promise<(StoredFile & { content: Buffer }) | null> {
  const [row] = await tx.select().from(files).where(eq(files.id, id));
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    mime: row.mime,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt,
    content: row.content,
  };
}

/** Deletes a file nobody references any more (the foreign keys refuse while one does). */
export async function deleteStoredFile(tx: Db, id: string): Promise<void> {
  await tx.delete(files).where(eq(files.id, id));
}

/** Content-Disposition for a download with a Vietnamese file name (RFC 6266 / RFC 5987 filename*). */
export function contentDisposition(filename: string, kind: 'attachment' | 'inline' = 'attachment'): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export interface MultipartUpload {
  name: string;
  content: Buffer;
  /** The text fields sent before the file part (NFC). */
  fields: Record<string, string>;
}

/**
 * Reads the one file part of a multipart request (field "file" unless told) with the text fields sent
 * before it. Too large → 413 with the Vietnamese message; no file → 400.
 */
export async function readMultipartUpload(req: FastifyRequest, field = 'file'): Promise<MultipartUpload> {
  const missing = `Chưa chọn tệp trong trường "${field}" (multipart/form-data)`;
  if (!req.isMultipart()) throw fileError(missing, 'VALIDATION', field);
  const part = await req.file();
  if (!part || part.fieldname !== field) throw fileError(missing, 'VALIDATION', field);
  let content: Buffer;
  try {
    content = await part.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw fileError(
        `Tệp "${safeFileName(part.filename)}" vượt quá dung lượng cho phép (tối đa 10 MB)`,
        'PAYLOAD_TOO_LARGE',
        field,
      );
    }
    throw error;
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(part.fields)) {
    const v = Array.isArray(value) ? value[0] : value;
    if (v && v.type === 'field' && typeof v.value === 'string') fields[key] = v.value.normalize('NFC');
  }
  return { name: part.filename, content, fields };
}
