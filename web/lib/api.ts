// The API client: same-origin fetch, CSRF header on every non-GET, Vietnamese errors as ApiError.
import type { ErrorBody } from '../../contracts/common';

let csrfToken: string | null = null;
let onUnauthenticated: (() => void) | null = null;

/** Remembers the CSRF token from /api/auth/me or the login answer. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when any request (other than sign-in) answers 401: the session is gone. */
export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

/** An error answer of the API, with the server's Vietnamese message and per-field messages. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  body?: unknown;
  signal?: AbortSignal;
}

/** Builds "/api/x?a=1" leaving out empty values. */
export function apiUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Calls the API and returns its JSON; throws ApiError on any error answer. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: BodyInit | undefined;
  if (options.body instanceof FormData) body = options.body;
  else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK', 'Không kết nối được máy chủ, vui lòng kiểm tra mạng và thử lại');
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  throw await toApiError(response, path);
}

async function toApiError(response: Response, path: string): Promise<ApiError> {
  let parsed: unknown = null;
  try {
    parsed = await response.json();
  } catch {
    parsed = null;
  }
  const error = (parsed as Partial<ErrorBody> | null)?.error;
  const message = error?.message ?? fallbackMessage(response.status);
  const apiError = new ApiError(
    response.status,
    error?.code ?? `HTTP_${response.status}`,
    message,
    error?.fields ?? {},
    parsed,
  );
  if (response.status === 401 && !path.startsWith('/api/auth/login')) onUnauthenticated?.();
  return apiError;
}

function fallbackMessage(status: number): string {
  if (status === 401) return 'Bạn cần đăng nhập để tiếp tục';
  if (status === 403) return 'Bạn không có quyền thực hiện thao tác này';
  if (status === 404) return 'Không tìm thấy dữ liệu';
  if (status === 429) return 'Quá nhiều yêu cầu, vui lòng thử lại sau ít phút';
  if (status >= 500) return 'Lỗi hệ thống, vui lòng thử lại hoặc liên hệ quản trị viên';
  return 'Yêu cầu không hợp lệ';
}

/** The Vietnamese message to show for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Đã xảy ra lỗi không xác định';
}
