// Reads of disclosures: one in the actor's scope with its dossier and authority, the nominees published, the
// comments, pages (internal and public), the dossiers that can be disclosed, the facts published about nominees,
// and the authority's settings.
import { and, asc, desc, eq, gte, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import {
  disclosureComments,
  disclosureNominees,
  disclosures,
  disclosureSettings,
  dossierNominees,
  dossiers,
  units,
} from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { disclosureManagedSql, disclosureVisibleSql } from './disclosures.policy';

export type DisclosureRow = typeof disclosures.$inferSelect & {
  authorityName: string;
  authorityPath: string;
  dossierCode: string;
  dossierTitle: string;
  dossierStatus: string;
};

const columns = {
  d: disclosures,
  authorityName: units.name,
  authorityPath: units.path,
  dossierCode: dossiers.code,
  dossierTitle: dossiers.title,
  dossierStatus: dossiers.status,
};

type Joined = { d: typeof disclosures.$inferSelect } & Omit<
  DisclosureRow,
  keyof typeof disclosures.$inferSelect
>;
const flatten = ({ d, ...rest }: Joined): DisclosureRow => ({ ...d, ...rest });

function base(db: Db) {
  return db
    .select(columns)
    .from(disclosures)
    .innerJoin(units, eq(units.id, disclosures.authorityUnitId))
    .innerJoin(dossiers, eq(dossiers.id, disclosures.dossierId));
}

/** One disclosure the actor may see (its authority in scope), locked when asked. */
export async function findDisclosureInScope(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<DisclosureRow | undefined> {
  const query = base(db).where(and(eq(disclosures.id, id), disclosureVisibleSql(actor, sql`${units.path}`)));
  const [row] = lock ? await query.for('update', { of: disclosures }) : await query;
  return row ? flatten(row) : undefined;
}

/** A published disclosure, for the public page (no scope; drafts do not exist for the public). */
export async function findPublished(db: Db, id: string, today: string): Promise<DisclosureRow | undefined> {
  const [row] = await base(db).where(
    and(
      eq(disclosures.id, id),
      inArray(disclosures.status, ['open', 'closed']),
      sql`${disclosures.opensOn} <= ${today}`,
    ),
  );
  return row ? flatten(row) : undefined;
}

export type DisclosedRow = typeof disclosureNominees.$inferSelect;

export async function loadDisclosed(db: Db, disclosureId: string): Promise<DisclosedRow[]> {
  return db
    .select()
    .from(disclosureNominees)
    .where(eq(disclosureNominees.disclosureId, disclosureId))
    .orderBy(asc(disclosureNominees.position));
}

export type CommentRow = typeof disclosureComments.$inferSelect;

export async function loadComments(db: Db, disclosureId: string): Promise<CommentRow[]> {
  return db
    .select()
    .from(disclosureComments)
    .where(eq(disclosureComments.disclosureId, disclosureId))
    .orderBy(desc(disclosureComments.createdAt));
}

export async function findComment(db: Db, id: string): Promise<CommentRow | undefined> {
  const [row] = await db.select().from(disclosureComments).where(eq(disclosureComments.id, id));
  return row;
}

/** Comments from one sender (hashed address) on a disclosure since a time: the per-address limit. */
export async function countCommentsSince(db: Db, disclosureId: string, clientHash: string, since: Date) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(disclosureComments)
    .where(
      and(
        eq(disclosureComments.disclosureId, disclosureId),
        eq(disclosureComments.clientHash, clientHash),
        gte(disclosureComments.createdAt, since),
      ),
    );
  return row?.n ?? 0;
}

export interface DisclosurePageRow extends Record<string, unknown> {
  id: string;
  dossier_id: string;
  dossier_code: string;
  authority_id: string;
  authority_name: string;
  title: string;
  status: string;
  opens_on: string | null;
  closes_on: string | null;
  outcome: string | null;
  nominees: number;
  comments: number;
  new_comments: number;
}

/** A page of disclosures in the actor's scope: open ones first, then drafts, then the latest closed. */
export async function selectDisclosurePage(
  db: Db,
  actor: Actor,
  query: { status?: string; q?: string; page: number; pageSize: number },
): Promise<{ rows: DisclosurePageRow[]; total: number }> {
  const q = query.q?.trim();
  const where = sql`${disclosureVisibleSql(actor, sql`u.path`)}
    ${query.status ? sql`and x.status = ${query.status}` : sql``}
    ${q ? sql`and (x.title ilike ${`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} or d.code ilike ${`%${q}%`})` : sql``}`;
  const from = sql`disclosures x join units u on u.id = x.authority_unit_id join dossiers d on d.id = x.dossier_id`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${from} where ${where}`,
  );
  const rows = await queryRows<DisclosurePageRow>(
    db,
    sql`select x.id, d.id as dossier_id, d.code as dossier_code, u.id as authority_id, u.name as authority_name,
      x.title, x.status, x.opens_on::text, x.closes_on::text, x.outcome,
      (select count(*)::int from disclosure_nominees n where n.disclosure_id = x.id) as nominees,
      (select count(*)::int from disclosure_comments c where c.disclosure_id = x.id) as comments,
      (select count(*)::int from disclosure_comments c where c.disclosure_id = x.id and c.status = 'new') as new_comments
      from ${from} where ${where}
      order by case x.status when 'open' then 0 when 'draft' then 1 else 2 end, x.closes_on desc nulls last,
        x.created_at desc
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: count?.n ?? 0 };
}

export interface PublicPageRow extends Record<string, unknown> {
  id: string;
  title: string;
  authority_name: string;
  status: 'open' | 'closed';
  opens_on: string;
  closes_on: string;
  nominees: number;
}

/** Published disclosures for the public: those receiving comments first, then the latest ended (a year back). */
export async function selectPublicPage(
  db: Db,
  query: { page: number; pageSize: number },
  today: string,
): Promise<{ rows: PublicPageRow[]; total: number }> {
  const where = sql`x.status in ('open', 'closed') and x.opens_on <= ${today}
    and x.closes_on >= (${today}::date - 365)`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from disclosures x where ${where}`,
  );
  const rows = await queryRows<PublicPageRow>(
    db,
    sql`select x.id, x.title, u.name as authority_name, x.status, x.opens_on::text, x.closes_on::text,
      (select count(*)::int from disclosure_nominees n where n.disclosure_id = x.id) as nominees
      from disclosures x join units u on u.id = x.authority_unit_id where ${where}
      order by (x.status = 'open' and x.closes_on >= ${today}) desc, x.closes_on desc, x.id
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: count?.n ?? 0 };
}

export interface DossierFacts {
  id: string;
  code: string;
  title: string;
  status: string;
  regimeId: string;
  authorityUnitId: string | null;
  authorityName: string | null;
  authorityPath: string | null;
  proposingUnitName: string;
}

/** A dossier with its authority (no scope: callers check that the actor manages the authority). */
export async function loadDossierFacts(db: Db, dossierId: string): Promise<DossierFacts | undefined> {
  const [row] = await queryRows<DossierFacts & Record<string, unknown>>(
    db,
    sql`select d.id, d.code, d.title, d.status, d.regime_id as "regimeId", d.authority_unit_id as "authorityUnitId",
      au.name as "authorityName", au.path as "authorityPath", pu.name as "proposingUnitName"
      from dossiers d join units pu on pu.id = d.proposing_unit_id left join units au on au.id = d.authority_unit_id
      where d.id = ${dossierId}`,
  );
  return row;
}

export interface NomineePublicFacts extends Record<string, unknown> {
  id: string;
  position: number;
  subjectKind: string;
  name: string;
  awardKind: string;
  proposedAwardKind: string | null;
  summary: string | null;
  /** Current position and unit of an individual ("Chuyên viên, Phòng Nội vụ huyện …"), or null. */
  workplace: string | null;
  /** The collective's parent unit, for a collective. */
  parentName: string | null;
}

/** What can be published about a dossier's nominees: names, current post, kinds and summaries — nothing private. */
export async function loadNomineeFacts(
  db: Db,
  dossierIds: readonly string[],
  today: string,
): Promise<(NomineePublicFacts & { dossierId: string })[]> {
  if (dossierIds.length === 0) return [];
  return queryRows(
    db,
    sql`select n.id, n.dossier_id as "dossierId", n.position, n.subject_kind as "subjectKind",
      coalesce(n.household_name, p.full_name, u.name, '') as name, n.award_kind as "awardKind",
      n.proposed_award_kind as "proposedAwardKind", n.summary,
      (select concat_ws(', ', e.position, eu.name) from employments e join units eu on eu.id = e.unit_id
        where e.person_id = n.person_id and e.from_date <= ${today} and (e.to_date is null or e.to_date >= ${today})
        order by e.from_date desc limit 1) as workplace,
      (select pu.name from units pu where pu.id = u.parent_id) as "parentName"
      from dossier_nominees n left join people p on p.id = n.person_id left join units u on u.id = n.unit_id
      where n.dossier_id in (${sql.join(
        dossierIds.map((id) => sql`${id}`),
        sql`, `,
      )})
      order by n.position`,
  );
}

/** Dossiers of authorities the actor manages that may be disclosed (received, in appraisal or at the council). */
export async function loadCandidateDossiers(
  db: Db,
  actor: Actor,
): Promise<(DossierFacts & Record<string, unknown>)[]> {
  return queryRows(
    db,
    sql`select d.id, d.code, d.title, d.status, d.regime_id as "regimeId", d.authority_unit_id as "authorityUnitId",
      au.name as "authorityName", au.path as "authorityPath", pu.name as "proposingUnitName"
      from dossiers d join units au on au.id = d.authority_unit_id join units pu on pu.id = d.proposing_unit_id
      where d.status in ('received', 'appraising', 'council') and ${disclosureManagedSql(actor, sql`au.path`)}
        and not exists (select 1 from disclosures x where x.dossier_id = d.id)
      order by d.code limit 200`,
  );
}

export async function loadSettings(db: Db, authorityUnitId: string) {
  return db
    .select({ awardKind: disclosureSettings.awardKind, days: disclosureSettings.days })
    .from(disclosureSettings)
    .where(eq(disclosureSettings.authorityUnitId, authorityUnitId))
    .orderBy(asc(disclosureSettings.awardKind));
}

/** The nominees of a dossier by id (to check those chosen belong to it). */
export async function nomineeIdsOf(db: Db, dossierId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: dossierNominees.id })
    .from(dossierNominees)
    .where(eq(dossierNominees.dossierId, dossierId));
  return new Set(rows.map((r) => r.id));
}
