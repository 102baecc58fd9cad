// Documents use cases: scoped load → authorise → rule → write → audit → present, inside the caller's transaction.
import { and, eq, sql } from 'drizzle-orm';
import {
  DocumentCreateBody,
  type DocumentCreateInput,
  type DocumentListQuery,
  type DocumentPage,
  type DocumentUpdateBody,
  type DocumentView,
} from '../../../contracts/documents';
import { todayInVietnam } from '../../../contracts/people';
import {
  type AuthorityLevel,
  DOCUMENT_TYPE_LABELS,
  documentSearchText,
  documentYear,
  type DocumentType,
  parseNumberSymbol,
  symbolKey,
} from '../../../domain/documents';
import { foldVietnamese } from '../../../domain/text';
import type { Db } from '../../db/client';
import { documents } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, authorize, notFound } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import { movementVisibleSql } from '../movements/movements.policy';
import { canCreateDocuments, canEditAt, EDIT_REFUSED, isRelatedPath } from './documents.policy';
import { auditSnapshot, type DocumentDetails, presentDocument, presentListItem } from './documents.present';
import {
  countDocumentLinks,
  type DocumentRow,
  findDuplicate,
  findVisibleDocument,
  findVisibleDocuments,
  listDocumentRows,
  loadDocumentMovements,
  loadFileFacts,
  loadSuperseded,
  loadUnits,
  type UnitFacts,
} from './documents.queries';

const NOT_FOUND_DOCUMENT = 'văn bản';

function staleVersion(): AppError {
  return new AppError(
    'CONFLICT',
    'Văn bản này vừa được người khác cập nhật. Vui lòng tải lại trang rồi sửa lại',
    {
      version: 'Phiên bản dữ liệu đã cũ',
    },
  );
}

/** The fields a user writes, as stored. */
interface DocumentFacts {
  type: DocumentType;
  typeName: string | null;
  numberSymbol: string | null;
  issuedOn: string | null;
  issuerName: string | null;
  issuerUnitId: string | null;
  issuerLevel: AuthorityLevel | null;
  summary: string | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  supersededById: string | null;
  note: string | null;
}

/** The columns derived from what the user wrote: number parts, duplicate key, search text. */
function derivedColumns(f: DocumentFacts) {
  const parsed = f.numberSymbol ? parseNumberSymbol(f.numberSymbol) : null;
  return {
    numberSymbol: parsed?.text ?? null,
    number: parsed?.number ?? null,
    numberYear: parsed?.year ?? null,
    symbol: parsed?.symbol ?? null,
    symbolKey: parsed ? symbolKey(parsed.symbol) : null,
    year: documentYear(parsed?.year ?? null, f.issuedOn),
    issuerFolded: f.issuerName ? foldVietnamese(f.issuerName) : null,
    searchFolded: documentSearchText(f),
  };
}

/** A type name equal to the type's label is not kept (it is the default). */
function cleanTypeName(f: DocumentFacts): DocumentFacts {
  if (!f.typeName) return f;
  const label = DOCUMENT_TYPE_LABELS[f.type];
  return foldVietnamese(f.typeName) === foldVietnamese(label) ? { ...f, typeName: null } : f;
}

/** The issuing unit, when given: it must exist and lie above, at or below one of the actor's units. */
async function checkIssuerUnit(tx: Db, actor: Actor, facts: DocumentFacts): Promise<UnitFacts | null> {
  if (!facts.issuerUnitId) return null;
  const unit = (await loadUnits(tx, [facts.issuerUnitId])).get(facts.issuerUnitId);
  if (!unit || !isRelatedPath(actor, unit.path)) {
    throw new AppError('VALIDATION', 'Không tìm thấy đơn vị ban hành', {
      issuerUnitId: 'Không tìm thấy đơn vị ban hành',
    });
  }
  return unit;
}

/** The replacing document, when given: visible, not this one, and not replaced (directly or not) by this one. */
async function checkSupersededBy(tx: Db, actor: Actor, id: string | null, supersededById: string | null) {
  if (!supersededById) return;
  const fail = (message: string) => {
    throw new AppError('VALIDATION', message, { supersededById: message });
  };
  if (supersededById === id) fail('Văn bản không thể thay thế chính nó');
  const target = await findVisibleDocument(tx, actor, supersededById);
  if (!target) fail('Không tìm thấy văn bản thay thế');
  const seen = new Set<string>();
  for (let at: string | null = target!.row.supersededById; at && !seen.has(at);) {
    if (at === id) fail('Văn bản thay thế lại đang được văn bản này thay thế');
    seen.add(at);
    const [next] = await tx
      .select({ s: documents.supersededById })
      .from(documents)
      .where(eq(documents.id, at));
    at = next?.s ?? null;
  }
}

/** Refuses a second document with the same number and symbol from the same issuer in the same year. */
async function checkDuplicate(
  tx: Db,
  actor: Actor,
  derived: ReturnType<typeof derivedColumns>,
  facts: DocumentFacts,
  exceptId?: string,
) {
  if (derived.number === null || derived.symbolKey === null) return;
  const other = await findDuplicate(
    tx,
    {
      number: derived.number,
      symbolKey: derived.symbolKey,
      issuerFolded: derived.issuerFolded,
      year: derived.year,
    },
    exceptId,
  );
  if (!other) return;
  // Named as the stored document writes it when the actor can see it, else as the actor wrote it.
  const visible = await findVisibleDocument(tx, actor, other.id);
  const shown = visible?.row ?? { numberSymbol: derived.numberSymbol, issuerName: facts.issuerName };
  const issuer = shown.issuerName ? ` của ${shown.issuerName}` : '';
  const year = derived.year ? ` năm ${derived.year}` : '';
  const message = `Văn bản số ${shown.numberSymbol}${issuer}${year} đã có trong sổ văn bản`;
  throw new AppError(
    'CONFLICT',
    message,
    { numberSymbol: message },
    visible ? { existingId: other.id } : undefined,
  );
}

/** Loads what the view of a document needs. */
async function loadDetails(
  tx: Db,
  actor: Actor,
  row: DocumentRow,
  unit: UnitFacts,
): Promise<DocumentDetails> {
  const issuerUnit = row.issuerUnitId
    ? ((await loadUnits(tx, [row.issuerUnitId])).get(row.issuerUnitId) ?? null)
    : null;
  const [supersededBy] = row.supersededById
    ? await findVisibleDocuments(tx, actor, [row.supersededById])
    : [];
  return {
    row,
    unit,
    issuerUnit,
    supersededBy: supersededBy ?? null,
    supersedes: await loadSuperseded(tx, actor, row.id),
    file: await loadFileFacts(tx, row.fileId),
    movements: await loadDocumentMovements(tx, row.id, movementVisibleSql(actor, sql`m.id`, sql`m.unit_id`)),
    linkCount: await countDocumentLinks(tx, row.id),
  };
}

/** Loads a document in the actor's scope, or NOT_FOUND. */
export async function loadDocumentInScope(tx: Db, actor: Actor, id: string) {
  const hit = await findVisibleDocument(tx, actor, id);
  if (!hit) notFound(NOT_FOUND_DOCUMENT);
  return hit;
}

/** The full record of a document. */
export async function getDocument(tx: Db, actor: Actor, id: string): Promise<DocumentView> {
  const { row, unit } = await loadDocumentInScope(tx, actor, id);
  return presentDocument(actor, await loadDetails(tx, actor, row, unit), todayInVietnam());
}

/** A page of the documents the actor can see. */
export async function listDocuments(tx: Db, actor: Actor, query: DocumentListQuery): Promise<DocumentPage> {
  const today = todayInVietnam();
  const { rows, total } = await listDocumentRows(tx, actor, query);
  return {
    items: rows.map((r) => presentListItem(r, today)),
    total,
    page: query.page,
    pageSize: query.pageSize,
    can: { create: canCreateDocuments(actor) },
  };
}

/** Enters a document in the register of a unit the actor keeps documents for. */
export async function createDocument(
  tx: Db,
  actor: Actor,
  input: DocumentCreateInput,
): Promise<DocumentView> {
  const { unitId, ...fields } = parseInput(DocumentCreateBody, input);
  authorize(canCreateDocuments(actor), 'Bạn không có quyền nhập văn bản');
  const unit = (await loadUnits(tx, [unitId])).get(unitId);
  if (!unit || !isRelatedPath(actor, unit.path)) {
    throw new AppError('VALIDATION', 'Không tìm thấy đơn vị quản lý văn bản', {
      unitId: 'Không tìm thấy đơn vị',
    });
  }
  authorize(canEditAt(actor, unit.path), 'Bạn không có quyền nhập văn bản cho đơn vị này');
  let facts = cleanTypeName(fields);
  const issuerUnit = await checkIssuerUnit(tx, actor, facts);
  if (issuerUnit && !facts.issuerName) facts = { ...facts, issuerName: issuerUnit.name };
  await checkSupersededBy(tx, actor, null, facts.supersededById);
  const derived = derivedColumns(facts);
  await checkDuplicate(tx, actor, derived, facts);
  const [row] = await tx
    .insert(documents)
    .values({ ...facts, ...derived, unitId, createdBy: actor.userId })
    .returning();
  await appendAudit(tx, actor, {
    action: 'document.created',
    entity: 'document',
    entityId: row!.id,
    unitId,
    after: auditSnapshot(row!),
  });
  return presentDocument(actor, await loadDetails(tx, actor, row!, unit), todayInVietnam());
}

/** Changes a document's fields, with optimistic locking on `version`. */
export async function updateDocument(
  tx: Db,
  actor: Actor,
  id: string,
  body: DocumentUpdateBody,
): Promise<DocumentView> {
  const { row, unit } = await loadDocumentInScope(tx, actor, id);
  authorize(canEditAt(actor, unit.path), EDIT_REFUSED);
  if (body.version !== row.version) throw staleVersion();
  const { version, ...changes } = body;
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
  let facts: DocumentFacts = cleanTypeName({
    type: row.type as DocumentType,
    typeName: row.typeName,
    numberSymbol: row.numberSymbol,
    issuedOn: row.issuedOn,
    issuerName: row.issuerName,
    issuerUnitId: row.issuerUnitId,
    issuerLevel: row.issuerLevel as AuthorityLevel | null,
    summary: row.summary,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    supersededById: row.supersededById,
    note: row.note,
    ...defined,
  });
  if (!facts.numberSymbol && !facts.summary) {
    const message = 'Văn bản không có số, ký hiệu thì phải có trích yếu (tên văn bản)';
    throw new AppError('VALIDATION', message, { summary: message });
  }
  if (facts.effectiveFrom && facts.effectiveTo && facts.effectiveTo < facts.effectiveFrom) {
    const message = 'Ngày hết hiệu lực phải bằng hoặc sau ngày có hiệu lực';
    throw new AppError('VALIDATION', message, { effectiveTo: message });
  }
  const issuerUnit = changes.issuerUnitId ? await checkIssuerUnit(tx, actor, facts) : null;
  if (issuerUnit && !facts.issuerName) facts = { ...facts, issuerName: issuerUnit.name };
  if (changes.supersededById) await checkSupersededBy(tx, actor, id, facts.supersededById);
  const derived = derivedColumns(facts);
  await checkDuplicate(tx, actor, derived, facts, id);
  const [updated] = await tx
    .update(documents)
    .set({ ...facts, ...derived, updatedAt: new Date(), version: sql`${documents.version} + 1` })
    .where(and(eq(documents.id, id), eq(documents.version, version)))
    .returning();
  if (!updated) throw staleVersion();
  const keys = Object.keys(defined) as (keyof DocumentRow)[];
  const pick = (r: DocumentRow) =>
    Object.fromEntries([...keys, 'version'].map((k) => [k, r[k as keyof DocumentRow]]));
  await appendAudit(tx, actor, {
    action: 'document.updated',
    entity: 'document',
    entityId: id,
    unitId: row.unitId,
    before: pick(row),
    after: pick(updated),
  });
  return presentDocument(actor, await loadDetails(tx, actor, updated, unit), todayInVietnam());
}

/** Removes a document entered by mistake: one no movement or status step refers to. */
export async function deleteDocument(tx: Db, actor: Actor, id: string): Promise<void> {
  const { row, unit } = await loadDocumentInScope(tx, actor, id);
  authorize(canEditAt(actor, unit.path), EDIT_REFUSED);
  if ((await countDocumentLinks(tx, id)) > 0) {
    throw new AppError(
      'CONFLICT',
      'Văn bản đang được dùng trong phong trào thi đua; gỡ văn bản khỏi phong trào trước khi xóa',
    );
  }
  await tx.update(documents).set({ supersededById: null }).where(eq(documents.supersededById, id));
  await tx.delete(documents).where(eq(documents.id, id));
  await appendAudit(tx, actor, {
    action: 'document.deleted',
    entity: 'document',
    entityId: id,
    unitId: row.unitId,
    before: auditSnapshot(row),
  });
}
