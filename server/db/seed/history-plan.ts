// The demo's emulation history as pure data (issue #3): yearly ratings 2017–2025 of every person at work, LĐTT
// and CSTĐCS consistent with them (tenure, discipline, the regime-A 15% quota), initiatives used once or kept,
// a few CSTĐCS streaks that qualify for CSTĐ tỉnh in 2025, Bằng khen tỉnh here and there, a few revoked
// awards and disciplines, member figures of schools and communes with TTLĐTT/TTLĐXS where they qualify.
import type { AwardKindCode, DisciplineKind, Rating } from '../../../domain/regimes/types';
import { addYears, dateBetween } from './dates';
import type { EmploymentPlan, PersonPlan } from './people-plan';
import type { DemoPlan } from './plan';
import { createAuthorities } from './history-authorities';
import { planCollectives } from './history-plan-units';
import type { Random } from './prng';

export const HISTORY_FROM = 2017;
export const HISTORY_TO = 2025;

export interface PlannedAward {
  key: string;
  person?: string;
  unit?: string;
  awardKind: AwardKindCode;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  authority: string;
  authorityUnit: string;
  unitAtAward: string;
  revoked?: { on: string; reason: string };
}

export interface HistoryPlan {
  recruitment: { person: string; recruitedOn: string }[];
  ratings: { person?: string; unit?: string; year: number; rating: Rating; ratedAt?: string }[];
  awards: PlannedAward[];
  initiatives: {
    person: string;
    title: string;
    level: 'unit' | 'province';
    recognizedOn: string;
    usedBy: string | null;
  }[];
  disciplines: { person: string; kind: DisciplineKind; fromDate: string; toDate: string; reason: string }[];
  memberStats: {
    unit: string;
    year: number;
    members: number;
    ldttShare: number;
    completedShare: number;
    cstdcsCount: number;
    seriousDiscipline: boolean;
  }[];
}

/** How strong a generated person is; sets the odds of each yearly rating (shared with bench/synthetic). */
export type Talent = 'star' | 'strong' | 'normal' | 'weak';
export const RATING_ODDS: Record<Talent, readonly (readonly [Rating, number])[]> = {
  star: [
    ['HTXS', 0.92],
    ['HTT', 0.08],
  ],
  strong: [
    ['HTXS', 0.45],
    ['HTT', 0.5],
    ['HT', 0.05],
  ],
  normal: [
    ['HTXS', 0.12],
    ['HTT', 0.68],
    ['HT', 0.17],
    ['KHT', 0.03],
  ],
  weak: [
    ['HTXS', 0.02],
    ['HTT', 0.45],
    ['HT', 0.43],
    ['KHT', 0.1],
  ],
};

const INITIATIVE_TITLES = [
  'Ứng dụng phần mềm quản lý hồ sơ một cửa',
  'Đổi mới phương pháp dạy học theo dự án',
  'Số hóa sổ sách kế toán của đơn vị',
  'Nâng cao chất lượng tiếp công dân',
  'Mô hình câu lạc bộ đọc sách cho học sinh',
  'Quy trình quản lý tiêm chủng trên máy tính bảng',
  'Giải pháp thu ngân sách xã qua tài khoản',
  'Hướng dẫn trẻ mầm non kỹ năng tự phục vụ',
  'Cải tiến quy trình lưu trữ văn bản điện tử',
  'Mô hình tổ tự quản bảo vệ môi trường thôn',
];

/**
 * The half-year of the seed report (huyện Cẩm Xuyên, 01/01–30/06/2023): its award figures must be exactly those
 * of facts.json, written by report-2023.ts through the dossiers, councils and decisions. The history leaves that
 * window of the district's subtree to it: an award it would date there (a Bằng khen or CSTĐ tỉnh for 2022) is
 * dated six months later instead (a second round in the second half of 2023).
 */
export const REPORT_2023 = { district: 'cx', from: '2023-01-01', to: '2023-06-30' } as const;

/** The same day six months later (days 29–31 kept within the month). */
export function sixMonthsLater(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = m + 6;
  const year = y + Math.floor((month - 1) / 12);
  const mm = ((month - 1) % 12) + 1;
  const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
  return `${year}-${String(mm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const REVOKE_REASON = 'Phát hiện kê khai không đúng thành tích khi hậu kiểm';

/** Employment in force on a date (the latest begun), or undefined. */
function jobAt(person: PersonPlan, date: string): EmploymentPlan | undefined {
  return person.employments
    .filter((e) => e.fromDate <= date && (e.toDate === null || e.toDate >= date))
    .at(-1);
}

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
  Number(to.slice(5, 7)) -
  Number(from.slice(5, 7));

/** One person's year at a unit: the rating and whether they were LĐTT. */
export interface PersonYear {
  person: PersonPlan;
  unit: string;
  rating: Rating;
  ldtt: boolean;
  talent: Talent;
}

/** Builds the history plan from the demo plan (pure; its own random stream). */
export function planHistory(random: Random, plan: DemoPlan): HistoryPlan {
  const units = plan.organisation.units;
  const { decision, localAuthority, provincial } = createAuthorities(plan);
  /** Awards of huyện Cẩm Xuyên's subtree in the report's half-year come from the decisions of report-2023.ts. */
  const reservedForReport = (unitKey: string, date: string) =>
    date >= REPORT_2023.from &&
    date <= REPORT_2023.to &&
    localAuthority(unitKey, date).unit === REPORT_2023.district;

  const out: HistoryPlan = {
    recruitment: [],
    ratings: [],
    awards: [],
    initiatives: [],
    disciplines: [],
    memberStats: [],
  };
  let awardSeq = 0;
  const award = (a: Omit<PlannedAward, 'key' | 'decisionNumber'>): PlannedAward => {
    const decisionDate = reservedForReport(a.unitAtAward, a.decisionDate)
      ? sixMonthsLater(a.decisionDate)
      : a.decisionDate;
    const planned = {
      ...a,
      decisionDate,
      key: `a${++awardSeq}`,
      decisionNumber: decision(a.authorityUnit, decisionDate),
    };
    out.awards.push(planned);
    return planned;
  };

  // 1. Per person: recruitment date, talent, disciplines, ratings and LĐTT.
  const byUnitYear = new Map<string, PersonYear[]>();
  const disciplinedYears = new Map<string, Map<number, DisciplineKind>>();
  const talents = new Map<string, Talent>();
  for (const person of plan.people) {
    const r = random.fork(`person:${person.key}`);
    const recruitedOn = person.employments.map((e) => e.fromDate).sort()[0]!;
    out.recruitment.push({ person: person.key, recruitedOn });
    const talent = r.weighted<Talent>([
      ['star', 0.05],
      ['strong', 0.2],
      ['normal', 0.6],
      ['weak', 0.15],
    ]);
    talents.set(person.key, talent);
    const years = new Map<number, DisciplineKind>();
    if (talent !== 'star' && r.chance(0.015)) {
      const year = r.int(2018, HISTORY_TO);
      const kind = r.weighted<DisciplineKind>([
        ['khien_trach', 0.7],
        ['canh_cao', 0.25],
        ['ha_bac_luong', 0.05],
      ]);
      const fromDate = dateBetween(r, `${year}-01-15`, `${year}-06-30`);
      if (jobAt(person, fromDate)) {
        const toDate = addYears(fromDate, 1) > '2025-12-31' ? '2025-12-31' : addYears(fromDate, 1);
        out.disciplines.push({
          person: person.key,
          kind,
          fromDate,
          toDate,
          reason: 'Vi phạm quy định về giờ giấc, kỷ luật lao động',
        });
        for (let y = year; y <= Number(toDate.slice(0, 4)); y++) years.set(y, kind);
      }
    }
    disciplinedYears.set(person.key, years);
    for (let year = HISTORY_FROM; year <= HISTORY_TO; year++) {
      const job = jobAt(person, `${year}-12-31`);
      if (!job) continue;
      const rating: Rating = years.has(year) ? 'HT' : r.weighted(RATING_ODDS[talent]);
      out.ratings.push({ person: person.key, year, rating, ratedAt: job.unit });
      const tenureNeeded = year <= 2023 ? 10 : 6;
      const tenureOk = monthsBetween(recruitedOn, `${year}-12-31`) >= tenureNeeded;
      const ldtt = (rating === 'HTXS' || rating === 'HTT') && tenureOk && !years.has(year) && r.chance(0.96);
      const key = `${job.unit}:${year}`;
      byUnitYear.set(key, [...(byUnitYear.get(key) ?? []), { person, unit: job.unit, rating, ldtt, talent }]);
    }
  }

  // 2. Per unit-year: LĐTT decisions, CSTĐCS within the quota (regime A: ⌊15% × LĐTT⌋), initiatives.
  const cstdcsYears = new Map<string, Set<number>>();
  for (const [key, people] of byUnitYear) {
    const [unitKey, yearText] = key.split(':') as [string, string];
    const year = Number(yearText);
    const r = random.fork(`unit-year:${key}`);
    const ldttDate = dateBetween(r, `${year}-12-10`, `${year}-12-28`);
    const local = localAuthority(unitKey, ldttDate);
    const holders = people.filter((p) => p.ldtt);
    for (const p of holders) {
      award({
        person: p.person.key,
        awardKind: 'LDTT',
        year,
        decisionDate: ldttDate,
        authority: local.text,
        authorityUnit: local.unit,
        unitAtAward: unitKey,
      });
    }
    const cap = year <= 2023 ? Math.floor(0.15 * holders.length) : Math.ceil(0.3 * holders.length);
    const ranked = holders
      .filter((p) => p.rating === 'HTXS' || p.talent === 'star' || p.talent === 'strong')
      .sort((a, b) => Number(b.talent === 'star') - Number(a.talent === 'star'));
    const chosen = ranked.filter((p) => p.talent === 'star' || r.chance(0.55)).slice(0, cap);
    for (const p of chosen) {
      const cstdcs = award({
        person: p.person.key,
        awardKind: 'CSTDCS',
        year,
        decisionDate: ldttDate,
        authority: local.text,
        authorityUnit: local.unit,
        unitAtAward: unitKey,
      });
      cstdcsYears.set(p.person.key, (cstdcsYears.get(p.person.key) ?? new Set()).add(year));
      if (p.rating !== 'HTXS') {
        // Without HTXS the CSTĐCS rests on an initiative recognised that year, now used.
        out.initiatives.push({
          person: p.person.key,
          title: r.pick(INITIATIVE_TITLES),
          level: 'unit',
          recognizedOn: dateBetween(r, `${year}-05-01`, `${year}-11-30`),
          usedBy: cstdcs.key,
        });
      } else if (r.chance(0.2)) {
        out.initiatives.push({
          person: p.person.key,
          title: r.pick(INITIATIVE_TITLES),
          level: 'unit',
          recognizedOn: dateBetween(r, `${year}-05-01`, `${year}-11-30`),
          usedBy: null,
        });
      }
    }
  }

  // 3. Per person: CSTĐ tỉnh for three-year streaks, Bằng khen tỉnh after two CSTĐCS, an initiative of the
  //    province for the stars of 2025 (kept unused: they qualify for CSTĐ tỉnh in 2025).
  for (const person of plan.people) {
    if (!cstdcsYears.has(person.key)) continue;
    // A copy: a CSTĐ tỉnh uses up its three years, the figures below still count every CSTĐCS.
    const years = new Set(cstdcsYears.get(person.key));
    const r = random.fork(`streak:${person.key}`);
    const job2025 = jobAt(person, '2025-12-31');
    let lastBk = 0;
    for (let year = HISTORY_FROM + 1; year <= HISTORY_TO; year++) {
      const job = jobAt(person, `${year}-12-31`);
      if (!job) continue;
      if (year <= 2024 && years.has(year) && years.has(year - 1) && years.has(year - 2) && r.chance(0.5)) {
        const date = dateBetween(r, `${year + 1}-03-01`, `${year + 1}-05-31`);
        const title = award({
          person: person.key,
          awardKind: 'CSTD_TINH',
          year,
          decisionDate: date,
          authority: provincial.text,
          authorityUnit: provincial.unit,
          unitAtAward: job.unit,
        });
        out.initiatives.push({
          person: person.key,
          title: `${r.pick(INITIATIVE_TITLES)} (áp dụng toàn tỉnh)`,
          level: 'province',
          recognizedOn: dateBetween(r, `${year}-04-01`, `${year}-10-31`),
          usedBy: title.key,
        });
        years.delete(year);
        years.delete(year - 1);
        years.delete(year - 2);
        continue;
      }
      if (years.has(year) && years.has(year - 1) && year - lastBk >= 3 && r.chance(0.3)) {
        const date = dateBetween(r, `${year + 1}-01-10`, `${year + 1}-04-30`);
        if (date <= '2026-06-30') {
          award({
            person: person.key,
            awardKind: 'BK_TINH',
            year,
            decisionDate: date,
            authority: provincial.text,
            authorityUnit: provincial.unit,
            unitAtAward: job.unit,
          });
          lastBk = year;
        }
      }
    }
    if (
      job2025 &&
      years.has(2025) &&
      years.has(2024) &&
      years.has(2023) &&
      talents.get(person.key) === 'star'
    ) {
      out.initiatives.push({
        person: person.key,
        title: `${r.pick(INITIATIVE_TITLES)} (được nhân rộng trong tỉnh)`,
        level: 'province',
        recognizedOn: dateBetween(r, '2025-03-01', '2025-10-31'),
        usedBy: null,
      });
    }
  }

  // 4. A few awards revoked after a later check (kept, marked): four LĐTT and two CSTĐCS.
  const picker = random.fork('revoked');
  for (const [kind, count] of [
    ['LDTT', 4],
    ['CSTDCS', 2],
  ] as const) {
    const candidates = out.awards.filter(
      (a) =>
        a.awardKind === kind &&
        a.decisionDate <= '2025-06-30' &&
        !out.initiatives.some((x) => x.usedBy === a.key),
    );
    for (let i = 0; i < count && candidates.length > 0; i++) {
      const target = candidates.splice(picker.int(0, candidates.length - 1), 1)[0]!;
      target.revoked = { on: `${addYears(target.decisionDate, 1).slice(0, 7)}-15`, reason: REVOKE_REASON };
    }
  }

  // 5. Member figures of schools and communes, their ratings, TTLĐTT / TTLĐXS where they qualify.
  planCollectives(random, {
    units,
    byUnitYear,
    cstdcsYears,
    disciplinedYears,
    out,
    award,
    localAuthority,
    provincial,
  });
  return out;
}
