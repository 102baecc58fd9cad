import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AwardResult } from './work-report';
import { authorityName, awardSentences, inspectionSentence, shortAgency } from './work-report-text';

const r = (
  status: AwardResult['status'],
  authorityLevel: AwardResult['authorityLevel'],
  authorityName: string,
  awardKind: AwardResult['awardKind'],
  subjectKind: AwardResult['subjectKind'],
  count: number,
): AwardResult => ({ status, authorityLevel, authorityName, awardKind, subjectKind, count });

test('section 3.2 of the seed: the agency gives, its chairman is asked; flags, then titles, then Bằng khen', () => {
  const tinh = 'Chủ tịch UBND tỉnh Hà Tĩnh';
  const lines = awardSentences(
    [
      r('awarded', 'central', 'Thủ tướng Chính phủ', 'BK_TTG', 'individual', 1),
      r('awarded', 'province', tinh, 'TTLDXS', 'collective', 6),
      r('awarded', 'province', tinh, 'CO_TINH', 'collective', 4),
      r('awarded', 'province', tinh, 'BK_TINH', 'individual', 17),
      r('awarded', 'province', tinh, 'BK_TINH', 'collective', 8),
      r('awarded', 'district', 'Chủ tịch UBND huyện Cẩm Xuyên', 'GK', 'individual', 153),
      r('awarded', 'district', 'Chủ tịch UBND huyện Cẩm Xuyên', 'GK', 'collective', 66),
      r('proposed', 'central', 'Thủ tướng Chính phủ', 'BK_TTG', 'individual', 1),
      r('proposed', 'province', tinh, 'BK_TINH', 'individual', 3),
    ],
    { level: 'district', parentLevel: 'province' },
    '6 tháng đầu năm 2023',
  );
  assert.deepEqual(lines, [
    'Trong 6 tháng đầu năm 2023 được Thủ tướng Chính phủ tặng Bằng khen cho 01 cá nhân; UBND tỉnh tặng Cờ thi đua ' +
      'cho 04 đơn vị, danh hiệu Tập thể lao động xuất sắc cho 06 đơn vị và Bằng khen cho 17 cá nhân và 08 tập thể.',
    'Đề nghị Chủ tịch UBND tỉnh xem xét, trình Thủ tướng Chính phủ tặng Bằng khen cho 01 cá nhân.',
    'Đề nghị Chủ tịch UBND tỉnh xem xét, tặng Bằng khen cho 03 cá nhân.',
    'Tặng Giấy khen cho 153 cá nhân và 66 tập thể.',
  ]);
});

test('one spelling per authority: "Ủy ban nhân dân" and "UBND" name the same body', () => {
  assert.equal(authorityName(' Chủ tịch Ủy ban nhân dân  tỉnh Hà Tĩnh'), 'Chủ tịch UBND tỉnh Hà Tĩnh');
  assert.equal(authorityName('Hội đồng nhân dân tỉnh Hà Tĩnh'), 'HĐND tỉnh Hà Tĩnh');
  const lines = awardSentences(
    [
      r('awarded', 'province', 'Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh', 'BK_TINH', 'individual', 2),
      r('awarded', 'province', 'UBND tỉnh Hà Tĩnh', 'CO_TINH', 'collective', 1),
    ],
    { level: 'district', parentLevel: 'province' },
    'năm 2024',
  );
  assert.deepEqual(lines, [
    'Trong năm 2024 được UBND tỉnh tặng Cờ thi đua cho 01 đơn vị và Bằng khen cho 02 cá nhân.',
  ]);
  assert.equal(shortAgency({ name: 'Huyện Cẩm Xuyên', kind: 'district' }), 'UBND huyện Cẩm Xuyên');
});

test('section 3.3: a plan with nothing inspected yet, and one with units inspected and recommendations', () => {
  const plan = {
    planTitle: 'Kế hoạch kiểm tra công tác quản lý nhà nước về thi đua, khen thưởng năm 2023',
    planNumber: null,
    planDate: null,
    teamDecisionNumber: null,
    targets: 4,
    done: 0,
    inspectedUnits: [],
    recommendations: 0,
  };
  assert.equal(
    inspectionSentence([plan], '6 tháng đầu năm 2023'),
    'Thực hiện Kế hoạch kiểm tra công tác quản lý nhà nước về thi đua, khen thưởng năm 2023 (04 đơn vị thuộc ' +
      'diện kiểm tra), trong 6 tháng đầu năm 2023 chưa kiểm tra đơn vị nào.',
  );
  assert.equal(
    inspectionSentence(
      [
        {
          ...plan,
          planNumber: '12/KH-UBND',
          planDate: '2023-03-02',
          teamDecisionNumber: '345/QĐ-UBND',
          done: 2,
          inspectedUnits: [{ name: 'Xã Cẩm Quang' }, { name: 'Xã Cẩm Bình' }],
          recommendations: 3,
        },
      ],
      'năm 2023',
    ),
    'Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2023 kiểm tra công tác quản lý nhà nước về thi đua, khen thưởng ' +
      'năm 2023 (04 đơn vị thuộc diện kiểm tra) và Quyết định số 345/QĐ-UBND thành lập Đoàn kiểm tra, trong năm ' +
      '2023 đã kiểm tra 02/04 đơn vị (Xã Cẩm Quang, Xã Cẩm Bình), đưa ra 03 kiến nghị.',
  );
  assert.match(inspectionSentence([], 'năm 2023'), /chưa có kế hoạch kiểm tra/);
});
