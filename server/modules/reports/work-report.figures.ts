// The generated part of a work report (section I) for a unit and a period, read from the registers the system
// keeps: documents the unit issued (and the higher documents they implement), movements it takes part in with
// their documents and indicator figures, its council's composition at the end of the period, award results
// (award-results.ts), inspections and exemplary models. Nothing here is typed by hand.
import { sql } from 'drizzle-orm';
import { COUNCIL_ROLE_LABELS } from '../../../contracts/councils';
import type { AdminLevel } from '../../../contracts/enums';
import type { DocumentRef, WorkReportFigures, WorkReportMovement } from '../../../contracts/reports';
import { COUNCIL_ROLES, type CouncilRole, membersAt } from '../../../domain/council';
import { type DocumentType, formatDocumentReference } from '../../../domain/documents';
import { formatIndicatorValue, type ValueQualifier } from '../../../domain/movements';
import { awardResultTotals } from '../../../domain/work-report';
import {
  awardSentences,
  countText,
  inspectionSentence,
  kindLabel,
  lowerLevel,
  periodLabel,
  reportTitle,
  shortAgency,
} from '../../../domain/work-report-text';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { notFound } from '../../lib/errors';
import { findCouncilOfAuthority, loadPeriods } from '../councils/councils.queries';
import { loadAwardResults } from './award-results';

export interface ReportUnit extends Record<string, unknown> {
  id: string;
  name: string;
  path: string;
  level: AdminLevel;
  kind: string;
  parent_name: string | null;
  parent_level: AdminLevel | null;
}

/** The unit if it lies in the actor's subtree; NOT_FOUND otherwise (as if it did not exist). */
export async function requireReportUnit(db: Db, actor: Actor, unitId: string): Promise<ReportUnit> {
  const [unit] = await queryRows<ReportUnit>(
    db,
    sql`select u.id, u.name, u.path, u.level, u.kind, p.name as parent_name, p.level as parent_level
      from units u left join units p on p.id = u.parent_id where u.id = ${unitId}`,
  );
  if (!unit || !actor.roles.some((r) => unit.path.startsWith(r.unitPath))) notFound('đơn vị');
  return unit!;
}

interface DocRow extends Record<string, unknown> {
  id: string;
  issuer_unit_id?: string | null;
  type: DocumentType;
  type_name: string | null;
  number_symbol: string | null;
  issued_on: string | null;
  issuer_name: string | null;
  summary: string | null;
}

const DOC_COLUMNS = sql`d.id, d.type, d.type_name, d.number_symbol, d.issued_on::text as issued_on, d.issuer_name,
  d.summary, d.issuer_unit_id`;

export function docRef(d: DocRow, unitId?: string): DocumentRef {
  return {
    ...(unitId ? { issuedByUnit: d.issuer_unit_id === unitId } : {}),
    id: d.id,
    type: d.type,
    citation: formatDocumentReference({
      type: d.type,
      typeName: d.type_name,
      numberSymbol: d.number_symbol,
      issuedOn: d.issued_on,
      issuerName: d.issuer_name,
      summary: d.summary,
    }),
    numberSymbol: d.number_symbol,
    issuedOn: d.issued_on,
    issuerName: d.issuer_name,
    summary: d.summary,
  };
}

/** I.1: the documents the unit issued in the period, each with the higher documents it implements. */
async function leadership(db: Db, unit: ReportUnit, from: string, to: string) {
  const issued = await queryRows<DocRow>(
    db,
    sql`select ${DOC_COLUMNS} from documents d
      where d.issuer_unit_id = ${unit.id} and d.issued_on between ${from} and ${to}
      order by d.issued_on, d.number`,
  );
  const implemented = await queryRows<DocRow & { source_id: string }>(
    db,
    sql`select distinct on (src.document_id, d.id) src.document_id as source_id, ${DOC_COLUMNS}, pd.sort_order
      from movement_documents src
      join movements m on m.id = src.movement_id
      join movements pm on pm.id = m.parent_id
      join movement_documents pd on pd.movement_id = pm.id and pd.role in ('launching', 'implementing')
      join documents d on d.id = pd.document_id
      where src.document_id in (select d2.id from documents d2 where d2.issuer_unit_id = ${unit.id}
        and d2.issued_on between ${from} and ${to})
      order by src.document_id, d.id`,
  );
  const documents = issued.map((d) => ({
    ...docRef(d),
    implements: implemented.filter((i) => i.source_id === d.id).map((i) => docRef(i)),
  }));
  const who = shortAgency(unit);
  const period = periodLabel(from, to);
  const sentence =
    documents.length === 0
      ? `Trong ${period}, chưa có văn bản chỉ đạo về công tác thi đua, khen thưởng của ${who} được ghi nhận trên hệ thống.`
      : `Trong ${period}, ${who} đã ban hành ${countText(documents.length)} văn bản chỉ đạo, triển khai công tác thi đua, khen thưởng: ` +
        documents
          .map((d) => {
            const about = d.summary ? ` về ${d.summary}` : '';
            const base = d.implements.length
              ? ` (thực hiện ${d.implements.map((i) => `${i.citation}${i.issuerName ? ` của ${i.issuerName}` : ''}`).join(', ')})`
              : '';
            return `${d.citation}${about}${base}`;
          })
          .join('; ') +
        '.';
  return { documents, sentence };
}

interface MovementRow extends Record<string, unknown> {
  id: string;
  parent_id: string | null;
  name: string;
  kind: string;
  authority_name: string | null;
  activities: string[];
  depth: number;
}

/**
 * MOVEMENT_ORDER — how section 2 lists the movements, as the seed report does: the year's peak campaign and the
 * regular movement first, then the thematic movements (those launched at the centre first, then by their earliest
 * document), then standing tasks, then commemorations. Creation order is not used: a seeding or an import
 * creates many in one transaction, with one timestamp.
 */
const KIND_ORDER = ['campaign', 'regular', 'thematic', 'task', 'commemoration'];
const LEVEL_ORDER = ['central', 'province', 'district', 'commune'];

/** I.2: the movements the unit belongs to or takes part in during the period (the lowest level of each chain). */
async function movementsOf(
  db: Db,
  unit: ReportUnit,
  from: string,
  to: string,
): Promise<WorkReportMovement[]> {
  const rows = await queryRows<MovementRow>(
    db,
    sql`with taking as (
        select m.* from movements m
        where (m.unit_id = ${unit.id} or exists (select 1 from movement_units mu
                where mu.movement_id = m.id and mu.unit_id = ${unit.id}))
          and (m.period_from is null or m.period_from <= ${to})
          and (m.period_to is null or m.period_to >= ${from})
          and (m.launched_on is null or m.launched_on <= ${to})
      )
      -- The unit's own movements at the top of their chain (not the sub-movements under them), and movements
      -- it only takes part in when it has no movement of its own under them.
      select t.id, t.parent_id, t.name, t.kind, t.authority_name, t.activities, 0 as depth
      from taking t
      where (t.unit_id = ${unit.id}
          and not exists (select 1 from taking p where p.id = t.parent_id and p.unit_id = ${unit.id}))
        or (t.unit_id <> ${unit.id} and not exists (select 1 from taking c where c.parent_id = t.id))
      order by t.created_at, t.id`,
  );
  const out: (WorkReportMovement & { order: (string | number)[] })[] = [];
  for (const m of rows) {
    const chain = await queryRows<{
      id: string;
      name: string;
      authority_name: string | null;
      authority_level: string | null;
      depth: number;
    }>(
      db,
      sql`with recursive up as (
          select id, parent_id, name, authority_name, authority_level, 0 as depth from movements where id = ${m.id}
          union all
          select p.id, p.parent_id, p.name, p.authority_name, p.authority_level, up.depth + 1 from movements p
          join up on up.parent_id = p.id where up.depth < 20)
        select id, name, authority_name, authority_level, depth from up order by depth desc`,
    );
    const ids = chain.map((c) => c.id);
    const docs = await queryRows<DocRow & { role: string; depth: number }>(
      db,
      sql`select ${DOC_COLUMNS}, md.role, md.sort_order from movement_documents md
        join documents d on d.id = md.document_id
        where md.movement_id in (${sql.join(
          ids.map((i) => sql`${i}`),
          sql`, `,
        )})
        order by array_position(array[${sql.join(
          ids.map((i) => sql`${i}::uuid`),
          sql`, `,
        )}], md.movement_id), md.sort_order`,
    );
    const indicators = await queryRows<{
      name: string;
      unit_of_measure: string | null;
      actual: string | null;
      target: string | null;
      qualifier: ValueQualifier | null;
      as_of: string | null;
      sort_order: number;
    }>(
      db,
      sql`select distinct on (i.id) i.name, i.unit_of_measure, v.actual::text as actual, v.target::text as target,
          v.qualifier, v.as_of::text as as_of, i.sort_order
        from movement_indicators i join indicator_values v on v.indicator_id = i.id
        where i.movement_id in (${sql.join(
          ids.map((i) => sql`${i}`),
          sql`, `,
        )}) and v.unit_id = ${unit.id} and v.period_from <= ${to} and v.period_to >= ${from}
        order by i.id, v.period_to desc`,
    );
    const byRole = (role: string) => docs.filter((d) => d.role === role).map((d) => docRef(d, unit.id));
    const dates = docs.map((d) => d.issued_on).filter((d): d is string => d !== null);
    out.push({
      // The order of section 2 (see MOVEMENT_ORDER): kind, then the level that launched the chain, then its
      // earliest dated document.
      order: [
        KIND_ORDER.indexOf(m.kind) < 0 ? KIND_ORDER.length : KIND_ORDER.indexOf(m.kind),
        LEVEL_ORDER.indexOf(chain[0]?.authority_level ?? '') < 0
          ? LEVEL_ORDER.length
          : LEVEL_ORDER.indexOf(chain[0]!.authority_level!),
        dates.length > 0 ? dates.sort()[0]! : '9999',
        m.name,
      ],
      id: m.id,
      name: m.name,
      kind: m.kind,
      authorityName: m.authority_name,
      higher: chain.slice(0, -1).map((c) => ({ name: c.name, authorityName: c.authority_name })),
      launchingDocuments: byRole('launching'),
      implementingDocuments: byRole('implementing'),
      relatedDocuments: byRole('related'),
      activities: m.activities ?? [],
      indicators: indicators
        .sort((a, b) => Number(a.sort_order) - Number(b.sort_order))
        .map((i) => {
          const actual = i.actual === null ? null : Number(i.actual);
          const target = i.target === null ? null : Number(i.target);
          const shown = actual ?? target;
          return {
            name: i.name,
            unitOfMeasure: i.unit_of_measure,
            text:
              shown === null
                ? ''
                : `${i.name}: ${formatIndicatorValue(shown, i.qualifier, i.unit_of_measure)}${actual === null ? ' (chỉ tiêu)' : ''}`,
            actual,
            target,
            asOf: i.as_of,
          };
        }),
    });
  }
  return out
    .sort((a, b) => {
      for (let i = 0; i < a.order.length; i++) {
        const x = a.order[i]!;
        const y = b.order[i]!;
        if (x !== y)
          return typeof x === 'number' ? x - (y as number) : String(x).localeCompare(String(y), 'vi');
      }
      return 0;
    })
    .map(({ order: _order, ...m }) => m);
}

/** I.3.1: the council of the unit as composed at the end of the period. */
async function councilOf(db: Db, unit: ReportUnit, to: string) {
  const council = await findCouncilOfAuthority(db, unit.id);
  if (!council || council.establishedOn > to || (council.dissolvedOn && council.dissolvedOn < to))
    return null;
  const periods = (await loadPeriods(db, council.id)).map((p) => ({
    ...p,
    role: p.role as CouncilRole,
    from: p.fromDate,
    to: p.toDate,
  }));
  // Chairman first, then the vice-chairs and members, each in the decision's order.
  const members = membersAt(periods, to).sort(
    (a, b) => COUNCIL_ROLES.indexOf(a.role) - COUNCIL_ROLES.indexOf(b.role) || a.sortOrder - b.sortOrder,
  );
  return {
    name: council.name,
    decision: council.decision,
    memberCount: members.length,
    members: members.map((m) => ({
      fullName: m.fullName,
      role: m.role,
      roleLabel: COUNCIL_ROLE_LABELS[m.role] ?? m.role,
      position: m.position ?? null,
    })),
    sentence: `${council.name} được kiện toàn với ${countText(members.length)} thành viên.`,
  };
}

/** I.3.3: the unit's inspection plans of the period's years, with the units inspected within the period. */
async function inspectionsOf(db: Db, unit: ReportUnit, from: string, to: string) {
  const plans = await queryRows<{
    id: string;
    title: string;
    plan_number: string | null;
    plan_date: string | null;
    team_decision_number: string | null;
    targets: number;
    done: number;
    recommendations: number;
  }>(
    db,
    sql`select p.id, p.title, p.plan_number, p.plan_date::text as plan_date, p.team_decision_number,
        (select count(*)::int from inspection_targets t where t.plan_id = p.id and t.status <> 'cancelled') as targets,
        (select count(*)::int from inspection_targets t where t.plan_id = p.id and t.status = 'done'
          and t.inspected_on between ${from} and ${to}) as done,
        (select count(*)::int from inspection_recommendations r join inspection_targets t on t.id = r.target_id
          where t.plan_id = p.id and t.inspected_on between ${from} and ${to}) as recommendations
      from inspection_plans p
      where p.organiser_unit_id = ${unit.id}
        and p.year between ${Number(from.slice(0, 4))} and ${Number(to.slice(0, 4))}
      order by p.year, p.plan_date nulls last`,
  );
  const out = [];
  for (const p of plans) {
    const inspected = await queryRows<{ name: string; inspected_on: string }>(
      db,
      sql`select u.name, t.inspected_on::text as inspected_on from inspection_targets t join units u on u.id = t.unit_id
        where t.plan_id = ${p.id} and t.status = 'done' and t.inspected_on between ${from} and ${to}
        order by t.inspected_on`,
    );
    out.push({
      planId: p.id,
      planTitle: p.title,
      planNumber: p.plan_number,
      planDate: p.plan_date,
      teamDecisionNumber: p.team_decision_number,
      targets: Number(p.targets),
      done: Number(p.done),
      inspectedUnits: inspected.map((i) => ({ name: i.name, inspectedOn: i.inspected_on })),
      recommendations: Number(p.recommendations),
    });
  }
  return out;
}

/** Exemplary models of the unit's subtree recognised in the period. */
async function modelsOf(db: Db, unit: ReportUnit, from: string, to: string) {
  const rows = await queryRows<{
    id: string;
    title: string;
    subject_name: string;
    category: string;
    recognized_on: string | null;
  }>(
    db,
    sql`select m.id, m.title, coalesce(p.full_name, su.name, m.subject_name, '') as subject_name, m.category,
        m.recognized_on::text as recognized_on
      from exemplary_models m
      join units ou on ou.id = m.owner_unit_id
      left join people p on p.id = m.person_id
      left join units su on su.id = m.unit_id
      where ou.path like ${`${unit.path}%`} and m.recognized_on between ${from} and ${to}
      order by m.recognized_on, m.title`,
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    subjectName: r.subject_name,
    category: r.category,
    recognizedOn: r.recognized_on,
  }));
}

/** Everything section I says, for a unit (already scope-checked) and a period. */
export async function buildFigures(
  db: Db,
  unit: ReportUnit,
  from: string,
  to: string,
): Promise<WorkReportFigures> {
  const period = periodLabel(from, to);
  const lead = await leadership(db, unit, from, to);
  const movements = await movementsOf(db, unit, from, to);
  const council = await councilOf(db, unit, to);
  const awardResults = await loadAwardResults(
    db,
    { id: unit.id, path: unit.path, level: unit.level },
    from,
    to,
  );
  const totals = awardResultTotals(awardResults);
  const inspections = await inspectionsOf(db, unit, from, to);
  const models = await modelsOf(db, unit, from, to);
  return {
    unit: { id: unit.id, name: unit.name, level: unit.level, kind: unit.kind },
    agency: agencyOf(unit),
    period: { from, to, label: period },
    title: reportTitle(from, to),
    leadership: lead,
    movements,
    council,
    awardResults: awardResults.map((r) => ({
      ...r,
      awardKindName: kindLabel(r.awardKind),
    })),
    awardTotals: totals,
    awardSentences: awardSentences(
      awardResults,
      { level: unit.level, parentLevel: unit.parent_level },
      period,
    ),
    inspections,
    inspectionSentence: inspectionSentence(inspections, period),
    exemplaryModels: models,
    generatedAt: new Date().toISOString(),
  };
}

/** Header ô 2: a territorial unit reports as its people's committee ("Ủy ban nhân dân huyện Cẩm Xuyên"). */
export function agencyOf(unit: Pick<ReportUnit, 'name' | 'kind' | 'parent_name'>): {
  parent: string | null;
  name: string;
} {
  if (TERRITORIAL.includes(unit.kind))
    return { parent: null, name: `Ủy ban nhân dân ${lowerLevel(unit.name)}` };
  return { parent: unit.parent_name, name: unit.name };
}

const TERRITORIAL = ['province', 'district', 'commune'];
