// The figures of a work report's section 3.2 (issue #6 point 2), read from the database: awards granted in the
// period and proposals sent to a higher authority that still wait for a decision, counted in SQL by awarding
// authority × award kind × subject kind, then ordered as the report reads (domain/work-report.ts).
//
// Rules, for a reporting unit U (materialised path P, administrative level L) and a period [from, to] (ISO dates,
// both inclusive; times of day are Vietnam's, UTC+7):
//
// Awarded — rows of `awards`:
//   - decision_date in [from, to];
//   - the subject as it was when awarded (unit_at_award_id) lies in U's subtree (units.path starts with P);
//   - the awarding authority is at level L or higher: a district's report counts its chairman's Giấy khen and the
//     province's and central awards, not a commune chairman's. The authority's level is the level of its unit
//     (authority_unit_id); without a unit it is central when the award's decision names a central authority
//     (recordExternal stores the Prime Minister, the Government, the President, a minister with no unit) or, for
//     an award recorded by hand without a decision, when only central authorities grant its kind (Bằng khen của
//     Thủ tướng, Huân chương …). An award whose authority cannot be placed is not counted;
//   - not revoked on or before `to`: an award revoked later still counts for the period (a later revocation does
//     not rewrite the past);
//   - authorityName: the authority as the decision writes it (awards.authority, else the decision's label, else
//     the authority unit's name), "Ủy ban nhân dân" abbreviated "UBND" (one spelling for one authority).
//
// Proposed — nominees of dossiers that U itself sends up (dossiers.proposing_unit_id = U: its own proposals, and
// the dossiers created when U forwards passed nominees one level up), addressed to an authority other than U's
// own (another unit, or a central authority: authority_unit_id null):
//   - the dossier was first submitted (its first event reaching 'submitted': 'submit', or 'forwarded_in' for a
//     forwarded dossier) within the period;
//   - at the end of `to`, along the nominee and the copies it was forwarded to: no issued decision dated on or
//     before `to` names any of them (decision_awardees.nominee_id); none of their dossiers was withdrawn or
//     rejected by then; none failed at a council that concluded by then. Only recorded times and dates are read,
//     so a report for a past period gives the same figures later;
//   - awardKind: the kind U proposed (the nominee's award_kind); authority: the dossier's authority label and the
//     level of its unit, central when it has none ("Thủ tướng Chính phủ"), spelled as above.
//
// One statement (awarded UNION ALL proposed), grouped in SQL. An award's decision is read only when the award
// itself does not tell (no authority unit, or no authority written): CASE and COALESCE stop at the first answer,
// so the decisions table is not joined as a whole (a hash of every decision cost a district's report 43 of its
// 69 ms on the 100,000-person province).
import { type SQL, sql } from 'drizzle-orm';
import { ADMIN_LEVELS, type AdminLevel } from '../../../contracts/enums';
import { REGIMES } from '../../../domain/catalog';
import type { AwardKindCode, AwardKindDef, SubjectKind } from '../../../domain/regimes/types';
import { type AwardResult, sortAwardResults } from '../../../domain/work-report';
import { type Db, queryRows } from '../../db/client';

/** Authorities outside the unit tree (or at the centre): their awards are central. */
export const CENTRAL_AUTHORITY_CODES = ['bo_truong', 'thu_tuong', 'chinh_phu', 'chu_tich_nuoc'] as const;

/** Award kinds that, under every regime, only central authorities grant. */
export const CENTRAL_ONLY_KINDS: readonly AwardKindCode[] = (() => {
  const central = new Set<string>(CENTRAL_AUTHORITY_CODES);
  const seen = new Map<AwardKindCode, boolean>();
  for (const regime of REGIMES) {
    for (const [code, def] of Object.entries(regime.kinds) as [AwardKindCode, AwardKindDef][]) {
      const onlyCentral =
        def.authorities.length > 0 && def.authorities.every((r) => central.has(r.authority));
      seen.set(code, (seen.get(code) ?? true) && onlyCentral);
    }
  }
  return [...seen.entries()].filter(([, only]) => only).map(([code]) => code);
})();

export interface ReportingUnit {
  id: string;
  path: string;
  level: AdminLevel;
}

/** The levels at or above a level: ['central', 'province'] for the province. */
export function levelsAtOrAbove(level: AdminLevel): AdminLevel[] {
  return ADMIN_LEVELS.slice(0, ADMIN_LEVELS.indexOf(level) + 1);
}

/** The instant a Vietnam calendar day starts. */
const vietnamStart = (date: string) => `${date}T00:00:00+07:00`;
const nextDay = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * One spelling for an authority, so that the same one counts once however a decision or a dossier wrote it
 * ("Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh" = "Chủ tịch UBND tỉnh Hà Tĩnh"; domain authorityName does the same).
 */
const spelled = (name: SQL) =>
  sql`replace(replace(${name}, 'Ủy ban nhân dân', 'UBND'), 'Hội đồng nhân dân', 'HĐND')`;

/** The statement of loadAwardResults (exported for the benchmark, which also runs it bare). */
export function awardResultsQuery(unit: ReportingUnit, from: string, to: string) {
  const prefix = `${unit.path.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const startsAt = vietnamStart(from);
  const endsBefore = vietnamStart(nextDay(to));
  return sql`
    select 'awarded' as status, x.level as authority_level, x.name as authority_name, a.award_kind,
      a.subject_kind, count(*)::int as count
    from awards a
    join units su on su.id = a.unit_at_award_id
    left join units au on au.id = a.authority_unit_id
    cross join lateral (
      select case
          when au.id is not null then au.level
          when (select d.authority_code from decisions d where d.id = a.decision_id)
            in (${list(CENTRAL_AUTHORITY_CODES)}) then 'central'
          when a.decision_id is null and a.award_kind in (${list(CENTRAL_ONLY_KINDS)}) then 'central'
        end as level,
        ${spelled(sql`coalesce(nullif(btrim(a.authority), ''),
          (select d.authority_label from decisions d where d.id = a.decision_id), au.name, '')`)} as name
    ) x
    where a.decision_date between ${from}::date and ${to}::date
      and su.path like ${prefix}
      and (not a.revoked or a.revoked_on > ${to}::date)
      and x.level in (${list(levelsAtOrAbove(unit.level))})
    group by x.level, x.name, a.award_kind, a.subject_kind
  union all
    select 'proposed', coalesce(au.level, 'central'), ${spelled(sql`ds.authority_label`)}, n.award_kind, n.subject_kind,
      count(*)::int
    from dossiers ds
    join dossier_nominees n on n.dossier_id = ds.id
    left join units au on au.id = ds.authority_unit_id
    where ds.proposing_unit_id = ${unit.id}::uuid
      and ds.authority_unit_id is distinct from ${unit.id}::uuid
      and (select min(e.at) from dossier_events e where e.dossier_id = ds.id and e.to_status = 'submitted')
        between ${startsAt}::timestamptz and ${endsBefore}::timestamptz - interval '1 microsecond'
      and not exists (
        with recursive chain(id, dossier_id, outcome, next_id) as (
          select n.id, n.dossier_id, n.outcome, n.forwarded_to_nominee_id
          union all
          select c.id, c.dossier_id, c.outcome, c.forwarded_to_nominee_id
          from dossier_nominees c join chain on c.id = chain.next_id
        )
        select 1 from chain
        where exists (
            select 1 from decision_awardees da join decisions dd on dd.id = da.decision_id
            where da.nominee_id = chain.id and dd.status = 'issued' and dd.decision_date <= ${to}::date)
          or exists (
            select 1 from dossier_events e
            where e.dossier_id = chain.dossier_id and e.at < ${endsBefore}::timestamptz
              and (e.to_status in ('withdrawn', 'rejected') or (e.to_status = 'concluded' and chain.outcome = 'failed')))
      )
    group by 2, 3, n.award_kind, n.subject_kind`;
}

/**
 * Section 3.2 of U's work report for [from, to]: awarded and proposed counts by authority × kind × subject kind,
 * in the order of the report (see the rules above).
 */
export async function loadAwardResults(
  db: Db,
  unit: ReportingUnit,
  from: string,
  to: string,
): Promise<AwardResult[]> {
  const rows = await queryRows<{
    status: 'awarded' | 'proposed';
    authority_level: AdminLevel;
    authority_name: string;
    award_kind: AwardKindCode;
    subject_kind: SubjectKind;
    count: number;
  }>(db, awardResultsQuery(unit, from, to));
  return sortAwardResults(
    rows.map((r) => ({
      status: r.status,
      authorityLevel: r.authority_level,
      authorityName: r.authority_name,
      awardKind: r.award_kind,
      subjectKind: r.subject_kind,
      count: Number(r.count),
    })),
  );
}
