// Who sees and who keeps a document: a document belongs to the unit that keeps it; that unit's admins, officers
// and specialists (or an ancestor's) edit it; anyone whose unit lies above or below the keeping unit sees it
// (a province's register is read by its districts and communes, a commune's stays with its own line).
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** Roles that enter and edit documents at their unit and below. */
export const DOCUMENT_EDITORS: readonly Role[] = ['admin', 'officer', 'specialist'];

export const EDIT_REFUSED = 'Chỉ cán bộ thi đua, khen thưởng của đơn vị quản lý văn bản được sửa văn bản này';

/** May the actor enter documents somewhere (the list's "new" button)? */
export function canCreateDocuments(actor: Actor): boolean {
  return hasRole(actor, DOCUMENT_EDITORS);
}

/** May the actor edit documents kept by the unit at this path? */
export function canEditAt(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, DOCUMENT_EDITORS, unitPath);
}

/** "/a/b/c/" → ["/a/", "/a/b/", "/a/b/c/"]: the unit and every unit above it. */
export function ancestorPaths(path: string): string[] {
  const ids = path.split('/').filter(Boolean);
  return ids.map((_, i) => `/${ids.slice(0, i + 1).join('/')}/`);
}

/** True when a unit path lies in the actor's subtrees or above one of the actor's units. */
export function isRelatedPath(actor: Actor, unitPath: string): boolean {
  return actor.roles.some((r) => unitPath.startsWith(r.unitPath) || r.unitPath.startsWith(unitPath));
}

/**
 * SQL on a units path: the unit lies in one of the actor's subtrees, or is the unit of one of the actor's roles
 * or above it. What a register kept at a province says is read by everyone below it.
 */
export function relatedPathSql(actor: Actor, path: SQL): SQL {
  const paths = scopePaths(actor);
  if (paths.length === 0) return sql`false`;
  if (paths.includes('/')) return sql`true`;
  const above = [...new Set(actor.roles.flatMap((r) => ancestorPaths(r.unitPath)))];
  return sql`(${pathInScope(path, paths)} or ${path} in (${sql.join(
    above.map((p) => sql`${p}`),
    sql`, `,
  )}))`;
}

/** SQL on a document row (alias d): its keeping unit is related to the actor. */
export function documentVisibleSql(actor: Actor, unitId: SQL): SQL {
  if (scopePaths(actor).includes('/')) return sql`true`;
  return sql`exists (select 1 from units du where du.id = ${unitId} and ${relatedPathSql(actor, sql`du.path`)})`;
}

/** Abilities shown with a document. */
export function documentAbilities(actor: Actor, unitPath: string, linked: boolean) {
  const edit = canEditAt(actor, unitPath);
  return { update: edit, delete: edit && !linked };
}
