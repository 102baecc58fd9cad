// Document rows → views: the reference as reports cite it, in force or not, and the `can` map.
import type {
  AuthorityLevel,
  DocumentListItem,
  DocumentRefView,
  DocumentType,
  DocumentView,
} from '../../../contracts/documents';
import { documentTypeName, formatDocumentReference } from '../../../domain/documents';
import type { Actor } from '../../lib/actor';
import { documentAbilities } from './documents.policy';
import type { DocumentRow, FileFacts, ListRow, UnitFacts } from './documents.queries';

interface RefFacts {
  type: string;
  typeName: string | null;
  numberSymbol: string | null;
  issuedOn: string | null;
  summary: string | null;
}

/** "Kế hoạch số 3382/UBND-KH ngày 11/11/2022", or the name of a document without a number. */
export function referenceOf(doc: RefFacts): string {
  return formatDocumentReference({ ...doc, type: doc.type as DocumentType });
}

/** A link to a document: its id and reference. */
export function presentRef(doc: RefFacts & { id: string }): DocumentRefView {
  return { id: doc.id, reference: referenceOf(doc) };
}

/** Out of force: replaced by another document, or past its end date. */
function isSuperseded(
  doc: { supersededById: string | null; effectiveTo: string | null },
  today: string,
): boolean {
  return doc.supersededById !== null || (doc.effectiveTo !== null && doc.effectiveTo < today);
}

/** One line of the documents list. */
export function presentListItem(row: ListRow, today: string): DocumentListItem {
  const facts = {
    type: row.type,
    typeName: row.type_name,
    numberSymbol: row.number_symbol,
    issuedOn: row.issued_on,
    summary: row.summary,
  };
  return {
    id: row.id,
    type: row.type as DocumentType,
    typeLabel: documentTypeName({ type: row.type as DocumentType, typeName: row.type_name }),
    numberSymbol: row.number_symbol,
    issuedOn: row.issued_on,
    issuerName: row.issuer_name,
    issuerLevel: row.issuer_level as AuthorityLevel | null,
    summary: row.summary,
    reference: referenceOf(facts),
    unit: { id: row.unit_id, name: row.unit_name },
    hasFile: row.has_file,
    superseded: isSuperseded({ supersededById: row.superseded_by_id, effectiveTo: row.effective_to }, today),
  };
}

export interface DocumentDetails {
  row: DocumentRow;
  unit: UnitFacts;
  issuerUnit: UnitFacts | null;
  supersededBy: DocumentRow | null;
  supersedes: DocumentRow[];
  file: FileFacts | null;
  movements: { id: string; name: string; role: string }[];
  /** Links of any scope (movements, status steps): a linked document is not deleted. */
  linkCount: number;
}

/** The full record of a document, as the actor may see it. */
export function presentDocument(actor: Actor, d: DocumentDetails, today: string): DocumentView {
  const { row } = d;
  return {
    id: row.id,
    type: row.type as DocumentType,
    typeLabel: documentTypeName({ type: row.type as DocumentType, typeName: row.typeName }),
    typeName: row.typeName,
    numberSymbol: row.numberSymbol,
    number: row.number,
    numberYear: row.numberYear,
    symbol: row.symbol,
    year: row.year,
    issuedOn: row.issuedOn,
    issuerName: row.issuerName,
    issuerUnit: d.issuerUnit ? { id: d.issuerUnit.id, name: d.issuerUnit.name } : null,
    issuerLevel: row.issuerLevel as AuthorityLevel | null,
    summary: row.summary,
    reference: referenceOf(row),
    unit: { id: d.unit.id, name: d.unit.name },
    hasFile: row.fileId !== null,
    superseded: isSuperseded(row, today),
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    supersededBy: d.supersededBy ? presentRef(d.supersededBy) : null,
    supersedes: d.supersedes.map(presentRef),
    file: d.file,
    note: row.note,
    movements: d.movements,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: documentAbilities(actor, d.unit.path, d.linkCount > 0),
  };
}

/** The document as written to the audit trail (derived search columns left out). */
export function auditSnapshot(row: Partial<DocumentRow>) {
  const { searchFolded: _s, issuerFolded: _i, symbolKey: _k, createdAt: _c, updatedAt: _u, ...rest } = row;
  return rest;
}
