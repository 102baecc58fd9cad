// Browser journey of the rules engine: an administrator finds a CSTĐ tỉnh candidate through "Gợi ý khen
// thưởng", reads the person's history timeline and explained verdicts, then tries a what-if on the person's
// record: a rating changed to KHT turns an eligible Lao động tiên tiến into not eligible.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { foldVietnamese } from '../domain/text';
import { ARTIFACTS, type Browser, CHROMIUM, openBrowser } from './support/browser';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server';

const CSTD_TINH = 'Chiến sĩ thi đua cấp bộ, ban, ngành, tỉnh';
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

/** Picks an option of an antd Select by its exact label. */
async function choose(page: Page, select: ReturnType<Page['locator']>, label: string): Promise<void> {
  await select.click();
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

/** The verdict shown by the what-if page once the evaluate request has answered. */
async function evaluate(page: Page): Promise<string | null> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/eligibility/evaluate'));
  await page.getByTestId('what-if-evaluate').click();
  assert.equal((await answered).status(), 200);
  const view = page.getByTestId('what-if-result').getByTestId('verdict-view');
  await view.waitFor();
  return view.getAttribute('data-verdict');
}

test('gợi ý, lịch sử khen thưởng, kết quả xét và xét thử', { skip, timeout: 300_000 }, async () => {
  const { page, problems } = browser!;
  const base = server!.baseUrl;
  // Full-page shots from the top, so the sticky header and menu sit where they belong.
  const shot = async (name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await browser!.shot(name);
  };

  // 1. Sign in as the demo administrator; the province is the selected unit.
  await page.goto(`${base}/dang-nhap`);
  await page.locator('#username').fill('admin');
  await page.locator('#password').fill('demo');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/don-vi/);
  await page.getByTestId('unit-history').waitFor();

  // 2. "Gợi ý khen thưởng" for CSTĐ tỉnh 2025 lists eligible people of the province.
  await page.getByRole('button', { name: 'Gợi ý khen thưởng' }).click();
  const modal = page.getByTestId('suggestions-modal');
  await modal.waitFor();
  const listed = page.waitForResponse(
    (r) => r.url().includes('/api/eligibility/suggestions') && r.url().includes('awardKind=CSTD_TINH'),
  );
  await choose(page, modal.getByTestId('suggestions-kind'), CSTD_TINH);
  assert.equal((await listed).status(), 200);
  const first = modal.locator('tbody tr', { has: page.locator('[data-verdict="eligible"]') }).first();
  await first.waitFor();
  await modal.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  await page.screenshot({ path: path.join(ARTIFACTS, 'eligibility-01-goi-y.png') });
  const link = first.locator('a[href^="/ca-nhan/"]');
  const name = (await link.textContent())!.trim();
  const opened = page.waitForResponse((r) => /\/api\/people\/[0-9a-f-]+$/.test(r.url()));
  await link.click();
  await page.waitForURL(/\/ca-nhan\/[0-9a-f-]+$/);
  const person = (await (await opened).json()) as {
    fullName: string;
    employments: { isCurrent: boolean; unitName: string }[];
  };
  assert.equal(person.fullName, name);

  // 3. The timeline by year, with awards and ratings, and the verdicts of the main kinds.
  const history = page.getByTestId('person-history');
  await history.getByTestId('history-year-2025').waitFor();
  assert.ok((await history.getByTestId('history-award').count()) > 0, 'có khen thưởng trên dòng thời gian');
  assert.ok((await history.getByTestId('history-rating').count()) > 0, 'có xếp loại trên dòng thời gian');
  const verdicts = page.getByTestId('subject-verdicts');
  const year2025 = verdicts.getByText('Năm thành tích 2025', { exact: true });
  if (await year2025.isVisible()) await year2025.click();
  const row = verdicts.getByTestId('verdict-row-CSTD_TINH');
  await row.locator('[data-testid="verdict-badge"][data-verdict="eligible"]').waitFor();
  await row.click();
  const explained = verdicts.getByTestId('verdict-view');
  await explained.waitFor();
  assert.equal(await explained.getAttribute('data-verdict'), 'eligible');
  assert.match((await explained.getByTestId('verdict-regime').textContent()) ?? '', /Chế độ C/);
  assert.ok((await explained.getByTestId('criterion').count()) >= 3, 'các tiêu chí được liệt kê');
  await shot('eligibility-02-ca-nhan');

  // 4. What-if on the person's record: loaded through "Lấy từ hồ sơ cá nhân", evaluated as on record.
  await page.getByRole('menuitem', { name: 'Xét điều kiện khen thưởng' }).click();
  await page.waitForURL(/\/xet-dieu-kien/);
  await page.getByTestId('load-history').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('load-person').click();
  await page.keyboard.type(foldVietnamese(name));
  const unitName = person.employments.find((e) => e.isCurrent)?.unitName ?? '';
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: `${name} — ${unitName}` })
    .first()
    .click();
  const fromRecord = page.waitForResponse((r) => r.url().endsWith('/api/eligibility/evaluate'));
  await dialog.getByRole('button', { name: 'Lấy dữ liệu' }).click();
  const body = JSON.parse((await fromRecord).request().postData() ?? '{}') as { subjectId?: string };
  assert.ok(body.subjectId, 'xét theo hồ sơ (subjectId)');
  const result = page.getByTestId('what-if-result').getByTestId('verdict-view');
  await result.waitFor();
  assert.equal(await result.getAttribute('data-verdict'), 'eligible');

  // 5. Lao động tiên tiến 2025 on the loaded rows, then with the 2025 rating changed to KHT.
  await choose(page, page.getByTestId('what-if-kind'), 'Lao động tiên tiến');
  assert.equal(await evaluate(page), 'eligible');
  await shot('eligibility-03-xet-thu');
  const ratings = page.getByTestId('edit-ratings').locator('tbody tr.ant-table-row');
  let changed = false;
  for (let i = 0; i < (await ratings.count()); i++) {
    const r = ratings.nth(i);
    if ((await r.locator('input').first().inputValue()) !== '2025') continue;
    await choose(page, r.locator('.ant-select'), 'KHT — Không hoàn thành nhiệm vụ');
    changed = true;
  }
  assert.ok(changed, 'có dòng xếp loại năm 2025');
  assert.equal(await evaluate(page), 'not_eligible');
  const failed = result.locator('[data-testid="criterion"][data-status="fail"]');
  assert.ok((await failed.count()) >= 1, 'tiêu chí không đạt được nêu');
  assert.match((await failed.first().textContent()) ?? '', /KHT|Không hoàn thành/);
  await shot('eligibility-04-doi-xep-loai');

  assert.deepEqual(problems, [], 'lỗi trong trình duyệt');
});
