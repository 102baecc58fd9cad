// buildApp: plugins, error handler and modules, registered explicitly. It never listens (see main.ts).
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, {
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
  LogController,
  type RouteOptions,
} from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import '../contracts/zod';
import type { App } from './app-types';
import type { Config } from './config';
import type { DatabaseHandle } from './db/client';
import { registerModules } from './modules/index';
import { registerAuth } from './plugins/auth';
import { registerErrorHandlers } from './plugins/errors';
import { registerNormalize } from './plugins/normalize';
import { registerOpenApi } from './plugins/openapi';
import { registerSecurityHeaders } from './plugins/security-headers';
import { registerWeb } from './plugins/web';

export interface BuildOptions {
  database: DatabaseHandle;
  /** A replica the computed reports read from (REPORTS_DATABASE_URL); the primary when absent. */
  reportsDatabase?: DatabaseHandle;
  config: Config;
  logger?: FastifyServerOptions['logger'];
  /** Called for every route as it is declared (tests read the route table: permission matrix, fuzzing). */
  onRoute?: (route: RouteOptions) => void;
}

export const UPLOAD_LIMIT_BYTES = 10 * 1024 * 1024;

/**
 * One log line per request, written when it is answered, with the request and its outcome — instead of
 * Fastify's two ("incoming request" without the outcome, "request completed" without the URL): half the log
 * writes, each line complete. Errors keep Fastify's own lines.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
  ): void {
    if (this.isLogDisabled(request)) return;
    const entry = { req: request, res: reply, responseTime: reply.elapsedTime };
    if (error) reply.log.error({ ...entry, err: error }, 'request errored');
    else reply.log.info(entry, 'request completed');
  }
}

/** Builds the application around an open database. */
export async function buildApp(options: BuildOptions): Promise<App> {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Only the proxies named by TRUST_PROXY (none by default) may set the client address (X-Forwarded-For).
    trustProxy: options.config.trustProxy,
    logController: new OneLinePerRequest(),
  }).withTypeProvider<ZodTypeProvider>() as App;
  if (options.onRoute) app.addHook('onRoute', options.onRoute);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('db', options.database.db);
  app.decorate('dbHandle', options.database);
  app.decorate('reportsDb', (options.reportsDatabase ?? options.database).db);
  app.decorate('config', options.config);

  registerErrorHandlers(app);
  await app.register(cookie);
  registerSecurityHeaders(app, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd writes its styles at run time (CSS-in-JS).
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1, fields: 10 } });
  await registerOpenApi(app);
  registerAuth(app);
  registerNormalize(app);
  await registerModules(app);
  await registerWeb(app, options.config.webDir);
  return app;
}
