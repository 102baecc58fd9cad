// Small steps shared by browser journeys: signing in and out through the UI, picking from antd selects and unit
// tree-selects (retrying when a click lands while the dropdown still animates), waiting for an API answer.
import assert from 'node:assert/strict';
import type { Locator, Page, Response } from 'playwright-core';

/** Signs in through the login page with a demo account (password `demo`) and waits to leave it. */
export async function signIn(page: Page, base: string, username: string, password = 'demo'): Promise<void> {
  await page.goto(`${base}/dang-nhap`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
  await page.getByTestId('user-menu').waitFor();
}

/** Signs out through the account menu in the header (retrying when the menu closes while it animates). */
export async function signOut(page: Page): Promise<void> {
  const item = page.getByRole('menuitem', { name: 'Đăng xuất' });
  for (let attempt = 0; ; attempt++) {
    if (!(await item.isVisible())) await page.getByTestId('user-menu').click();
    await item.waitFor({ timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(400);
    const clicked = await item.click({ timeout: 3000 }).then(
      () => true,
      () => false,
    );
    if (clicked) break;
    if (attempt >= 2) throw new Error('Không bấm được “Đăng xuất”');
  }
  await page.waitForURL(/\/dang-nhap/);
}

/** The antd select (or tree-select) whose input has this id. */
export function selectOf(page: Page, scope: Locator | Page, id: string): Locator {
  return scope.locator('.ant-select').filter({ has: page.locator(`#${id}`) });
}

/**
 * Picks a unit in the tree-select with input `#id` by typing `typed` (without diacritics is fine) and clicking
 * the node whose name starts with `label` (closed units carry "(đã ngừng hoạt động …)" after their name).
 */
export async function pickUnit(
  page: Page,
  scope: Locator | Page,
  id: string,
  typed: string,
  label: string,
): Promise<void> {
  const select = selectOf(page, scope, id);
  const chosen = select.filter({ hasText: label });
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
    await chosen.waitFor({ timeout: 3000 }).catch(() => undefined);
  }
  await chosen.waitFor();
}

/**
 * Picks the option containing `label` in an antd select (the `.ant-select` element), typing `typed` first if
 * given; done when the select shows the label.
 */
export async function chooseFrom(
  page: Page,
  select: Locator,
  label: string | RegExp,
  typed?: string,
): Promise<void> {
  const chosen = select.filter({ hasText: label });
  for (let attempt = 0; attempt < 3 && !(await chosen.count()); attempt++) {
    await select.click();
    if (typed) await page.keyboard.type(typed);
    const option = page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: label })
      .first();
    await option.waitFor();
    await page.waitForTimeout(300);
    await option.click();
    await chosen.waitFor({ timeout: 3000 }).catch(() => undefined);
  }
  await chosen.waitFor();
}

/** Picks the option containing `label` in the antd select with input `#id` (typing `typed` first if given). */
export async function chooseOption(
  page: Page,
  scope: Locator | Page,
  id: string,
  label: string | RegExp,
  typed?: string,
): Promise<void> {
  await chooseFrom(page, selectOf(page, scope, id), label, typed);
}

/** Opens the antd select and picks its first option; returns the option's text. */
export async function chooseFirst(page: Page, select: Locator): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    await select.click();
    const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
    await option.waitFor();
    await page.waitForTimeout(300);
    const text = (await option.innerText()).trim();
    await option.click();
    const chosen = select.filter({ hasText: text });
    if (
      await chosen.waitFor({ timeout: 3000 }).then(
        () => true,
        () => false,
      )
    )
      return text;
    if (attempt >= 2) throw new Error(`Không chọn được “${text}”`);
  }
}

/** Starts waiting for the answer to `method` on a URL path matching `path`; await the result after the click. */
export function apiAnswer(page: Page, method: string, path: RegExp): Promise<Response> {
  return page.waitForResponse((r) => r.request().method() === method && path.test(new URL(r.url()).pathname));
}

/** Asserts an API answer's status, showing its body when it differs. */
export async function expectStatus(
  answer: Promise<Response>,
  status: number,
  what: string,
): Promise<Response> {
  const response = await answer;
  if (response.status() !== status) {
    assert.fail(`${what}: HTTP ${response.status()} ${await response.text().catch(() => '')}`);
  }
  return response;
}

/** Clicks the OK button of the open popconfirm whose title contains `title`. */
export async function confirmPopover(page: Page, title: string | RegExp, okLabel: string): Promise<void> {
  const popover = page.locator('.ant-popover:visible').filter({ hasText: title });
  await popover.waitFor();
  await page.waitForTimeout(200);
  await popover.getByRole('button', { name: okLabel }).click();
}

/** Asserts an API answer succeeded (2xx), showing its body otherwise. */
export async function expectOk(answer: Promise<Response>, what: string): Promise<Response> {
  const response = await answer;
  if (!response.ok()) {
    assert.fail(`${what}: HTTP ${response.status()} ${await response.text().catch(() => '')}`);
  }
  return response;
}
