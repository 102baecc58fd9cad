// Text arrives NFC: every string in a JSON body and in the query string is normalised to Unicode NFC before
// validation, so that "Nguyễn" typed with combining marks (NFD, as some keyboards and macOS send it) and typed
// precomposed is one name everywhere — stored, searched, compared for uniqueness. text()/optionalText() in
// contracts/common.ts do it for the fields that declare them; this covers every other string field.
// Passwords are left exactly as typed (their hashes were made from the bytes the user typed).
import type { App } from '../app-types';

const KEEP_AS_TYPED = /password/i;

/** The value with every string NFC-normalised (objects and arrays copied, other values as they are). */
export function normalizeStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (depth > 64 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
    return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = KEEP_AS_TYPED.test(k) ? v : normalizeStrings(v, depth + 1);
  }
  return out;
}

/** Registers the preValidation hook (JSON bodies and query strings; multipart uploads are left alone). */
export function registerNormalize(app: App): void {
  app.addHook('preValidation', async (req) => {
    if (req.body !== undefined && req.body !== null && !req.isMultipart()) {
      req.body = normalizeStrings(req.body);
    }
    if (req.query && typeof req.query === 'object')
      req.query = normalizeStrings(req.query) as typeof req.query;
  });
}
