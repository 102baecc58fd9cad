// One application error type, mapped to HTTP statuses by the error handler.

export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  | 'CSRF'
  | 'TOO_MANY_REQUESTS'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INTERNAL';

export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  TOO_MANY_REQUESTS: 429,
  INTERNAL: 500,
};

/** An error the user is meant to read: a code, a Vietnamese message, and per-field messages. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Throws a VALIDATION error for one field. */
export function invalidField(field: string, message: string): never {
  throw new AppError('VALIDATION', message, { [field]: message });
}

/** Throws NOT_FOUND with the usual wording for an entity. */
export function notFound(what: string): never {
  throw new AppError('NOT_FOUND', `Không tìm thấy ${what}`);
}

/** Throws FORBIDDEN unless the ability holds. */
export function authorize(allowed: boolean, message = 'Bạn không có quyền thực hiện thao tác này'): void {
  if (!allowed) throw new AppError('FORBIDDEN', message);
}
