// Browser journey of documents and movements (issue #5, points 1, 2 and 7): the province enters its plan by
// quick entry ("Kế hoạch số … ngày … của … về việc …"), launches a movement with it, adds the district's
// movement under it with two indicators and a figure, and the tree by level shows the district under the province.
// E2E_BASE_URL points the journey at a server already running (with the demo data) instead of starting one.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { type Browser, CHROMIUM } from './support/browser';
import { withJourneyServer } from './support/journey-server';

const skip = existsSync(CHROMIUM)
  ? false
  : `không có ${CHROMIUM} (cài bằng: apt-get install -y chromium fonts-liberation2)`;

const PLAN =
  'Kế hoạch số 12/KH-UBND ngày 15/01/2024 của UBND tỉnh Hà Tĩnh về việc phát động phong trào thi đua “Chuyển đổi số” năm 2024';
const PROVINCE_MOVEMENT = 'Hà Tĩnh thi đua chuyển đổi số năm 2024';
const DISTRICT_MOVEMENT = 'Cẩm Xuyên thi đua chuyển đổi số năm 2024';

let browser: Browser | undefined;
let base = '';

withJourneyServer(skip, (started) => ({ base, browser } = started));

/** Picks a unit in a tree-select by typing its name without diacritics; retries while the dropdown animates. */
async function pickUnit(page: Page, scope: Locator, id: string, typed: string, label: string): Promise<void> {
  const chosen = scope.locator(
    `.ant-select-content[title="${label}"], .ant-select-selection-item[title="${label}"]`,
  );
  for (let attempt = 0; attempt < 3 && !(await chosen.count()); attempt++) {
    await scope.locator(`#${id}`).click();
    await page.keyboard.type(typed);
    const node = page
      .locator('.ant-select-dropdown:visible .ant-select-tree-node-content-wrapper')
      .filter({ hasText: label })
      .first();
    await node.waitFor();
    await page.waitForTimeout(300);
    await node.click();
    await chosen
      .first()
      .waitFor({ timeout: 3000 })
      .catch(() => undefined);
  }
  await chosen.first().waitFor();
}

test(
  'văn bản nhập nhanh, phong trào tỉnh, phong trào huyện bên dưới với hai chỉ tiêu',
  { skip, timeout: 300_000 },
  async () => {
    const { page, problems } = browser!;
    const shot = async (name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser!.shot(name);
    };

    // 1. The province's administrator signs in.
    await page.goto(`${base}/dang-nhap`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill('demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/don-vi/);

    // 2. The plan, entered as the report cites it: the quick entry fills type, number, date, issuer, summary.
    await page.getByRole('menuitem', { name: 'Văn bản' }).click();
    await page.waitForURL(/\/van-ban/);
    await page.getByRole('button', { name: 'Nhập văn bản' }).click();
    const docDialog = page.getByRole('dialog');
    await docDialog.getByLabel('Điền nhanh từ trích dẫn văn bản').fill(PLAN);
    await docDialog.getByRole('button', { name: /Điền nhanh/ }).click();
    await docDialog.getByText(/Đã điền: Kế hoạch, số 12\/KH-UBND, ngày 15\/01\/2024/).waitFor();
    assert.equal(await docDialog.locator('#numberSymbol').inputValue(), '12/KH-UBND');
    assert.equal(await docDialog.locator('#issuerName').inputValue(), 'UBND tỉnh Hà Tĩnh');
    await pickUnit(page, docDialog, 'unitId', 'tinh ha tinh', 'Tỉnh Hà Tĩnh');
    await shot('movements-01-nhap-nhanh-van-ban');
    const createdDoc = page.waitForResponse(
      (r) => r.url().endsWith('/api/documents') && r.request().method() === 'POST',
    );
    await docDialog.getByRole('button', { name: 'Nhập văn bản' }).click();
    assert.equal((await createdDoc).status(), 201);
    await page.waitForURL(/\/van-ban\/[0-9a-f-]+$/);
    await page.getByRole('heading', { name: 'Kế hoạch số 12/KH-UBND ngày 15/01/2024' }).waitFor();

    // 3. The province's movement, launched by the province with that plan.
    await page.getByRole('menuitem', { name: 'Phong trào thi đua' }).click();
    await page.waitForURL(/\/phong-trao/);
    await page.getByRole('button', { name: 'Thêm phong trào' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.locator('#name').fill(PROVINCE_MOVEMENT);
    await pickUnit(page, dialog, 'launchingUnitId', 'tinh ha tinh', 'Tỉnh Hà Tĩnh');
    await dialog.locator('#year').fill('2024');
    await dialog.getByRole('button', { name: 'Thêm văn bản' }).click();
    await dialog.locator('#documents_0_documentId').click();
    await page.keyboard.type('12/KH-UBND');
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: 'Kế hoạch số 12/KH-UBND ngày 15/01/2024' })
      .first()
      .click();
    const createdProvince = page.waitForResponse(
      (r) => r.url().endsWith('/api/movements') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Thêm phong trào' }).click();
    assert.equal((await createdProvince).status(), 201);
    await page.waitForURL(/\/phong-trao\/[0-9a-f-]+$/);
    await page.getByRole('heading', { name: PROVINCE_MOVEMENT }).waitFor();
    await page.getByRole('link', { name: 'Kế hoạch số 12/KH-UBND ngày 15/01/2024' }).first().waitFor();

    // 4. The district's movement under it (the district closed in 2025 is still chosen for 2024).
    await page.getByRole('button', { name: 'Thêm cấp dưới' }).click();
    dialog = page.getByRole('dialog');
    await dialog.locator('#name').fill(DISTRICT_MOVEMENT);
    await pickUnit(page, dialog, 'launchingUnitId', 'huyen cam xuyen', 'Huyện Cẩm Xuyên');
    await dialog.locator('#year').fill('2024');
    const createdDistrict = page.waitForResponse(
      (r) => r.url().endsWith('/api/movements') && r.request().method() === 'POST',
    );
    await dialog.getByRole('button', { name: 'Thêm phong trào' }).click();
    const district = await createdDistrict;
    assert.equal(district.status(), 201, await district.text());
    await page.getByRole('heading', { name: DISTRICT_MOVEMENT }).waitFor();
    await page.getByRole('link', { name: PROVINCE_MOVEMENT }).first().waitFor();
    await page.getByRole('link', { name: 'Kế hoạch số 12/KH-UBND ngày 15/01/2024' }).first().waitFor();

    // 5. Two indicators, and the district's figure for the first.
    for (const [name, unit, target] of [
      ['số thủ tục hành chính cung cấp trực tuyến toàn trình', 'thủ tục', '100'],
      ['tỷ lệ hồ sơ được xử lý trực tuyến', '%', '80'],
    ] as const) {
      await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      const modal = page.getByRole('dialog');
      await modal.locator('#name').fill(name);
      await modal.locator('#unitOfMeasure').fill(unit);
      await modal.locator('#target').fill(target);
      const saved = page.waitForResponse(
        (r) => r.url().endsWith('/indicators') && r.request().method() === 'POST',
      );
      await modal.getByRole('button', { name: 'Thêm' }).click();
      assert.equal((await saved).status(), 200);
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
    await page.getByRole('button', { name: 'Ghi số liệu' }).first().click();
    const valueModal = page.getByRole('dialog');
    await valueModal.locator('#actual').fill('120');
    const recorded = page.waitForResponse(
      (r) => r.url().endsWith('/values') && r.request().method() === 'POST',
    );
    await valueModal.getByRole('button', { name: 'Lưu' }).click();
    assert.equal((await recorded).status(), 200);
    await page.getByText('120 thủ tục').waitFor();
    await page.getByText('120%').waitFor();
    await shot('movements-02-phong-trao-huyen');

    // 6. The tree by level: the district's movement sits under the province's.
    await page.goto(`${base}/phong-trao?q=${encodeURIComponent('chuyen doi so')}`);
    const provinceRow = page.locator('tr', { hasText: PROVINCE_MOVEMENT });
    const districtRow = page.locator('tr', { hasText: DISTRICT_MOVEMENT });
    await districtRow.waitFor();
    assert.ok(((await districtRow.getAttribute('class')) ?? '').includes('ant-table-row-level-1'));
    assert.ok(((await provinceRow.getAttribute('class')) ?? '').includes('ant-table-row-level-0'));
    await shot('movements-03-cay-phong-trao');

    assert.deepEqual(problems, [], 'lỗi trong trình duyệt');
  },
);
