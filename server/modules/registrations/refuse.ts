// Error helpers shared by the registrations and clusters modules: every field message at once, and a stale version.
import { AppError } from '../../lib/errors';

/** Throws VALIDATION with every field message, naming the first (nothing when there are none). */
export function refuse(fields: Record<string, string>): void {
  const entries = Object.entries(fields);
  if (entries.length === 0) return;
  const more = entries.length > 1 ? ` (và ${entries.length - 1} lỗi khác)` : '';
  throw new AppError('VALIDATION', `${entries[0]![1]}${more}`, fields);
}

/** A stale version: someone changed the row since the user read it (409). */
export function stale(what: string): AppError {
  return new AppError(
    'CONFLICT',
    `${what} vừa được người khác cập nhật. Vui lòng tải lại trang rồi thực hiện lại`,
    { version: 'Phiên bản dữ liệu đã cũ' },
  );
}
