// Who writes and who issues a unit's work report: its admins, officers and specialists draft and save it; its
// admins, officers and leaders issue it. Anyone with a role over the unit reads it (scope: the unit tree).
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRoleAt } from '../../lib/actor';

export const REPORT_EDITORS: readonly Role[] = ['admin', 'officer', 'specialist'];
export const REPORT_ISSUERS: readonly Role[] = ['admin', 'officer', 'leader'];

export const EDIT_REFUSED = 'Chỉ cán bộ thi đua, khen thưởng của đơn vị được soạn báo cáo của đơn vị';
export const ISSUE_REFUSED = 'Chỉ lãnh đạo hoặc cán bộ phụ trách của đơn vị được ban hành báo cáo';

/** May the actor draft and save the reports of the unit at this path? */
export function canEditReports(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, REPORT_EDITORS, unitPath);
}

/** May the actor issue the reports of the unit at this path? */
export function canIssueReports(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, REPORT_ISSUERS, unitPath);
}
