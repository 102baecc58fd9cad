// Browser journey of emulation work (issue #5, point 7 and the acceptance): the demo movement "Doanh nghiệp Việt
// Nam hội nhập và phát triển" shows its documents and figures; the province's Ban Thi đua - Khen thưởng enters a
// provincial plan, launches a movement with it and adds huyện Cẩm Xuyên's movement under it (with the district's
// plan and two indicators); Sở Giáo dục và Đào tạo registers its titles for the year and the province accepts;
// the province's block of five departments is scored (with a penalty and two ties), the ranking shows the leader
// and the tie-break rule; the leading department's officer creates the pre-filled Cờ thi đua dossier.
// E2E_BASE_URL points the journey at a fresh server already running with the demo data instead of starting one.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { type Browser, CHROMIUM } from './support/browser';
import { TIE_BREAK_RULE } from '../domain/cluster-scoring';
import {
  apiAnswer,
  chooseFirst,
  chooseFrom,
  chooseOption,
  confirmPopover,
  expectOk,
  expectStatus,
  pickUnit,
  signIn,
  signOut,
} from './support/ui';
import { withJourneyServer } from './support/journey-server';

const skip = existsSync(CHROMIUM)
  ? false
  : `không có ${CHROMIUM} (cài bằng: apt-get install -y chromium fonts-liberation2)`;

const YEAR = 2025;
const PROVINCE_PLAN =
  'Kế hoạch số 58/KH-UBND ngày 20/02/2025 của UBND tỉnh Hà Tĩnh về việc phát động phong trào thi đua “Hà Tĩnh đổi mới, sáng tạo” năm 2025';
const DISTRICT_PLAN =
  'Kế hoạch số 45/KH-UBND ngày 10/3/2025 của UBND huyện Cẩm Xuyên về việc triển khai phong trào thi đua “Hà Tĩnh đổi mới, sáng tạo” năm 2025';
const PROVINCE_MOVEMENT = 'Hà Tĩnh đổi mới, sáng tạo năm 2025';
const DISTRICT_MOVEMENT = 'Cẩm Xuyên đổi mới, sáng tạo năm 2025';
const BLOCK = 'Khối thi đua các cơ quan văn hóa - xã hội';

const SO_GDDT = 'Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh';
const SO_VHTTDL = 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh';
const SO_Y_TE = 'Sở Y tế tỉnh Hà Tĩnh';
const SO_NOI_VU = 'Sở Nội vụ tỉnh Hà Tĩnh';
const SO_TU_PHAP = 'Sở Tư pháp tỉnh Hà Tĩnh';
const CO_TINH = 'Cờ thi đua của bộ, ban, ngành, tỉnh';

/** The score sheet: two groups of criteria, a bonus item (cap 5) and a penalty item. */
const SHEET = {
  sections: [
    {
      title: 'I. Thực hiện nhiệm vụ chính trị được giao',
      criteria: [
        { title: 'Hoàn thành chỉ tiêu, nhiệm vụ chuyên môn năm 2025', max: 40 },
        { title: 'Cải cách hành chính, chuyển đổi số', max: 30 },
      ],
    },
    {
      title: 'II. Công tác thi đua, khen thưởng',
      criteria: [{ title: 'Tổ chức phong trào thi đua, nhân rộng điển hình', max: 30 }],
    },
  ],
  bonus: { title: 'Mô hình mới được cấp tỉnh công nhận', max: 5 },
  penalty: { title: 'Chậm gửi báo cáo thi đua, khen thưởng', max: 5 },
};
const ITEMS = [
  ...SHEET.sections.flatMap((s) => s.criteria.map((c) => c.title)),
  SHEET.bonus.title,
  SHEET.penalty.title,
];

// The block's points in ITEMS order (three criteria, bonus, penalty), hand-computed:
//   Sở GD&ĐT   38 + 28 + 27 = 93, + 3        = 96  → 1 (leads)
//   Sở VHTT&DL 37 + 28 + 28 = 93, + 2 − 2    = 93  → 2 (ties Y tế on the total, more criteria points)
//   Sở Y tế    37 + 27 + 27 = 91, + 2        = 93  → 3 (below: fewer criteria points)
//   Sở Nội vụ  35 + 26 + 26 = 87             = 87  → 4
//   Sở Tư pháp 35 + 26 + 26 = 87, + 2 − 2    = 87  → 5 (same total and criteria points, more penalty points)
const SCORES: [string, number[]][] = [
  [SO_GDDT, [38, 28, 27, 3, 0]],
  [SO_VHTTDL, [37, 28, 28, 2, 2]],
  [SO_Y_TE, [37, 27, 27, 2, 0]],
  [SO_NOI_VU, [35, 26, 26, 0, 0]],
  [SO_TU_PHAP, [35, 26, 26, 2, 2]],
];
const MEMBERS: [string, string][] = [
  [SO_GDDT, 'so giao duc'],
  [SO_VHTTDL, 'so van hoa'],
  [SO_Y_TE, 'so y te'],
  [SO_NOI_VU, 'so noi vu'],
  [SO_TU_PHAP, 'so tu phap'],
];

let browser: Browser | undefined;
let base = '';

withJourneyServer(skip, (started) => ({ base, browser } = started));

/** Enters a document by quick entry into the register of `unit`; returns to the document's page. */
async function enterDocument(page: Page, citation: string, filled: RegExp): Promise<void> {
  await page.getByRole('menuitem', { name: 'Văn bản' }).click();
  await page.waitForURL(/\/van-ban$/);
  await page.getByRole('button', { name: 'Nhập văn bản' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Điền nhanh từ trích dẫn văn bản').fill(citation);
  await dialog.getByRole('button', { name: /Điền nhanh/ }).click();
  await dialog.getByText(filled).waitFor();
  await pickUnit(page, dialog, 'unitId', 'tinh ha tinh', 'Tỉnh Hà Tĩnh');
  const created = apiAnswer(page, 'POST', /^\/api\/documents$/);
  await dialog.getByRole('button', { name: 'Nhập văn bản' }).click();
  await expectStatus(created, 201, 'nhập văn bản');
  await page.waitForURL(/\/van-ban\/[0-9a-f-]+$/);
}

/** Fills the movement form's name, launching unit, year and one document with its role; saves it. */
async function fillMovement(
  page: Page,
  dialog: Locator,
  fields: { name: string; unitTyped: string; unit: string; document: string; role: string },
): Promise<void> {
  await dialog.locator('#name').fill(fields.name);
  await pickUnit(page, dialog, 'launchingUnitId', fields.unitTyped, fields.unit);
  await dialog.locator('#year').fill(String(YEAR));
  await dialog.getByRole('button', { name: 'Thêm văn bản' }).click();
  await chooseOption(page, dialog, 'documents_0_documentId', fields.document, fields.document);
  await chooseOption(page, dialog, 'documents_0_role', fields.role);
  const created = apiAnswer(page, 'POST', /^\/api\/movements$/);
  await dialog.getByRole('button', { name: 'Thêm phong trào' }).click();
  await expectStatus(created, 201, `thêm phong trào ${fields.name}`);
  await page.getByRole('heading', { name: fields.name }).waitFor();
}

test(
  'phong trào tỉnh và huyện với hai chỉ tiêu → đăng ký thi đua → khối chấm điểm, xếp hạng → hồ sơ Cờ thi đua',
  { skip, timeout: 420_000 },
  async () => {
    const { page, problems } = browser!;
    const shot = async (name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser!.shot(`emulation-${name}`);
    };

    // 1. The province's specialist (Ban TĐKT) opens the demo movement of the seed report at huyện level: the
    //    documents of the levels above (373/KH-UBND, 65/2018/NQ-HĐND) and the three figures.
    await signIn(page, base, 'btdkt');
    await page.goto(`${base}/phong-trao?q=${encodeURIComponent('doanh nghiep viet nam hoi nhap')}`);
    await page
      .locator('tr')
      .filter({ hasText: 'Doanh nghiệp Việt Nam hội nhập và phát triển' })
      .filter({ hasText: 'Cẩm Xuyên' })
      .getByRole('link', { name: 'Doanh nghiệp Việt Nam hội nhập và phát triển' })
      .click();
    await page.waitForURL(/\/phong-trao\/[0-9a-f-]+$/);
    await page.getByRole('heading', { name: 'Doanh nghiệp Việt Nam hội nhập và phát triển' }).waitFor();
    await page.getByText('373/KH-UBND').first().waitFor();
    await page.getByText('65/2018/NQ-HĐND').first().waitFor();
    const body = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    assert.match(body, /632 doanh nghiệp/);
    assert.match(body, /9\.164 tỷ đồng/);
    assert.match(body, /127 hợp tác xã/);
    await shot('01-phong-trao-doanh-nghiep');

    // 2. The provincial plan, entered as cited; the province's movement launched with it.
    await enterDocument(page, PROVINCE_PLAN, /Đã điền: Kế hoạch, số 58\/KH-UBND/);
    await page.getByRole('heading', { name: /Kế hoạch số 58\/KH-UBND/ }).waitFor();
    await enterDocument(page, DISTRICT_PLAN, /Đã điền: Kế hoạch, số 45\/KH-UBND/);
    await page.getByRole('heading', { name: /Kế hoạch số 45\/KH-UBND/ }).waitFor();

    await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
    await page.waitForURL(/\/phong-trao$/);
    await page.getByRole('button', { name: 'Thêm phong trào' }).click();
    await fillMovement(page, page.getByRole('dialog'), {
      name: PROVINCE_MOVEMENT,
      unitTyped: 'tinh ha tinh',
      unit: 'Tỉnh Hà Tĩnh',
      document: '58/KH-UBND',
      role: 'Văn bản phát động',
    });

    // 3. The district's movement under it, with the district's implementing plan.
    await page.getByRole('button', { name: 'Thêm cấp dưới' }).click();
    await fillMovement(page, page.getByRole('dialog'), {
      name: DISTRICT_MOVEMENT,
      unitTyped: 'huyen cam xuyen',
      unit: 'Huyện Cẩm Xuyên',
      document: '45/KH-UBND',
      role: 'Văn bản triển khai thực hiện',
    });
    await page.getByRole('link', { name: PROVINCE_MOVEMENT }).first().waitFor();
    await page
      .getByRole('link', { name: /Kế hoạch số 45\/KH-UBND/ })
      .first()
      .waitFor();
    await page
      .getByRole('link', { name: /Kế hoạch số 58\/KH-UBND/ })
      .first()
      .waitFor();

    // 4. Two indicators, and the district's figure for the first.
    for (const [name, unit, target] of [
      ['sáng kiến, giải pháp được công nhận', 'sáng kiến', '50'],
      ['tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến', '%', '90'],
    ] as const) {
      await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      const modal = page.getByRole('dialog');
      await modal.locator('#name').fill(name);
      await modal.locator('#unitOfMeasure').fill(unit);
      await modal.locator('#target').fill(target);
      const saved = apiAnswer(page, 'POST', /\/indicators$/);
      await modal.getByRole('button', { name: 'Thêm' }).click();
      await expectStatus(saved, 200, `thêm chỉ tiêu ${name}`);
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: 'Ghi số liệu' }).first().click();
    const valueModal = page.getByRole('dialog');
    await valueModal.locator('#actual').fill('57');
    const recorded = apiAnswer(page, 'POST', /\/values$/);
    await valueModal.getByRole('button', { name: 'Lưu' }).click();
    await expectStatus(recorded, 200, 'ghi số liệu');
    await page.getByText('57 sáng kiến').waitFor();
    await page.getByText('114%').waitFor();
    await page.getByText(/Chỉ tiêu chung: 90$/).waitFor();
    await shot('02-phong-trao-huyen');
    await signOut(page);

    // 5. Sở Giáo dục và Đào tạo registers its titles for the year: Cờ thi đua for itself, Chiến sĩ thi đua cơ sở
    //    for one of its people; it sends the registration to the province.
    await signIn(page, base, 'canbo.sogd');
    await page.getByRole('menuitem', { name: 'Đăng ký thi đua' }).click();
    await page.waitForURL(/\/dang-ky/);
    await page.getByRole('spinbutton').first().fill(String(YEAR));
    await page.waitForURL((url) => url.searchParams.get('nam') === String(YEAR));
    const registered = apiAnswer(page, 'POST', /^\/api\/registrations$/);
    await page.getByRole('button', { name: `Lập bản đăng ký năm ${YEAR}` }).click();
    await expectOk(registered, 'lập bản đăng ký');
    await page.getByRole('button', { name: 'Sửa danh sách' }).click();
    const lines = page.getByRole('dialog');
    await lines.getByRole('button', { name: 'Thêm dòng' }).click();
    await lines.locator('#lines_0_subjectKind').getByText('Tập thể').click();
    await pickUnit(page, lines, 'lines_0_unitId', 'so giao duc', SO_GDDT);
    await chooseOption(page, lines, 'lines_0_awardKind', CO_TINH);
    await lines.getByRole('button', { name: 'Thêm dòng' }).click();
    // The person picker carries no id: find it by its placeholder, then keep it by position.
    const selects = lines.locator('.ant-select');
    const texts = await selects.allInnerTexts();
    const personAt = texts.findIndex((t) => t.includes('Gõ họ tên'));
    assert.ok(personAt >= 0, 'ô chọn cá nhân');
    const person = await chooseFirst(page, selects.nth(personAt));
    const personName = person.split(' — ')[0]!;
    await chooseOption(page, lines, 'lines_1_awardKind', 'Chiến sĩ thi đua cơ sở');
    await page.locator('.ant-select-dropdown:visible').first().waitFor({ state: 'hidden' });
    await shot('03-dang-ky-danh-sach');
    const savedLines = apiAnswer(page, 'PUT', /^\/api\/registrations\/[^/]+\/lines$/);
    await lines.getByRole('button', { name: 'Lưu danh sách' }).click();
    await expectOk(savedLines, 'lưu danh sách đăng ký');
    await page.getByText('Danh hiệu đăng ký (2)').waitFor();
    await page.getByRole('cell', { name: personName }).first().waitFor();
    await page.getByRole('button', { name: 'Gửi đăng ký' }).click();
    const submitted = apiAnswer(page, 'POST', /^\/api\/registrations\/[^/]+\/submit$/);
    await confirmPopover(page, 'Gửi bản đăng ký lên cấp trên?', 'Gửi');
    await expectOk(submitted, 'gửi đăng ký');
    await page.getByText('Đã gửi', { exact: true }).first().waitFor();
    await signOut(page);

    // 6. The province (its parent) sees it among its units' registrations and accepts it.
    await signIn(page, base, 'btdkt');
    await page.getByRole('menuitem', { name: 'Đăng ký thi đua' }).click();
    await page.waitForURL(/\/dang-ky/);
    await page.getByRole('spinbutton').first().fill(String(YEAR));
    await page.waitForURL((url) => url.searchParams.get('nam') === String(YEAR));
    await page.getByRole('tab', { name: 'Đăng ký của các đơn vị trực thuộc' }).click();
    await page.getByRole('link', { name: SO_GDDT }).click();
    await page.waitForURL(/\/dang-ky\/[0-9a-f-]+$/);
    await page.getByRole('heading', { name: `Đăng ký thi đua năm ${YEAR} — ${SO_GDDT}` }).waitFor();
    await page.getByRole('button', { name: 'Chấp nhận' }).click();
    const accepted = apiAnswer(page, 'POST', /^\/api\/registrations\/[^/]+\/accept$/);
    await confirmPopover(page, 'Chấp nhận bản đăng ký này?', 'Chấp nhận');
    await expectOk(accepted, 'chấp nhận đăng ký');
    await page.getByText('Đã chấp nhận', { exact: true }).first().waitFor();
    await page.getByText(CO_TINH).first().waitFor();
    await shot('04-dang-ky-da-chap-nhan');

    // 7. The province forms the block of five departments, with its covenant.
    await page.getByRole('menuitem', { name: 'Cụm/khối thi đua' }).click();
    await page.waitForURL(/\/cum-khoi/);
    await page.getByRole('button', { name: 'Thành lập cụm, khối' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('#year').fill(String(YEAR));
    await chooseOption(page, dialog, 'kind', 'Khối thi đua');
    await pickUnit(page, dialog, 'organiserUnitId', 'tinh ha tinh', 'Tỉnh Hà Tĩnh');
    await dialog.locator('#name').fill(BLOCK);
    await dialog.locator('#covenantNumber').fill('01/GƯTĐ-KVHXH');
    await dialog.locator('#covenantDate').fill('25/02/2025');
    await dialog.locator('#covenantDate').press('Enter');
    await dialog
      .locator('#covenantText')
      .fill('Các sở trong khối giao ước thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm 2025.');
    const createdGroup = apiAnswer(page, 'POST', /^\/api\/emulation-groups$/);
    await dialog.getByRole('button', { name: 'Thành lập' }).click();
    await expectOk(createdGroup, 'thành lập khối');
    await page.waitForURL(/\/cum-khoi\/[0-9a-f-]+$/);
    await page.getByRole('heading', { name: `${BLOCK} — năm ${YEAR}` }).waitFor();

    await page.getByRole('button', { name: 'Sửa thành viên' }).click();
    dialog = page.getByRole('dialog');
    for (const [i, [name, typed]] of MEMBERS.entries()) {
      await dialog.getByRole('button', { name: 'Thêm đơn vị' }).click();
      await pickUnit(page, dialog, `members_${i}_unitId`, typed, name);
    }
    await chooseOption(page, dialog, 'members_0_role', 'Trưởng cụm/khối');
    await chooseOption(page, dialog, 'members_1_role', 'Phó cụm/khối');
    const savedMembers = apiAnswer(page, 'PUT', /^\/api\/emulation-groups\/[^/]+\/members$/);
    await dialog.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expectOk(savedMembers, 'lưu thành viên');
    await page.getByText('Thành viên (5)').waitFor();

    // 8. The score sheet: two groups of criteria, a bonus item with its cap, a penalty item.
    await page.getByRole('button', { name: 'Sửa bảng điểm' }).click();
    dialog = page.getByRole('dialog');
    for (const [i, section] of SHEET.sections.entries()) {
      await dialog.getByRole('button', { name: 'Thêm nhóm tiêu chí' }).click();
      await dialog.locator(`#sections_${i}_title`).fill(section.title);
      for (const [j, criterion] of section.criteria.entries()) {
        await dialog.getByRole('button', { name: 'Thêm tiêu chí' }).nth(i).click();
        await dialog.locator(`#sections_${i}_criteria_${j}_title`).fill(criterion.title);
        await dialog.locator(`#sections_${i}_criteria_${j}_maxPoints`).fill(String(criterion.max));
      }
    }
    await dialog.locator('#bonusCap').fill('5');
    await dialog.getByRole('button', { name: 'Thêm mục điểm thưởng' }).click();
    await dialog.locator('#bonus_0_title').fill(SHEET.bonus.title);
    await dialog.locator('#bonus_0_maxPoints').fill(String(SHEET.bonus.max));
    await dialog.getByRole('button', { name: 'Thêm mục điểm trừ' }).click();
    await dialog.locator('#penalties_0_title').fill(SHEET.penalty.title);
    await dialog.locator('#penalties_0_maxPoints').fill(String(SHEET.penalty.max));
    const savedSheet = apiAnswer(page, 'PUT', /^\/api\/emulation-groups\/[^/]+\/sheet$/);
    await dialog.getByRole('button', { name: 'Lưu bảng điểm' }).click();
    await expectOk(savedSheet, 'lưu bảng điểm');
    await page.getByText('Bảng điểm (tiêu chí tối đa 100 điểm)').waitFor();

    // 9. The block's points for its five members (the organiser scores; the penalty for two of them).
    const memberSelect = page.locator('.ant-select').filter({ has: page.getByLabel('Đơn vị được chấm') });
    for (const [name, values] of SCORES) {
      await chooseFrom(page, memberSelect, name);
      await page.getByRole('button', { name: 'Chấm điểm của cụm, khối' }).click();
      for (const [k, item] of ITEMS.entries()) {
        await page.getByLabel(`Điểm ${item}`, { exact: true }).fill(String(values[k]));
      }
      const scored = apiAnswer(page, 'PUT', /^\/api\/emulation-groups\/[^/]+\/members\/[^/]+\/group-scores$/);
      await page.getByRole('button', { name: 'Lưu điểm' }).click();
      await expectOk(scored, `chấm điểm ${name}`);
      await page.getByRole('button', { name: 'Chấm điểm của cụm, khối' }).waitFor();
    }

    // 10. The ranking: the leader first, both ties settled as the stated rule says.
    const ranking = page.getByRole('table').first();
    const rows = ranking.getByRole('row');
    await rows.filter({ hasText: SO_GDDT }).filter({ hasText: 'Dẫn đầu' }).waitFor();
    const rule = await page.getByTestId('tie-break-rule').innerText();
    assert.equal(rule, TIE_BREAK_RULE);
    const table: string[][] = [];
    for (let r = 1; r <= SCORES.length; r++) {
      table.push((await rows.nth(r).getByRole('cell').allInnerTexts()).map((t) => t.trim()));
    }
    const order = [SO_GDDT, SO_VHTTDL, SO_Y_TE, SO_NOI_VU, SO_TU_PHAP];
    assert.deepEqual(
      table.map((cells) => [cells[0], order.find((n) => cells[1]!.includes(n))]),
      [
        ['1', SO_GDDT],
        ['2', SO_VHTTDL],
        ['3', SO_Y_TE],
        ['4', SO_NOI_VU],
        ['5', SO_TU_PHAP],
      ],
    );
    assert.match(table[0]![1]!, /Dẫn đầu/);
    assert.ok(table[0]!.includes('96'), `tổng điểm đơn vị dẫn đầu: ${table[0]!.join(' | ')}`);
    assert.ok(table[1]!.includes('−2'), `điểm trừ: ${table[1]!.join(' | ')}`);
    assert.match(table[2]![1]!, /xếp sau vì điểm các tiêu chí thấp hơn/);
    assert.match(table[4]![1]!, /xếp sau vì bị trừ nhiều điểm hơn/);
    await shot('05-xep-hang');

    // 11. The organiser finalises the result.
    await page.getByRole('button', { name: 'Chốt kết quả' }).click();
    dialog = page.getByRole('dialog');
    await dialog
      .getByLabel('Văn bản ghi nhận kết quả (không bắt buộc)')
      .fill('Biên bản họp tổng kết Khối thi đua các cơ quan văn hóa - xã hội ngày 15/12/2025');
    const finalised = apiAnswer(page, 'POST', /^\/api\/emulation-groups\/[^/]+\/finalise$/);
    await dialog.getByRole('button', { name: 'Chốt kết quả' }).click();
    await expectOk(finalised, 'chốt kết quả');
    await page.getByText('Đã chốt', { exact: true }).waitFor();
    await signOut(page);

    // 12. The leading department's officer creates the pre-filled Cờ thi đua dossier from the ranking.
    await signIn(page, base, 'canbo.sogd');
    await page.getByRole('menuitem', { name: 'Cụm/khối thi đua' }).click();
    await page.waitForURL(/\/cum-khoi/);
    const blockRow = page.getByRole('row').filter({ hasText: BLOCK });
    await blockRow.filter({ hasText: `Dẫn đầu: ${SO_GDDT}` }).waitFor();
    await blockRow.getByRole('link', { name: BLOCK }).click();
    await page.waitForURL(/\/cum-khoi\/[0-9a-f-]+$/);
    const leaderDossier = apiAnswer(page, 'POST', /^\/api\/emulation-groups\/[^/]+\/dossier$/);
    await page.getByRole('button', { name: 'Tạo hồ sơ đề nghị Cờ thi đua' }).click();
    await expectOk(leaderDossier, 'tạo hồ sơ Cờ thi đua');
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+$/);
    const nominee = page.getByRole('row').filter({ hasText: SO_GDDT }).filter({ hasText: CO_TINH });
    await nominee.waitFor();
    await page.getByText('Đang soạn', { exact: true }).first().waitFor();
    await page.getByText(`${SO_GDDT} trình`).first().waitFor();
    // The nominee's achievement summary cites the block's result.
    await nominee.getByRole('button', { name: /Mở rộng|Expand/ }).click();
    await page
      .getByText(`Dẫn đầu khối thi đua “${BLOCK}” do Tỉnh Hà Tĩnh tổ chức năm ${YEAR}: 96 điểm, xếp hạng 1/5`)
      .waitFor();
    await shot('06-ho-so-co-thi-dua');

    assert.deepEqual(problems, [], 'lỗi trong trình duyệt');
  },
);
