// Logger options (Nghị định 13/2023 on personal data): the log never holds a session cookie, a CSRF token, a
// request body, or a CCCD number. Fastify logs requests as method + URL; a URL's query may carry what a user
// typed (a CCCD in a search box), and a database error carries the query's parameters (a CCCD being inserted),
// so every string written to the log has long digit runs masked and errors lose their parameter lists (a name or
// a date of birth being written).
import type { FastifyServerOptions } from 'fastify';

/** A run of 9–12 digits (CCCD 12, old CMND 9): kept to its last 3 digits. */
const ID_DIGITS = /(?<!\d)\d{9,12}(?!\d)/g;

/** The text with every CCCD-like number masked. */
export function scrubText(text: string): string {
  return text.replace(ID_DIGITS, (m) => `${'*'.repeat(m.length - 3)}${m.slice(-3)}`);
}

/**
 * Drizzle's "Failed query: …\nparams: a,b,c" message (and the stack that repeats it) carries the values being
 * written — a name, a date of birth, an address: the parameter list is cut up to the stack frames.
 */
const QUERY_PARAMS = /\nparams: [\s\S]*?(?=\n\s+at |$)/;

function scrubErrorText(text: string): string {
  return scrubText(text.replace(QUERY_PARAMS, '\nparams: [ẩn]'));
}

/** A copy of a value with every string scrubbed (objects and arrays walked, depth-limited). */
export function scrubValue(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  // Requests, responses and errors go through their serializers; only plain objects are walked here.
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, depth + 1);
  return out;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  ip?: string;
  id?: string;
}

/** Errors: type, code, message and stack, scrubbed; never the SQL parameters or the row a constraint names. */
export function serializeError(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { value: scrubValue(err) };
  const e = err as Error & { code?: unknown; cause?: unknown };
  const out: Record<string, unknown> = {
    type: e.constructor?.name ?? 'Error',
    message: scrubErrorText(e.message),
    stack: e.stack ? scrubErrorText(e.stack) : undefined,
  };
  if (typeof e.code === 'string') out.code = e.code;
  if (e.cause instanceof Error) out.cause = serializeError(e.cause);
  return out;
}

/** Pino options for the server's logger. */
export function loggerOptions(level: string): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    serializers: {
      req: (req: LoggedRequest) => ({
        method: req.method,
        url: scrubText(String(req.url ?? '')),
        remoteAddress: req.ip,
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      err: (err: Error) => {
        const out = serializeError(err);
        return {
          ...out,
          type: String(out.type),
          message: String(out.message),
          stack: String(out.stack ?? ''),
        };
      },
    },
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers["x-csrf-token"]',
        'req.headers.authorization',
        'res.headers["set-cookie"]',
        'body',
        'req.body',
        'password',
        '*.password',
      ],
      censor: '[ẩn]',
    },
    hooks: {
      logMethod(args, method) {
        method.apply(
          this,
          args.map((a) => (typeof a === 'string' ? scrubText(a) : a)) as Parameters<typeof method>,
        );
      },
    },
    formatters: {
      log: (object) => scrubValue(object) as Record<string, unknown>,
    },
  };
}
