// One error handler: AppError → its status; zod/Fastify validation → 400 with Vietnamese field messages;
// database constraint violations → 400/409; anything else → a plain 500 whose details only reach the log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { App } from '../app-types';
import { AppError } from '../lib/errors';
import { constraintMessage } from '../lib/constraints';
import { fieldLabel } from '../../contracts/field-labels';

const CONTEXT_PREFIX: Record<string, string> = { body: '', querystring: '', params: '', headers: 'header.' };

/** Registers the error and not-found handlers. */
export function registerErrorHandlers(app: App): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.status >= 500) request.log.error({ err: error }, 'unhandled error');
    else request.log.info({ code: appError.code, message: appError.message }, 'request refused');
    const body: {
      error: { code: string; message: string; fields?: Record<string, string> };
      rows?: unknown[];
    } = {
      error: { code: appError.code, message: appError.message },
    };
    if (appError.fields && Object.keys(appError.fields).length > 0) body.error.fields = appError.fields;
    // Bulk imports report every bad row beside the error: [{row, field, message}].
    if (Array.isArray(appError.extra?.rows)) body.rows = appError.extra.rows;
    if (appError.extra?.retryAfterSeconds)
      reply.header('retry-after', String(appError.extra.retryAfterSeconds));
    return reply.status(appError.status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    reply.status(404).send({
      error: {
        code: 'NOT_FOUND',
        message: `Không tìm thấy đường dẫn ${request.method} ${request.url.split('?')[0]}`,
      },
    }),
  );
}

/** Maps any thrown value to the AppError the user will read. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = (error as { validationContext?: string }).validationContext ?? 'body';
    const fields: Record<string, string> = {};
    for (const issue of error.validation) {
      const path = issue.instancePath.replace(/^\//, '').replace(/\//g, '.');
      const key = (CONTEXT_PREFIX[context] ?? '') + (path || context);
      fields[key] ??= issue.message ?? 'Giá trị không hợp lệ';
    }
    const [firstKey, firstMessage] = Object.entries(fields)[0] ?? ['', ''];
    const more = Object.keys(fields).length > 1 ? ` (và ${Object.keys(fields).length - 1} lỗi khác)` : '';
    return new AppError(
      'VALIDATION',
      `Dữ liệu không hợp lệ — ${fieldLabel(firstKey)}: ${firstMessage}${more}`,
      fields,
    );
  }
  const fastifyError = error as FastifyError & {
    cause?: { code?: string; constraint?: string; detail?: string };
  };
  const pgError =
    fastifyError.cause && typeof fastifyError.cause === 'object'
      ? fastifyError.cause
      : (error as { code?: string; constraint?: string });
  if (pgError && typeof pgError.code === 'string' && /^[0-9A-Z]{5}$/.test(pgError.code)) {
    const mapped = constraintMessage(pgError.code, pgError.constraint);
    if (mapped) return mapped;
  }
  if (isMultipartParseError(error)) {
    const message = 'Dữ liệu tải lên bị hỏng hoặc không đầy đủ (multipart/form-data), vui lòng gửi lại tệp';
    return new AppError('VALIDATION', message, { file: message });
  }
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên vượt quá dung lượng cho phép');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Kiểu dữ liệu gửi lên không được hỗ trợ');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('VALIDATION', 'Thiếu dữ liệu gửi lên (JSON rỗng)', { body: 'Thiếu dữ liệu' });
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('VALIDATION', 'Dữ liệu gửi lên không phải JSON hợp lệ', {
        body: 'JSON không hợp lệ',
      });
    case 'FST_ERR_RATE_LIMIT_EXCEEDED':
      return new AppError('TOO_MANY_REQUESTS', 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút');
  }
  if (fastifyError.statusCode === 400 && (fastifyError as { type?: string }).type === 'entity.parse.failed') {
    return new AppError('VALIDATION', 'Dữ liệu gửi lên không hợp lệ');
  }
  if (fastifyError.statusCode === 429)
    return new AppError('TOO_MANY_REQUESTS', 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút');
  if (fastifyError.statusCode === 413)
    return new AppError('PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên vượt quá dung lượng cho phép');
  if (fastifyError.statusCode === 415)
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Kiểu dữ liệu gửi lên không được hỗ trợ');
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('VALIDATION', 'Yêu cầu không hợp lệ');
  }
  return new AppError('INTERNAL', 'Lỗi hệ thống, vui lòng thử lại hoặc liên hệ quản trị viên');
}

/**
 * The multipart parser (@fastify/busboy) throws plain errors, with neither code nor status, for a body cut short
 * or a missing, empty or overlong boundary: the client's fault, not the server's.
 */
const MULTIPART_PARSE_ERROR =
  /^(Multipart: Boundary not found|Boundary required|Unexpected end of multipart data|\w+ terminated early due to unexpected end of multipart data|The needle cannot (be an empty String\/Buffer|have a length bigger than 256))/;

function isMultipartParseError(error: unknown): boolean {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === undefined &&
    MULTIPART_PARSE_ERROR.test(error.message)
  );
}
