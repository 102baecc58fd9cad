// Who sees and who acts on a report request: the requesting unit's admins, officers and specialists create and run
// it; anyone with a role over the requester sees the whole request and the aggregated table; a target unit's
// people see the request with their own unit's line only, and its admins, officers, specialists and leaders answer
// for it. A role over the requester never answers for a target (the requester does not write its subordinates'
// answers).
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** Roles that create requests, choose targets, change the deadline and remind. */
export const REQUEST_MANAGERS: readonly Role[] = ['admin', 'officer', 'specialist'];
/** Roles of a target unit that send its answer. */
export const ANSWERERS: readonly Role[] = ['admin', 'officer', 'specialist', 'leader'];

export const MANAGE_REFUSED = 'Chỉ cán bộ thi đua, khen thưởng của đơn vị yêu cầu báo cáo được thao tác này';
export const ANSWER_REFUSED = 'Chỉ cán bộ của đơn vị được yêu cầu báo cáo được gửi báo cáo của đơn vị';

/** May the actor create requests somewhere (the list's "new request" button)? */
export function canCreateRequests(actor: Actor): boolean {
  return hasRole(actor, REQUEST_MANAGERS);
}

/** May the actor run the requests of this requesting unit? */
export function canManageAt(actor: Actor, requesterPath: string): boolean {
  return hasRoleAt(actor, REQUEST_MANAGERS, requesterPath);
}

/** Does the actor see the whole request (a role over the requester), not only their own targets? */
export function seesWholeRequest(actor: Actor, requesterPath: string): boolean {
  return actor.roles.some((r) => requesterPath.startsWith(r.unitPath));
}

/** Does the actor see this target (the whole request, or a role over the target unit)? */
export function seesTarget(actor: Actor, requesterPath: string, targetPath: string): boolean {
  return seesWholeRequest(actor, requesterPath) || actor.roles.some((r) => targetPath.startsWith(r.unitPath));
}

/** May the actor answer for the target: a role over the target unit that is not also over the requester. */
export function canAnswerFor(actor: Actor, requesterPath: string, targetPath: string): boolean {
  return actor.roles.some(
    (r) =>
      ANSWERERS.includes(r.role) &&
      targetPath.startsWith(r.unitPath) &&
      !requesterPath.startsWith(r.unitPath),
  );
}

/** Is a unit a valid target of the requester: strictly inside the requester's subtree. */
export function isBelow(requesterPath: string, unitPath: string): boolean {
  return unitPath !== requesterPath && unitPath.startsWith(requesterPath);
}

/** Abilities shown with a request. */
export function requestAbilities(actor: Actor, requesterPath: string, answered: number) {
  const manage = canManageAt(actor, requesterPath);
  return {
    update: manage,
    delete: manage && answered === 0,
    addTargets: manage,
    summary: seesWholeRequest(actor, requesterPath),
  };
}

/**
 * SQL on a request (requester unit path `requesterPath`, request id `requestId`): the requester lies in one of the
 * actor's subtrees, or one of its targets does.
 */
export function requestVisibleSql(actor: Actor, requestId: SQL, requesterPath: SQL): SQL {
  const paths = scopePaths(actor);
  if (paths.length === 0) return sql`false`;
  if (paths.includes('/')) return sql`true`;
  return sql`(${pathInScope(requesterPath, paths)} or exists (select 1 from report_request_targets vt
    join units vu on vu.id = vt.unit_id where vt.request_id = ${requestId} and ${pathInScope(sql`vu.path`, paths)}))`;
}

/** SQL on a target (unit path `targetPath`, requester path `requesterPath`): the actor may answer for it. */
export function answerableSql(actor: Actor, targetPath: SQL, requesterPath: SQL): SQL {
  const paths = [...new Set(actor.roles.filter((r) => ANSWERERS.includes(r.role)).map((r) => r.unitPath))];
  if (paths.length === 0) return sql`false`;
  return sql`(${sql.join(
    paths.map((p) => sql`(${targetPath} like ${p + '%'} and ${requesterPath} not like ${p + '%'})`),
    sql` or `,
  )})`;
}
