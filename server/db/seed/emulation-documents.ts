// Demo documents: every document the seed report cites (seed-report-facts.json `documents`), entered through the
// documents service as the report writes it — number/symbol, type as cited ("Văn bản"), date, issuer, level and
// summary, diacritics included. Documents of the province or the centre are kept in the province's register
// (read by every unit below it), the district's in the district's. Where the report leaves the issuer unstated,
// the record says that its issuer is inferred.
import type { AuthorityLevel } from '../../../domain/documents';
import { DOCUMENT_TYPE_LABELS, documentTypeOfWord } from '../../../domain/documents';
import type { Actor } from '../../lib/actor';
import { createDocument } from '../../modules/documents/documents.service';
import type { Db } from '../client';
import { type FactDocument, SEED_REPORT } from './seed-report';

const LEVELS: Record<string, AuthorityLevel> = {
  'trung ương': 'central',
  tỉnh: 'province',
  huyện: 'district',
  xã: 'commune',
};

/** Units of the demo tree (server/db/seed/plan-units.ts keys) that issue the report's documents. */
const ISSUER_UNITS: Record<string, string> = {
  'UBND tỉnh Hà Tĩnh': 'ubnd-tinh',
  'UBND huyện Cẩm Xuyên': 'cx',
  'Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh': 'ban-tdkt',
};

export const INFERRED_ISSUER_NOTE = 'Báo cáo không nêu cơ quan ban hành; cơ quan ban hành ghi theo suy luận.';

/** The register a document is kept in: the province's for central and provincial documents, else the district's. */
function keepingUnit(doc: FactDocument): string {
  return doc.issuerLevel === 'trung ương' || doc.issuerLevel === 'tỉnh' ? 'tinh' : 'cx';
}

/** The request a document of the report is entered with. */
export function documentInput(doc: FactDocument, unitIds: ReadonlyMap<string, string>) {
  const type = documentTypeOfWord(doc.type);
  if (!type) throw new Error(`seed report document ${doc.id}: unknown type ${doc.type}`);
  const issuerUnit = doc.issuer ? ISSUER_UNITS[doc.issuer] : undefined;
  const notes = [doc.note, !doc.issuerStatedInText && doc.issuer ? INFERRED_ISSUER_NOTE : null].filter(
    Boolean,
  );
  return {
    unitId: unitIds.get(keepingUnit(doc))!,
    type,
    typeName: doc.type === DOCUMENT_TYPE_LABELS[type] ? null : doc.type,
    numberSymbol: doc.numberSymbol,
    issuedOn: doc.date,
    issuerName: doc.issuer,
    issuerUnitId: issuerUnit ? unitIds.get(issuerUnit)! : null,
    issuerLevel: doc.issuerLevel ? LEVELS[doc.issuerLevel]! : null,
    summary: doc.subject,
    note: notes.length > 0 ? notes.join(' ') : null,
  };
}

/** Enters the report's documents; returns the database id of each by its facts id. */
export async function writeEmulationDocuments(
  tx: Db,
  actor: Actor,
  unitIds: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const doc of SEED_REPORT.documents) {
    const view = await createDocument(tx, actor, documentInput(doc, unitIds));
    ids.set(doc.id, view.id);
  }
  return ids;
}
