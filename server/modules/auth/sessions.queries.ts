// Session storage: opaque cookie tokens, stored only as their sha256.
import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import type { Db } from '../../db/client';
import { sessions, units, userRoles, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';

export const SESSION_COOKIE = 'vd_session';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session and returns its cookie token (shown once) and CSRF token. */
export async function createSession(
  db: Db,
  input: { userId: string; hours: number; client: string | null; userAgent: string | null },
): Promise<{ token: string; csrfToken: string; sessionId: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + input.hours * 3600_000);
  const [row] = await db
    .insert(sessions)
    .values({
      tokenHash: hashToken(token),
      csrfToken,
      userId: input.userId,
      expiresAt,
      client: input.client,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    })
    .returning({ id: sessions.id });
  return { token, csrfToken, sessionId: row!.id, expiresAt };
}

interface RoleBindingRow {
  role: string;
  unitId: string;
  unitPath: string;
  unitName: string;
}

/**
 * The session lookup as a named prepared statement, one per database handle: it runs before every signed-in
 * request, and PostgreSQL then parses and plans it once per connection instead of on every request (drizzle also
 * builds its text once). Expiry is compared with the database's clock (now()), as the other session writes do.
 */
function prepareSessionLookup(db: Db) {
  return db
    .select({
      sessionId: sessions.id,
      csrfToken: sessions.csrfToken,
      expiresAt: sessions.expiresAt,
      lastSeenAt: sessions.lastSeenAt,
      userId: users.id,
      username: users.username,
      fullName: users.fullName,
      // The roles in the same statement: this runs before every signed-in request (one round trip, not two).
      roles: sql<RoleBindingRow[]>`coalesce((
        select json_agg(json_build_object('role', ur.role, 'unitId', ru.id, 'unitPath', ru.path, 'unitName', ru.name))
        from ${userRoles} ur join ${units} ru on ru.id = ur.unit_id
        where ur.user_id = ${users.id}), '[]'::json)`,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(
      and(
        eq(sessions.tokenHash, sql.placeholder('tokenHash')),
        isNull(sessions.revokedAt),
        gt(sessions.expiresAt, sql`now()`),
        eq(users.active, true),
      ),
    )
    .limit(1)
    .prepare('vd_session_lookup');
}

const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();

/** Resolves a cookie token to the actor, or null when unknown, expired, revoked or the user is inactive. */
export async function findActorBySessionToken(
  db: Db,
  token: string,
  client: string | null,
): Promise<{ actor: Actor; csrfToken: string; expiresAt: Date; lastSeenAt: Date } | null> {
  let lookup = sessionLookups.get(db);
  if (!lookup) {
    lookup = prepareSessionLookup(db);
    sessionLookups.set(db, lookup);
  }
  const [row] = await lookup.execute({ tokenHash: hashToken(token) });
  if (!row) return null;
  const roles = row.roles.map((r) => ({ ...r, role: r.role as Role }));
  return {
    actor: {
      userId: row.userId,
      username: row.username,
      fullName: row.fullName,
      roles,
      sessionId: row.sessionId,
      client,
    },
    csrfToken: row.csrfToken,
    expiresAt: row.expiresAt,
    lastSeenAt: row.lastSeenAt,
  };
}

/** The user's roles with the path of the unit each is bound to. */
export async function loadRoleBindings(db: Db, userId: string): Promise<Actor['roles']> {
  const rows = await db
    .select({ role: userRoles.role, unitId: units.id, unitPath: units.path, unitName: units.name })
    .from(userRoles)
    .innerJoin(units, eq(units.id, userRoles.unitId))
    .where(eq(userRoles.userId, userId));
  return rows.map((r) => ({ ...r, role: r.role as Role }));
}

/** The session cookie's attributes (sign-in sets it; every slide of the expiry sends it again). */
export function sessionCookieOptions(secure: boolean, expires: Date) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, expires };
}

/** Slides the expiry of an active session forward; returns the new expiry (the cookie must carry it too). */
export async function touchSession(db: Db, sessionId: string, hours: number): Promise<Date> {
  const expiresAt = new Date(Date.now() + hours * 3600_000);
  await db.update(sessions).set({ lastSeenAt: new Date(), expiresAt }).where(eq(sessions.id, sessionId));
  return expiresAt;
}

/** Revokes one session. */
export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  await db.update(sessions).set({ revokedAt: new Date() }).where(eq(sessions.id, sessionId));
}

/** Revokes every session of a user, optionally keeping one (the one that changed the password). */
export async function revokeUserSessions(
  db: Db,
  userId: string,
  exceptSessionId?: string | null,
): Promise<void> {
  const conditions = [eq(sessions.userId, userId), isNull(sessions.revokedAt)];
  if (exceptSessionId) conditions.push(ne(sessions.id, exceptSessionId));
  await db
    .update(sessions)
    .set({ revokedAt: new Date() })
    .where(and(...conditions));
}
