// Resolves the session cookie to req.actor and enforces CSRF on state-changing requests.
import type { FastifyRequest } from 'fastify';
import type { App } from '../app-types';
import type { Actor } from '../lib/actor';
import { AppError } from '../lib/errors';
import {
  findActorBySessionToken,
  SESSION_COOKIE,
  sessionCookieOptions,
  touchSession,
} from '../modules/auth/sessions.queries';
import { isPublicRoute } from '../security/route-policies';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes reachable without a session (the CSRF check still applies once a session exists). */
const CSRF_EXEMPT = new Set(['/api/auth/login']);
/**
 * Public endpoints (no session needed: a comment on a public disclosure list): a signed-in official's browser
 * sending one is acting as a member of the public, so no CSRF token is asked; the Origin check still applies.
 */
const PUBLIC_PREFIX = '/api/public/';
const TOUCH_EVERY_MS = 60_000;

/** Registers the hook that loads the actor for every /api request. */
export function registerAuth(app: App): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('csrfToken', null);
  app.addHook('onRequest', async (req, reply) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const found = await findActorBySessionToken(app.db, token, req.ip);
      if (found) {
        req.actor = found.actor;
        req.csrfToken = found.csrfToken;
        if (Date.now() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
          const expires = await touchSession(app.db, found.actor.sessionId!, app.config.sessionHours);
          // The browser keeps the cookie only until the expiry it was sent with: send the slid one.
          reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(app.config.cookieSecure, expires));
        }
      }
    }
    const path = req.url.split('?')[0] ?? '';
    if (!SAFE_METHODS.has(req.method)) checkOrigin(req);
    // Deny by default: without a session only the routes server/security/route-policies.ts marks public are
    // reached, so an anonymous request is refused before its body is parsed or validated (uploads included).
    const route = req.routeOptions.url;
    if (!req.actor && route && !isPublicRoute(req.method, route)) {
      throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục');
    }
    if (
      !SAFE_METHODS.has(req.method) &&
      req.actor &&
      !CSRF_EXEMPT.has(path) &&
      !path.startsWith(PUBLIC_PREFIX)
    ) {
      const sent = req.headers['x-csrf-token'];
      if (sent !== req.csrfToken) {
        throw new AppError(
          'CSRF',
          'Phiên làm việc không hợp lệ (thiếu mã chống giả mạo CSRF), vui lòng tải lại trang',
        );
      }
    }
  });
}

/** A browser's cross-site request (including a forged login) names another origin: refuse it. */
function checkOrigin(req: FastifyRequest): void {
  const origin = req.headers.origin;
  if (!origin || origin === 'null') return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new AppError('CSRF', 'Nguồn gửi yêu cầu không hợp lệ');
  }
  if (host !== req.host) throw new AppError('CSRF', 'Yêu cầu đến từ trang web khác, đã bị từ chối');
}

/** The signed-in actor, or UNAUTHENTICATED. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục');
  return req.actor;
}
