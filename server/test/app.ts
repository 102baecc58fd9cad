// buildTestApp: the real application on a fresh test database, plus helpers to call it as a given user.
import type { LightMyRequestResponse, RouteOptions } from 'fastify';
import { buildApp } from '../app';
import type { App } from '../app-types';
import { readConfig } from '../config';
import type { DatabaseHandle } from '../db/client';
import { openTestDatabase } from './database';

export interface TestApp {
  app: App;
  database: DatabaseHandle;
  close(): Promise<void>;
}

/** Builds the app on a fresh database (no demo data, no web); onRoute sees every route as it is declared. */
export async function buildTestApp(
  options: { onRoute?: (route: RouteOptions) => void } = {},
): Promise<TestApp> {
  const database = await openTestDatabase();
  const config = { ...readConfig({}), demo: false, webDir: '/nonexistent' };
  const app = await buildApp({ database, config, ...(options.onRoute ? { onRoute: options.onRoute } : {}) });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
}

/** Signs in through the API and returns the cookie and CSRF token to send with later requests. */
export async function signIn(app: App, username: string, password: string): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = res.cookies.find((c) => c.name === 'vd_session');
  return { cookie: `vd_session=${setCookie!.value}`, csrfToken: res.json().csrfToken };
}

/** Calls the API as the session's user (adds the cookie and the CSRF header). */
export function call(
  app: App,
  session: Session | null,
  request: {
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
  },
): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...(request.headers ?? {}) };
  if (session) {
    headers.cookie = session.cookie;
    headers['x-csrf-token'] = session.csrfToken;
  }
  return app.inject({ method: request.method, url: request.url, payload: request.payload as never, headers });
}
