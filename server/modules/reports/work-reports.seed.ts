// Demo: the draft work report of huyện Cẩm Xuyên for 01/01–30/06/2023, entered through the reports service as the
// seed report writes its own parts — addressed to the province's Emulation & Commendation Board in answer to
// 253/BTĐKT-THHC, its assessment (II) from facts.json `assessment`, signed TM. Ủy ban nhân dân / Chủ tịch by the
// signer facts.json names, with its recipients. Section I is never stored: it is generated from the demo data.
import { readFileSync } from 'node:fs';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { createWorkReport } from './work-reports.service';

interface Facts {
  period: { from: string; to: string };
  assessment: { strengths: string[]; weaknesses: string[]; causes: string[]; solutions: string[] };
  signature: { signerName: string };
  recipients: { text: string }[];
}

const FACTS = JSON.parse(
  readFileSync(new URL('../../db/seed/seed-report-facts.json', import.meta.url), 'utf8'),
) as Facts;

/** Items of the assessment as the report's dash paragraphs. */
const dashes = (items: readonly string[]) =>
  items.map((s, i) => `- ${s.trim()}${i === items.length - 1 ? '.' : ';'}`).join('\n');

/** The Cẩm Xuyên draft report; `documents` maps facts.json document ids to their database ids. */
export async function writeWorkReports(
  tx: Db,
  actor: Actor,
  unitIds: ReadonlyMap<string, string>,
  documents: ReadonlyMap<string, string>,
): Promise<void> {
  const a = FACTS.assessment;
  await createWorkReport(tx, actor, {
    unitId: unitIds.get('cx')!,
    from: FACTS.period.from,
    to: FACTS.period.to,
    addressee: 'Ban Thi đua - Khen thưởng tỉnh',
    requestDocumentId: documents.get('vb-253-btdkt') ?? null,
    place: 'Cẩm Xuyên',
    signerCapacity: 'TM. Ủy ban nhân dân',
    signerTitle: 'Chủ tịch',
    signerName: FACTS.signature.signerName,
    recipients: FACTS.recipients.map((r) => r.text),
    strengths: dashes(a.strengths),
    weaknesses: dashes(a.weaknesses),
    causes: dashes(a.causes),
    solutions: dashes(a.solutions),
  });
}
