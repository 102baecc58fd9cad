// Helpers for the long browser journeys (dossier → council → decision): signing in as another demo account,
// antd pickers that need a retry while their dropdown animates, waiting for the answer of the request a click
// sends, and reading what the API answered the page (ids and codes a user would read off the screen).
import assert from 'node:assert/strict';
import type { Locator, Page, Response } from 'playwright-core';
import { foldVietnamese } from '../../domain/text';

/** Today in Việt Nam as YYYY-MM-DD (the server's "today" and the browser's, whose time zone is set so). */
export function todayInVietnam(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
}

/** "27/11/2026" from "2026-11-27". */
export function viDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Signs out whoever is signed in (cookies cleared) and signs in as a demo account through the login form. */
export async function signInAs(page: Page, base: string, username: string, password = 'demo'): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${base}/dang-nhap`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  const answered = page.waitForResponse(
    (r) => r.url().endsWith('/api/auth/login') && r.request().method() === 'POST',
  );
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  const response = await answered;
  assert.equal(response.status(), 200, `đăng nhập ${username}: ${await response.text()}`);
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
}

/** Opens a page of the side menu by its label. */
export async function openMenu(page: Page, label: string, path: RegExp): Promise<void> {
  await page.getByRole('menuitem', { name: label }).click();
  await page.waitForURL(path);
}

type Matcher = (r: Response) => boolean;

/** Does `action` and waits for the request it sends; fails with the server's answer when it is not 2xx. */
export async function expectOk(page: Page, match: Matcher, action: () => Promise<unknown>, what: string) {
  const answered = page.waitForResponse(match, { timeout: 30_000 });
  await action();
  const response = await answered;
  assert.ok(response.ok(), `${what}: HTTP ${response.status()} ${await response.text()}`);
  return response;
}

/** Matches a request by method and a path pattern (tested against the URL's pathname). */
export function req(method: string, path: RegExp): Matcher {
  return (r) => r.request().method() === method && path.test(new URL(r.url()).pathname);
}

/** GET through the page's session (cookies), for ids and codes a user would read off the screen. */
export async function apiGet<T>(page: Page, base: string, url: string): Promise<T> {
  const response = await page.context().request.get(`${base}${url}`);
  assert.ok(response.ok(), `GET ${url}: HTTP ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** The visible dropdown's option (antd Select) whose text contains `text`. */
function option(page: Page, text: string | RegExp): Locator {
  return page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first();
}

/**
 * Picks an option of an antd Select: opens it (click on `select`), optionally types a search, clicks the
 * option containing `text`; retries while the dropdown animates, until `chosen` shows the choice.
 */
export async function chooseOption(
  page: Page,
  select: Locator,
  text: string | RegExp,
  opts: { type?: string; chosen?: Locator } = {},
): Promise<void> {
  const chosen =
    opts.chosen ??
    select.locator('.ant-select-content, .ant-select-selection-item').filter({ hasText: text }).first();
  for (let attempt = 0; attempt < 3 && !(await chosen.isVisible()); attempt++) {
    await select.click();
    if (opts.type) await page.keyboard.type(opts.type);
    const item = option(page, text);
    await item.waitFor();
    await page.waitForTimeout(300);
    await item.click();
    await chosen.waitFor({ timeout: 3000 }).catch(() => undefined);
  }
  await chosen.waitFor();
}

/** Picks a unit in a UnitTreeSelect by typing its name without diacritics. */
export async function chooseUnit(page: Page, select: Locator, label: string): Promise<void> {
  const chosen = select.locator(
    `.ant-select-content[title="${label}"], .ant-select-selection-item[title="${label}"]`,
  );
  for (let attempt = 0; attempt < 3 && !(await chosen.count()); attempt++) {
    // A multiple select stays open after a pick: a click would close it.
    if (!(await page.locator('.ant-select-dropdown:visible').count())) await select.click();
    await page.keyboard.type(foldVietnamese(label).toLowerCase());
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

/** The open antd modal (or confirm) whose title contains `title`; the newest when several are open. */
export function dialog(page: Page, title: string | RegExp): Locator {
  return page.getByRole('dialog').filter({ hasText: title }).last();
}

/** A minimal one-page PDF (valid header, xref and trailer) for upload fields that check the magic bytes. */
export function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) body += `${String(o).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export interface MeetingPlan {
  council: string;
  title: string;
  place: string;
  /** The dossier's title, as the agenda picker lists it. */
  dossier: string;
  nominees: string[];
  /** Screenshot names' prefix. */
  prefix: string;
  /** The kind voted on when it is not the one requested (the appraisal's proposal). */
  voteKind?: string;
}

/**
 * A council meeting held today, recorded by the signed-in user: created from the council's page with chair and
 * secretary, the dossier put on the agenda, everyone present but the last member (written opinion), each
 * nominee's ballot as counts (all members agree), then closed — which concludes the dossier.
 */
export async function councilMeeting(
  page: Page,
  shot: (name: string) => Promise<void>,
  plan: MeetingPlan,
): Promise<void> {
  await openMenu(page, 'Hội đồng', /\/hoi-dong/);
  await page.getByRole('link', { name: plan.council }).click();
  await page.waitForURL(/\/hoi-dong\/[0-9a-f-]+$/);
  await page.getByRole('button', { name: 'Lập phiên họp' }).click();
  let modal = dialog(page, 'Lập phiên họp Hội đồng');
  await modal.locator('#title').fill(plan.title);
  await modal.locator('#heldOn').click();
  await modal.locator('#heldOn').fill(viDate(todayInVietnam()));
  await modal.locator('#heldOn').press('Enter');
  await modal.locator('#startTime').fill('14:00');
  await modal.locator('#place').fill(plan.place);
  const member = (id: string) => modal.locator('.ant-select').filter({ has: page.locator(`#${id}`) });
  await chooseOption(page, member('chairPersonId'), 'Chủ tịch Hội đồng');
  await chooseOption(page, member('secretaryPersonId'), /Thư ký/);
  await shot(`${plan.prefix}-06-lap-phien-hop`);
  await expectOk(
    page,
    req('POST', /\/api\/councils\/[0-9a-f-]+\/meetings$/),
    () => modal.getByRole('button', { name: 'Lưu' }).click(),
    'lập phiên họp',
  );
  await page.waitForURL(/\/hoi-dong\/phien-hop\/[0-9a-f-]+$/);

  const agenda = page.locator('.ant-card').filter({ hasText: 'Chương trình:' }).first();
  await chooseOption(page, agenda.locator('.ant-select').first(), plan.dossier);
  await expectOk(
    page,
    req('PUT', /\/api\/council-meetings\/[0-9a-f-]+\/agenda$/),
    () => agenda.getByRole('button', { name: 'Đưa vào chương trình' }).click(),
    'đưa hồ sơ vào chương trình',
  );
  for (const name of plan.nominees)
    await agenda.locator('tr.ant-table-row').filter({ hasText: name }).waitFor();

  const attendance = page.locator('.ant-card').filter({ hasText: 'Thành viên dự họp' }).first();
  await attendance.getByRole('button', { name: 'Các thành viên chưa ghi: có mặt' }).click();
  await attendance.locator('tr.ant-table-row').last().getByText('Vắng mặt, có ý kiến bằng văn bản').click();
  await expectOk(
    page,
    req('PUT', /\/api\/council-meetings\/[0-9a-f-]+\/attendance$/),
    () => attendance.getByRole('button', { name: 'Lưu điểm danh' }).click(),
    'điểm danh',
  );
  await attendance.getByText(/đủ điều kiện họp/).waitFor();
  const members = await attendance.locator('tr.ant-table-row').count();
  await shot(`${plan.prefix}-07-diem-danh`);

  for (const name of plan.nominees) {
    await agenda
      .locator('tr.ant-table-row')
      .filter({ hasText: name })
      .getByRole('button', { name: /Ghi phiếu/ })
      .click();
    modal = dialog(page, `Kết quả bỏ phiếu: ${name}`);
    if (plan.voteKind) await chooseOption(page, modal.locator('.ant-select').first(), plan.voteKind);
    await modal.getByLabel('Đồng ý', { exact: true }).fill(String(members));
    await modal.locator('.ant-alert-success').waitFor();
    await expectOk(
      page,
      req('PUT', /\/api\/council-meetings\/[0-9a-f-]+\/ballots\/[0-9a-f-]+$/),
      () => modal.getByRole('button', { name: 'Lưu kết quả' }).click(),
      `phiếu của ${name}`,
    );
    await modal.waitFor({ state: 'hidden' });
    await agenda
      .locator('tr.ant-table-row')
      .filter({ hasText: name })
      .getByText(`Đồng ý ${members}/${members}`)
      .waitFor();
  }
  await shot(`${plan.prefix}-08-bo-phieu`);

  await page.getByRole('button', { name: /Kết thúc phiên họp/ }).click();
  const closing = dialog(page, 'Kết thúc phiên họp?');
  await expectOk(
    page,
    req('POST', /\/api\/council-meetings\/[0-9a-f-]+\/close$/),
    () => closing.getByRole('button', { name: 'Kết thúc phiên họp' }).click(),
    'kết thúc phiên họp',
  );
  await closing.waitFor({ state: 'hidden' });
  await page.getByText('Phiên họp đã kết thúc').waitFor();
  await shot(`${plan.prefix}-09-ket-thuc`);
}
