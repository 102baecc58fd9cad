// Reads behind the statutory statistics forms: the rows of domain/statistics.ts for a unit's subtree and a period.
import type { AdminLevel, CadreClass, Gender, UnitKind } from '../../../contracts/enums';
import type { MovementKind } from '../../../domain/movements';
import type { AwardKindCode, AwardType, SubjectKind } from '../../../domain/regimes/types';
import {
  type AwardStatRow,
  isLeaderPosition,
  MINISTRY_AWARD_KINDS,
  type MovementStatRow,
  personTier,
  STATE_AWARD_KINDS,
  type StaffStatRow,
  type TdktOrgKind,
  tdktOrgKind,
} from '../../../domain/statistics';
import { type Db, queryRows, sql } from '../../db/client';

export interface ReportingUnit {
  id: string;
  name: string;
  path: string;
  level: AdminLevel;
  parentName: string | null;
}

export async function loadUnit(tx: Db, id: string): Promise<ReportingUnit | null> {
  const rows = await queryRows<{
    id: string;
    name: string;
    path: string;
    level: AdminLevel;
    parent_name: string | null;
  }>(
    tx,
    sql`select u.id, u.name, u.path, u.level, p.name as parent_name
        from units u left join units p on p.id = u.parent_id where u.id = ${id}`,
  );
  const r = rows[0];
  return r ? { id: r.id, name: r.name, path: r.path, level: r.level, parentName: r.parent_name } : null;
}

const kindList = (kinds: readonly string[]) =>
  sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );

/**
 * Awards of the state and ministry/province levels granted in the period (decision date in the period; an award
 * recorded without a decision date counts in its achievement year) to subjects whose unit at the time of the award
 * lies in the subtree; revoked awards are left out. The individual's position, class and unit come from the
 * employment in force on the decision date (the one at the award's unit first).
 */
export async function awardRows(
  tx: Db,
  path: string,
  period: { from: string; to: string },
  year: number,
): Promise<AwardStatRow[]> {
  const rows = await queryRows<{
    award_kind: AwardKindCode;
    award_type: AwardType;
    subject_kind: SubjectKind;
    unit_kind: UnitKind | null;
    root_level: AdminLevel;
    position: string | null;
    cadre_class: CadreClass | null;
    is_direct_worker: boolean | null;
    emp_level: AdminLevel | null;
    emp_kind: UnitKind | null;
  }>(
    tx,
    sql`select a.award_kind, a.award_type, a.subject_kind, au.kind as unit_kind, r.level as root_level,
               emp.position, emp.cadre_class, emp.is_direct_worker, emp.level as emp_level, emp.kind as emp_kind
        from awards a
        join units ua on ua.id = a.unit_at_award_id
        join units r on r.id = split_part(ua.path, '/', 2)::uuid
        left join units au on au.id = a.unit_id
        left join lateral (
          select e.position, e.cadre_class, e.is_direct_worker, eu.level, eu.kind
          from employments e join units eu on eu.id = e.unit_id
          where a.subject_kind = 'individual' and e.person_id = a.person_id
            and e.from_date <= coalesce(a.decision_date, make_date(a.achievement_year, 12, 31))
            and (e.to_date is null or e.to_date >= coalesce(a.decision_date, make_date(a.achievement_year, 12, 31)))
          order by (e.unit_id = a.unit_at_award_id) desc, e.from_date desc
          limit 1
        ) emp on true
        where not a.revoked
          and ua.path like ${path + '%'}
          and a.award_kind in (${kindList([...STATE_AWARD_KINDS, ...MINISTRY_AWARD_KINDS])})
          and ((a.decision_date between ${period.from} and ${period.to})
               or (a.decision_date is null and a.achievement_year = ${year}))`,
  );
  return rows.map((r) => ({
    awardKind: r.award_kind,
    awardType: r.award_type,
    subjectKind: r.subject_kind,
    unitKind: r.subject_kind === 'collective' ? r.unit_kind : null,
    submitter: r.root_level === 'central' ? 'ministry' : 'province',
    tier:
      r.subject_kind === 'individual'
        ? personTier({
            position: r.position,
            cadreClass: r.cadre_class,
            isDirectWorker: r.is_direct_worker ?? false,
            unitLevel: r.emp_level,
            unitKind: r.emp_kind,
          })
        : null,
  }));
}

/** Movements kept by units of the subtree and launched in the period (launch date, else the start of the period). */
export async function movementRows(
  tx: Db,
  path: string,
  period: { from: string; to: string },
): Promise<MovementStatRow[]> {
  const rows = await queryRows<{
    kind: MovementKind;
    level: AdminLevel | 'agency';
    launching_kind: UnitKind | null;
    period_from: string | null;
    period_to: string | null;
  }>(
    tx,
    sql`select m.kind, coalesce(m.authority_level, lu.level, mu.level) as level, lu.kind as launching_kind,
               m.period_from::text as period_from, m.period_to::text as period_to
        from movements m
        join units mu on mu.id = m.unit_id
        left join units lu on lu.id = m.launching_unit_id
        where mu.path like ${path + '%'}
          and coalesce(m.launched_on, m.period_from) between ${period.from} and ${period.to}`,
  );
  return rows.map((r) => ({
    kind: r.kind,
    level: r.level,
    launchingUnitKind: r.launching_kind,
    periodFrom: r.period_from,
    periodTo: r.period_to,
  }));
}

/** Units of the subtree, open at the end of the period, that are emulation & commendation organisations. */
export async function tdktOrgs(
  tx: Db,
  path: string,
  asOf: string,
): Promise<{ id: string; path: string; kind: TdktOrgKind }[]> {
  const rows = await queryRows<{
    id: string;
    path: string;
    name: string;
    p_name: string | null;
    p_level: AdminLevel | null;
    gp_name: string | null;
    gp_level: AdminLevel | null;
  }>(
    tx,
    sql`select u.id, u.path, u.name, p.name as p_name, p.level as p_level, gp.name as gp_name, gp.level as gp_level
        from units u
        left join units p on p.id = u.parent_id
        left join units gp on gp.id = p.parent_id
        where u.path like ${path + '%'}
          and u.valid_from <= ${asOf} and (u.valid_to is null or u.valid_to >= ${asOf})
          and (u.name_folded like '%thi dua%' or p.name_folded like '%thi dua%')`,
  );
  const out: { id: string; path: string; kind: TdktOrgKind }[] = [];
  for (const r of rows) {
    const parent = r.p_name !== null ? { name: r.p_name, level: r.p_level! } : null;
    const grand = r.gp_name !== null ? { name: r.gp_name, level: r.gp_level! } : null;
    const parentIsVu = parent !== null && tdktOrgKind(parent.name, grand) === 'vu';
    const kind = tdktOrgKind(r.name, parent, parentIsVu);
    if (kind) out.push({ id: r.id, path: r.path, kind });
  }
  return out;
}

/** People employed at the end of the period at the given organisations (or units below them), each once. */
export async function staffRows(tx: Db, orgPaths: readonly string[], asOf: string): Promise<StaffStatRow[]> {
  if (orgPaths.length === 0) return [];
  const inOrgs = sql.join(
    orgPaths.map((p) => sql`eu.path like ${p + '%'}`),
    sql` or `,
  );
  const rows = await queryRows<{
    person_id: string;
    gender: Gender;
    ethnicity: string;
    cadre_class: CadreClass;
    position: string | null;
  }>(
    tx,
    sql`select p.id as person_id, p.gender, p.ethnicity, e.cadre_class, e.position
        from employments e
        join people p on p.id = e.person_id
        join units eu on eu.id = e.unit_id
        where (${inOrgs}) and e.from_date <= ${asOf} and (e.to_date is null or e.to_date >= ${asOf})
        order by p.id, e.from_date desc`,
  );
  const seen = new Set<string>();
  const out: StaffStatRow[] = [];
  for (const r of rows) {
    if (seen.has(r.person_id)) continue;
    seen.add(r.person_id);
    out.push({
      gender: r.gender,
      ethnicity: r.ethnicity,
      cadreClass: r.cadre_class,
      leader: isLeaderPosition(r.position),
    });
  }
  return out;
}
