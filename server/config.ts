// Configuration read from the environment (see README for each variable).
import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** A PostgreSQL replica for the computed reports (work report figures, statistics forms); PostgreSQL only. */
  reportsDatabaseUrl: string | undefined;
  demo: boolean;
  cookieSecure: boolean;
  sessionHours: number;
  logLevel: string;
  webDir: string;
  /** Server processes sharing the port (PostgreSQL only; server/cluster.ts). */
  workers: number;
  /** PostgreSQL connections per process. */
  dbPoolSize: number;
  /** Which proxies' X-Forwarded-For to believe: false (none), or their addresses/CIDR ranges ("10.0.0.5,10.0.1.0/24"). */
  trustProxy: false | string;
}

/** Reads the configuration; DEMO defaults to on with the embedded database and off with DATABASE_URL. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  const reportsDatabaseUrl = env.REPORTS_DATABASE_URL?.trim() || undefined;
  if (reportsDatabaseUrl && !databaseUrl) {
    throw new Error(
      'REPORTS_DATABASE_URL: chỉ dùng cùng DATABASE_URL (bản sao PostgreSQL của cơ sở dữ liệu chính), không dùng với cơ sở dữ liệu nhúng',
    );
  }
  const flag = (value: string | undefined, fallback: boolean) =>
    value === undefined || value === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
  return {
    port: Number(env.PORT ?? 3000),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.DATA_DIR ?? './data'),
    databaseUrl,
    reportsDatabaseUrl,
    demo: flag(env.DEMO, databaseUrl === undefined),
    cookieSecure: flag(env.COOKIE_SECURE, false),
    sessionHours: Number(env.SESSION_HOURS ?? 8),
    logLevel: env.LOG_LEVEL ?? 'info',
    webDir: path.resolve(env.WEB_DIR ?? './dist/web'),
    workers: Math.max(1, Math.floor(Number(env.WORKERS ?? 1)) || 1),
    dbPoolSize: Math.max(1, Math.floor(Number(env.DB_POOL_SIZE ?? 10)) || 10),
    trustProxy: readTrustProxy(env.TRUST_PROXY),
  };
}

/** TRUST_PROXY: empty (none) or the proxies' addresses/CIDRs; "true" (any client could claim any address) is refused. */
function readTrustProxy(value: string | undefined): false | string {
  const v = value?.trim() ?? '';
  if (v === '' || ['false', 'no', 'off'].includes(v.toLowerCase())) return false;
  if (['1', 'true', 'yes', 'on'].includes(v.toLowerCase()) || /^\d+$/.test(v)) {
    throw new Error(
      'TRUST_PROXY: ghi địa chỉ (hoặc dải CIDR) của các proxy phía trước, ví dụ 10.0.0.5,10.0.1.0/24',
    );
  }
  return v;
}
