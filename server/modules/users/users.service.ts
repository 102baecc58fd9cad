// Account administration: create, update (roles, active), reset password — within the admin's subtree.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { CreateUserBody, ResetPasswordBody, UpdateUserBody, UserView } from '../../../contracts/users';
import type { Db } from '../../db/client';
import { people, userRoles, users } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { hashPassword } from '../../lib/passwords';
import { revokeUserSessions } from '../auth/sessions.queries';
import { canAssignAt, userAbilities } from './users.policy';
import { findUserInScope, lastLogins, rolesOf, type RoleRow, unitPaths } from './users.queries';
import { presentUser } from './users.present';

async function checkRoleUnits(
  tx: Db,
  actor: Actor,
  roles: { role: string; unitId: string }[],
): Promise<void> {
  const paths = await unitPaths(tx, [...new Set(roles.map((r) => r.unitId))]);
  roles.forEach((r, i) => {
    const path = paths.get(r.unitId);
    if (!path || !canAssignAt(actor, path)) {
      throw new AppError('VALIDATION', 'Chỉ được gán vai trò tại đơn vị thuộc phạm vi quản trị của bạn', {
        [`roles.${i}.unitId`]: 'Đơn vị không tồn tại hoặc ngoài phạm vi quản trị của bạn',
      });
    }
  });
  const keys = roles.map((r) => `${r.role}|${r.unitId}`);
  const dup = keys.findIndex((k, i) => keys.indexOf(k) !== i);
  if (dup >= 0)
    throw new AppError('VALIDATION', 'Vai trò bị trùng', {
      [`roles.${dup}`]: 'Vai trò này đã có trong danh sách',
    });
}

async function view(tx: Db, actor: Actor, id: string): Promise<UserView> {
  const user = await findUserInScope(tx, actor, id);
  if (!user) notFound('tài khoản');
  const roles = await rolesOf(tx, [id]);
  const logins = await lastLogins(tx, [id]);
  return presentUser(actor, user, roles, logins.get(id));
}

/** Reads one account in the actor's scope. */
export async function getUser(tx: Db, actor: Actor, id: string): Promise<UserView> {
  return view(tx, actor, id);
}

/** Creates an account with roles at units inside the admin's subtree. */
export async function createUser(tx: Db, actor: Actor, body: CreateUserBody): Promise<UserView> {
  authorize(
    actor.roles.some((r) => r.role === 'admin'),
    'Chỉ quản trị viên được tạo tài khoản',
  );
  await checkRoleUnits(tx, actor, body.roles);
  if (body.personId) {
    const [person] = await tx
      .select({ id: people.id })
      .from(people)
      .where(eq(people.id, body.personId))
      .limit(1);
    if (!person)
      throw new AppError('VALIDATION', 'Cá nhân không tồn tại', { personId: 'Cá nhân không tồn tại' });
  }
  if (body.password.toLowerCase().includes(body.username)) {
    throw new AppError('VALIDATION', 'Mật khẩu không được chứa tên đăng nhập', {
      password: 'Mật khẩu không được chứa tên đăng nhập',
    });
  }
  const [created] = await tx
    .insert(users)
    .values({
      username: body.username,
      fullName: body.fullName,
      passwordHash: await hashPassword(body.password),
      personId: body.personId ?? null,
    })
    .returning();
  await tx
    .insert(userRoles)
    .values(body.roles.map((r) => ({ userId: created!.id, role: r.role, unitId: r.unitId })));
  const result = await view(tx, actor, created!.id);
  await appendAudit(tx, actor, {
    action: 'user.created',
    entity: 'user',
    entityId: created!.id,
    unitId: body.roles[0]!.unitId,
    after: { username: result.username, fullName: result.fullName, roles: result.roles },
  });
  return result;
}

/** Updates name, active flag and the roles inside the admin's subtree (roles bound elsewhere are kept). */
export async function updateUser(tx: Db, actor: Actor, id: string, body: UpdateUserBody): Promise<UserView> {
  const before = await view(tx, actor, id);
  authorize(before.can.update);
  if (before.version !== body.version) {
    throw new AppError('CONFLICT', 'Tài khoản vừa được người khác sửa. Vui lòng tải lại trước khi lưu', {
      version: 'Phiên bản đã cũ',
    });
  }
  if (body.active === false && id === actor.userId) {
    throw new AppError('VALIDATION', 'Không thể tự khóa tài khoản của chính mình', {
      active: 'Không thể tự khóa tài khoản của chính mình',
    });
  }
  if (body.roles) {
    await checkRoleUnits(tx, actor, body.roles);
    const current: RoleRow[] = await rolesOf(tx, [id]);
    const managed = current.filter((r) => canAssignAt(actor, r.unitPath));
    if (managed.length > 0) {
      await tx
        .delete(userRoles)
        .where(
          and(
            eq(userRoles.userId, id),
            inArray(userRoles.unitId, [...new Set(managed.map((r) => r.unitId))]),
            inArray(userRoles.role, [...new Set(managed.map((r) => r.role))]),
          ),
        );
    }
    await tx
      .insert(userRoles)
      .values(body.roles.map((r) => ({ userId: id, role: r.role, unitId: r.unitId })))
      .onConflictDoNothing();
  }
  const updated = await tx
    .update(users)
    .set({
      ...(body.fullName !== undefined ? { fullName: body.fullName } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(and(eq(users.id, id), eq(users.version, body.version)))
    .returning({ id: users.id });
  if (updated.length === 0)
    throw new AppError('CONFLICT', 'Tài khoản vừa được người khác sửa. Vui lòng tải lại trước khi lưu');
  if (body.active === false || body.roles) await revokeUserSessions(tx, id);
  const after = await view(tx, actor, id);
  await appendAudit(tx, actor, {
    action: 'user.updated',
    entity: 'user',
    entityId: id,
    unitId: after.roles[0]?.unitId ?? null,
    before: { fullName: before.fullName, active: before.active, roles: before.roles },
    after: { fullName: after.fullName, active: after.active, roles: after.roles },
  });
  return after;
}

/** Sets a new password chosen by the admin; every session of the user is revoked. */
export async function resetPassword(
  tx: Db,
  actor: Actor,
  id: string,
  body: ResetPasswordBody,
): Promise<void> {
  const user = await findUserInScope(tx, actor, id);
  if (!user) notFound('tài khoản');
  authorize(
    userAbilities(actor, user).resetPassword,
    'Dùng chức năng đổi mật khẩu để đổi mật khẩu của chính bạn',
  );
  await tx
    .update(users)
    .set({
      passwordHash: await hashPassword(body.newPassword),
      passwordChangedAt: new Date(),
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, id));
  await revokeUserSessions(tx, id);
  await appendAudit(tx, actor, { action: 'user.password_reset', entity: 'user', entityId: id });
}
