// Browser journey of a commendation (issue #4, acceptance): xã Cẩm Bình's officer drafts a Giấy khen dossier
// with three nominees, one of them not eligible (rated "Không hoàn thành nhiệm vụ" for 2025) → submits → the
// commune's specialist receives it, reads the reasons and returns it for supplement → the officer removes that
// nominee, attaches the minutes and resubmits → the specialist appraises and sends it to the council → a
// council meeting records attendance and ballots and closes (the dossier is concluded) → the officer drafts
// the decision from the concluded nominees → the chairman issues it with its number → the .docx is
// downloaded and read → the person's history shows the award → the certificate's QR page shows it.
// Second journey, a Bằng khen tỉnh forwarded one level up: the commune's specialist proposes it for a Giấy khen
// nominee, the commune's council passes it, the dossier is forwarded → the province's specialist (btdkt)
// receives the linked dossier and appraises → a member of the province council records its meeting → btdkt
// drafts, the province's chairman issues → the commune sees the province's dossier decided, the decision and
// the award in the person's history.
// E2E_BASE_URL points the journey at a server already running (fresh demo data) instead of starting one.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { amountInWords, basePayAt, formatVnd, roundedReward } from '../domain/money';
import { docxParagraphs } from '../server/render/docx-text';
import { formatDocDate } from '../server/render/nd30';
import { ARTIFACTS, type Browser, CHROMIUM } from './support/browser';
import {
  apiGet,
  chooseOption,
  chooseUnit,
  councilMeeting,
  dialog,
  expectOk,
  openMenu,
  req,
  signInAs,
  tinyPdf,
  todayInVietnam,
  viDate,
} from './support/journey';
import { withJourneyServer } from './support/journey-server';

const skip = existsSync(CHROMIUM)
  ? false
  : `không có ${CHROMIUM} (cài bằng: apt-get install -y chromium fonts-liberation2)`;

const COMMUNE = 'Xã Cẩm Bình';
const TITLE = 'Đề nghị Chủ tịch UBND xã tặng Giấy khen năm 2025 cho cán bộ Văn phòng UBND xã';
/** Demo people of xã Cẩm Bình: two rated "Hoàn thành tốt" or better for 2025, one rated KHT (not eligible). */
const GOOD = ['Phan Thế Hưng', 'Lý Đình Nam'] as const;
const WEAK = 'Nguyễn Quang Đông';
const SUMMARY = (name: string) =>
  `Năm 2025 đồng chí ${name} hoàn thành tốt nhiệm vụ được giao tại Văn phòng HĐND và UBND xã Cẩm Bình; tích cực tham gia phong trào thi đua của xã.`;

let browser: Browser | undefined;
let base = '';

withJourneyServer(skip, (started) => ({ base, browser } = started));

interface PersonHit {
  id: string;
  fullName: string;
  current: { unitName: string } | null;
}

/** The demo person of the commune with this name (the officer would find them in the people list). */
async function personOf(page: Page, name: string): Promise<PersonHit> {
  const found = await apiGet<{ items: PersonHit[] }>(
    page,
    base,
    `/api/people?pageSize=20&q=${encodeURIComponent(name)}`,
  );
  const hits = found.items.filter((p) => p.fullName === name && p.current?.unitName === COMMUNE);
  assert.equal(hits.length, 1, `dữ liệu mẫu: đúng một ${name} công tác tại ${COMMUNE}`);
  return hits[0]!;
}

/** The verdict of the rules engine for a Giấy khen 2025, as /api/eligibility/evaluate answers. */
async function verdictOf(page: Page, personId: string, awardKind = 'GK'): Promise<string> {
  const me = await apiGet<{ csrfToken: string }>(page, base, '/api/auth/me');
  const response = await page.context().request.post(`${base}/api/eligibility/evaluate`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { subjectId: personId, request: { subjectKind: 'individual', awardKind, year: 2025 } },
  });
  assert.equal(response.status(), 200, await response.text());
  return ((await response.json()) as { verdict: string }).verdict;
}

const transitionPath = /\/api\/dossiers\/[0-9a-f-]+\/transitions$/;

/** Clicks a workflow button of the dossier page, confirms when asked, and waits for the new status. */
async function step(page: Page, label: string, status: string, confirm = true): Promise<void> {
  await expectOk(
    page,
    req('POST', transitionPath),
    async () => {
      await page.getByTestId('dossier-actions').getByRole('button', { name: label, exact: true }).click();
      if (confirm) await dialog(page, label).getByRole('button', { name: label, exact: true }).click();
    },
    label,
  );
  if (confirm) await dialog(page, label).waitFor({ state: 'hidden' });
  await page.locator(`[data-testid="dossier-status"][data-status="${status}"]`).first().waitFor();
}

/** Opens the dossier from the dossiers list (the tab the role lands on), by its title. */
async function openDossier(page: Page, title = TITLE): Promise<void> {
  await openMenu(page, 'Hồ sơ đề nghị', /\/ho-so/);
  await page.getByTestId('dossiers-table').getByRole('link', { name: title }).click();
  await page.waitForURL(/\/ho-so\/[0-9a-f-]+$/);
  await page.getByRole('heading', { name: title }).waitFor();
}

/** The row of a nominee in the dossier's nominees table. */
const nomineeRow = (page: Page, name: string) =>
  page.getByTestId('nominees-table').locator('tr.ant-table-row').filter({ hasText: name });

test(
  'hồ sơ Giấy khen xã: lập, trả lại bổ sung, thẩm định, Hội đồng, quyết định, .docx, lịch sử và mã QR',
  { skip, timeout: 420_000 },
  async () => {
    const { page, problems } = browser!;
    const shot = async (name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser!.shot(name);
    };
    const today = todayInVietnam();

    // 1. The commune's officer signs in; the rules engine agrees with the premise of the journey.
    await signInAs(page, base, 'canbo.cambinh');
    const people = new Map<string, PersonHit>();
    for (const name of [...GOOD, WEAK]) people.set(name, await personOf(page, name));
    for (const name of GOOD) assert.notEqual(await verdictOf(page, people.get(name)!.id), 'not_eligible');
    assert.equal(await verdictOf(page, people.get(WEAK)!.id), 'not_eligible', `${WEAK} chưa đủ điều kiện`);

    // 2. A draft for Giấy khen 2025, addressed by the system to the chairman of the commune.
    await openMenu(page, 'Hồ sơ đề nghị', /\/ho-so/);
    await page.getByRole('button', { name: 'Lập hồ sơ đề nghị' }).click();
    let modal = dialog(page, 'Lập hồ sơ đề nghị khen thưởng');
    await chooseUnit(
      page,
      modal.locator('.ant-select').filter({ has: page.locator('#proposingUnitId') }),
      COMMUNE,
    );
    assert.equal(await modal.locator('#achievementYear').inputValue(), '2025');
    await chooseOption(
      page,
      modal.locator('.ant-select').filter({ has: page.locator('#awardKinds') }),
      'Giấy khen',
      {
        type: 'Giấy khen',
      },
    );
    await modal.locator('#title').fill(TITLE);
    await expectOk(
      page,
      req('POST', /\/api\/dossiers$/),
      () => modal.getByRole('button', { name: 'Lập hồ sơ' }).click(),
      'lập hồ sơ',
    );
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+$/);
    await page.getByText('trình Chủ tịch Ủy ban nhân dân xã Cẩm Bình').first().waitFor();

    // 3. Three nominees, each with the kind and a summary of achievements.
    for (const name of [...GOOD, WEAK]) {
      await page.getByRole('button', { name: /(^|\s)Thêm$/ }).click();
      modal = dialog(page, 'Thêm người được đề nghị');
      await chooseOption(page, modal.getByTestId('nominee-person'), `${name} —`, {
        type: name,
        chosen: modal.getByTestId('nominee-person').getByText(name).first(),
      });
      await chooseOption(
        page,
        modal.locator('.ant-select').filter({ has: page.locator('#awardKind') }),
        'Giấy khen',
        {
          type: 'Giấy khen',
        },
      );
      await modal.locator('#summary').fill(SUMMARY(name));
      await expectOk(
        page,
        req('POST', /\/api\/dossiers\/[0-9a-f-]+\/nominees$/),
        () => modal.getByRole('button', { name: 'Thêm', exact: true }).click(),
        `thêm ${name}`,
      );
      await modal.waitFor({ state: 'hidden' });
      await nomineeRow(page, name).waitFor();
    }
    await shot('commendation-01-ho-so-nhap');

    // 4. Submitted: the verdict of each nominee is taken at that moment.
    await step(page, 'Gửi hồ sơ', 'submitted');
    await nomineeRow(page, WEAK).locator('[data-verdict="not_eligible"]').waitFor();
    await shot('commendation-02-da-gui');

    // 5. The commune's specialist receives it, reads why one nominee is not eligible, returns it.
    await signInAs(page, base, 'chuyenvien.cambinh');
    await openDossier(page);
    await step(page, 'Tiếp nhận', 'received', false);
    await nomineeRow(page, WEAK).locator('.ant-table-row-expand-icon').click();
    const verdict = page.getByTestId('nominees-table').getByTestId('verdict-view').first();
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-verdict'), 'not_eligible');
    const failed = verdict.locator('[data-testid="criterion"][data-status="fail"]').first();
    assert.match((await failed.textContent()) ?? '', /Không hoàn thành nhiệm vụ|KHT/);
    await shot('commendation-03-ly-do-chua-du-dieu-kien');
    await page.getByTestId('dossier-actions').getByRole('button', { name: 'Trả lại để bổ sung' }).click();
    modal = dialog(page, 'Trả lại để bổ sung');
    await modal.locator('#other').fill('Biên bản họp bình xét của xã (kèm kết quả bỏ phiếu)');
    await modal
      .locator('#comment')
      .fill(
        `Đồng chí ${WEAK} năm 2025 xếp loại Không hoàn thành nhiệm vụ, chưa đủ điều kiện tặng Giấy khen; đề nghị rút khỏi danh sách và bổ sung biên bản bình xét.`,
      );
    await expectOk(
      page,
      req('POST', transitionPath),
      () => modal.getByRole('button', { name: 'Trả lại để bổ sung' }).click(),
      'trả lại',
    );
    await page.locator('[data-testid="dossier-status"][data-status="returned"]').first().waitFor();

    // 6. The officer sees what to supplement, removes the nominee, attaches the minutes and resubmits.
    await signInAs(page, base, 'canbo.cambinh');
    await openDossier(page);
    await page.getByTestId('supplement-items').getByText('Biên bản họp bình xét').waitFor();
    await nomineeRow(page, WEAK).getByRole('button', { name: 'Bỏ' }).click();
    await expectOk(
      page,
      req('DELETE', /\/api\/dossiers\/[0-9a-f-]+\/nominees\/[0-9a-f-]+$/),
      () => page.locator('.ant-popover:visible').getByRole('button', { name: 'Bỏ' }).click(),
      `bỏ ${WEAK}`,
    );
    await nomineeRow(page, WEAK).waitFor({ state: 'detached' });
    const attachments = page.locator('.ant-card').filter({ hasText: 'Tài liệu kèm theo' });
    await chooseOption(page, attachments.locator('.ant-select').first(), 'Biên bản bình xét');
    const chooser = page.waitForEvent('filechooser');
    await attachments.getByRole('button', { name: 'Chọn tệp và tải lên' }).click();
    await expectOk(
      page,
      req('POST', /\/api\/dossiers\/[0-9a-f-]+\/attachments$/),
      async () =>
        (await chooser).setFiles({
          name: 'bien-ban-binh-xet-2025.pdf',
          mimeType: 'application/pdf',
          buffer: tinyPdf('Bien ban hop binh xet thi dua nam 2025 - xa Cam Binh'),
        }),
      'đính kèm biên bản',
    );
    await attachments.getByText('bien-ban-binh-xet-2025.pdf').waitFor();
    await shot('commendation-04-bo-sung');
    await step(page, 'Gửi lại sau khi bổ sung', 'submitted');

    // 7. The specialist receives, appraises both nominees (agree) and sends the dossier to the council.
    await signInAs(page, base, 'chuyenvien.cambinh');
    await openDossier(page);
    await step(page, 'Tiếp nhận', 'received', false);
    await step(page, 'Bắt đầu thẩm định', 'appraising', false);
    for (const name of GOOD) {
      await nomineeRow(page, name).getByRole('button', { name: 'Thẩm định' }).click();
      modal = dialog(page, `Thẩm định — ${name}`);
      await modal.getByText('Đồng ý đề nghị').click();
      await modal.locator('#note').fill('Đủ điều kiện; thành tích được đơn vị bình xét.');
      await expectOk(
        page,
        req('PUT', /\/appraisal$/),
        () => modal.getByRole('button', { name: 'Ghi kết quả thẩm định' }).click(),
        `thẩm định ${name}`,
      );
      await nomineeRow(page, name).getByText('Đồng ý', { exact: true }).waitFor();
    }
    await step(page, 'Trình Hội đồng', 'council');
    await shot('commendation-05-trinh-hoi-dong');

    // 8. A meeting of the commune's council, created in the UI: agenda, attendance, ballots, closing.
    await councilMeeting(page, shot, {
      council: 'Hội đồng Thi đua - Khen thưởng xã Cẩm Bình',
      title: 'Phiên họp xét tặng Giấy khen năm 2025',
      place: 'Hội trường UBND xã Cẩm Bình',
      dossier: TITLE,
      nominees: [...GOOD],
      prefix: 'commendation',
    });
    await openDossier(page);
    await page.locator('[data-testid="dossier-status"][data-status="concluded"]').first().waitFor();
    for (const name of GOOD) await nomineeRow(page, name).getByText('Đạt', { exact: true }).waitFor();

    // 9. The officer drafts the decision from the nominees the council passed.
    const each = roundedReward(0.3, basePayAt(today).amount);
    const total = each * GOOD.length;
    await signInAs(page, base, 'canbo.cambinh');
    await openMenu(page, 'Quyết định', /\/quyet-dinh/);
    await page.getByRole('link', { name: /Lập quyết định/ }).click();
    await page.waitForURL(/\/quyet-dinh\/lap-moi/);
    for (const name of GOOD) {
      await page.locator('tr.ant-table-row').filter({ hasText: name }).getByRole('checkbox').check();
    }
    await page.getByText(`Đã chọn ${GOOD.length} đối tượng`).waitFor();
    await shot('commendation-10-lap-du-thao');
    await expectOk(
      page,
      req('POST', /\/api\/decisions$/),
      () => page.getByRole('button', { name: 'Lập dự thảo' }).click(),
      'lập dự thảo',
    );
    await page.waitForURL(/\/quyet-dinh\/[0-9a-f-]{36}$/);
    const decisionUrl = page.url();
    await page.getByRole('heading', { name: 'Dự thảo quyết định khen thưởng' }).waitFor();
    const money = page.locator('.ant-card').filter({ hasText: 'Tiền thưởng (Điều 2)' });
    await money.getByText(`${formatVnd(total)} đ`, { exact: true }).waitFor();
    await money.getByText(amountInWords(total), { exact: true }).waitFor();
    await shot('commendation-11-du-thao');

    // 10. The chairman of the commune signs: the number comes from the commune's register.
    await signInAs(page, base, 'lanhdao.cambinh');
    await openMenu(page, 'Quyết định', /\/quyet-dinh/);
    await page
      .locator('tr.ant-table-row')
      .filter({ hasText: 'Giấy khen' })
      .getByRole('link', { name: 'Chưa có số' })
      .click();
    await page.waitForURL(decisionUrl);
    await page.getByRole('button', { name: 'Ký ban hành' }).click();
    const issuing = dialog(page, 'Ban hành quyết định');
    await issuing.getByText(`tổng tiền thưởng ${formatVnd(total)}`).waitFor();
    const issued = await expectOk(
      page,
      req('POST', /\/api\/decisions\/[0-9a-f-]+\/issue$/),
      () => issuing.getByRole('button', { name: 'Ban hành', exact: true }).click(),
      'ban hành',
    );
    const number = ((await issued.json()) as { number: string }).number;
    assert.match(number, /^\d{2,}\/QĐ-UBND$/);
    await page.getByRole('heading', { name: `Quyết định số ${number}` }).waitFor();
    await shot('commendation-12-ban-hanh');

    // 11. The .docx: number, date, names, money in figures and words; the nominee taken out is not there.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /Tải tệp \.docx/ }).click();
    const download = await downloading;
    const bytes = readFileSync((await download.path())!);
    const paragraphs = docxParagraphs(bytes);
    const has = (text: string) =>
      assert.ok(
        paragraphs.some((p) => p.includes(text)),
        `trong tệp .docx có "${text}":\n${paragraphs.join('\n')}`,
      );
    has(`Số: ${number}`);
    has(formatDocDate('Cẩm Bình', today));
    has('Về việc tặng Giấy khen năm 2025');
    has('Điều 1. Tặng Giấy khen cho 02 cá nhân');
    for (const name of GOOD) assert.ok(paragraphs.includes(name), `${name} trong danh sách kèm theo`);
    assert.equal(paragraphs.filter((p) => p === formatVnd(each)).length, GOOD.length, 'số tiền từng người');
    has(`Tổng số tiền thưởng: ${formatVnd(total)} đồng (Bằng chữ: ${amountInWords(total)})`);
    has(`(Kèm theo Quyết định số ${number} ngày`);
    assert.ok(!paragraphs.some((p) => p.includes(WEAK)), `${WEAK} không có trong quyết định`);

    // 12. The person's history shows the award with the decision's number.
    await page.getByRole('link', { name: GOOD[0] }).first().click();
    await page.waitForURL(`**/ca-nhan/${people.get(GOOD[0])!.id}`);
    const award = page
      .getByTestId('person-history')
      .getByTestId('history-award')
      .filter({ hasText: `QĐ số ${number}, ngày ${viDate(today)}` });
    await award.waitFor();
    assert.match(
      (await award.textContent()) ?? '',
      new RegExp(`Giấy khen — QĐ số ${number}, ngày ${viDate(today)}`),
    );
    await award.getByText('Quyết định trên hệ thống').waitFor();
    await shot('commendation-13-lich-su');

    // 13. The certificate's QR page, opened from the print list, shows the award; it needs no sign-in.
    await openMenu(page, 'In giấy khen', /\/giay-khen/);
    await page.getByPlaceholder('125/QĐ-UBND').fill(number);
    await page.getByRole('button', { name: /Tìm/ }).click();
    const printable = page.locator('tr.ant-table-row').filter({ hasText: GOOD[0] });
    await printable.waitFor();
    await shot('commendation-14-in-giay-khen');
    const popup = page.waitForEvent('popup');
    await printable.getByRole('link', { name: 'Trang xác thực' }).click();
    const verify = await popup;
    await verify.waitForURL(/\/xac-thuc\/[0-9a-z]{16}$/);
    await page.context().clearCookies();
    await verify.reload();
    const card = verify.getByTestId('verify-award');
    await card.waitFor();
    for (const text of [
      GOOD[0],
      'Giấy khen',
      '2025',
      `Số ${number} ngày ${viDate(today)}`,
      'Chủ tịch UBND xã Cẩm Bình',
    ]) {
      await card.getByText(text, { exact: true }).waitFor();
    }
    assert.equal(await card.getByTestId('revoked').count(), 0);
    await verify.screenshot({ path: path.join(ARTIFACTS, 'commendation-15-xac-thuc.png'), fullPage: true });
    await verify.close();

    assert.deepEqual(problems, [], 'lỗi trong trình duyệt');
  },
);

/** Demo person of xã Cẩm Bình eligible for a Bằng khen tỉnh 2025 (two CSTĐCS in a row), and the dossier. */
const SON = 'Phạm Văn Sơn';
const FORWARD_TITLE = 'Đề nghị khen thưởng năm 2025 cho đồng chí Phạm Văn Sơn, Văn phòng UBND xã';
const BK_TINH = 'Bằng khen của Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân cấp tỉnh';

test(
  'Bằng khen tỉnh trình cấp trên: xã xét, trình tỉnh, tỉnh thẩm định, Hội đồng tỉnh, Chủ tịch tỉnh ký, xã thấy quyết định',
  { skip, timeout: 420_000 },
  async () => {
    const { page, problems } = browser!;
    const shot = async (name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await browser!.shot(name);
    };
    const today = todayInVietnam();

    // 1. The commune's officer proposes a Giấy khen for a person whose record reaches a Bằng khen tỉnh.
    await signInAs(page, base, 'canbo.cambinh');
    const son = await personOf(page, SON);
    assert.equal(await verdictOf(page, son.id, 'BK_TINH'), 'eligible', `${SON} đủ điều kiện Bằng khen tỉnh`);
    await openMenu(page, 'Hồ sơ đề nghị', /\/ho-so/);
    await page.getByRole('button', { name: 'Lập hồ sơ đề nghị' }).click();
    let modal = dialog(page, 'Lập hồ sơ đề nghị khen thưởng');
    await chooseUnit(
      page,
      modal.locator('.ant-select').filter({ has: page.locator('#proposingUnitId') }),
      COMMUNE,
    );
    await chooseOption(
      page,
      modal.locator('.ant-select').filter({ has: page.locator('#awardKinds') }),
      'Giấy khen',
      {
        type: 'Giấy khen',
      },
    );
    await modal.locator('#title').fill(FORWARD_TITLE);
    await expectOk(
      page,
      req('POST', /\/api\/dossiers$/),
      () => modal.getByRole('button', { name: 'Lập hồ sơ' }).click(),
      'lập hồ sơ',
    );
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+$/);
    await page.getByRole('button', { name: /(^|\s)Thêm$/ }).click();
    modal = dialog(page, 'Thêm người được đề nghị');
    await chooseOption(page, modal.getByTestId('nominee-person'), `${SON} —`, {
      type: SON,
      chosen: modal.getByTestId('nominee-person').getByText(SON).first(),
    });
    await chooseOption(
      page,
      modal.locator('.ant-select').filter({ has: page.locator('#awardKind') }),
      'Giấy khen',
      {
        type: 'Giấy khen',
      },
    );
    await modal
      .locator('#summary')
      .fill(
        'Năm 2025 hoàn thành xuất sắc nhiệm vụ; hai năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở; sáng kiến cải cách thủ tục hành chính được áp dụng trong toàn xã.',
      );
    await expectOk(
      page,
      req('POST', /\/api\/dossiers\/[0-9a-f-]+\/nominees$/),
      () => modal.getByRole('button', { name: 'Thêm', exact: true }).click(),
      `thêm ${SON}`,
    );
    await modal.waitFor({ state: 'hidden' });
    await step(page, 'Gửi hồ sơ', 'submitted');
    const lowerCode = (await page.locator('.ant-descriptions-item-content').first().textContent())!.trim();
    assert.match(lowerCode, /^HS-\d{4}-\d+$/);

    // 2. The commune's specialist agrees and proposes a Bằng khen tỉnh instead; the council votes on that.
    await signInAs(page, base, 'chuyenvien.cambinh');
    await openDossier(page, FORWARD_TITLE);
    await step(page, 'Tiếp nhận', 'received', false);
    await step(page, 'Bắt đầu thẩm định', 'appraising', false);
    await nomineeRow(page, SON).getByRole('button', { name: 'Thẩm định' }).click();
    modal = dialog(page, `Thẩm định — ${SON}`);
    await modal.getByText('Đồng ý đề nghị').click();
    await modal
      .locator('#note')
      .fill('Thành tích vượt mức Giấy khen; đề nghị Hội đồng xét trình Chủ tịch UBND tỉnh tặng Bằng khen.');
    await chooseOption(
      page,
      modal.locator('.ant-select').filter({ has: page.locator('#proposedAwardKind') }),
      BK_TINH,
      {
        type: 'Bằng khen',
      },
    );
    await expectOk(
      page,
      req('PUT', /\/appraisal$/),
      () => modal.getByRole('button', { name: 'Ghi kết quả thẩm định' }).click(),
      `thẩm định ${SON}`,
    );
    await modal.waitFor({ state: 'hidden' });
    await nomineeRow(page, SON).getByText(`Đề xuất: ${BK_TINH}`).waitFor();
    await step(page, 'Trình Hội đồng', 'council');
    await councilMeeting(page, shot, {
      council: 'Hội đồng Thi đua - Khen thưởng xã Cẩm Bình',
      title: 'Phiên họp xét đề nghị cấp trên khen thưởng năm 2025',
      place: 'Hội trường UBND xã Cẩm Bình',
      dossier: FORWARD_TITLE,
      nominees: [SON],
      voteKind: `${BK_TINH} (thẩm định đề xuất)`,
      prefix: 'forwarded-xa',
    });

    // 3. Concluded for a kind beyond the commune: the specialist forwards it to the province.
    await openDossier(page, FORWARD_TITLE);
    await page.locator('[data-testid="dossier-status"][data-status="concluded"]').first().waitFor();
    await step(page, 'Trình cấp trên', 'forwarded');
    const linked = page
      .locator('.ant-descriptions-item-content')
      .filter({ hasText: 'Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh' });
    await linked.locator('[data-testid="dossier-status"][data-status="submitted"]').waitFor();
    await nomineeRow(page, SON).getByText('Đã trình cấp trên').waitFor();
    await shot('forwarded-01-trinh-cap-tren');

    // 4. The province's specialist receives the linked dossier, appraises it and sends it to the province council.
    await signInAs(page, base, 'btdkt');
    await openMenu(page, 'Hồ sơ đề nghị', /\/ho-so/);
    const upperLink = page
      .getByTestId('dossiers-table')
      .getByRole('link', { name: `(trình tiếp hồ sơ ${lowerCode})` });
    const upperTitle = (await upperLink.textContent())!.trim();
    await upperLink.click();
    await page.waitForURL(/\/ho-so\/[0-9a-f-]+$/);
    await page.getByText(`${lowerCode} — Chủ tịch Ủy ban nhân dân xã Cẩm Bình`).waitFor();
    await nomineeRow(page, SON).getByText(BK_TINH).waitFor();
    await step(page, 'Tiếp nhận', 'received', false);
    await step(page, 'Bắt đầu thẩm định', 'appraising', false);
    await nomineeRow(page, SON).getByRole('button', { name: 'Thẩm định' }).click();
    modal = dialog(page, `Thẩm định — ${SON}`);
    await modal.getByText('Đồng ý đề nghị').click();
    await modal
      .locator('#note')
      .fill('Đủ tiêu chuẩn Bằng khen của Chủ tịch UBND tỉnh (Điều 74 Luật Thi đua, khen thưởng).');
    await expectOk(
      page,
      req('PUT', /\/appraisal$/),
      () => modal.getByRole('button', { name: 'Ghi kết quả thẩm định' }).click(),
      `thẩm định ${SON} ở tỉnh`,
    );
    await modal.waitFor({ state: 'hidden' });
    await step(page, 'Trình Hội đồng', 'council');
    await shot('forwarded-02-tinh-tham-dinh');

    // 5. A member of the province council records its meeting.
    await signInAs(page, base, 'hoidong.tinh');
    await councilMeeting(page, shot, {
      council: 'Hội đồng Thi đua - Khen thưởng tỉnh Hà Tĩnh',
      title: 'Phiên họp xét tặng Bằng khen của Chủ tịch UBND tỉnh',
      place: 'Phòng họp UBND tỉnh Hà Tĩnh',
      dossier: upperTitle,
      nominees: [SON],
      prefix: 'forwarded-tinh',
    });

    // 6. The province's specialist drafts the decision; the chairman of the province issues it.
    const amount = roundedReward(1.5, basePayAt(today).amount);
    await signInAs(page, base, 'btdkt');
    await openMenu(page, 'Quyết định', /\/quyet-dinh/);
    await page.getByRole('link', { name: /Lập quyết định/ }).click();
    await page.waitForURL(/\/quyet-dinh\/lap-moi/);
    await chooseOption(page, page.locator('.ant-select').first(), 'Chủ tịch UBND tỉnh Hà Tĩnh');
    await page.locator('tr.ant-table-row').filter({ hasText: SON }).getByRole('checkbox').check();
    await expectOk(
      page,
      req('POST', /\/api\/decisions$/),
      () => page.getByRole('button', { name: 'Lập dự thảo' }).click(),
      'lập dự thảo',
    );
    await page.waitForURL(/\/quyet-dinh\/[0-9a-f-]{36}$/);
    const decisionUrl = page.url();
    await page
      .locator('.ant-card')
      .filter({ hasText: 'Tiền thưởng (Điều 2)' })
      .getByText(amountInWords(amount), { exact: true })
      .waitFor();
    await signInAs(page, base, 'lanhdao.tinh');
    await openMenu(page, 'Quyết định', /\/quyet-dinh/);
    await page
      .locator('tr.ant-table-row')
      .filter({ hasText: 'Bằng khen' })
      .getByRole('link', { name: 'Chưa có số' })
      .click();
    await page.waitForURL(decisionUrl);
    await page.getByRole('button', { name: 'Ký ban hành' }).click();
    const issuing = dialog(page, 'Ban hành quyết định');
    const issued = await expectOk(
      page,
      req('POST', /\/api\/decisions\/[0-9a-f-]+\/issue$/),
      () => issuing.getByRole('button', { name: 'Ban hành', exact: true }).click(),
      'ban hành',
    );
    const number = ((await issued.json()) as { number: string }).number;
    await page.getByRole('heading', { name: `Quyết định số ${number}` }).waitFor();
    await shot('forwarded-03-tinh-ban-hanh');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /Tải tệp \.docx/ }).click();
    const paragraphs = docxParagraphs(readFileSync((await (await downloading).path())!));
    for (const text of [
      `Số: ${number}`,
      'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH',
      SON,
      amountInWords(amount),
    ]) {
      assert.ok(
        paragraphs.some((p) => p.includes(text)),
        `trong tệp .docx có "${text}":\n${paragraphs.join('\n')}`,
      );
    }

    // 7. Back at the commune: its dossier shows the province's dossier decided and the province's decision, which
    // opens from there; the person's history holds the Bằng khen with the province's number.
    await signInAs(page, base, 'canbo.cambinh');
    await openDossier(page, FORWARD_TITLE);
    const upper = page
      .locator('.ant-descriptions-item-content')
      .filter({ hasText: 'Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh' });
    await upper.locator('[data-testid="dossier-status"][data-status="decided"]').waitFor();
    await upper.getByText('1 người đã có quyết định').waitFor();
    await shot('forwarded-04-xa-thay-quyet-dinh');
    await page
      .getByTestId('dossier-decisions')
      .getByRole('link', { name: `Quyết định số ${number} ngày ${viDate(today)}` })
      .click();
    await page.waitForURL(decisionUrl);
    await page.getByRole('heading', { name: `Quyết định số ${number}` }).waitFor();
    await page.locator('tr.ant-table-row').filter({ hasText: SON }).getByText(BK_TINH).waitFor();
    await page.getByRole('link', { name: SON }).click();
    await page.waitForURL(`**/ca-nhan/${son.id}`);
    const award = page
      .getByTestId('person-history')
      .getByTestId('history-award')
      .filter({ hasText: `QĐ số ${number}, ngày ${viDate(today)}` });
    await award.waitFor();
    assert.match((await award.textContent()) ?? '', /^Bằng khen .* — QĐ số .*, Chủ tịch UBND tỉnh Hà Tĩnh/);
    await shot('forwarded-05-lich-su');

    assert.deepEqual(problems, [], 'lỗi trong trình duyệt');
  },
);
