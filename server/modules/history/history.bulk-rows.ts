// Rows of the bulk history path as they travel to the database: one JSON parameter per chunk of rows
// (json_to_recordset), which is several times faster than multi-row VALUES on the embedded engine.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AwardKindCode, SubjectKind } from '../../../domain/regimes/types';
import type { Db } from '../../db/client';
import { awardAmount } from './history.money';

export const CHUNK = 5_000;

export const json = (rows: unknown) => JSON.stringify(rows);

/** Gives every parsed item a new id. */
export const withIds = <T>(items: T[]) => items.map((item) => ({ ...item, id: randomUUID() }));

/** Inserts rows, one statement per chunk; `columns` is the json_to_recordset column list. */
export async function insertRows(
  tx: Db,
  table: string,
  columns: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  const names = columns
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .join(', ');
  for (let i = 0; i < rows.length; i += CHUNK) {
    await tx.execute(sql`insert into ${sql.raw(table)} (${sql.raw(names)})
      select * from json_to_recordset(${json(rows.slice(i, i + CHUNK))}::json) as x(${sql.raw(columns)})`);
  }
}

/** Sets the recruitment date of many people (each change bumps the person's version). */
export async function updateRecruitment(
  tx: Db,
  rows: readonly { personId: string; recruitedOn: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const slice = rows
      .slice(i, i + CHUNK)
      .map((r) => ({ person_id: r.personId, recruited_on: r.recruitedOn }));
    await tx.execute(sql`update people set recruited_on = x.recruited_on, version = version + 1, updated_at = now()
      from json_to_recordset(${json(slice)}::json) as x(person_id uuid, recruited_on date)
      where people.id = x.person_id`);
  }
}

export const AWARD_COLUMNS = `id uuid, subject_kind text, person_id uuid, unit_id uuid, household_name text,
  award_kind text, award_type text, achievement_year smallint, decision_number text, decision_date date,
  authority text, authority_unit_id uuid, unit_at_award_id uuid, amount integer, revoked boolean,
  revoked_on date, revoked_reason text, source text, note text`;

export interface BulkAwardRow {
  id: string;
  personId?: string | undefined;
  unitId?: string | undefined;
  householdName: string | null;
  awardKind: AwardKindCode;
  awardType: string;
  year: number;
  decisionNumber: string | null;
  decisionDate: string | null;
  authority: string | null;
  authorityUnitId?: string | null | undefined;
  unitAtAwardId: string;
  amount?: number | null | undefined;
  revoked?: { on: string; reason: string } | undefined;
  note: string | null;
}

export function awardRow(a: BulkAwardRow) {
  const subjectKind: SubjectKind = a.unitId ? 'collective' : a.householdName ? 'household' : 'individual';
  return {
    id: a.id,
    subject_kind: subjectKind,
    person_id: a.personId ?? null,
    unit_id: a.unitId ?? null,
    household_name: a.personId ? a.householdName : null,
    award_kind: a.awardKind,
    award_type: a.awardType,
    achievement_year: a.year,
    decision_number: a.decisionNumber,
    decision_date: a.decisionDate,
    authority: a.authority,
    authority_unit_id: a.authorityUnitId ?? null,
    unit_at_award_id: a.unitAtAwardId,
    amount: a.amount ?? awardAmount(a.awardKind, subjectKind, a.decisionDate),
    revoked: a.revoked !== undefined,
    revoked_on: a.revoked?.on ?? null,
    revoked_reason: a.revoked?.reason ?? null,
    source: 'recorded',
    note: a.note,
  };
}

export const RATING_COLUMNS = `id uuid, person_id uuid, unit_id uuid, year smallint, rating text,
  rated_at_unit_id uuid, document text`;

export const ratingRow = (r: {
  id: string;
  personId?: string | undefined;
  unitId?: string | undefined;
  year: number;
  rating: string;
  ratedAtUnitId?: string | null | undefined;
  document: string | null;
}) => ({
  id: r.id,
  person_id: r.personId ?? null,
  unit_id: r.unitId ?? null,
  year: r.year,
  rating: r.rating,
  rated_at_unit_id: r.ratedAtUnitId ?? null,
  document: r.document,
});

export const INITIATIVE_COLUMNS = `id uuid, person_id uuid, title text, kind text, level text, recognized_on date,
  recognition_document text, used_by_award_id uuid`;

export const initiativeRow = (r: {
  id: string;
  personId: string;
  title: string;
  kind: string;
  level: string;
  recognizedOn: string;
  recognitionDocument: string | null;
  usedByAwardId: string | null;
}) => ({
  id: r.id,
  person_id: r.personId,
  title: r.title,
  kind: r.kind,
  level: r.level,
  recognized_on: r.recognizedOn,
  recognition_document: r.recognitionDocument,
  used_by_award_id: r.usedByAwardId,
});

export const DISCIPLINE_COLUMNS = `id uuid, person_id uuid, unit_id uuid, kind text, from_date date, to_date date,
  document text, reason text`;

export const disciplineRow = (r: {
  id: string;
  personId?: string | undefined;
  unitId?: string | undefined;
  kind: string;
  fromDate: string;
  toDate: string | null;
  document: string | null;
  reason: string | null;
}) => ({
  id: r.id,
  person_id: r.personId ?? null,
  unit_id: r.unitId ?? null,
  kind: r.kind,
  from_date: r.fromDate,
  to_date: r.toDate,
  document: r.document,
  reason: r.reason,
});

export const STATS_COLUMNS = `id uuid, unit_id uuid, year smallint, members integer, ldtt_share numeric,
  completed_share numeric, cstdcs_count integer, serious_discipline boolean, document text`;

export const statsRow = (r: {
  id: string;
  unitId: string;
  year: number;
  members: number;
  ldttShare: number;
  completedShare: number;
  cstdcsCount: number;
  seriousDiscipline: boolean;
  document: string | null;
}) => ({
  id: r.id,
  unit_id: r.unitId,
  year: r.year,
  members: r.members,
  ldtt_share: r.ldttShare,
  completed_share: r.completedShare,
  cstdcs_count: r.cstdcsCount,
  serious_discipline: r.seriousDiscipline,
  document: r.document,
});
