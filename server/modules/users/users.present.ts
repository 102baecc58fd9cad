// Account rows → the view sent to the web, with the abilities the UI uses.
import type { UserView } from '../../../contracts/users';
import { compareVietnamese } from '../../../domain/text';
import type { Actor } from '../../lib/actor';
import { userAbilities } from './users.policy';
import type { RoleRow, UserRow } from './users.queries';

export function presentUser(
  actor: Actor,
  user: UserRow,
  roles: RoleRow[],
  lastLogin: Date | undefined,
): UserView {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    active: user.active,
    personId: user.personId,
    roles: roles
      .filter((r) => r.userId === user.id)
      .map((r) => ({ role: r.role, unitId: r.unitId, unitName: r.unitName }))
      .sort((a, b) => compareVietnamese(a.unitName, b.unitName) || a.role.localeCompare(b.role)),
    lastLoginAt: lastLogin ? lastLogin.toISOString() : null,
    version: user.version,
    can: userAbilities(actor, user),
  };
}
