// Reads of dossiers: the row with its units (proposing, authority, handling), the scope as SQL, the list page,
// and the details (nominees with names, attachments, events, linked dossiers).
import { type SQL, sql } from 'drizzle-orm';
import type { DossierListQuery } from '../../../contracts/dossiers';
import type { DossierStatus } from '../../../domain/workflow';
import { WAITING_STATUSES } from '../../../domain/workflow';
import { type Db, queryRows } from '../../db/client';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';

export interface DossierRow {
  id: string;
  code: string;
  title: string;
  status: DossierStatus;
  proposingUnitId: string;
  proposingName: string;
  proposingPath: string;
  authorityCode: string;
  authorityLabel: string;
  authorityUnitId: string | null;
  authorityName: string | null;
  handlingUnitId: string | null;
  handlingName: string | null;
  handlingPath: string | null;
  regimeId: 'A' | 'B' | 'C';
  awardType: string;
  movementId: string | null;
  achievementYear: number;
  deadlineOn: string | null;
  submittedAt: Date | null;
  receivedAt: Date | null;
  forwardedFromId: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  nomineeCount: number;
}

/**
 * FROM … with the proposing unit (pu), the authority's unit (au) and the handling unit (hp: for a central authority,
 * the nearest province above the proposer). The ancestors are the ids of pu's path, read by primary key: a
 * "pu.path like p.path || '%'" test instead scanned every unit for each such dossier.
 */
export const DOSSIER_FROM = sql`dossiers d
  join units pu on pu.id = d.proposing_unit_id
  left join units au on au.id = d.authority_unit_id
  left join lateral (
    select p.id, p.name, p.path from units p
    where d.authority_unit_id is null and p.kind = 'province' and p.id <> pu.id
      and p.id = any(string_to_array(trim(both '/' from pu.path), '/')::uuid[])
    order by length(p.path) desc limit 1
  ) hp on true`;

/** The handling unit's path (the authority's unit, else the province that forwards to a central authority). */
export const HANDLING_PATH = sql`coalesce(au.path, hp.path)`;

const SELECT = sql`select d.id, d.code, d.title, d.status, d.proposing_unit_id as "proposingUnitId",
  pu.name as "proposingName", pu.path as "proposingPath", d.authority_code as "authorityCode",
  d.authority_label as "authorityLabel", d.authority_unit_id as "authorityUnitId", au.name as "authorityName",
  coalesce(au.id, hp.id) as "handlingUnitId", coalesce(au.name, hp.name) as "handlingName",
  ${HANDLING_PATH} as "handlingPath", d.regime_id as "regimeId", d.award_type as "awardType",
  d.movement_id as "movementId", d.achievement_year as "achievementYear", d.deadline_on::text as "deadlineOn",
  d.submitted_at as "submittedAt", d.received_at as "receivedAt", d.forwarded_from_id as "forwardedFromId",
  d.created_by as "createdBy", d.created_at as "createdAt", d.updated_at as "updatedAt", d.version,
  (select count(*)::int from dossier_nominees n where n.dossier_id = d.id) as "nomineeCount"`;

/**
 * SQL: the actor sees the dossier. A draft: roles of the proposing side over the proposing unit (officer,
 * admin, viewer). Once sent: any role over the proposing unit or over the unit that handles it.
 */
export function dossierVisibleSql(actor: Actor): SQL {
  const all = scopePaths(actor);
  const draftSide = scopePaths(actor, ['officer', 'admin', 'viewer']);
  return sql`((d.status <> 'draft' and (${pathInScope(sql`pu.path`, all)} or ${handlingInScope(all)}))
    or (d.status = 'draft' and ${pathInScope(sql`pu.path`, draftSide)}))`;
}

/**
 * SQL: the unit that handles the dossier (HANDLING_PATH) lies under one of the paths — reading only d and pu, so
 * that a count need not join the units for every dossier (the joins were most of the list's cost under load).
 * Without an authority unit the handler is the nearest province above the proposer; provinces do not nest in
 * anything a scope can start below, so "some province above the proposer is in scope" says the same.
 */
export function handlingInScope(paths: readonly string[]): SQL {
  if (paths.length === 0 || paths.includes('/')) return pathInScope(HANDLING_PATH, paths);
  return sql`(case when d.authority_unit_id is not null
    then exists (select 1 from units sa where sa.id = d.authority_unit_id and ${pathInScope(sql`sa.path`, paths)})
    else exists (select 1 from units sp where sp.kind = 'province' and sp.id <> pu.id
      and sp.id = any(string_to_array(trim(both '/' from pu.path), '/')::uuid[]) and ${pathInScope(sql`sp.path`, paths)})
    end)`;
}

function normalise(row: DossierRow): DossierRow {
  return {
    ...row,
    submittedAt: row.submittedAt ? new Date(row.submittedAt) : null,
    receivedAt: row.receivedAt ? new Date(row.receivedAt) : null,
    createdAt: new Date(row.createdAt),
    updatedAt: new Date(row.updatedAt),
  };
}

/** Dossier rows for a "from … where … order by …" tail (callers apply the scope). */
export async function selectRows(tx: Db, rest: SQL): Promise<DossierRow[]> {
  const rows = await queryRows<DossierRow & Record<string, unknown>>(tx, sql`${SELECT} ${rest}`);
  return rows.map(normalise);
}

/** A dossier by id, without a scope check (callers check it or are other modules' services). */
export async function findDossier(tx: Db, id: string, lock = false): Promise<DossierRow | null> {
  const rows = await queryRows<DossierRow & Record<string, unknown>>(
    tx,
    sql`${SELECT} from ${DOSSIER_FROM} where d.id = ${id}${lock ? sql` for update of d` : sql``}`,
  );
  return rows[0] ? normalise(rows[0]) : null;
}

/** A dossier the actor sees, or null (as if it did not exist). */
export async function findDossierInScope(
  tx: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<DossierRow | null> {
  const rows = await queryRows<DossierRow & Record<string, unknown>>(
    tx,
    sql`${SELECT} from ${DOSSIER_FROM} where d.id = ${id} and ${dossierVisibleSql(actor)}${lock ? sql` for update of d` : sql``}`,
  );
  return rows[0] ? normalise(rows[0]) : null;
}

const WAITING = sql.raw(WAITING_STATUSES.map((s) => `'${s}'`).join(', '));

/** The list page in the actor's scope with the query's filters. */
export async function selectDossierPage(
  tx: Db,
  actor: Actor,
  query: DossierListQuery,
  today: string,
): Promise<{ rows: DossierRow[]; total: number }> {
  const where: SQL[] = [dossierVisibleSql(actor)];
  if (query.status) where.push(sql`d.status = ${query.status}`);
  if (query.year) where.push(sql`d.achievement_year = ${query.year}`);
  if (query.unitId) {
    where.push(sql`pu.path like (select path from units where id = ${query.unitId}) || '%'`);
  }
  if (query.overdue === true) where.push(sql`d.status in (${WAITING}) and d.deadline_on < ${today}::date`);
  if (query.overdue === false) {
    where.push(sql`not (d.status in (${WAITING}) and coalesce(d.deadline_on < ${today}::date, false))`);
  }
  if (query.side === 'proposer') where.push(pathInScope(sql`pu.path`, scopePaths(actor, ['officer'])));
  if (query.side === 'authority') {
    where.push(handlingInScope(scopePaths(actor, ['specialist', 'leader'])));
    where.push(sql`d.status <> 'draft'`);
  }
  const q = query.q?.normalize('NFC').trim();
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(d.code ilike ${like} or unaccent(lower(d.title)) like unaccent(lower(${like}))
      or exists (select 1 from dossier_nominees sn left join people sp on sp.id = sn.person_id
        left join units su on su.id = sn.unit_id where sn.dossier_id = d.id
        and unaccent(lower(coalesce(sp.full_name, su.name, ''))) like unaccent(lower(${like}))))`);
  }
  const condition = sql.join(where, sql` and `);
  const [count] = await queryRows<{ n: number }>(
    tx,
    // The conditions read only d and pu: the count joins nothing else.
    sql`select count(*)::int as n from dossiers d join units pu on pu.id = d.proposing_unit_id where ${condition}`,
  );
  const order =
    query.sort === 'deadline'
      ? sql`d.deadline_on asc nulls last, d.updated_at desc`
      : query.sort === 'code'
        ? sql`d.code desc`
        : sql`d.updated_at desc, d.code desc`;
  const rows = await queryRows<DossierRow & Record<string, unknown>>(
    tx,
    sql`${SELECT} from ${DOSSIER_FROM} where ${condition} order by ${order}
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { rows: rows.map(normalise), total: count?.n ?? 0 };
}

export interface NomineeRow {
  id: string;
  dossierId: string;
  position: number;
  subjectKind: 'individual' | 'collective' | 'household';
  personId: string | null;
  unitId: string | null;
  householdName: string | null;
  name: string;
  detail: string | null;
  awardKind: string;
  summary: string | null;
  reportFileId: string | null;
  reportFileName: string | null;
  reportFileMime: string | null;
  reportFileSize: number | null;
  reportFileSha256: string | null;
  verdictStatus: 'eligible' | 'not_eligible' | 'needs_review' | null;
  verdict: unknown;
  verdictAt: Date | null;
  appraisal: 'agree' | 'disagree' | null;
  appraisalNote: string | null;
  proposedAwardKind: string | null;
  outcome: 'passed' | 'failed' | null;
  outcomeAwardKind: string | null;
  decisionId: string | null;
  forwardedToNomineeId: string | null;
  version: number;
}

/** The nominees of dossiers, in position order, with the subject's name and where they work. */
export async function loadNominees(tx: Db, dossierIds: readonly string[]): Promise<NomineeRow[]> {
  if (dossierIds.length === 0) return [];
  const ids = sql.join(
    dossierIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const rows = await queryRows<NomineeRow & Record<string, unknown>>(
    tx,
    sql`select n.id, n.dossier_id as "dossierId", n.position, n.subject_kind as "subjectKind",
      n.person_id as "personId", n.unit_id as "unitId", n.household_name as "householdName",
      case when n.subject_kind = 'collective' then nu.name
           when n.subject_kind = 'household' then n.household_name || ' (chủ hộ ' || p.full_name || ')'
           else p.full_name end as name,
      case when n.subject_kind = 'collective' then nparent.name else work.unit_name end as detail,
      n.award_kind as "awardKind", n.summary, n.report_file_id as "reportFileId", f.name as "reportFileName",
      f.mime as "reportFileMime", f.size as "reportFileSize", f.sha256 as "reportFileSha256",
      n.verdict_status as "verdictStatus", n.verdict, n.verdict_at as "verdictAt", n.appraisal,
      n.appraisal_note as "appraisalNote", n.proposed_award_kind as "proposedAwardKind", n.outcome,
      n.outcome_award_kind as "outcomeAwardKind", n.decision_id as "decisionId",
      n.forwarded_to_nominee_id as "forwardedToNomineeId", n.version
    from dossier_nominees n
    left join people p on p.id = n.person_id
    left join units nu on nu.id = n.unit_id
    left join units nparent on nparent.id = nu.parent_id
    left join files f on f.id = n.report_file_id
    left join lateral (
      select wu.name as unit_name from employments e join units wu on wu.id = e.unit_id
      where e.person_id = n.person_id order by (e.to_date is null) desc, e.to_date desc nulls first, e.from_date desc
      limit 1
    ) work on true
    where n.dossier_id in (${ids})
    order by n.dossier_id, n.position, n.id`,
  );
  return rows.map((r) => ({ ...r, verdictAt: r.verdictAt ? new Date(r.verdictAt) : null }));
}

export interface AttachmentRow {
  id: string;
  kind: string;
  note: string | null;
  createdAt: Date;
  createdBy: string | null;
  createdByName: string | null;
  fileId: string;
  fileName: string;
  mime: string;
  size: number;
  sha256: string;
}

export async function loadAttachments(tx: Db, dossierId: string): Promise<AttachmentRow[]> {
  const rows = await queryRows<AttachmentRow & Record<string, unknown>>(
    tx,
    sql`select a.id, a.kind, a.note, a.created_at as "createdAt", a.created_by as "createdBy",
      u.full_name as "createdByName", f.id as "fileId", f.name as "fileName", f.mime, f.size, f.sha256
    from dossier_attachments a join files f on f.id = a.file_id left join users u on u.id = a.created_by
    where a.dossier_id = ${dossierId} order by a.created_at, a.id`,
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}

export interface EventRow {
  id: string;
  action: string;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus;
  actorName: string | null;
  actorRole: string | null;
  actorUnitName: string | null;
  at: Date;
  comment: string | null;
  supplementItems: string[] | null;
}

export async function loadEvents(tx: Db, dossierId: string): Promise<EventRow[]> {
  const rows = await queryRows<EventRow & Record<string, unknown>>(
    tx,
    sql`select e.id, e.action, e.from_status as "fromStatus", e.to_status as "toStatus",
      u.full_name as "actorName", e.actor_role as "actorRole", un.name as "actorUnitName", e.at, e.comment,
      e.supplement_items as "supplementItems"
    from dossier_events e left join users u on u.id = e.actor_user_id left join units un on un.id = e.actor_unit_id
    where e.dossier_id = ${dossierId} order by e.at, e.id`,
  );
  return rows.map((r) => ({ ...r, at: new Date(r.at) }));
}

export interface LinkedRow {
  id: string;
  code: string;
  title: string;
  status: DossierStatus;
  authorityLabel: string;
  accessible: boolean;
  decidedCount: number;
}

/** Dossiers forwarded from this one (up) or the one it came from (down), with the actor's access. */
export async function loadLinked(
  tx: Db,
  actor: Actor,
  dossier: { id: string; forwardedFromId: string | null },
): Promise<{ from: LinkedRow | null; to: LinkedRow[] }> {
  const rows = await queryRows<LinkedRow & { forwardedFromId: string | null } & Record<string, unknown>>(
    tx,
    sql`select d.id, d.code, d.title, d.status, d.authority_label as "authorityLabel",
      d.forwarded_from_id as "forwardedFromId", ${dossierVisibleSql(actor)} as accessible,
      (select count(*)::int from dossier_nominees n where n.dossier_id = d.id and n.decision_id is not null)
        as "decidedCount"
    from ${DOSSIER_FROM}
    where d.forwarded_from_id = ${dossier.id}
      ${dossier.forwardedFromId ? sql`or d.id = ${dossier.forwardedFromId}` : sql``}
    order by d.created_at`,
  );
  const strip = ({ forwardedFromId: _f, ...r }: LinkedRow & { forwardedFromId: string | null }) => r;
  return {
    from: rows.filter((r) => r.id === dossier.forwardedFromId).map(strip)[0] ?? null,
    to: rows.filter((r) => r.forwardedFromId === dossier.id).map(strip),
  };
}
