// Who sees and who acts on decisions. The authority's side: its officers and specialists keep the register's
// defaults (with its administrators) and draft; its leader issues and revokes. A draft is seen only on the
// authority's side. An issued act is also seen by those whose scope holds an awardee's unit, the unit that
// recorded it, or a dossier whose nominee it answers — including the lower dossiers the nominee was forwarded from.
import { type SQL, sql } from 'drizzle-orm';
import type { Role } from '../../../contracts/enums';
import { type Actor, hasRole, hasRoleAt, pathInScope, scopePaths } from '../../lib/actor';

/** Keep a register (pattern, header, defaults). */
export const REGISTER_MANAGERS: readonly Role[] = ['admin', 'officer'];
/** Draft decisions of an authority; record higher authorities' decisions in their scope. */
export const DRAFTERS: readonly Role[] = ['officer', 'specialist'];
/** Issue (sign) and revoke decisions of an authority. */
export const SIGNERS: readonly Role[] = ['leader'];

export const DRAFT_REFUSED =
  'Chỉ cán bộ, chuyên viên thi đua, khen thưởng của cơ quan có thẩm quyền được lập dự thảo';
export const ISSUE_REFUSED = 'Chỉ lãnh đạo (người ký) của cơ quan có thẩm quyền được ban hành quyết định';
export const REGISTER_REFUSED =
  'Chỉ quản trị hoặc cán bộ thi đua, khen thưởng của đơn vị được cấu hình sổ quyết định';
export const RECORD_REFUSED =
  'Chỉ cán bộ, chuyên viên thi đua, khen thưởng có phạm vi quản lý các đối tượng được khen thưởng mới ghi nhận được quyết định này';

export function canManageRegister(actor: Actor, authorityPath: string): boolean {
  return hasRoleAt(actor, REGISTER_MANAGERS, authorityPath);
}

export function canDraftAt(actor: Actor, authorityPath: string): boolean {
  return hasRoleAt(actor, DRAFTERS, authorityPath);
}

/**
 * The signer is the head (or deputy) of the authority itself: a leader bound to the authority's own unit. A leader
 * of the province does not sign a commune chairman's Giấy khen although the commune lies in the province's scope.
 */
export function canIssueAt(actor: Actor, authorityPath: string): boolean {
  return actor.roles.some((r) => SIGNERS.includes(r.role) && r.unitPath === authorityPath);
}

/** May the actor draft anywhere (the list's "Lập quyết định" button)? */
export function canDraftSomewhere(actor: Actor): boolean {
  return hasRole(actor, DRAFTERS);
}

/** May the actor record higher authorities' decisions somewhere? */
export function canRecordSomewhere(actor: Actor): boolean {
  return hasRole(actor, DRAFTERS);
}

/** May the actor record an award for a subject at this unit (an external decision's awardee)? */
export function canRecordFor(actor: Actor, unitPath: string): boolean {
  return hasRoleAt(actor, DRAFTERS, unitPath);
}

export interface DecisionFacts {
  status: 'draft' | 'issued';
  origin: 'internal' | 'external';
  kind: 'award' | 'revocation';
  /** Path of the authority's unit (null for a central authority). */
  authorityPath: string | null;
  /** Path of the unit that recorded an external act. */
  recordedAtPath: string | null;
}

/** Abilities shown with a decision. */
export function decisionAbilities(actor: Actor, d: DecisionFacts) {
  const draft = d.status === 'draft';
  const internal = d.origin === 'internal';
  const authorityDrafter = d.authorityPath !== null && canDraftAt(actor, d.authorityPath);
  const authoritySigner = d.authorityPath !== null && canIssueAt(actor, d.authorityPath);
  const recorder = d.recordedAtPath !== null && canRecordFor(actor, d.recordedAtPath);
  return {
    update: draft && internal && authorityDrafter,
    delete: draft && internal && authorityDrafter,
    issue: draft && internal && authoritySigner,
    revoke: !draft && d.kind === 'award' && (internal ? authoritySigner : recorder),
    download: internal && d.kind === 'award',
  };
}

/**
 * SQL: the decision (alias `d`) is visible to the actor. `d` must be the decisions table aliased as "d" with its
 * columns; revocation acts are seen through the decision they revoke from.
 */
export function decisionVisibleSql(actor: Actor): SQL {
  const paths = scopePaths(actor);
  if (paths.length === 0) return sql`false`;
  if (paths.includes('/')) return sql`true`;
  const inScope = (column: SQL) => pathInScope(column, paths);
  return sql`(
    exists (select 1 from units vu where vu.id = d.authority_unit_id and ${inScope(sql`vu.path`)})
    or (d.status = 'issued' and (
      exists (select 1 from units vr where vr.id = d.recorded_at_unit_id and ${inScope(sql`vr.path`)})
      or exists (select 1 from decision_awardees va join units vau on vau.id = va.unit_at_award_id
        where va.decision_id = coalesce(d.revokes_decision_id, d.id) and ${inScope(sql`vau.path`)})
      or exists (
        with recursive chain(id, dossier_id) as (
          select n.id, n.dossier_id from dossier_nominees n where n.decision_id = coalesce(d.revokes_decision_id, d.id)
          union all
          select l.id, l.dossier_id from dossier_nominees l join chain c on l.forwarded_to_nominee_id = c.id
        )
        select 1 from chain c join dossiers vd on vd.id = c.dossier_id
          join units vp on vp.id = vd.proposing_unit_id
          left join units va2 on va2.id = vd.authority_unit_id
        where ${inScope(sql`vp.path`)} or ${inScope(sql`va2.path`)}
      )
    ))
  )`;
}
