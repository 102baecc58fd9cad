// The Fastify instance type used by every route module (zod type provider).
import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config';
import type { Db, DatabaseHandle } from './db/client';
import type { Actor } from './lib/actor';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    dbHandle: DatabaseHandle;
    /** Where computed reports read (REPORTS_DATABASE_URL: a replica); the primary's Db when none is set. */
    reportsDb: Db;
    config: Config;
  }
  interface FastifyRequest {
    /** The signed-in user, or null; routes call requireActor(req). */
    actor: Actor | null;
    /** CSRF token of the current session. */
    csrfToken: string | null;
  }
}
