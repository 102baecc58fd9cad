// Browser journey of a report request (issue #6, acceptance "request → answers → aggregate"): the province's
// specialist (btdkt) enters the request document into the register from the request form and asks huyện Cẩm Xuyên
// and huyện Kỳ Anh for their work report on the year 2024, with a deadline already past (the paper request is
// recorded after the fact) → Cẩm Xuyên's officer finds it among the requests received, drafts the work report of
// 2024 (figures generated from the data), writes the assessment, saves, issues it with its number and answers the
// request with it → the specialist reads Cẩm Xuyên answered late, Kỳ Anh overdue and not answered, and the
// aggregated table carries Cẩm Xuyên's frozen figures (checked against the issued report as the API reads it) →
// the specialist extends the deadline: Cẩm Xuyên's answer reads on time, Kỳ Anh's is not yet due.
// E2E_BASE_URL points the journey at a server already running (fresh demo data) instead of starting one.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import type { RequestSummary, RequestView } from '../contracts/report-requests';
import type { WorkReportView } from '../contracts/reports';
import { ARTIFACTS, type Browser, CHROMIUM } from './support/browser';
import {
  apiGet,
  chooseUnit,
  dialog,
  expectOk,
  openMenu,
  req,
  signInAs,
  todayInVietnam,
  viDate,
} from './support/journey';
import { withJourneyServer } from './support/journey-server';

const skip = existsSync(CHROMIUM)
  ? false
  : `không có ${CHROMIUM} (cài bằng: apt-get install -y chromium fonts-liberation2)`;

const TITLE = 'Báo cáo công tác thi đua, khen thưởng năm 2024';
const DOCUMENT =
  'Văn bản số 1520/BTĐKT-THHC ngày 25/11/2024 của Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh về việc báo cáo công tác thi đua, khen thưởng năm 2024';
const DOCUMENT_REF = 'Văn bản số 1520/BTĐKT-THHC ngày 25/11/2024';
const DEADLINE = '15/12/2024';
const ANSWERING = 'Huyện Cẩm Xuyên';
const SILENT = 'Huyện Kỳ Anh';
const REPORT_NUMBER = '215/BC-UBND';
const STRENGTHS =
  'Năm 2024, công tác thi đua, khen thưởng của huyện được triển khai kịp thời, đúng quy định; khen thưởng đúng người, đúng thành tích.';

let browser: Browser | undefined;
let base = '';

withJourneyServer(skip, (started) => ({ base, browser } = started));

/** Types a date (dd/mm/yyyy) into an antd DatePicker input and confirms it. */
async function typeDate(input: Locator, date: string): Promise<void> {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  assert.equal(await input.inputValue(), date);
}

/** The unit picker of a form field (its input has the field's id). */
const unitSelect = (scope: Locator, id: string) =>
  scope.locator('.ant-select').filter({ has: scope.page().locator(`#${id}`) });

/** The row of a unit in the request's targets table. */
const targetRow = (page: Page, unit: string) =>
  page
    .locator('.ant-card')
    .filter({ hasText: /Đơn vị được yêu cầu báo cáo|Báo cáo của đơn vị/ })
    .locator('tr.ant-table-row')
    .filter({ hasText: unit });

/** The row of the journey's request in the requests list (title and request document). */
const requestRow = (page: Page) =>
  page.locator('tr.ant-table-row').filter({ hasText: TITLE }).filter({ hasText: DOCUMENT_REF });

/** Opens Báo cáo - thống kê → Yêu cầu báo cáo from the side menu and the page's link. */
async function openRequests(page: Page): Promise<void> {
  await openMenu(page, 'Báo cáo - thống kê', /\/bao-cao$/);
  await page.getByRole('link', { name: 'Yêu cầu báo cáo' }).click();
  await page.waitForURL(/\/bao-cao\/yeu-cau$/);
  await page.getByRole('heading', { name: 'Yêu cầu báo cáo' }).waitFor();
}

test(
  'yêu cầu báo cáo: tỉnh yêu cầu hai huyện, Cẩm Xuyên lập, ban hành và gửi báo cáo, tỉnh xem tình hình và bảng tổng hợp',
  { skip, timeout: 300_000 },
  async () => {
    const { page, problems } = browser!;
    const shot = async (name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(ARTIFACTS, `reports-${name}.png`), fullPage: true });
    };
    const today = viDate(todayInVietnam());

    // 1. The province's specialist asks two districts for their report on 2024; the request document is entered
    //    into the register from the form itself.
    await signInAs(page, base, 'btdkt');
    await openRequests(page);
    await page.getByText('Văn bản số 253/BTĐKT-THHC ngày 31/5/2023').waitFor();
    await page.getByRole('button', { name: 'Yêu cầu báo cáo' }).click();
    const form = dialog(page, 'Yêu cầu báo cáo');
    await form.locator('.ant-select').filter({ hasText: 'Tỉnh Hà Tĩnh' }).first().waitFor();
    await form.locator('#title').fill(TITLE);
    await typeDate(form.locator('#periodFrom'), '01/01/2024');
    await typeDate(form.locator('#periodTo'), '31/12/2024');
    await typeDate(form.locator('#deadline'), DEADLINE);
    await form.getByText('Hạn gửi đã qua: đơn vị gửi từ nay được tính là gửi muộn').waitFor();

    await form.getByRole('button', { name: 'Nhập văn bản mới vào sổ' }).click();
    const entry = dialog(page, 'Sổ văn bản của đơn vị');
    await entry.locator('input[aria-label="Điền nhanh từ trích dẫn văn bản"]').fill(DOCUMENT);
    await entry.getByRole('button', { name: /Điền nhanh/ }).click();
    await entry.getByText(/Đã điền: Văn bản, số 1520\/BTĐKT-THHC, ngày 25\/11\/2024/).waitFor();
    await chooseUnit(page, unitSelect(entry, 'unitId'), 'Tỉnh Hà Tĩnh');
    await expectOk(
      page,
      req('POST', /\/api\/documents$/),
      () => entry.getByRole('button', { name: 'Nhập văn bản' }).click(),
      'nhập văn bản yêu cầu',
    );
    await entry.waitFor({ state: 'hidden' });
    await form.locator('.ant-select').filter({ hasText: DOCUMENT_REF }).waitFor();

    await chooseUnit(page, unitSelect(form, 'targetUnitIds'), ANSWERING);
    await chooseUnit(page, unitSelect(form, 'targetUnitIds'), SILENT);
    await form.getByText('Nội dung yêu cầu').click();
    await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
    const targets = form.locator('.ant-select').filter({ has: page.locator('#targetUnitIds') });
    assert.match(await targets.innerText(), new RegExp(`^${ANSWERING}\\s*${SILENT}\\s*$`));
    await form
      .locator('#content')
      .fill(
        'Đề nghị các huyện báo cáo kết quả công tác thi đua, khen thưởng năm 2024, kèm số liệu khen thưởng.',
      );
    await shot('01-lap-yeu-cau');
    const created = await expectOk(
      page,
      req('POST', /\/api\/report-requests$/),
      () => form.getByRole('button', { name: 'Gửi yêu cầu' }).click(),
      'gửi yêu cầu báo cáo',
    );
    const requestId = ((await created.json()) as RequestView).id;
    await page.waitForURL(new RegExp(`/bao-cao/yeu-cau/${requestId}$`));
    await page.getByRole('heading', { name: TITLE }).waitFor();
    await page.getByText('Tỉnh Hà Tĩnh — kỳ báo cáo 01/01/2024 – 31/12/2024').waitFor();
    await page.getByRole('link', { name: DOCUMENT_REF }).waitFor();
    for (const unit of [ANSWERING, SILENT]) {
      await targetRow(page, unit).getByText('Chưa gửi', { exact: true }).waitFor();
      await targetRow(page, unit).getByText('Quá hạn, chưa gửi').waitFor();
    }
    await shot('02-yeu-cau-da-gui');

    // 2. Cẩm Xuyên's officer sees the request among those received, drafts and issues the report of 2024.
    await signInAs(page, base, 'noivu.camxuyen');
    await openRequests(page);
    await page.getByText('Cấp trên yêu cầu', { exact: true }).click();
    await page.waitForURL(/hop=nhan/);
    const received = requestRow(page);
    await received.waitFor();
    await received.getByText('Quá hạn, chưa gửi').waitFor();
    await received.getByText('01/01/2024').first().waitFor();
    await shot('03-huyen-nhan-yeu-cau');

    await openMenu(page, 'Báo cáo - thống kê', /\/bao-cao$/);
    await page.getByRole('button', { name: 'Lập báo cáo' }).click();
    const draft = dialog(page, 'Lập báo cáo công tác thi đua, khen thưởng');
    await chooseUnit(page, unitSelect(draft, 'unitId'), ANSWERING);
    await draft.locator('#period').click();
    await draft.locator('#period').fill('01/01/2024');
    await draft.locator('#period').press('Enter');
    const periodEnd = draft.getByPlaceholder(/ngày kết thúc|End date/i);
    await periodEnd.fill('31/12/2024');
    await periodEnd.press('Enter');
    assert.equal(await draft.locator('#period').inputValue(), '01/01/2024');
    assert.equal(await periodEnd.inputValue(), '31/12/2024');
    const drafted = await expectOk(
      page,
      req('POST', /\/api\/work-reports$/),
      () => draft.getByRole('button', { name: 'Lập dự thảo' }).click(),
      'lập dự thảo báo cáo',
    );
    const reportId = ((await drafted.json()) as WorkReportView).id;
    await page.waitForURL(new RegExp(`/bao-cao/${reportId}$`));
    await page.getByRole('heading', { name: 'Báo cáo năm 2024 — Huyện Cẩm Xuyên' }).waitFor();
    await page.getByText('3.2. Kết quả khen thưởng').waitFor();
    await page.locator('#strengths').fill(STRENGTHS);
    await expectOk(
      page,
      req('PATCH', new RegExp(`/api/work-reports/${reportId}$`)),
      () => page.getByRole('button', { name: 'Lưu phiên bản mới' }).click(),
      'lưu báo cáo',
    );
    await page.getByText('Phiên bản 2').waitFor();
    await shot('04-du-thao-bao-cao');

    await page.getByRole('button', { name: 'Ban hành' }).click();
    const issue = dialog(page, 'Ban hành báo cáo');
    await issue.getByText('Sau khi ban hành, số liệu được cố định').waitFor();
    await issue.locator('#numberSymbol').fill(REPORT_NUMBER);
    assert.equal(await issue.locator('#issuedOn').inputValue(), today);
    await expectOk(
      page,
      req('POST', new RegExp(`/api/work-reports/${reportId}/issue$`)),
      () => issue.getByRole('button', { name: 'Ban hành' }).click(),
      'ban hành báo cáo',
    );
    await issue.waitFor({ state: 'hidden' });
    await page.getByText(`Đã ban hành · số ${REPORT_NUMBER} ngày ${today}`).waitFor();
    await shot('05-bao-cao-ban-hanh');

    // The officer answers the request with the issued report.
    await openRequests(page);
    await requestRow(page).getByRole('link', { name: TITLE }).click();
    await page.waitForURL(new RegExp(`/bao-cao/yeu-cau/${requestId}$`));
    await page.getByText('Báo cáo của đơn vị').waitFor();
    await targetRow(page, ANSWERING).getByRole('button', { name: 'Gửi báo cáo' }).click();
    const answer = dialog(page, `Gửi báo cáo — ${ANSWERING}`);
    await answer.getByText(`hạn gửi ${DEADLINE}`).waitFor();
    await answer
      .locator('.ant-select')
      .filter({ hasText: `Báo cáo số ${REPORT_NUMBER}` })
      .waitFor();
    await answer.locator('#note').fill('Huyện gửi muộn do chờ tổng hợp số liệu khen thưởng cuối năm.');
    await shot('06-gui-bao-cao');
    await expectOk(
      page,
      req('POST', /\/api\/report-request-targets\/[0-9a-f-]+\/answer$/),
      () => answer.getByRole('button', { name: 'Gửi', exact: true }).click(),
      'gửi báo cáo theo yêu cầu',
    );
    await answer.waitFor({ state: 'hidden' });
    await targetRow(page, ANSWERING).getByText('Đã gửi báo cáo').waitFor();
    await targetRow(page, ANSWERING).getByText('Gửi muộn').waitFor();
    await targetRow(page, ANSWERING).getByText(`Báo cáo số ${REPORT_NUMBER} ngày`).waitFor();
    assert.equal(await targetRow(page, SILENT).count(), 0, 'huyện chỉ thấy đơn vị của mình');
    const issued = await apiGet<WorkReportView>(page, base, `/api/work-reports/${reportId}`);
    await shot('07-huyen-da-gui');

    // 3. The specialist reads the answers: Cẩm Xuyên late, Kỳ Anh overdue; the table sums Cẩm Xuyên's figures.
    await signInAs(page, base, 'btdkt');
    await openRequests(page);
    await page.getByText('Đã gửi đơn vị cấp dưới', { exact: true }).click();
    const sent = requestRow(page);
    await sent.getByText('1/2', { exact: true }).waitFor();
    await sent.getByText('Gửi muộn 1 · Quá hạn 1').waitFor();
    await sent.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(new RegExp(`/bao-cao/yeu-cau/${requestId}$`));
    await targetRow(page, ANSWERING).getByText('Đã gửi báo cáo').waitFor();
    await targetRow(page, ANSWERING).getByText('Gửi muộn').waitFor();
    await targetRow(page, SILENT).getByText('Chưa gửi', { exact: true }).waitFor();
    await targetRow(page, SILENT).getByText('Quá hạn, chưa gửi').waitFor();
    await targetRow(page, SILENT).getByRole('button', { name: 'Nhắc' }).waitFor();
    const stat = (title: string) =>
      page.locator('.ant-statistic').filter({ hasText: title }).locator('.ant-statistic-content-value');
    assert.equal(await stat('Đơn vị được yêu cầu').innerText(), '2');
    assert.equal(await stat('Đã gửi').innerText(), '1');
    assert.equal(await stat('Gửi muộn').innerText(), '1');
    assert.equal(await stat('Quá hạn, chưa gửi').innerText(), '1');

    const table = page.locator('.ant-card').filter({ hasText: 'Bảng tổng hợp kết quả khen thưởng' });
    await table.getByText('Cộng từ số liệu đã chốt khi ban hành của 1/2 báo cáo đã gửi').waitFor();
    await table.getByText('I. Đã khen thưởng trong kỳ').waitFor();
    const summary = await apiGet<RequestSummary>(page, base, `/api/report-requests/${requestId}/summary`);
    const column = summary.units.findIndex((u) => u.name === ANSWERING);
    const silentColumn = summary.units.findIndex((u) => u.name === SILENT);
    assert.ok(column >= 0 && silentColumn >= 0, 'bảng có cột của hai huyện');
    // The figure checked: the district-level Lao động tiên tiến of individuals, as Cẩm Xuyên's issued report froze it.
    const frozen = issued.figures.awardResults.filter(
      (r) =>
        r.status === 'awarded' &&
        r.authorityLevel === 'district' &&
        r.awardKind === 'LDTT' &&
        r.subjectKind === 'individual',
    );
    const expected = frozen.reduce((sum, r) => sum + r.count, 0);
    assert.ok(expected > 0, 'báo cáo năm 2024 của Cẩm Xuyên có Lao động tiên tiến cấp huyện');
    const awardedTotal = issued.figures.awardResults
      .filter((r) => r.status === 'awarded')
      .reduce((sum, r) => sum + r.count, 0);
    assert.equal(summary.totals.awarded[column], awardedTotal);
    assert.equal(summary.totals.awarded[silentColumn], 0);
    const line = table
      .locator('tr')
      .filter({ hasText: 'Cấp huyện' })
      .filter({ hasText: 'Lao động tiên tiến' })
      .filter({ hasText: 'Cá nhân' })
      .first();
    const cells = line.locator('td');
    // Cấp, Hình thức, Đối tượng, then one column per unit in the summary's order, then the total.
    assert.equal((await cells.nth(3 + column).innerText()).trim(), String(expected));
    assert.equal((await cells.nth(3 + silentColumn).innerText()).trim(), '0');
    assert.equal((await cells.last().innerText()).trim(), String(expected));
    const section = table.locator('tr').filter({ hasText: 'I. Đã khen thưởng trong kỳ' }).locator('td');
    assert.equal((await section.nth(1 + column).innerText()).trim(), String(awardedTotal));
    await shot('08-tinh-tong-hop');

    // The specialist extends the deadline: Cẩm Xuyên's answer becomes on time, Kỳ Anh is no longer overdue.
    const [y, m, d] = todayInVietnam().split('-').map(Number);
    const extended = new Date(Date.UTC(y!, m! - 1, d! + 14)).toISOString().slice(0, 10);
    await page.getByRole('button', { name: 'Sửa, gia hạn' }).click();
    const edit = dialog(page, 'Sửa yêu cầu báo cáo');
    assert.equal(await edit.locator('#deadline').inputValue(), DEADLINE);
    await typeDate(edit.locator('#deadline'), viDate(extended));
    await expectOk(
      page,
      req('PATCH', new RegExp(`/api/report-requests/${requestId}$`)),
      () => edit.getByRole('button', { name: 'Lưu' }).click(),
      'gia hạn yêu cầu báo cáo',
    );
    await edit.waitFor({ state: 'hidden' });
    await page.locator('.ant-descriptions').getByText(viDate(extended), { exact: true }).waitFor();
    await targetRow(page, ANSWERING).getByText('Đúng hạn').waitFor();
    await targetRow(page, SILENT).getByText('Chưa đến hạn').waitFor();
    assert.equal(await stat('Gửi muộn').innerText(), '0');
    assert.equal(await stat('Quá hạn, chưa gửi').innerText(), '0');
    await shot('09-tinh-gia-han');

    assert.deepEqual(problems, [], 'không có lỗi trên trang');
  },
);
