// Browser test of HTML injection (issue #8): markup typed into a unit name, a person's position and address, a
// dossier's title and a nominee's summary is shown as text on every page that shows it — no script runs (no
// dialog opens), no element is created from it — the pages carry the CSP header, and the Tờ trình .docx holds the
// markup escaped. A person's name cannot hold markup at all (the name rule allows letters only).
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { docxParts, docxText } from '../server/render/docx-text';
import { type Browser, CHROMIUM, openBrowser } from './support/browser';
import { signInAs } from './support/journey';
import { ensureWebBuilt, type RunningServer, startServer } from './support/server';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';
const PERSON = 'Hồ Thị Kiểm Thử';
const skip = existsSync(CHROMIUM)
  ? false
  : `không có ${CHROMIUM} (cài bằng: apt-get install -y chromium fonts-liberation2)`;

let server: RunningServer | undefined;
let browser: Browser | undefined;
const dialogs: string[] = [];

before(async () => {
  if (skip) return;
  ensureWebBuilt();
  // The demo seed takes 2–5 minutes on a busy machine.
  server = await startServer(900_000);
  browser = await openBrowser();
  browser.page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Calls the API with the page's session (cookie) and its CSRF token, as the web client does. */
async function api(page: Page, base: string, method: 'GET' | 'POST', url: string, data?: unknown) {
  const request = page.context().request;
  const me = await request.get(`${base}/api/auth/me`);
  assert.equal(me.status(), 200, `GET /api/auth/me: ${await me.text()}`);
  const { csrfToken } = (await me.json()) as { csrfToken: string };
  return request.fetch(`${base}${url}`, {
    method,
    headers: { 'x-csrf-token': csrfToken },
    ...(data === undefined ? {} : { data }),
  });
}

/** No element was made from the markup, and the page shows it as text. */
async function expectLiteral(page: Page, what: string, texts: string[]): Promise<void> {
  for (const text of texts) {
    await page.getByText(text, { exact: false }).first().waitFor({ timeout: 20_000 });
  }
  const injected = await page.evaluate(() => ({
    images: document.querySelectorAll('img[src="x"], img[onerror]').length,
    scripts: [...document.scripts].filter((s) => s.textContent?.includes('alert(1)')).length,
    handlers: document.querySelectorAll('[onerror]').length,
  }));
  assert.deepEqual(
    injected,
    { images: 0, scripts: 0, handlers: 0 },
    `${what}: elements made from the markup`,
  );
  assert.deepEqual(dialogs, [], `${what}: a dialog opened`);
}

test(
  'markup in names, titles and summaries is shown as text; no script runs; CSP on every page; .docx escaped',
  {
    skip,
    timeout: 600_000,
  },
  async () => {
    const { page, shot, problems } = browser!;
    const base = server!.baseUrl;

    // The commune officer's unit (Cẩm Bình) will hold the hostile unit.
    await signInAs(page, base, 'canbo.cambinh');
    const officerMe = (await (await page.context().request.get(`${base}/api/auth/me`)).json()) as {
      user: { roles: { unitId: string }[] };
    };
    const communeId = officerMe.user.roles[0]!.unitId;

    // 1. As the administrator: a unit named with markup, a person working there with markup in position and
    //    address; a person named with markup is refused by the name rule.
    await signInAs(page, base, 'admin');
    const refused = await api(page, base, 'POST', '/api/people', {
      fullName: IMG,
      gender: 'female',
      employment: { unitId: communeId, cadreClass: 'cong_chuc', fromDate: '2015-01-01' },
    });
    assert.equal(refused.status(), 400);
    const refusal = (await refused.json()) as { error: { fields: Record<string, string> } };
    assert.match(refusal.error.fields.fullName ?? '', /chỉ được gồm chữ cái/);

    const unitRes = await api(page, base, 'POST', '/api/units', {
      parentId: communeId,
      name: IMG,
      kind: 'other',
      level: 'commune',
      validFrom: '2015-01-01',
    });
    assert.equal(unitRes.status(), 201, `tạo đơn vị: ${await unitRes.text()}`);
    const unit = (await unitRes.json()) as { id: string };
    const personRes = await api(page, base, 'POST', '/api/people', {
      fullName: PERSON,
      gender: 'female',
      birthDate: '1988-04-12',
      address: IMG,
      employment: { unitId: unit.id, cadreClass: 'cong_chuc', position: SCRIPT, fromDate: '2016-01-01' },
    });
    assert.equal(personRes.status(), 201, `tạo cá nhân: ${await personRes.text()}`);
    const person = (await personRes.json()) as { id: string };

    // 2. The people search and list: the position and the unit as text.
    const listed = await page.goto(`${base}/ca-nhan?q=${encodeURIComponent('ho thi kiem thu')}`);
    assert.match(listed!.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.locator(`a[href="/ca-nhan/${person.id}"]`).waitFor();
    await expectLiteral(page, 'people list', [IMG]);
    await shot('security-01-danh-sach');

    // 3. The person page: address, position, unit.
    const personPage = await page.goto(`${base}/ca-nhan/${person.id}`);
    assert.match(personPage!.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.getByText(PERSON).first().waitFor();
    await expectLiteral(page, 'person page', [IMG, SCRIPT]);
    await shot('security-02-ca-nhan');

    // 4. The units page: the hostile unit in the tree under the commune.
    await page.goto(`${base}/don-vi`);
    await page.getByTestId('unit-tree').waitFor();
    await page.getByLabel('Tìm đơn vị').fill('onerror');
    await page.locator(`[data-unit-name="${IMG}"]`).first().waitFor();
    await expectLiteral(page, 'units page', [IMG]);
    await shot('security-05-don-vi');

    // 5. As the commune officer: a dossier titled with markup, nominating the person (who works at the
    //    hostile unit) with a summary holding markup.
    await signInAs(page, base, 'canbo.cambinh');
    const dossierRes = await api(page, base, 'POST', '/api/dossiers', {
      proposingUnitId: communeId,
      achievementYear: 2025,
      awardType: 'cong_trang',
      title: `Hồ sơ ${SCRIPT}`,
      awardKinds: ['LDTT'],
      nominees: [{ subjectKind: 'individual', personId: person.id, awardKind: 'LDTT', summary: IMG }],
    });
    assert.equal(dossierRes.status(), 201, `tạo hồ sơ: ${await dossierRes.text()}`);
    const dossier = (await dossierRes.json()) as { id: string };

    const dossierPage = await page.goto(`${base}/ho-so/${dossier.id}`);
    assert.match(dossierPage!.headers()['content-security-policy'] ?? '', /script-src 'self'/);
    await page.getByText(PERSON).first().waitFor();
    await expectLiteral(page, 'dossier page', [SCRIPT, IMG]);
    await shot('security-03-ho-so');

    await page.goto(`${base}/ho-so`);
    await expectLiteral(page, 'dossiers list', [SCRIPT]);
    await shot('security-04-danh-sach-ho-so');

    // 6. The Tờ trình .docx: the markup is text, escaped in word/document.xml.
    const docx = await api(page, base, 'GET', `/api/dossiers/${dossier.id}/to-trinh.docx`);
    assert.equal(docx.status(), 200, `tờ trình: ${docx.status()}`);
    const bytes = await docx.body();
    const xml = docxParts(bytes).get('word/document.xml')!.toString('utf8');
    const text = docxText(bytes);
    assert.ok(text.includes(IMG) || text.includes(SCRIPT), 'the markup is in the document as text');
    assert.ok(!xml.includes('<img') && !xml.includes('<script'), 'no raw markup in document.xml');
    assert.ok(
      xml.includes('&lt;img src=x onerror=alert(1)&gt;') ||
        xml.includes('&lt;script&gt;alert(1)&lt;/script&gt;'),
      'the markup is escaped in document.xml',
    );

    assert.deepEqual(dialogs, [], 'no dialog opened on any page');
    assert.deepEqual(problems, [], 'lỗi trong trình duyệt');
  },
);
