// Awardees of a decision: the nominees of an authority a decision may take (concluded, passed, theirs to grant,
// in no decision yet), how a subject is printed on the list (name, chức vụ and đơn vị on the decision date),
// the money of each on the decision date, and the yearly titles a subject already holds.
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { authorityServes, regimeById } from '../../../domain/catalog';
import { decisionMoney, type MoneyAwardee } from '../../../domain/decisions';
import { kindName } from '../../../domain/eligibility/text';
import type { AwardKindCode, ProposerLevel, RegimeId, SubjectKind } from '../../../domain/regimes/types';
import { UNIQUE_YEARLY_TITLES } from '../../../contracts/history-enums';
import { type Db, queryRows } from '../../db/client';
import { awards, decisionAwardees, dossierNominees, employments, people, units } from '../../db/schema/index';
import { AppError } from '../../lib/errors';

export interface NomineeRow {
  id: string;
  dossierId: string;
  dossierCode: string;
  dossierTitle: string;
  dossierStatus: string;
  dossierRegime: RegimeId;
  dossierAwardType: string;
  authorityUnitId: string | null;
  authorityCode: string;
  proposingUnitId: string;
  proposingUnitName: string;
  proposingUnitKind: string;
  proposingUnitLevel: string;
  subjectKind: SubjectKind;
  personId: string | null;
  unitId: string | null;
  householdName: string | null;
  subjectName: string;
  awardKind: AwardKindCode;
  achievementYear: number;
  outcome: string | null;
  decisionId: string | null;
  forwardedToNomineeId: string | null;
  inDecision: string | null;
}

/** Nominees with their dossier and subject, by a condition on `n` (dossier_nominees) / `ds` (dossiers). */
export async function selectNominees(tx: Db, condition: ReturnType<typeof sql>): Promise<NomineeRow[]> {
  const rows = await queryRows<Record<string, unknown>>(
    tx,
    sql`select n.id, n.dossier_id, ds.code as dossier_code, ds.title as dossier_title, ds.status as dossier_status,
        ds.regime_id as dossier_regime, ds.award_type as dossier_award_type, ds.authority_unit_id, ds.authority_code,
        ds.proposing_unit_id, pu.name as proposing_unit_name, pu.kind as proposing_unit_kind,
        pu.level as proposing_unit_level, n.subject_kind, n.person_id, n.unit_id, n.household_name,
        coalesce(p.full_name, su.name) as subject_name,
        coalesce(n.outcome_award_kind, n.award_kind) as award_kind, ds.achievement_year, n.outcome,
        n.decision_id, n.forwarded_to_nominee_id,
        (select a.decision_id from decision_awardees a where a.nominee_id = n.id) as in_decision
      from dossier_nominees n
      join dossiers ds on ds.id = n.dossier_id
      join units pu on pu.id = ds.proposing_unit_id
      left join people p on p.id = n.person_id
      left join units su on su.id = n.unit_id
      where ${condition}
      order by ds.code, n.position`,
  );
  return rows.map((r) => ({
    id: r.id as string,
    dossierId: r.dossier_id as string,
    dossierCode: r.dossier_code as string,
    dossierTitle: r.dossier_title as string,
    dossierStatus: r.dossier_status as string,
    dossierRegime: r.dossier_regime as RegimeId,
    dossierAwardType: r.dossier_award_type as string,
    authorityUnitId: (r.authority_unit_id as string | null) ?? null,
    authorityCode: r.authority_code as string,
    proposingUnitId: r.proposing_unit_id as string,
    proposingUnitName: r.proposing_unit_name as string,
    proposingUnitKind: r.proposing_unit_kind as string,
    proposingUnitLevel: r.proposing_unit_level as string,
    subjectKind: r.subject_kind as SubjectKind,
    personId: (r.person_id as string | null) ?? null,
    unitId: (r.unit_id as string | null) ?? null,
    householdName: (r.household_name as string | null) ?? null,
    subjectName: (r.subject_name as string | null) ?? '',
    awardKind: r.award_kind as AwardKindCode,
    achievementYear: Number(r.achievement_year),
    outcome: (r.outcome as string | null) ?? null,
    decisionId: (r.decision_id as string | null) ?? null,
    forwardedToNomineeId: (r.forwarded_to_nominee_id as string | null) ?? null,
    inDecision: (r.in_decision as string | null) ?? null,
  }));
}

/** Dossier statuses whose passed nominees a decision of the authority may take. */
export const DECIDABLE_DOSSIER_STATUSES = ['concluded', 'forwarded', 'decided'] as const;

/** The candidate condition of an authority: concluded, passed, not forwarded, in no decision (draft or issued). */
export function candidateCondition(authorityUnitId: string, authorityCode: string) {
  return sql`ds.authority_unit_id = ${authorityUnitId} and ds.authority_code = ${authorityCode}
    and ds.status in ('concluded', 'forwarded', 'decided') and n.outcome = 'passed'
    and n.forwarded_to_nominee_id is null and n.decision_id is null
    and not exists (select 1 from decision_awardees x where x.nominee_id = n.id)`;
}

/** Display name as printed: households as "Hộ …". */
export function displayNameOf(n: {
  subjectKind: SubjectKind;
  subjectName: string;
  householdName: string | null;
}) {
  if (n.subjectKind === 'household') {
    const h = n.householdName ?? n.subjectName;
    return /^hộ\s/iu.test(h) ? h : `Hộ ${h}`;
  }
  return n.subjectName;
}

/**
 * Why a nominee cannot go into a decision of this authority (Vietnamese), or null: it must be concluded and passed
 * at this authority, not forwarded, in no decision yet, and its kind must be this authority's to grant.
 */
export function nomineeRefusal(n: NomineeRow, authority: { unitId: string; code: string }): string | null {
  const who = displayNameOf(n);
  if (n.authorityUnitId !== authority.unitId || n.authorityCode !== authority.code) {
    return `${who} (hồ sơ ${n.dossierCode}) không thuộc thẩm quyền của sổ quyết định này`;
  }
  if (!(DECIDABLE_DOSSIER_STATUSES as readonly string[]).includes(n.dossierStatus)) {
    return `Hồ sơ ${n.dossierCode} chưa được Hội đồng kết luận`;
  }
  if (n.outcome !== 'passed') return `${who} không được Hội đồng thông qua`;
  if (n.forwardedToNomineeId) return `${who} đã được trình cấp trên`;
  if (n.decisionId || n.inDecision) return `${who} đã có trong một quyết định khác`;
  const def = regimeById(n.dossierRegime).kinds[n.awardKind];
  const proposer = { level: n.proposingUnitLevel as ProposerLevel, unitKind: n.proposingUnitKind };
  const serving = (def?.authorities ?? []).filter((rule) => authorityServes(rule, proposer));
  if (serving.length > 0 && !serving.some((rule) => rule.authority === authority.code)) {
    return `${kindName(n.awardKind)} của ${who} thuộc thẩm quyền ${serving[0]!.label}: cần trình cấp trên`;
  }
  return null;
}

export interface PrintedSubject {
  displayName: string;
  positionTitle: string | null;
  unitName: string | null;
  unitAtAwardId: string;
}

/** How subjects are printed on the list on a date: a person's chức vụ and đơn vị then; a collective's parent. */
export async function printedSubjects(
  tx: Db,
  subjects: readonly {
    key: string;
    subjectKind: SubjectKind;
    personId: string | null;
    unitId: string | null;
    householdName: string | null;
    fallbackUnitId: string | null;
  }[],
  date: string,
): Promise<Map<string, PrintedSubject>> {
  const personIds = [...new Set(subjects.flatMap((s) => (s.personId ? [s.personId] : [])))];
  const unitIds = [
    ...new Set(subjects.flatMap((s) => [s.unitId, s.fallbackUnitId].filter((x) => x !== null))),
  ];
  const persons = personIds.length
    ? await tx
        .select({ id: people.id, fullName: people.fullName })
        .from(people)
        .where(inArray(people.id, personIds))
    : [];
  const jobs = personIds.length
    ? await tx
        .select({
          personId: employments.personId,
          unitId: employments.unitId,
          position: employments.position,
          fromDate: employments.fromDate,
          toDate: employments.toDate,
          unitName: units.name,
        })
        .from(employments)
        .innerJoin(units, eq(units.id, employments.unitId))
        .where(inArray(employments.personId, personIds))
    : [];
  const parent = sql`(select pu.name from units pu where pu.id = ${units.parentId})`;
  const unitRows = unitIds.length
    ? await tx
        .select({ id: units.id, name: units.name, parentName: sql<string | null>`${parent}` })
        .from(units)
        .where(inArray(units.id, unitIds as string[]))
    : [];
  const unitById = new Map(unitRows.map((u) => [u.id, u]));
  const nameById = new Map(persons.map((p) => [p.id, p.fullName]));
  const result = new Map<string, PrintedSubject>();
  for (const s of subjects) {
    if (s.subjectKind === 'collective') {
      const u = unitById.get(s.unitId!);
      result.set(s.key, {
        displayName: u?.name ?? '',
        positionTitle: null,
        unitName: u?.parentName ?? null,
        unitAtAwardId: s.unitId!,
      });
      continue;
    }
    const own = jobs
      .filter((j) => j.personId === s.personId)
      .sort((a, b) => b.fromDate.localeCompare(a.fromDate));
    const job = own.find((j) => j.fromDate <= date && (!j.toDate || j.toDate >= date)) ?? own[0];
    const fallback = s.fallbackUnitId ? unitById.get(s.fallbackUnitId) : undefined;
    const name = nameById.get(s.personId!) ?? '';
    result.set(s.key, {
      displayName:
        s.subjectKind === 'household'
          ? displayNameOf({ subjectKind: 'household', subjectName: name, householdName: s.householdName })
          : name,
      positionTitle: s.subjectKind === 'individual' ? (job?.position ?? null) : null,
      unitName: job?.unitName ?? fallback?.name ?? null,
      unitAtAwardId: job?.unitId ?? s.fallbackUnitId ?? '',
    });
  }
  return result;
}

/** Prices the awardees of a decision on its date and stores the money; returns the total. */
export async function priceAwardees(tx: Db, decisionId: string, date: string): Promise<number> {
  const rows = await tx.select().from(decisionAwardees).where(eq(decisionAwardees.decisionId, decisionId));
  const money = decisionMoney(
    rows.map((r): MoneyAwardee => ({
      key: r.id,
      subjectKey: `${r.subjectKind}:${r.personId ?? r.unitId}`,
      subjectKind: r.subjectKind as SubjectKind,
      awardKind: r.awardKind as AwardKindCode,
      achievementYear: r.achievementYear,
    })),
    date,
  );
  const errors = Object.entries(money.errors);
  if (errors.length > 0) {
    const [key, message] = errors[0]!;
    const row = rows.find((r) => r.id === key)!;
    const text = `${row.displayName}: ${message}`;
    throw new AppError('VALIDATION', text, { decisionDate: text });
  }
  // One UPDATE … FROM (VALUES …) per 1,000 awardees instead of one statement each.
  for (let from = 0; from < money.items.length; from += 1000) {
    const values = money.items
      .slice(from, from + 1000)
      .map(
        (item) =>
          sql`(${item.key}::uuid, ${item.coefficient}::numeric, ${item.basePay}::int, ${item.amount}::int, ${item.note}::text)`,
      );
    await tx.execute(
      sql`update decision_awardees a set coefficient = v.coefficient, base_pay = v.base_pay, amount = v.amount,
          money_note = v.money_note
        from (values ${sql.join(values, sql`, `)}) as v(id, coefficient, base_pay, amount, money_note)
        where a.id = v.id and a.decision_id = ${decisionId}`,
    );
  }
  return money.total;
}

/** Links each awardee to the award written for it at issue (pairs of awardee id and award id). */
export async function linkAwards(
  tx: Db,
  decisionId: string,
  pairs: readonly { awardeeId: string; awardId: string }[],
): Promise<void> {
  for (let from = 0; from < pairs.length; from += 1000) {
    const values = pairs.slice(from, from + 1000).map((p) => sql`(${p.awardeeId}::uuid, ${p.awardId}::uuid)`);
    await tx.execute(
      sql`update decision_awardees a set award_id = v.award_id
        from (values ${sql.join(values, sql`, `)}) as v(id, award_id)
        where a.id = v.id and a.decision_id = ${decisionId}`,
    );
  }
}

/** Subjects that already hold a yearly title of the same year (not revoked): the award would be a duplicate. */
export async function heldTitles(
  tx: Db,
  subjects: readonly {
    key: string;
    subjectKind: SubjectKind;
    personId: string | null;
    unitId: string | null;
    awardKind: AwardKindCode;
    achievementYear: number;
    displayName: string;
  }[],
): Promise<Map<string, string>> {
  const yearly = subjects.filter((s) => (UNIQUE_YEARLY_TITLES as readonly string[]).includes(s.awardKind));
  const result = new Map<string, string>();
  if (yearly.length === 0) return result;
  const ids = [...new Set(yearly.map((s) => s.personId ?? s.unitId!))];
  const held = await tx
    .select({
      personId: awards.personId,
      unitId: awards.unitId,
      subjectKind: awards.subjectKind,
      awardKind: awards.awardKind,
      year: awards.achievementYear,
      decisionNumber: awards.decisionNumber,
    })
    .from(awards)
    .where(
      and(
        sql`coalesce(${awards.personId}, ${awards.unitId}) in (${sql.join(
          ids.map((i) => sql`${i}`),
          sql`, `,
        )})`,
        eq(awards.revoked, false),
      ),
    );
  for (const s of yearly) {
    const hit = held.find(
      (h) =>
        (h.personId ?? h.unitId) === (s.personId ?? s.unitId) &&
        h.subjectKind === s.subjectKind &&
        h.awardKind === s.awardKind &&
        h.year === s.achievementYear,
    );
    if (hit) {
      result.set(
        s.key,
        `${s.displayName} đã có danh hiệu ${kindName(s.awardKind)} năm ${s.achievementYear}` +
          (hit.decisionNumber ? ` (Quyết định số ${hit.decisionNumber})` : ''),
      );
    }
  }
  return result;
}

/** Marks nominees as answered by a decision (at issue). */
export async function linkNominees(tx: Db, decisionId: string, nomineeIds: readonly string[]): Promise<void> {
  if (nomineeIds.length === 0) return;
  await tx
    .update(dossierNominees)
    .set({ decisionId, version: sql`${dossierNominees.version} + 1` })
    .where(and(inArray(dossierNominees.id, [...nomineeIds]), isNull(dossierNominees.decisionId)));
}
