// Test helpers of the units module: sign in with a role at a unit, call the API, read audit entries.
import { eq, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import type { App } from '../../app-types';
import type { Db } from '../../db/client';
import { auditLog, units } from '../../db/schema/index';
import { call, type Session, signIn } from '../../test/app';
import { createUser, type UnitRow } from '../../test/factories';

/** Signs in a fresh user holding one role at the unit. */
export async function signInAs(app: App, db: Db, role: Role, unit: UnitRow): Promise<Session> {
  const user = await createUser(db, { roles: [{ role, unit }] });
  return signIn(app, user.username, user.password);
}

export const get = (app: App, session: Session | null, url: string) =>
  call(app, session, { method: 'GET', url });
export const post = (app: App, session: Session | null, url: string, payload: unknown) =>
  call(app, session, { method: 'POST', url, payload });
export const patch = (app: App, session: Session | null, url: string, payload: unknown) =>
  call(app, session, { method: 'PATCH', url, payload });
export const del = (app: App, session: Session | null, url: string) =>
  call(app, session, { method: 'DELETE', url });

/** The stored row of a unit (or undefined when it does not exist). */
export async function unitRow(db: Db, id: string) {
  const [row] = await db.select().from(units).where(eq(units.id, id));
  return row;
}

/** Number of unit rows and audit entries, to show that a refused request wrote nothing. */
export async function writeCounts(db: Db): Promise<{ units: number; audit: number }> {
  const [u] = await db.select({ n: sql<number>`count(*)::int` }).from(units);
  const [a] = await db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
  return { units: Number(u!.n), audit: Number(a!.n) };
}

/** Audit entries about one entity, oldest first. */
export async function auditOf(db: Db, entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.seq);
}
