// Reads and writes of documents (Drizzle and SQL); scope conditions come from documents.policy.ts.
import { and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { DocumentListQuery } from '../../../contracts/documents';
import { foldVietnamese } from '../../../domain/text';
import { type Db, queryRows } from '../../db/client';
import { documents, files, movementDocuments, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { documentVisibleSql } from './documents.policy';

export type DocumentRow = typeof documents.$inferSelect;

export interface UnitFacts {
  id: string;
  name: string;
  path: string;
  kind: string;
  level: string;
  validTo: string | null;
}

const unitColumns = {
  id: units.id,
  name: units.name,
  path: units.path,
  kind: units.kind,
  level: units.level,
  validTo: units.validTo,
};

/** Units by id (any scope: callers check it). */
export async function loadUnits(db: Db, ids: readonly string[]): Promise<Map<string, UnitFacts>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db.select(unitColumns).from(units).where(inArray(units.id, wanted));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The document if the actor can see it, with its keeping unit's path. */
export async function findVisibleDocument(
  db: Db,
  actor: Actor,
  id: string,
): Promise<{ row: DocumentRow; unit: UnitFacts } | undefined> {
  const [hit] = await db
    .select({ row: documents, unit: unitColumns })
    .from(documents)
    .innerJoin(units, eq(units.id, documents.unitId))
    .where(and(eq(documents.id, id), documentVisibleSql(actor, sql`${documents.unitId}`)))
    .limit(1);
  return hit;
}

/** Documents by id that the actor can see (others are left out). */
export async function findVisibleDocuments(
  db: Db,
  actor: Actor,
  ids: readonly string[],
): Promise<DocumentRow[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  return db
    .select()
    .from(documents)
    .where(and(inArray(documents.id, wanted), documentVisibleSql(actor, sql`${documents.unitId}`)));
}

export interface DuplicateKey {
  number: number;
  symbolKey: string;
  issuerFolded: string | null;
  year: number | null;
}

/** Another document with the same number, symbol, issuer and year (any scope), or undefined. */
export async function findDuplicate(
  db: Db,
  key: DuplicateKey,
  exceptId?: string,
): Promise<Pick<DocumentRow, 'id' | 'unitId'> | undefined> {
  const conditions: SQL[] = [
    sql`${documents.number} = ${key.number}`,
    sql`${documents.symbolKey} = ${key.symbolKey}`,
    sql`coalesce(${documents.issuerFolded}, '') = ${key.issuerFolded ?? ''}`,
    sql`coalesce(${documents.year}, 0) = ${key.year ?? 0}`,
  ];
  if (exceptId) conditions.push(ne(documents.id, exceptId));
  const [row] = await db
    .select({ id: documents.id, unitId: documents.unitId })
    .from(documents)
    .where(and(...conditions))
    .limit(1);
  return row;
}

export interface FileFacts {
  id: string;
  name: string;
  mime: string;
  size: number;
}

/** A stored file's name, type and size (not its bytes). */
export async function loadFileFacts(db: Db, id: string | null): Promise<FileFacts | null> {
  if (!id) return null;
  const [row] = await db
    .select({ id: files.id, name: files.name, mime: files.mime, size: files.size })
    .from(files)
    .where(eq(files.id, id))
    .limit(1);
  return row ?? null;
}

/** Documents that the given one replaces. */
export async function loadSuperseded(db: Db, actor: Actor, id: string): Promise<DocumentRow[]> {
  return db
    .select()
    .from(documents)
    .where(and(eq(documents.supersededById, id), documentVisibleSql(actor, sql`${documents.unitId}`)));
}

/** Number of movements a document is linked to (any scope) and of status steps naming it. */
export async function countDocumentLinks(db: Db, id: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select ((select count(*) from movement_documents where document_id = ${id})
      + (select count(*) from movement_status_events where document_id = ${id}))::int as n`,
  );
  return Number(row?.n ?? 0);
}

/** The movements a document serves, with its role, that the actor can see. */
export async function loadDocumentMovements(
  db: Db,
  id: string,
  movementVisible: SQL,
): Promise<{ id: string; name: string; role: string }[]> {
  return queryRows<{ id: string; name: string; role: string }>(
    db,
    sql`select m.id, m.name, md.role from ${movementDocuments} md join movements m on m.id = md.movement_id
      where md.document_id = ${id} and ${movementVisible} order by m.name_sort collate "C"`,
  );
}

export interface ListRow extends Record<string, unknown> {
  id: string;
  type: string;
  type_name: string | null;
  number_symbol: string | null;
  issued_on: string | null;
  issuer_name: string | null;
  issuer_level: string | null;
  summary: string | null;
  unit_id: string;
  unit_name: string;
  has_file: boolean;
  superseded_by_id: string | null;
  effective_to: string | null;
}

/** Escapes LIKE wildcards in a user's word. */
const likeEscape = (word: string) => word.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every folded word must occur in the column (trigram index on search_folded). */
function wordsCondition(column: SQL, q: string | undefined): SQL | null {
  const words = foldVietnamese(q ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return null;
  return sql.join(
    words.map((w) => sql`${column} like ${'%' + likeEscape(w) + '%'}`),
    sql` and `,
  );
}

const ORDER: Record<NonNullable<DocumentListQuery['sort']>, SQL> = {
  issuedOn: sql`d.issued_on asc nulls first, d.number asc nulls first, d.id`,
  '-issuedOn': sql`d.issued_on desc nulls last, d.number desc nulls last, d.id`,
  number: sql`d.number asc nulls last, d.issued_on asc, d.id`,
  '-number': sql`d.number desc nulls last, d.issued_on desc, d.id`,
  updatedAt: sql`d.updated_at asc, d.id`,
  '-updatedAt': sql`d.updated_at desc, d.id`,
};

/** A page of the documents the actor can see, with the total. */
export async function listDocumentRows(
  db: Db,
  actor: Actor,
  query: DocumentListQuery,
): Promise<{ rows: ListRow[]; total: number }> {
  const conditions: SQL[] = [documentVisibleSql(actor, sql`d.unit_id`)];
  const words = wordsCondition(sql`d.search_folded`, query.q);
  if (words) conditions.push(words);
  const issuer = wordsCondition(sql`coalesce(d.issuer_folded, '')`, query.issuer);
  if (issuer) conditions.push(issuer);
  if (query.type) conditions.push(sql`d.type = ${query.type}`);
  if (query.level) conditions.push(sql`d.issuer_level = ${query.level}`);
  if (query.issuerUnitId) conditions.push(sql`d.issuer_unit_id = ${query.issuerUnitId}`);
  if (query.from) conditions.push(sql`d.issued_on >= ${query.from}`);
  if (query.to) conditions.push(sql`d.issued_on <= ${query.to}`);
  const where = sql.join(conditions, sql` and `);
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from documents d where ${where}`,
  );
  const rows = await queryRows<ListRow>(
    db,
    sql`select d.id, d.type, d.type_name, d.number_symbol, d.issued_on::text as issued_on, d.issuer_name,
        d.issuer_level, d.summary, d.unit_id, u.name as unit_name, (d.file_id is not null) as has_file,
        d.superseded_by_id, d.effective_to::text as effective_to
      from documents d join units u on u.id = d.unit_id
      where ${where}
      order by ${ORDER[query.sort ?? '-issuedOn']}
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: Number(count?.n ?? 0) };
}
