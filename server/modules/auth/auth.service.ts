// Sign-in with throttling, sign-out, and password change with revocation of other sessions.
import { and, count, eq, gt, sql } from 'drizzle-orm';
import type { ChangePasswordBody, LoginBody } from '../../../contracts/auth';
import type { Db } from '../../db/client';
import { loginAttempts, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError } from '../../lib/errors';
import { hashPassword, verifyPassword } from '../../lib/passwords';
import { createSession, revokeSession, revokeUserSessions } from './sessions.queries';

export const THROTTLE = { windowMinutes: 15, perAccount: 5, perClient: 20 } as const;

interface LoginContext {
  client: string | null;
  userAgent: string | null;
  sessionHours: number;
}

/** Checks the password, refusing after too many recent failures for the account or the address. */
export async function login(db: Db, body: LoginBody, ctx: LoginContext) {
  const since = new Date(Date.now() - THROTTLE.windowMinutes * 60_000);
  const [byAccount] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(
      and(
        eq(loginAttempts.username, body.username),
        eq(loginAttempts.success, false),
        gt(loginAttempts.at, since),
      ),
    );
  const [byClient] = ctx.client
    ? await db
        .select({ n: count() })
        .from(loginAttempts)
        .where(
          and(
            eq(loginAttempts.client, ctx.client),
            eq(loginAttempts.success, false),
            gt(loginAttempts.at, since),
          ),
        )
    : [{ n: 0 }];
  if ((byAccount?.n ?? 0) >= THROTTLE.perAccount || (byClient?.n ?? 0) >= THROTTLE.perClient) {
    throw new AppError(
      'TOO_MANY_REQUESTS',
      `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ${THROTTLE.windowMinutes} phút`,
      undefined,
      { retryAfterSeconds: THROTTLE.windowMinutes * 60 },
    );
  }
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.username}) = ${body.username}`)
    .limit(1);
  const ok = await verifyPassword(user?.passwordHash ?? null, body.password);
  await db
    .insert(loginAttempts)
    .values({ username: body.username, client: ctx.client, success: ok && !!user?.active });
  if (!user || !ok) throw new AppError('UNAUTHENTICATED', 'Tên đăng nhập hoặc mật khẩu không đúng');
  if (!user.active)
    throw new AppError('UNAUTHENTICATED', 'Tài khoản đã bị khóa, vui lòng liên hệ quản trị viên');
  const session = await createSession(db, {
    userId: user.id,
    hours: ctx.sessionHours,
    client: ctx.client,
    userAgent: ctx.userAgent,
  });
  const actor: Actor = {
    userId: user.id,
    username: user.username,
    fullName: user.fullName,
    roles: [],
    sessionId: session.sessionId,
    client: ctx.client,
  };
  await appendAudit(db, actor, { action: 'auth.login', entity: 'user', entityId: user.id });
  return session;
}

/** Ends the current session. */
export async function logout(db: Db, actor: Actor): Promise<void> {
  if (!actor.sessionId) return;
  await db.transaction(async (tx) => {
    await revokeSession(tx, actor.sessionId!);
    await appendAudit(tx, actor, { action: 'auth.logout', entity: 'user', entityId: actor.userId });
  });
}

/** Changes the actor's own password; every other session of the user is revoked. */
export async function changeOwnPassword(db: Db, actor: Actor, body: ChangePasswordBody): Promise<void> {
  if (!actor.userId) throw new AppError('UNAUTHENTICATED', 'Bạn cần đăng nhập để tiếp tục');
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user || !(await verifyPassword(user.passwordHash, body.currentPassword))) {
    throw new AppError('VALIDATION', 'Mật khẩu hiện tại không đúng', {
      currentPassword: 'Mật khẩu hiện tại không đúng',
    });
  }
  if (body.newPassword.toLowerCase().includes(user.username.toLowerCase())) {
    throw new AppError('VALIDATION', 'Mật khẩu không được chứa tên đăng nhập', {
      newPassword: 'Mật khẩu không được chứa tên đăng nhập',
    });
  }
  const passwordHash = await hashPassword(body.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({
        passwordHash,
        passwordChangedAt: new Date(),
        updatedAt: new Date(),
        version: sql`${users.version} + 1`,
      })
      .where(eq(users.id, user.id));
    await revokeUserSessions(tx, user.id, actor.sessionId);
    await appendAudit(tx, actor, { action: 'user.password_changed', entity: 'user', entityId: user.id });
  });
}
