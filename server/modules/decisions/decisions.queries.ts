// Reads of decisions: one decision in the actor's scope (optionally locked), its awardees with the state of their
// awards, the revocation acts against it, and a page of decisions with filters and search.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DecisionListQuery } from '../../../contracts/decisions';
import { parseNumberQuery } from '../../../domain/decision-number';
import { foldVietnamese } from '../../../domain/text';
import type { Db } from '../../db/client';
import {
  awards,
  decisionAwardees,
  decisionRegisters,
  decisionRevokedAwards,
  decisions,
  dossierNominees,
  dossiers,
  units,
} from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { likeEscape } from '../people/people.queries';
import { decisionVisibleSql } from './decisions.policy';

/** The decisions table as the visibility SQL names it. */
export const d = alias(decisions, 'd');
const authorityUnit = alias(units, 'authority_unit');
const recordedUnit = alias(units, 'recorded_unit');

export type DecisionRow = typeof decisions.$inferSelect & {
  authorityPath: string | null;
  recordedAtPath: string | null;
};

const rowColumns = { decision: d, authorityPath: authorityUnit.path, recordedAtPath: recordedUnit.path };

function toRow(r: {
  decision: typeof decisions.$inferSelect;
  authorityPath: string | null;
  recordedAtPath: string | null;
}): DecisionRow {
  return { ...r.decision, authorityPath: r.authorityPath, recordedAtPath: r.recordedAtPath };
}

/** One decision the actor may see, locked for update when asked. */
export async function findDecision(
  tx: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<DecisionRow | undefined> {
  const query = tx
    .select(rowColumns)
    .from(d)
    .leftJoin(authorityUnit, eq(authorityUnit.id, d.authorityUnitId))
    .leftJoin(recordedUnit, eq(recordedUnit.id, d.recordedAtUnitId))
    .where(and(eq(d.id, id), decisionVisibleSql(actor)));
  const [row] = lock ? await query.for('update', { of: d }) : await query;
  return row ? toRow(row) : undefined;
}

export type RegisterRow = typeof decisionRegisters.$inferSelect & {
  authorityPath: string;
  authorityName: string;
};

/** A register with its authority's unit (no scope: callers check the abilities on the authority). */
export async function findRegister(tx: Db, id: string, lock = false): Promise<RegisterRow | undefined> {
  const query = tx
    .select({ register: decisionRegisters, authorityPath: units.path, authorityName: units.name })
    .from(decisionRegisters)
    .innerJoin(units, eq(units.id, decisionRegisters.authorityUnitId))
    .where(eq(decisionRegisters.id, id));
  const [row] = lock ? await query.for('update', { of: decisionRegisters }) : await query;
  return row
    ? { ...row.register, authorityPath: row.authorityPath, authorityName: row.authorityName }
    : undefined;
}

export interface AwardeeRow {
  awardee: typeof decisionAwardees.$inferSelect;
  dossierId: string | null;
  dossierCode: string | null;
  revoked: boolean | null;
  revokedOn: string | null;
  revokedReason: string | null;
  revokedById: string | null;
  revokedByNumber: string | null;
}

const revoker = alias(decisions, 'revoker');

/** The awardees of a decision in list order, with their award's revocation and their dossier. */
export async function loadAwardees(tx: Db, decisionId: string): Promise<AwardeeRow[]> {
  return tx
    .select({
      awardee: decisionAwardees,
      dossierId: dossiers.id,
      dossierCode: dossiers.code,
      revoked: awards.revoked,
      revokedOn: awards.revokedOn,
      revokedReason: awards.revokedReason,
      revokedById: revoker.id,
      revokedByNumber: revoker.number,
    })
    .from(decisionAwardees)
    .leftJoin(dossierNominees, eq(dossierNominees.id, decisionAwardees.nomineeId))
    .leftJoin(dossiers, eq(dossiers.id, dossierNominees.dossierId))
    .leftJoin(awards, eq(awards.id, decisionAwardees.awardId))
    .leftJoin(decisionRevokedAwards, eq(decisionRevokedAwards.awardId, decisionAwardees.awardId))
    .leftJoin(revoker, eq(revoker.id, decisionRevokedAwards.revocationId))
    .where(eq(decisionAwardees.decisionId, decisionId))
    .orderBy(asc(decisionAwardees.position));
}

/** The awards a revocation act revoked, as awardee rows of the decision they came from. */
export async function loadRevokedAwardees(tx: Db, revocationId: string): Promise<AwardeeRow[]> {
  const ids = await tx
    .select({ awardId: decisionRevokedAwards.awardId })
    .from(decisionRevokedAwards)
    .where(eq(decisionRevokedAwards.revocationId, revocationId));
  if (ids.length === 0) return [];
  const [act] = await tx
    .select({ revokes: decisions.revokesDecisionId })
    .from(decisions)
    .where(eq(decisions.id, revocationId));
  const all = await loadAwardees(tx, act!.revokes!);
  const wanted = new Set(ids.map((i) => i.awardId));
  return all.filter((a) => a.awardee.awardId && wanted.has(a.awardee.awardId));
}

/** The revocation acts against a decision, oldest first, with how many awards each revoked. */
export async function loadRevocations(tx: Db, decisionId: string) {
  return tx
    .select({
      id: decisions.id,
      number: decisions.number,
      decisionDate: decisions.decisionDate,
      reason: decisions.reason,
      signerName: decisions.signerName,
      awardCount: sql<number>`(select count(*)::int from decision_revoked_awards r where r.revocation_id = ${decisions.id})`,
    })
    .from(decisions)
    .where(eq(decisions.revokesDecisionId, decisionId))
    .orderBy(asc(decisions.decisionDate), asc(decisions.createdAt));
}

/** The decision a revocation act revokes from (no scope: the act is visible through it). */
export async function loadRevokedDecisionRef(tx: Db, id: string) {
  const [row] = await tx
    .select({ id: decisions.id, number: decisions.number, decisionDate: decisions.decisionDate })
    .from(decisions)
    .where(eq(decisions.id, id));
  return row ?? null;
}

// ---- Lists ----

function listConditions(actor: Actor, query: DecisionListQuery): SQL[] {
  const conditions: SQL[] = [decisionVisibleSql(actor)];
  if (query.status === 'draft') conditions.push(sql`d.status = 'draft'`);
  if (query.status === 'issued') conditions.push(sql`d.status = 'issued'`);
  if (query.status === 'revoked') {
    conditions.push(sql`d.status = 'issued' and (d.kind = 'revocation' or exists (
      select 1 from decision_awardees ra join awards rw on rw.id = ra.award_id
      where ra.decision_id = d.id and rw.revoked))`);
  }
  if (query.kind) conditions.push(sql`d.kind = ${query.kind}`);
  if (query.origin) conditions.push(sql`d.origin = ${query.origin}`);
  if (query.authorityUnitId) conditions.push(sql`d.authority_unit_id = ${query.authorityUnitId}`);
  if (query.registerId) conditions.push(sql`d.register_id = ${query.registerId}`);
  if (query.year) conditions.push(sql`extract(year from d.decision_date) = ${query.year}`);
  if (query.personId) {
    conditions.push(sql`exists (select 1 from decision_awardees pa
      where pa.decision_id = coalesce(d.revokes_decision_id, d.id) and pa.person_id = ${query.personId})`);
  }
  if (query.unitId) {
    conditions.push(sql`exists (select 1 from decision_awardees ua
      where ua.decision_id = coalesce(d.revokes_decision_id, d.id) and ua.unit_id = ${query.unitId})`);
  }
  if (query.dossierId) {
    // Nominees of the dossier, and the nominees they were forwarded to, up the chain.
    conditions.push(sql`exists (
      with recursive up(id, fwd, decision_id) as (
        select n.id, n.forwarded_to_nominee_id, n.decision_id from dossier_nominees n
        where n.dossier_id = ${query.dossierId}
        union all
        select u2.id, u2.forwarded_to_nominee_id, u2.decision_id from dossier_nominees u2 join up on up.fwd = u2.id
      )
      select 1 from up where up.decision_id = coalesce(d.revokes_decision_id, d.id)
        or exists (select 1 from decision_awardees da
          where da.nominee_id = up.id and da.decision_id = coalesce(d.revokes_decision_id, d.id)))`);
  }
  const q = query.q?.trim();
  if (q) {
    const n = parseNumberQuery(q);
    const folded = `%${likeEscape(foldVietnamese(q))}%`;
    const parts = [
      sql`d.number ilike ${`${likeEscape(q)}%`}`,
      sql`replace(unaccent(lower(d.title)), 'đ', 'd') like ${folded}`,
      sql`exists (select 1 from decision_awardees qa where qa.decision_id = d.id
        and replace(unaccent(lower(qa.display_name)), 'đ', 'd') like ${folded})`,
    ];
    if (n !== null) parts.push(sql`d.number_seq = ${n}`);
    conditions.push(sql`(${sql.join(parts, sql` or `)})`);
  }
  return conditions;
}

export interface ListRow {
  decision: typeof decisions.$inferSelect;
  awardeeCount: number;
  revokedCount: number;
  revokesNumber: string | null;
}

/** A page of visible decisions, newest first. */
export async function selectDecisionPage(
  tx: Db,
  actor: Actor,
  query: DecisionListQuery,
): Promise<{ rows: ListRow[]; total: number }> {
  const where = and(...listConditions(actor, query));
  const [count] = await tx
    .select({ total: sql<number>`count(*)::int` })
    .from(d)
    .where(where);
  const rows = await tx
    .select({
      decision: d,
      awardeeCount: sql<number>`case when d.kind = 'revocation'
        then (select count(*)::int from decision_revoked_awards c where c.revocation_id = d.id)
        else (select count(*)::int from decision_awardees c where c.decision_id = d.id) end`,
      revokedCount: sql<number>`(select count(*)::int from decision_awardees c join awards w on w.id = c.award_id
        where c.decision_id = d.id and w.revoked)`,
      revokesNumber: sql<
        string | null
      >`(select o.number from decisions o where o.id = d.revokes_decision_id)`,
    })
    .from(d)
    .where(where)
    .orderBy(sql`(d.status = 'draft') desc`, desc(d.decisionDate), desc(d.numberSeq), desc(d.createdAt))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  return { rows, total: count?.total ?? 0 };
}

/** Paths of units by id. */
export async function unitPaths(tx: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: units.id, path: units.path })
    .from(units)
    .where(inArray(units.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r.path]));
}
