// Security headers (Content-Security-Policy, X-Frame-Options, HSTS …) on every answer: helmet's, computed once.
// @fastify/helmet rebuilt helmet's middleware — parsing the CSP directives — on every request, in two async hooks
// (about 3 % of a simple route's server CPU in the load benchmark's profile); the headers never change, so they
// are worked out once at start-up by running helmet against a recording response, and set by one sync hook.
import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';
import type { App } from '../app-types';

/** The headers helmet sets for these options (and the ones it removes, such as X-Powered-By). */
export function helmetHeaders(options: HelmetOptions): { set: Record<string, string>; removed: string[] } {
  const set: Record<string, string> = {};
  const removed: string[] = [];
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set[name] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete set[name];
      removed.push(name);
    },
  };
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    finished = true;
  });
  // helmet's middleware is synchronous; if a later version were not, the headers would be incomplete.
  if (!finished) throw new Error('helmet did not finish synchronously');
  return { set, removed };
}

/** Sets the headers on every reply (routes may still override one, as Swagger UI does for its CSP). */
export function registerSecurityHeaders(app: App, options: HelmetOptions): void {
  const { set, removed } = helmetHeaders(options);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(set);
    for (const name of removed) reply.removeHeader(name);
    done();
  });
}
