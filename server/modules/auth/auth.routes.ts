// HTTP for sign-in, sign-out, the current user and password change.
import { ChangePasswordBody, LoginBody, MeView } from '../../../contracts/auth';
import { OkBody } from '../../../contracts/common';
import { modulesFor } from '../../../contracts/modules';
import type { App } from '../../app-types';
import { requireActor } from '../../plugins/auth';
import type { Actor } from '../../lib/actor';
import { changeOwnPassword, login, logout } from './auth.service';
import { findActorBySessionToken, SESSION_COOKIE, sessionCookieOptions } from './sessions.queries';

function presentMe(actor: Actor, csrfToken: string) {
  return {
    user: {
      id: actor.userId ?? '',
      username: actor.username,
      fullName: actor.fullName,
      roles: actor.roles.map((r) => ({ role: r.role, unitId: r.unitId, unitName: r.unitName })),
    },
    csrfToken,
    modules: modulesFor(actor.roles.map((r) => r.role)),
  };
}

export async function authRoutes(app: App): Promise<void> {
  app.post(
    '/api/auth/login',
    {
      schema: { tags: ['Đăng nhập'], summary: 'Đăng nhập', body: LoginBody, response: { 200: MeView } },
      config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
    },
    async (req, reply) => {
      const session = await login(app.db, req.body, {
        client: req.ip,
        userAgent: req.headers['user-agent'] ?? null,
        sessionHours: app.config.sessionHours,
      });
      reply.setCookie(
        SESSION_COOKIE,
        session.token,
        sessionCookieOptions(app.config.cookieSecure, session.expiresAt),
      );
      const found = await findActorBySessionToken(app.db, session.token, req.ip);
      return presentMe(found!.actor, session.csrfToken);
    },
  );

  app.post(
    '/api/auth/logout',
    { schema: { tags: ['Đăng nhập'], summary: 'Đăng xuất', response: { 200: OkBody } } },
    async (req, reply) => {
      if (req.actor) await logout(app.db, req.actor);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { schema: { tags: ['Đăng nhập'], summary: 'Người dùng hiện tại', response: { 200: MeView } } },
    async (req) => presentMe(requireActor(req), req.csrfToken ?? ''),
  );

  app.post(
    '/api/auth/password',
    {
      schema: {
        tags: ['Đăng nhập'],
        summary: 'Đổi mật khẩu',
        body: ChangePasswordBody,
        response: { 200: OkBody },
      },
    },
    async (req) => {
      await changeOwnPassword(app.db, requireActor(req), req.body);
      return { ok: true as const };
    },
  );
}
