// The emulation history of one synthetic person, years FROM–TO: yearly ratings, LĐTT and CSTĐCS consistent with
// them (HTXS or HTT, tenure, no discipline that year; CSTĐCS on HTXS or on an initiative it then uses), the
// unit's Giấy khen of the year and of its thematic movements (chuyên đề), CSTĐ tỉnh after three CSTĐCS in a row
// (using an initiative of the province), Bằng khen tỉnh after two (now and then raised by the province's council
// to a Bằng khen of the Prime Minister), a few disciplines, investigations and revoked awards; the candidates of
// the last year whose proposals are still in the workflow. Pure: the person's own random stream decides all.
import type { AwardKindCode, DisciplineKind, Rating } from '../../domain/regimes/types';
import { addYears, dateBetween } from '../../server/db/seed/dates';
import type { Random } from '../../server/db/seed/prng';
import { RATING_ODDS, type Talent } from '../../server/db/seed/history-plan';
import { type Awarding, FROM_YEAR, TO_YEAR } from './awarding';
import { ColumnTable } from './tables';
import type { SyntheticUnit } from './units';

export { FROM_YEAR, TO_YEAR };

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
  awarding: Awarding;
}

/** Chance of the unit's Giấy khen of the year, by rating; of each thematic movement's Giấy khen. */
const GK_YEAR: Record<Rating, number> = { HTXS: 0.65, HTT: 0.3, HT: 0, KHT: 0 };
const GK_MOVEMENT: Record<Rating, number> = { HTXS: 0.27, HTT: 0.21, HT: 0.07, KHT: 0 };
/** Thematic movements with their own Giấy khen each year. */
const MOVEMENTS = 2;
/** Share of the Bằng khen tỉnh proposals the province's council raises to the Prime Minister's Bằng khen. */
const RAISED_TO_TTG = 0.12;

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7));

function jobAt(jobs: readonly PersonJob[], date: string): PersonJob | undefined {
  return jobs.find((j) => j.from <= date && (j.to === null || j.to >= date));
}

export interface SyntheticPerson {
  id: string;
  name: string;
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
    if (!disciplined.has(year)) {
      for (let m = 1; m <= MOVEMENTS; m++) {
        if (r.chance(GK_MOVEMENT[rating])) {
          award(r, ctx, person, job.unit, 'GK', year, false, { awardType: 'chuyen_de', batch: m });
        }
      }
      if (tenureOk && r.chance(GK_YEAR[rating])) award(r, ctx, person, job.unit, 'GK', year, false);
    }
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
      award(r, ctx, person, held.unit, r.chance(RAISED_TO_TTG) ? 'BK_TTG' : 'BK_TINH', year, false);
      lastBk = year;
    }
  }
  // Candidates of the last year, proposed in 2026: CSTĐ tỉnh (with a province-level initiative) after three
  // CSTĐCS in a row, else Bằng khen tỉnh after two.
  const last = cstdcs.get(TO_YEAR);
  if (last && free.has(TO_YEAR - 1) && free.has(TO_YEAR - 2)) {
    if (talent === 'star' || r.chance(0.3)) {
      initiative(r, ctx, person, 'province', TO_YEAR, null);
      candidate(ctx, person, last.unit, 'CSTD_TINH');
    }
  } else if (last && cstdcs.has(TO_YEAR - 1) && TO_YEAR - lastBk >= 3 && r.chance(0.3)) {
    candidate(ctx, person, last.unit, 'BK_TINH');
  }
}

function candidate(ctx: HistoryContext, person: SyntheticPerson, unit: SyntheticUnit, kind: AwardKindCode) {
  ctx.awarding.candidates.push({
    subjectKind: 'individual',
    personId: person.id,
    unit,
    name: person.name,
    kind,
  });
}

function award(
  _r: Random,
  ctx: HistoryContext,
  person: SyntheticPerson,
  unit: SyntheticUnit,
  kind: AwardKindCode,
  year: number,
  revoked: boolean,
  options: { awardType?: 'cong_trang' | 'chuyen_de'; batch?: number } = {},
): string {
  const id = person.nextId();
  ctx.awarding.grant({
    subject: { kind: 'individual', personId: person.id, unit, name: person.name },
    kind,
    year,
    revoked,
    id,
    ...options,
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
