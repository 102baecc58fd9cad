// Browser smoke test: sign in, open the units tree, create a person, find them typing without diacritics.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { foldVietnamese } from '../domain/text';
import { type Browser, CHROMIUM, openBrowser } from './support/browser';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server';

const NAME = 'Đặng Thị Hồng Nhung';
const SEARCH = 'dang thi hong nhung';
const skip = existsSync(CHROMIUM)
  ? false
  : `không có ${CHROMIUM} (cài bằng: apt-get install -y chromium fonts-liberation2)`;

let server: RunningServer | undefined;
let browser: Browser | undefined;

before(async () => {
  if (skip) return;
  ensureWebBuilt();
  server = await startServer();
  browser = await openBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('đăng nhập, xem cây đơn vị, thêm cá nhân và tìm không dấu', { skip, timeout: 300_000 }, async () => {
  const { page, shot, problems } = browser!;
  const base = server!.baseUrl;

  // 1. Sign in as the demo administrator.
  await page.goto(`${base}/`);
  await page.waitForURL(/\/dang-nhap/);
  await page.getByText('Quản lý công tác thi đua, khen thưởng').waitFor();
  await page.locator('#username').fill('admin');
  await page.locator('#password').fill('demo');
  await shot('01-dang-nhap');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/don-vi/);

  // 2. The units tree shows the province.
  const tree = page.getByTestId('unit-tree');
  await tree.waitFor();
  await tree.locator('[data-unit-name*="Hà Tĩnh"]').first().waitFor();
  await page.getByTestId('unit-title').waitFor();
  await shot('02-don-vi');

  // 3. Create a person at a unit.
  await page.getByRole('menuitem', { name: 'Cá nhân' }).click();
  await page.waitForURL(/\/ca-nhan/);
  await page.getByTestId('people-table').waitFor();
  await shot('03-ca-nhan');
  await page.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Họ và tên').fill(NAME);
  await dialog.getByText('Nữ', { exact: true }).click();
  // Pick the province in the unit tree-select; retry when a click lands while the dropdown still animates.
  const chosen = dialog.locator(
    '.ant-select-content[title="Tỉnh Hà Tĩnh"], .ant-select-selection-item[title="Tỉnh Hà Tĩnh"]',
  );
  for (let attempt = 0; attempt < 3 && !(await chosen.count()); attempt++) {
    await dialog.locator('#employment_unitId').click();
    const node = page.locator('.ant-select-tree-node-content-wrapper[title="Tỉnh Hà Tĩnh"]');
    await node.waitFor();
    await page.waitForTimeout(300);
    await node.click();
    await chosen.waitFor({ timeout: 3000 }).catch(() => undefined);
  }
  await chosen.waitFor();
  await shot('04-them-ca-nhan');
  const created = page.waitForResponse(
    (r) => r.url().endsWith('/api/people') && r.request().method() === 'POST',
  );
  await dialog.getByRole('button', { name: 'Thêm cá nhân' }).click();
  const response = await created;
  assert.equal(response.status(), 201, `tạo cá nhân: ${await response.text()}`);
  const person = (await response.json()) as { id: string; fullName: string };
  assert.equal(person.fullName, NAME);
  await page.getByText(`Đã thêm cá nhân ${NAME}`).waitFor();

  // 4. Typing the name without diacritics finds her.
  const search = page.getByTestId('people-search').locator('input');
  await search.fill(SEARCH);
  await search.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('q') === SEARCH);
  const link = page.locator(`a[href="/ca-nhan/${person.id}"]`);
  await link.waitFor();
  assert.equal(await link.textContent(), NAME);
  const names = await page
    .getByTestId('people-table')
    .locator('tbody a[href^="/ca-nhan/"]')
    .allTextContents();
  assert.ok(names.length >= 1);
  for (const name of names) assert.ok(foldVietnamese(name).includes(SEARCH), `kết quả lạc đề: ${name}`);
  await shot('05-tim-khong-dau');

  assert.deepEqual(problems, [], 'lỗi trong trình duyệt');
});
