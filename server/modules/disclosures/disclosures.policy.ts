// Who runs a disclosure: the awarding authority's administrators, officers and specialists publish it, read the
// comments (with the senders' contacts), handle them and record the outcome; anyone with a role over the authority
// sees it (comments without contacts); its administrators choose the kinds disclosed beyond the law.
import type { SQL } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

export const DISCLOSURE_MANAGERS: readonly Role[] = ['admin', 'officer', 'specialist'];

export const MANAGE_REFUSED =
  'Chỉ cán bộ, chuyên viên thi đua, khen thưởng của cơ quan có thẩm quyền được thao tác này';
export const SETTINGS_REFUSED =
  'Chỉ quản trị hệ thống của cơ quan có thẩm quyền được chọn loại khen thưởng phải công khai';

export function canCreateDisclosures(actor: Actor): boolean {
  return hasRole(actor, DISCLOSURE_MANAGERS);
}

export function canManageDisclosure(actor: Actor, authorityPath: string): boolean {
  return hasRoleAt(actor, DISCLOSURE_MANAGERS, authorityPath);
}

export function canChangeSettings(actor: Actor, authorityPath: string): boolean {
  return hasRoleAt(actor, ['admin'], authorityPath);
}

/** SQL on the authority unit's path: the disclosure is in the actor's scope. */
export function disclosureVisibleSql(actor: Actor, authorityPath: SQL): SQL {
  return pathInScope(authorityPath, scopePaths(actor));
}

/** SQL: the actor manages disclosures of the authority at this path. */
export function disclosureManagedSql(actor: Actor, authorityPath: SQL): SQL {
  return pathInScope(authorityPath, scopePaths(actor, DISCLOSURE_MANAGERS));
}
