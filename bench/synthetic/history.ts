// The emulation history of one synthetic person, years FROM–TO: yearly ratings, LĐTT and CSTĐCS consistent with
// them (HTXS or HTT, tenure, no discipline that year; CSTĐCS on HTXS or on an initiative it then uses),
// CSTĐ tỉnh after three CSTĐCS in a row (using an initiative of the province), Bằng khen tỉnh after two,
// a few disciplines, investigations and revoked awards. Pure: the person's own random stream decides all.
import type { AwardKindCode, DisciplineKind, Rating } from '../../domain/regimes/types';
import { addYears, dateBetween } from '../../server/db/seed/dates';
import type { Random } from '../../server/db/seed/prng';
import { ColumnTable } from './tables';
import type { SyntheticUnit } from './units';
import { RATING_ODDS, type Talent } from '../../server/db/seed/history-plan';

export const FROM_YEAR = 2016;
export const TO_YEAR = 2025;
const REFORM = '2025-07-01';

const TALENTS: readonly (readonly [Talent, number])[] = [
  ['star', 0.05],
  ['strong', 0.2],
  ['normal', 0.6],
  ['weak', 0.15],
];
/** Chance of CSTĐCS for an LĐTT: on HTXS, or (rarely) on HTT with an initiative. */
const CSTDCS_ON_HTXS: Record<Talent, number> = { star: 0.85, strong: 0.4, normal: 0.12, weak: 0.03 };
const CSTDCS_ON_INITIATIVE: Record<Talent, number> = { star: 0.3, strong: 0.08, normal: 0.02, weak: 0 };
const INITIATIVE_TITLES = [
  'Ứng dụng phần mềm quản lý hồ sơ một cửa',
  'Đổi mới phương pháp dạy học theo dự án',
  'Số hóa sổ sách kế toán của đơn vị',
  'Nâng cao chất lượng tiếp công dân',
  'Quy trình quản lý tiêm chủng trên máy tính bảng',
  'Cải tiến quy trình lưu trữ văn bản điện tử',
];

export function historyTables() {
  const yearly = <N extends string>(make: () => ColumnTable<N>) =>
    new Map(Array.from({ length: TO_YEAR - FROM_YEAR + 1 }, (_, i) => [FROM_YEAR + i, make()]));
  return {
    /** Per year: the order rows would reach a real database in (a year's ratings, then its awards). */
    ratings: yearly(
      () =>
        new ColumnTable('annual_ratings', {
          id: 'uuid',
          person_id: 'uuid',
          year: 'int2',
          rating: 'text',
          rated_at_unit_id: 'uuid',
        }),
    ),
    awards: yearly(
      () =>
        new ColumnTable('awards', {
          id: 'uuid',
          subject_kind: 'text',
          person_id: 'uuid',
          award_kind: 'text',
          achievement_year: 'int2',
          decision_number: 'text',
          decision_date: 'date',
          authority: 'text',
          authority_unit_id: 'uuid',
          unit_at_award_id: 'uuid',
          revoked: 'bool',
          revoked_on: 'date',
          revoked_reason: 'text',
        }),
    ),
    initiatives: new ColumnTable('initiatives', {
      id: 'uuid',
      person_id: 'uuid',
      title: 'text',
      kind: 'text',
      level: 'text',
      recognized_on: 'date',
      used_by_award_id: 'uuid',
    }),
    disciplines: new ColumnTable('disciplines', {
      id: 'uuid',
      person_id: 'uuid',
      kind: 'text',
      from_date: 'date',
      to_date: 'date',
      reason: 'text',
    }),
    investigations: new ColumnTable('investigations', {
      id: 'uuid',
      person_id: 'uuid',
      opened_on: 'date',
      closed_on: 'date',
      reason: 'text',
    }),
  };
}
export type HistoryTables = ReturnType<typeof historyTables>;

export interface PersonJob {
  unit: SyntheticUnit;
  from: string;
  to: string | null;
}

export interface HistoryContext {
  tables: HistoryTables;
  province: { id: string; text: string };
  /** One decision per unit, year and kind (a unit's LĐTT list is one decision): number and date. */
  decision(unit: SyntheticUnit, kind: AwardKindCode, year: number): Decision;
}

interface Decision {
  number: string;
  date: string;
  authority: { id: string; text: string };
}

/**
 * The decision-per-unit-year registry: numbers count up per authority and year, in order of first use; dates
 * come from the registry's own stream, so a person's stream does not depend on who asked first.
 */
export function decisionRegistry(
  province: { id: string; text: string },
  random: Random,
): HistoryContext['decision'] {
  const decisions = new Map<SyntheticUnit, Map<string, Decision>>();
  const counters = new Map<string, number>();
  return (unit, kind, year) => {
    let ofUnit = decisions.get(unit);
    if (!ofUnit) decisions.set(unit, (ofUnit = new Map()));
    const key = kind + year;
    let found = ofUnit.get(key);
    if (!found) {
      const provincial = kind === 'CSTD_TINH' || kind === 'BK_TINH';
      const date = provincial
        ? dateBetween(random, `${year + 1}-03-01`, `${year + 1}-05-31`)
        : dateBetween(random, `${year}-12-10`, `${year}-12-28`);
      const authority = provincial ? province : date < REFORM ? unit.authority : unit.authorityAfterReform;
      const counter = `${authority.id}:${date.slice(0, 4)}`;
      const n = (counters.get(counter) ?? 0) + 1;
      counters.set(counter, n);
      found = { number: `${String(n).padStart(2, '0')}/QĐ-UBND`, date, authority };
      ofUnit.set(key, found);
    }
    return found;
  };
}

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7));

function jobAt(jobs: readonly PersonJob[], date: string): PersonJob | undefined {
  return jobs.find((j) => j.from <= date && (j.to === null || j.to >= date));
}

export interface SyntheticPerson {
  id: string;
  recruitedOn: string;
  jobs: readonly PersonJob[];
  /** Ids of this person's rows (unique, deterministic). */
  nextId: () => string;
}

/** Appends one person's history to the tables. */
export function addPersonHistory(r: Random, ctx: HistoryContext, person: SyntheticPerson): void {
  const { tables } = ctx;
  const talent = r.weighted(TALENTS);
  const disciplined = new Set<number>();
  if (talent !== 'star' && r.chance(0.015)) {
    const year = r.int(FROM_YEAR + 1, TO_YEAR);
    const from = dateBetween(r, `${year}-01-15`, `${year}-06-30`);
    if (from > person.recruitedOn) {
      const to = addYears(from, 1) > `${TO_YEAR}-12-31` ? `${TO_YEAR}-12-31` : addYears(from, 1);
      const kind = r.weighted<DisciplineKind>([
        ['khien_trach', 0.7],
        ['canh_cao', 0.25],
        ['ha_bac_luong', 0.05],
      ]);
      tables.disciplines.push({
        id: person.nextId(),
        person_id: person.id,
        kind,
        from_date: from,
        to_date: to,
        reason: 'Vi phạm quy định về giờ giấc, kỷ luật lao động',
      });
      for (let y = year; y <= Number(to.slice(0, 4)); y++) disciplined.add(y);
    }
  }
  if (r.chance(0.006)) {
    // Half still open on 31/12/2025 (a hold on any award), half closed long before.
    const open = r.chance(0.5);
    tables.investigations.push({
      id: person.nextId(),
      person_id: person.id,
      opened_on: open
        ? dateBetween(r, '2025-06-01', '2025-12-15')
        : dateBetween(r, '2021-01-01', '2021-12-31'),
      closed_on: open ? null : dateBetween(r, '2022-03-01', '2022-09-30'),
      reason: 'Đơn phản ánh về việc kê khai thành tích',
    });
  }

  const cstdcs = new Map<number, { id: string; unit: SyntheticUnit }>();
  for (let year = FROM_YEAR; year <= TO_YEAR; year++) {
    const job = jobAt(person.jobs, `${year}-12-31`);
    if (!job) continue;
    const rating: Rating = disciplined.has(year) ? 'HT' : r.weighted(RATING_ODDS[talent]);
    tables.ratings.get(year)!.push({
      id: person.nextId(),
      person_id: person.id,
      year,
      rating,
      rated_at_unit_id: job.unit.id,
    });
    const tenureOk = monthsBetween(person.recruitedOn, `${year}-12-31`) >= (year <= 2023 ? 10 : 6);
    const good = rating === 'HTXS' || rating === 'HTT';
    if (!good || !tenureOk || disciplined.has(year) || !r.chance(0.96)) continue;
    const revokedLdtt = r.chance(0.002);
    award(r, ctx, person, job.unit, 'LDTT', year, revokedLdtt);
    if (revokedLdtt) continue;
    const onHtxs = rating === 'HTXS' && r.chance(CSTDCS_ON_HTXS[talent]);
    const onInitiative = !onHtxs && r.chance(CSTDCS_ON_INITIATIVE[talent]);
    if (!onHtxs && !onInitiative) continue;
    const revoked = onHtxs && r.chance(0.002);
    const id = award(r, ctx, person, job.unit, 'CSTDCS', year, revoked);
    if (revoked) continue;
    cstdcs.set(year, { id, unit: job.unit });
    if (onInitiative || r.chance(0.2)) {
      initiative(r, ctx, person, 'unit', year, onInitiative ? id : null);
    }
  }

  // CSTĐ tỉnh for three CSTĐCS in a row (each year counted once), Bằng khen tỉnh after two.
  const free = new Set(cstdcs.keys());
  let lastBk = 0;
  for (let year = FROM_YEAR + 2; year <= TO_YEAR - 1; year++) {
    const held = cstdcs.get(year);
    if (!held) continue;
    if (free.has(year) && free.has(year - 1) && free.has(year - 2) && r.chance(0.5)) {
      const id = award(r, ctx, person, held.unit, 'CSTD_TINH', year, false);
      initiative(r, ctx, person, 'province', year, id);
      free.delete(year);
      free.delete(year - 1);
      free.delete(year - 2);
    } else if (cstdcs.has(year - 1) && year - lastBk >= 3 && r.chance(0.3)) {
      award(r, ctx, person, held.unit, 'BK_TINH', year, false);
      lastBk = year;
    }
  }
  // Candidates of the last year: a province-level initiative, kept for CSTĐ tỉnh.
  if (free.has(TO_YEAR) && free.has(TO_YEAR - 1) && free.has(TO_YEAR - 2)) {
    if (talent === 'star' || r.chance(0.3)) initiative(r, ctx, person, 'province', TO_YEAR, null);
  }
}

function award(
  r: Random,
  ctx: HistoryContext,
  person: SyntheticPerson,
  unit: SyntheticUnit,
  kind: AwardKindCode,
  year: number,
  revoked: boolean,
): string {
  const decision = ctx.decision(unit, kind, year);
  const id = person.nextId();
  ctx.tables.awards.get(year)!.push({
    id,
    subject_kind: 'individual',
    person_id: person.id,
    award_kind: kind,
    achievement_year: year,
    decision_number: decision.number,
    decision_date: decision.date,
    authority: decision.authority.text,
    authority_unit_id: decision.authority.id,
    unit_at_award_id: unit.id,
    revoked,
    revoked_on: revoked ? `${addYears(decision.date, 1).slice(0, 7)}-15` : null,
    revoked_reason: revoked ? 'Phát hiện kê khai không đúng thành tích khi hậu kiểm' : null,
  });
  return id;
}

function initiative(
  r: Random,
  ctx: HistoryContext,
  person: SyntheticPerson,
  level: 'unit' | 'province',
  year: number,
  usedBy: string | null,
) {
  const title = r.pick(INITIATIVE_TITLES);
  ctx.tables.initiatives.push({
    id: person.nextId(),
    person_id: person.id,
    title: level === 'province' ? `${title} (áp dụng toàn tỉnh)` : title,
    kind: 'sang_kien',
    level,
    recognized_on: dateBetween(r, `${year}-04-01`, `${year}-10-31`),
    used_by_award_id: usedBy,
  });
}
