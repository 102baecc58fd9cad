// The structured reading of the seed report (../shared/seed/facts.json, copied verbatim as seed-report-facts.json):
// its documents, movements and commemorations, typed for the demo seed and its tests.
import { readFileSync } from 'node:fs';

export interface FactDocument {
  id: string;
  numberSymbol: string | null;
  type: string;
  date: string | null;
  dateText: string | null;
  issuer: string | null;
  issuerLevel: string | null;
  issuerStatedInText: boolean;
  subject: string;
  role: string;
  note?: string;
}

export interface FactLevel {
  body: string | null;
  documents: string[];
  period?: string;
  note?: string;
}

export interface FactIndicator {
  indicator: string;
  value: number;
  qualifier: string | null;
  unit: string;
  asOf?: string;
  valueText?: string;
  note?: string;
}

export interface FactMovement {
  id: string;
  name: string;
  nameVariants?: string[];
  provincialName?: string;
  districtName?: string;
  period?: string;
  kind: string;
  launchedBy: { national: FactLevel | null; provincial: FactLevel | null; district: FactLevel | null };
  relatedPolicies?: string[];
  relatedPrograms?: string[];
  criteriaSets?: string[];
  subMovements?: string[];
  indicators: FactIndicator[];
  activities?: string[];
  implementingDocuments: string[];
  note?: string;
}

export interface FactCommemoration {
  name: string;
  dates: { from: string; to: string; text: string };
  documents: string[];
}

export interface SeedReportFacts {
  documents: FactDocument[];
  movements: FactMovement[];
  commemorations: FactCommemoration[];
}

/** The facts of the seed report, read once. */
export const SEED_REPORT: SeedReportFacts = JSON.parse(
  readFileSync(new URL('./seed-report-facts.json', import.meta.url), 'utf8'),
) as SeedReportFacts;

/** A name variant without the reader's remark in brackets: "… năm 2023 (tên trong Chỉ thị …)" → "… năm 2023". */
export function withoutRemark(text: string): string {
  return text.replace(/\s*\([^()]*\)\s*$/u, '').trim();
}

/** The remark in brackets at the end of a text, if any ("UBND tỉnh Hà Tĩnh (suy luận)" → "suy luận"). */
export function remarkOf(text: string): string | null {
  return /\(([^()]*)\)\s*$/u.exec(text)?.[1] ?? null;
}

/** A facts movement by id. */
export function factMovement(id: string): FactMovement {
  const found = SEED_REPORT.movements.find((m) => m.id === id);
  if (!found) throw new Error(`seed report has no movement ${id}`);
  return found;
}
