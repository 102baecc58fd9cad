import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type AwardStatRow,
  buildStatisticsForm,
  durationBand,
  formSetForYear,
  leafCount,
  type MovementStatRow,
  personTier,
  reportingPeriod,
  tdktOrgKind,
  type StatisticsInput,
} from './statistics';

const empty: StatisticsInput = { awards: [], movements: [], tdktOrgs: [], staff: [] };
const row = (form: ReturnType<typeof buildStatisticsForm>, code: string) => {
  const r = form.rows.find((x) => x.code === code);
  assert.ok(r, `row ${code}`);
  return r.values;
};

test('form set by year: 2018–2022 TT 03/2018, 2023 and later TT 02/2023, nothing before 2018', () => {
  assert.equal(formSetForYear(2017), null);
  assert.equal(formSetForYear(2018), 'tt03_2018');
  assert.equal(formSetForYear(2022), 'tt03_2018');
  assert.equal(formSetForYear(2023), 'tt02_2023');
  assert.equal(formSetForYear(2026), 'tt02_2023');
  assert.deepEqual(reportingPeriod(2023, 'tt02_2023'), { from: '2022-12-01', to: '2023-11-30' });
  assert.deepEqual(reportingPeriod(2020, 'tt03_2018'), { from: '2020-01-01', to: '2020-12-31' });
});

test('duration bands: exactly one year is 01/01–31/12; a leap day start is handled', () => {
  assert.equal(durationBand('2023-01-01', '2023-06-30'), '<1');
  assert.equal(durationBand('2023-01-01', '2023-12-31'), '1');
  assert.equal(durationBand('2023-01-01', '2024-01-01'), '1-3');
  assert.equal(durationBand('2021-01-01', '2023-12-30'), '1-3');
  assert.equal(durationBand('2021-01-01', '2023-12-31'), '3-5');
  assert.equal(durationBand('2021-01-01', '2025-12-31'), '>=5');
  assert.equal(durationBand('2024-02-29', '2025-02-28'), '1');
  assert.equal(durationBand(null, '2025-02-28'), null);
  assert.equal(durationBand('2025-03-01', '2025-02-28'), null);
});

const award = (over: Partial<AwardStatRow>): AwardStatRow => ({
  awardKind: 'BK_TINH',
  awardType: 'cong_trang',
  subjectKind: 'individual',
  unitKind: null,
  submitter: 'province',
  tier: null,
  ...over,
});

test('0603: figures by kind × subject × method, hand-counted', () => {
  const awards: AwardStatRow[] = [
    award({ awardKind: 'BK_TINH', subjectKind: 'collective', unitKind: 'enterprise' }),
    award({ awardKind: 'BK_TINH', subjectKind: 'collective', unitKind: 'commune', awardType: 'chuyen_de' }),
    award({ awardKind: 'BK_TINH', tier: 'direct_worker', awardType: 'dot_xuat' }),
    award({ awardKind: 'CSTD_TINH', tier: 'other_leader' }),
    award({ awardKind: 'CO_TINH', subjectKind: 'collective', unitKind: 'district' }),
    award({ awardKind: 'KNC', tier: 'businessman', awardType: 'cong_hien' }),
    award({ awardKind: 'BK_TINH', subjectKind: 'household' }),
    // not counted by 0603
    award({ awardKind: 'GK' }),
    award({ awardKind: 'BK_TTG' }),
  ];
  const f = buildStatisticsForm('0603', { ...empty, awards });
  assert.equal(f.formNumber, 'Biểu số 0603.N/BNV-TĐKT');
  assert.equal(leafCount(f.columns), 5);
  // columns: total, BK, CSTĐ, Cờ, KNC
  assert.deepEqual(row(f, '01'), [7, 4, 1, 1, 1]);
  assert.deepEqual(row(f, '02'), [3, 2, 0, 1, 0]); // tập thể
  assert.deepEqual(row(f, '03'), [1, 1, 0, 0, 0]); // doanh nghiệp
  assert.deepEqual(row(f, '04'), [1, 1, 0, 0, 0]); // hộ
  assert.deepEqual(row(f, '05'), [3, 1, 1, 0, 1]); // cá nhân
  assert.deepEqual(row(f, '06'), [0, 0, 0, 0, 0]);
  assert.deepEqual(row(f, '08'), [1, 0, 0, 0, 1]); // doanh nhân
  assert.deepEqual(row(f, '09'), [1, 0, 1, 0, 0]); // lãnh đạo khác
  assert.deepEqual(row(f, '10'), [1, 1, 0, 0, 0]); // trực tiếp
  assert.deepEqual(row(f, '11'), [4, 2, 1, 1, 0]); // thường xuyên
  assert.deepEqual(row(f, '12'), [1, 1, 0, 0, 0]); // chuyên đề
  assert.deepEqual(row(f, '13'), [1, 1, 0, 0, 0]); // đột xuất
  assert.deepEqual(row(f, '15'), [1, 0, 0, 0, 1]); // cống hiến
  assert.deepEqual(row(f, '17'), [0, 0, 0, 0, 0]); // kháng chiến
  // 0703 has the same lines
  assert.deepEqual(
    buildStatisticsForm('0703', { ...empty, awards }).rows.map((r) => [r.code, r.values]),
    f.rows.map((r) => [r.code, r.values]),
  );
});

test('0602: one column per medal present, then the fixed groups; 0702 one column per group', () => {
  const awards: AwardStatRow[] = [
    award({ awardKind: 'HC_LAO_DONG_3', subjectKind: 'collective', unitKind: 'school' }),
    award({ awardKind: 'HC_LAO_DONG_3', tier: 'province_leader' }),
    award({ awardKind: 'HC_DOC_LAP_3', tier: 'province_leader', awardType: 'cong_hien' }),
    award({ awardKind: 'BK_TTG', tier: 'department_leader' }),
    award({ awardKind: 'BK_TTG', subjectKind: 'collective', unitKind: 'enterprise', submitter: 'ministry' }),
    award({ awardKind: 'CO_CP', subjectKind: 'collective', unitKind: 'district' }),
    award({ awardKind: 'CSTDTQ', tier: 'other_leader' }),
    award({ awardKind: 'AHLD', tier: 'direct_worker' }),
    award({ awardKind: 'BK_TINH' }), // not state level
  ];
  const f = buildStatisticsForm('0602', { ...empty, awards });
  // total | HC Độc lập 3, HC Lao động 3 | GT HCM | GT NN | AHLĐ | Cờ CP | BK TTg | CSTĐTQ | khác
  assert.equal(leafCount(f.columns), 10);
  assert.deepEqual(
    f.columns[1]!.children![0]!.children!.map((c) => c.label),
    ['Huân chương Độc lập hạng Ba', 'Huân chương Lao động hạng Ba'],
  );
  assert.deepEqual(row(f, '01'), [8, 1, 2, 0, 0, 1, 1, 2, 1, 0]);
  assert.deepEqual(row(f, '02'), [1, 0, 0, 0, 0, 0, 0, 1, 0, 0]); // submitted by a ministry
  assert.deepEqual(row(f, '03'), [7, 1, 2, 0, 0, 1, 1, 1, 1, 0]);
  assert.deepEqual(row(f, '06'), [3, 0, 1, 0, 0, 0, 1, 1, 0, 0]); // tập thể
  assert.deepEqual(row(f, '07'), [1, 0, 0, 0, 0, 0, 0, 1, 0, 0]); // doanh nghiệp
  assert.deepEqual(row(f, '09'), [5, 1, 1, 0, 0, 1, 0, 1, 1, 0]); // cá nhân
  assert.deepEqual(row(f, '10'), [2, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
  assert.deepEqual(row(f, '19'), [1, 1, 0, 0, 0, 0, 0, 0, 0, 0]); // cống hiến
  assert.equal(
    f.rows.some((r) => r.code === '04' || r.code === '05'),
    false,
  );

  const g = buildStatisticsForm('0702', { ...empty, awards });
  assert.equal(leafCount(g.columns), 9);
  assert.deepEqual(row(g, '01'), [8, 3, 0, 0, 1, 1, 2, 1, 0]);
  // no medal at all: a single "Huân chương" column
  const h = buildStatisticsForm('0602', { ...empty, awards: [award({ awardKind: 'BK_TTG' })] });
  assert.equal(leafCount(h.columns), 9);
  assert.deepEqual(row(h, '01'), [1, 0, 0, 0, 0, 0, 1, 0, 0]);
});

const movement = (over: Partial<MovementStatRow>): MovementStatRow => ({
  kind: 'regular',
  level: 'province',
  launchingUnitKind: 'province',
  periodFrom: '2023-01-01',
  periodTo: '2023-12-31',
  ...over,
});

test('0601 and 0701: movements by launching level, scope, length and method', () => {
  const movements: MovementStatRow[] = [
    movement({
      level: 'central',
      launchingUnitKind: null,
      kind: 'thematic',
      periodFrom: '2021-01-01',
      periodTo: '2025-12-31',
    }),
    movement({}),
    movement({ kind: 'campaign', periodFrom: '2023-03-01', periodTo: '2023-05-31' }),
    movement({
      level: 'district',
      launchingUnitKind: 'district',
      periodFrom: '2023-01-01',
      periodTo: '2024-06-30',
    }),
    movement({ level: 'province', launchingUnitKind: 'agency', kind: 'thematic', periodFrom: null }),
    movement({
      level: 'agency',
      launchingUnitKind: null,
      kind: 'campaign',
      periodFrom: '2023-01-01',
      periodTo: '2023-01-31',
    }),
    movement({ kind: 'task' }),
    movement({ kind: 'commemoration' }),
  ];
  const f = buildStatisticsForm('0601', { ...empty, movements });
  // columns: total, TW, bộ/tỉnh, cơ quan
  assert.deepEqual(row(f, '01'), [6, 1, 3, 2]);
  assert.deepEqual(row(f, '02'), [1, 1, 0, 0]);
  assert.deepEqual(row(f, '03'), [3, 0, 2, 1]);
  assert.deepEqual(row(f, '04'), [0, 0, 0, 0]);
  assert.deepEqual(row(f, '05'), [2, 0, 1, 1]);
  assert.deepEqual(row(f, '06'), [2, 0, 1, 1]);
  assert.deepEqual(row(f, '07'), [1, 0, 1, 0]);
  assert.deepEqual(row(f, '08'), [1, 0, 0, 1]);
  assert.deepEqual(row(f, '09'), [0, 0, 0, 0]);
  assert.deepEqual(row(f, '10'), [1, 1, 0, 0]);
  assert.deepEqual(row(f, '11'), [4, 1, 2, 1]); // chuyên đề + theo đợt
  assert.deepEqual(row(f, '12'), [2, 0, 1, 1]);
  assert.equal(f.columns[0]!.number, '1=(2+3+4)');
  assert.ok(f.notes.some((n) => n.startsWith('1/6 phong trào')));

  const g = buildStatisticsForm('0701', { ...empty, movements });
  // TT 03/2018 has no column for lower levels: the district and agency movements are not counted
  assert.deepEqual(row(g, '01'), [4, 1, 3]);
  assert.deepEqual(row(g, '03'), [3, 0, 3]);
  assert.deepEqual(row(g, '09'), [1, 1, 0]); // từ 3 năm trở lên
  assert.deepEqual(row(g, '10'), [3, 1, 2]);
  assert.deepEqual(row(g, '11'), [1, 0, 1]);
  assert.equal(
    g.rows.some((r) => r.code === '12'),
    false,
  );
});

test('0604 and 0605 from organisations and staff', () => {
  assert.equal(
    tdktOrgKind('Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh', {
      name: 'Sở Nội vụ tỉnh Hà Tĩnh',
      level: 'province',
    }),
    'ban_thuoc_snv',
  );
  assert.equal(
    tdktOrgKind('Phòng Thi đua, Khen thưởng', { name: 'Sở Nội vụ', level: 'province' }),
    'phong_thuoc_snv',
  );
  assert.equal(tdktOrgKind('Vụ Thi đua - Khen thưởng', { name: 'Bộ Y tế', level: 'central' }), 'vu');
  assert.equal(
    tdktOrgKind('Phòng Tổng hợp', { name: 'Vụ Thi đua - Khen thưởng', level: 'central' }, true),
    'phong_thuoc_vu',
  );
  assert.equal(tdktOrgKind('Phòng Nội vụ huyện Cẩm Xuyên', { name: 'UBND huyện', level: 'district' }), null);
  const f = buildStatisticsForm('0604', {
    ...empty,
    tdktOrgs: ['ban_thuoc_snv', 'phong_thuoc_snv', 'phong_thuoc_snv'],
  });
  assert.deepEqual(row(f, '01'), [3]);
  assert.deepEqual(row(f, '04'), [1]);
  assert.deepEqual(row(f, '05'), [2]);
  const s = buildStatisticsForm('0605', {
    ...empty,
    staff: [
      { gender: 'female', ethnicity: 'Kinh', cadreClass: 'cong_chuc', leader: true },
      { gender: 'female', ethnicity: 'Thái', cadreClass: 'vien_chuc', leader: false },
      { gender: 'male', ethnicity: 'Kinh', cadreClass: 'nguoi_lao_dong', leader: false },
    ],
  });
  assert.deepEqual(
    s.rows.filter((r) => r.values).map((r) => [r.code, r.values![0]]),
    [
      ['01', 3],
      ['02', 2],
      ['03', 1],
      ['04', 1],
      ['05', 1],
      ['06', 1],
      ['07', 1],
    ],
  );
});

test('person tiers from position, class and unit', () => {
  const p = (position: string | null, more: Partial<Parameters<typeof personTier>[0]> = {}) =>
    personTier({
      position,
      cadreClass: 'cong_chuc',
      isDirectWorker: false,
      unitLevel: 'commune',
      unitKind: 'commune',
      ...more,
    });
  assert.equal(p('Phó Chủ tịch UBND tỉnh', { unitLevel: 'province', unitKind: 'agency' }), 'province_leader');
  assert.equal(p('Giám đốc Sở Nội vụ', { unitLevel: 'province', unitKind: 'agency' }), 'department_leader');
  assert.equal(p('Phó Trưởng phòng', { unitLevel: 'district', unitKind: 'agency' }), 'other_leader');
  assert.equal(p('Chủ tịch UBND xã'), 'other_leader');
  assert.equal(p('Chuyên viên'), null);
  assert.equal(p(null, { cadreClass: 'doanh_nhan' }), 'businessman');
  assert.equal(p('Giám đốc', { cadreClass: 'doanh_nhan', unitKind: 'enterprise' }), 'businessman');
  assert.equal(p(null, { cadreClass: 'nong_dan' }), 'direct_worker');
  assert.equal(p('Giáo viên', { isDirectWorker: true, cadreClass: 'vien_chuc' }), 'direct_worker');
});
