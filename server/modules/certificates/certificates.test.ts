import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { PDFDocument } from 'pdf-lib';
import type { LayoutCreateInput } from '../../../contracts/certificates';
import { auditLog, awards, decisionAwardees, decisions } from '../../db/schema/index';
import { docxParagraphs } from '../../render/docx-text';
import { fontDirectories } from '../../render/certificate.fonts';
import { pdfText } from '../../render/docx-text';
import { buildTestApp, call, type Session, type TestApp } from '../../test/app';
import { createPerson, createProvinceWithCommunes } from '../../test/factories';
import { get, patch, post, signInAs } from '../people/people.fixtures';

const hasFonts = fontDirectories().some((d) => existsSync(join(d, 'LiberationSerif-Regular.ttf')));

let t: TestApp;
before(async () => {
  t = await buildTestApp();
});
after(() => t.close());

function layoutBody(authorityUnitId: string, overrides: Partial<LayoutCreateInput> = {}): LayoutCreateInput {
  return {
    authorityUnitId,
    name: 'Giấy khen của Chủ tịch UBND huyện (phôi A4 ngang)',
    awardKinds: ['GK'],
    paper: 'A4',
    pageWidthMm: 297,
    pageHeightMm: 210,
    placeName: 'Cẩm Xuyên',
    signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
    signerName: 'Lê Văn Hải',
    fields: [
      { key: 'recipient_name', x: 60, y: 85, width: 177, size: 22, bold: true },
      { key: 'recipient_line', x: 60, y: 97, width: 177, size: 14 },
      { key: 'achievement', x: 50, y: 110, width: 197, size: 15, italic: true, maxLines: 3 },
      { key: 'place_date', x: 150, y: 140, width: 120, size: 13, italic: true },
      { key: 'signer_title', x: 150, y: 148, width: 120, size: 13, bold: true },
      { key: 'signer_name', x: 150, y: 185, width: 120, size: 14, bold: true },
      { key: 'decision', x: 20, y: 185, width: 110, size: 11, align: 'left' },
      { key: 'qr', x: 25, y: 140, width: 28 },
    ],
    ...overrides,
  };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
let shared: World | null = null;
let counter = 0;

/** A huyện (the authority) with communes A and B and its users: signed in once per file (sign-ins are throttled). */
async function makeWorld() {
  const db = t.database.db;
  const tree = await createProvinceWithCommunes(db);
  const huyen = tree.province;
  return {
    ...tree,
    huyen,
    admin: await signInAs(t.app, db, 'admin', huyen),
    specialist: await signInAs(t.app, db, 'specialist', huyen),
    leader: await signInAs(t.app, db, 'leader', huyen),
    officerA: await signInAs(t.app, db, 'officer', tree.communeA),
    officerB: await signInAs(t.app, db, 'officer', tree.communeB),
    viewerA: await signInAs(t.app, db, 'viewer', tree.communeA),
  };
}

/** The shared users plus two fresh Giấy khen of one new decision in commune A (its number in `decisionNumber`). */
async function world() {
  shared ??= await makeWorld();
  const w = shared;
  const db = t.database.db;
  const decisionNumber = `${125 + counter++}/QĐ-UBND`;
  const an = await createPerson(db, {
    unit: w.communeA,
    fullName: 'Nguyễn Thị Ngọc Ánh',
    cccd: `0421900${String(10000 + counter).slice(-5)}`,
    birthDate: '1990-04-12',
  });
  const binh = await createPerson(db, { unit: w.communeA, fullName: 'Trần Văn Bình' });
  const record = async (personId: string) => {
    const res = await post(t.app, w.officerA, `/api/people/${personId}/awards`, {
      awardKind: 'GK',
      year: 2025,
      decisionNumber,
      decisionDate: '2025-12-03',
      authority: 'Chủ tịch UBND huyện Cẩm Xuyên',
      authorityUnitId: w.huyen.id,
      note: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025',
    });
    assert.equal(res.statusCode, 201, res.body);
    return res.json().id as string;
  };
  return {
    ...w,
    decisionNumber,
    layoutName: `Giấy khen mẫu ${counter}`,
    an,
    binh,
    awardAn: await record(an.id),
    awardBinh: await record(binh.id),
  };
}

async function publicCodeOf(s: Session, awardId: string, decisionNumber: string): Promise<string> {
  const res = await get(
    t.app,
    s,
    `/api/certificates/awards?decisionNumber=${encodeURIComponent(decisionNumber)}`,
  );
  assert.equal(res.statusCode, 200, res.body);
  const item = res.json().items.find((i: { id: string }) => i.id === awardId);
  assert.ok(item, 'award listed');
  return item.publicCode;
}

const del = (s: Session, url: string) => call(t.app, s, { method: 'DELETE', url });

describe('certificate layouts', () => {
  test('the authority’s admin and specialist keep layouts; officers below see them; stale edits conflict; audited', async () => {
    const w = await world();
    const refused = await post(
      t.app,
      w.officerA,
      '/api/certificates/layouts',
      layoutBody(w.huyen.id, { name: w.layoutName }),
    );
    assert.equal(refused.statusCode, 403, refused.body);
    const created = await post(
      t.app,
      w.specialist,
      '/api/certificates/layouts',
      layoutBody(w.huyen.id, { name: w.layoutName }),
    );
    assert.equal(created.statusCode, 201, created.body);
    const layout = created.json();
    assert.deepEqual(layout.can, { update: true, delete: true, print: true });
    assert.equal(layout.fields[0].font, 'serif', 'defaults filled in');
    assert.equal(layout.signerTitle, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH', 'line break kept');

    const dup = await post(
      t.app,
      w.admin,
      '/api/certificates/layouts',
      layoutBody(w.huyen.id, { name: w.layoutName }),
    );
    assert.equal(dup.statusCode, 409, dup.body);
    assert.match(dup.json().error.message, /đã có mẫu in cùng tên/);

    // Officers of a commune under the authority see it (to print) but may not change it.
    const seen = await get(t.app, w.officerA, '/api/certificates/layouts?awardKind=GK');
    assert.equal(seen.statusCode, 200);
    const mine = seen.json().find((l: { id: string }) => l.id === layout.id);
    assert.deepEqual(mine.can, { update: false, delete: false, print: true });
    assert.equal(
      (await get(t.app, w.officerA, '/api/certificates/layouts?awardKind=BK_TINH')).json().length,
      0,
    );
    const viewerSees = (await get(t.app, w.viewerA, `/api/certificates/layouts/${layout.id}`)).json();
    assert.equal(viewerSees.can.print, false);
    const forbidden = await patch(t.app, w.officerA, `/api/certificates/layouts/${layout.id}`, {
      ...layoutBody(w.huyen.id, { name: w.layoutName }),
      authorityUnitId: undefined,
      version: 1,
    });
    assert.equal(forbidden.statusCode, 403, forbidden.body);

    const { authorityUnitId: _a, ...editable } = layoutBody(w.huyen.id, { name: w.layoutName });
    const ok = await patch(t.app, w.admin, `/api/certificates/layouts/${layout.id}`, {
      ...editable,
      offsetXMm: 1.5,
      version: 1,
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.equal(ok.json().version, 2);
    const stale = await patch(t.app, w.specialist, `/api/certificates/layouts/${layout.id}`, {
      ...editable,
      version: 1,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().error.code, 'CONFLICT');

    // A layout of another subtree is invisible.
    const other = await createProvinceWithCommunes(t.database.db);
    const outsider = await signInAs(t.app, t.database.db, 'admin', other.province);
    assert.equal((await get(t.app, outsider, `/api/certificates/layouts/${layout.id}`)).statusCode, 404);

    assert.equal(
      (await del(w.specialist, `/api/certificates/layouts/${layout.id}?version=1`)).statusCode,
      409,
    );
    assert.equal((await del(w.officerA, `/api/certificates/layouts/${layout.id}?version=2`)).statusCode, 403);
    assert.equal(
      (await del(w.specialist, `/api/certificates/layouts/${layout.id}?version=2`)).statusCode,
      200,
    );
    const actions = (
      await t.database.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entityId, layout.id))
        .orderBy(auditLog.seq)
    ).map((a) => a.action);
    assert.deepEqual(actions, [
      'certificate_layout.created',
      'certificate_layout.updated',
      'certificate_layout.deleted',
    ]);
  });

  test('a field outside the sheet, a tiny QR or a wrong paper size is refused with the field named', async () => {
    const w = await world();
    const base = layoutBody(w.huyen.id, { name: w.layoutName });
    const outside = await post(t.app, w.specialist, '/api/certificates/layouts', {
      ...base,
      fields: [{ key: 'recipient_name', x: 200, y: 85, width: 177, size: 22 }],
    });
    assert.equal(outside.statusCode, 400, outside.body);
    assert.match(outside.json().error.fields['fields.0.width'], /vượt quá mép phải/);
    const qr = await post(t.app, w.specialist, '/api/certificates/layouts', {
      ...base,
      fields: [{ key: 'qr', x: 10, y: 10, width: 8 }],
    });
    assert.match(qr.json().error.fields['fields.0.width'], /ít nhất 12 mm/);
    const paper = await post(t.app, w.specialist, '/api/certificates/layouts', { ...base, pageWidthMm: 300 });
    assert.match(paper.json().error.fields.pageWidthMm, /Khổ A4 là 210 × 297 mm/);
    const big = await post(t.app, w.specialist, '/api/certificates/layouts', {
      ...base,
      fields: [{ key: 'recipient_name', x: 10, y: 85, width: 100, size: 120 }],
    });
    assert.equal(big.statusCode, 400);
    assert.ok(big.json().error.fields['fields.0.size']);
  });

  test(
    'preview places every line as it prints; the sample PDF has one page',
    { skip: !hasFonts },
    async () => {
      const w = await world();
      const {
        authorityUnitId: _a,
        name: _n,
        awardKinds: _k,
        ...geometry
      } = layoutBody(w.huyen.id, { name: w.layoutName });
      const res = await post(t.app, w.specialist, '/api/certificates/preview', { layout: geometry });
      assert.equal(res.statusCode, 200, res.body);
      const placement = res.json();
      assert.ok(placement.texts.some((x: { text: string }) => x.text === 'Nguyễn Thị Ngọc Ánh'));
      assert.match(placement.qr.url, /\/xac-thuc\/0{16}$/);
      assert.ok(placement.qr.path.startsWith('M'));
      const sample = await post(t.app, w.specialist, '/api/certificates/sample', { layout: geometry });
      assert.equal(sample.statusCode, 200);
      assert.equal(sample.headers['content-type'], 'application/pdf');
      assert.equal((await PDFDocument.load(sample.rawPayload)).getPageCount(), 1);
      assert.equal(
        (await post(t.app, null, '/api/certificates/preview', { layout: geometry })).statusCode,
        401,
      );
    },
  );
});

describe('printing', { skip: !hasFonts }, () => {
  test('a decision’s certificates print as one PDF, a page each, with its QR codes; by ids as .docx; audited', async () => {
    const w = await world();
    const layout = (
      await post(
        t.app,
        w.specialist,
        '/api/certificates/layouts',
        layoutBody(w.huyen.id, { name: w.layoutName }),
      )
    ).json();
    const res = await post(t.app, w.officerA, '/api/certificates/print', {
      layoutId: layout.id,
      decisionNumber: w.decisionNumber.toLowerCase(),
    });
    assert.equal(res.statusCode, 200, res.body);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['x-certificate-count'], '2');
    assert.match(String(res.headers['content-disposition']), /giay-khen-\d+-qd-ubnd\.pdf/);
    const pdf = await PDFDocument.load(res.rawPayload);
    assert.equal(pdf.getPageCount(), 2);
    const text = await pdfText(res.rawPayload);
    if (text !== null) {
      assert.match(text, /Nguyễn Thị Ngọc Ánh/);
      assert.match(text, /Trần Văn Bình/);
      assert.match(text, /Cẩm Xuyên, ngày 03 tháng 12 năm 2025/);
      assert.match(text, /PHÓ CHỦ TỊCH/);
      assert.match(text, /Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025/);
      assert.doesNotMatch(text, /04219000/);
    }

    const docx = await post(t.app, w.leader, '/api/certificates/print', {
      layoutId: layout.id,
      awardIds: [w.awardBinh],
      format: 'docx',
      achievementText: 'Đạt danh hiệu Giấy khen năm 2025',
      signerName: 'Phạm Thị Hoa',
    });
    assert.equal(docx.statusCode, 200, docx.body);
    const paragraphs = docxParagraphs(docx.rawPayload);
    assert.ok(paragraphs.includes('Trần Văn Bình'));
    assert.ok(paragraphs.includes('Đạt danh hiệu Giấy khen năm 2025'));
    assert.ok(paragraphs.includes('Phạm Thị Hoa'));
    assert.ok(!paragraphs.includes('Nguyễn Thị Ngọc Ánh'));

    const printed = await t.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'certificate.printed'))
      .orderBy(auditLog.seq);
    const mine = printed.filter((a) => a.entityId === layout.id);
    assert.equal(mine.length, 2);
    assert.deepEqual(
      (mine[0]!.after as { awardIds: string[] }).awardIds.sort(),
      [w.awardAn, w.awardBinh].sort(),
    );
  });

  test('printing needs a printer role over the award; a revoked award is not printed', async () => {
    const w = await world();
    const layout = (
      await post(
        t.app,
        w.specialist,
        '/api/certificates/layouts',
        layoutBody(w.huyen.id, { name: w.layoutName }),
      )
    ).json();
    const body = { layoutId: layout.id, awardIds: [w.awardAn] };
    assert.equal((await post(t.app, w.viewerA, '/api/certificates/print', body)).statusCode, 403);
    assert.equal(
      (await post(t.app, w.officerB, '/api/certificates/print', body)).statusCode,
      404,
      'outside scope',
    );
    const admin = await post(t.app, w.admin, '/api/certificates/print', body);
    assert.equal(admin.statusCode, 403, 'admins keep layouts, printers print');
    assert.equal((await post(t.app, null, '/api/certificates/print', body)).statusCode, 401);
    const none = await post(t.app, w.officerA, '/api/certificates/print', { layoutId: layout.id });
    assert.equal(none.statusCode, 400);
    assert.match(none.json().error.fields.awardIds, /Chọn khen thưởng cần in/);

    const revoke = await post(t.app, w.officerA, `/api/people/${w.an.id}/awards/${w.awardAn}/revoke`, {
      reason: 'Thành tích không đúng sự thật',
      revokedOn: '2026-01-15',
    });
    assert.equal(revoke.statusCode, 200, revoke.body);
    const refused = await post(t.app, w.officerA, '/api/certificates/print', body);
    assert.equal(refused.statusCode, 409);
    assert.match(refused.json().error.message, /đã bị thu hồi: Nguyễn Thị Ngọc Ánh/);
    if (hasFonts) {
      const rest = await post(t.app, w.officerA, '/api/certificates/print', {
        layoutId: layout.id,
        decisionNumber: w.decisionNumber,
        decisionDate: '2025-12-03',
      });
      assert.equal(rest.statusCode, 200, rest.body);
      assert.equal(rest.headers['x-certificate-count'], '1', 'the revoked one is left out');
    }
  });
});

describe('awards written by a decision', { skip: !hasFonts }, () => {
  test('print as the decision lists them, with its signer and place; selected by the decision id', async () => {
    const w = await world();
    const layout = (
      await post(t.app, w.specialist, '/api/certificates/layouts', {
        ...layoutBody(w.huyen.id, { name: w.layoutName }),
        signerTitle: null,
        signerName: null,
        placeName: null,
      })
    ).json();
    const person = await createPerson(t.database.db, { unit: w.communeA, fullName: 'Phan Thị Hoa' });
    const ids = await t.database.db.transaction(async (tx) => {
      const [decision] = await tx
        .insert(decisions)
        .values({
          origin: 'external',
          status: 'issued',
          number: '88/QĐ-UBND',
          decisionDate: '2025-11-20',
          regimeId: 'C',
          authorityCode: 'chu_tich_ubnd_huyen',
          authorityLabel: 'Chủ tịch UBND huyện Cẩm Xuyên',
          authorityUnitId: w.huyen.id,
          placeName: 'Cẩm Xuyên',
          title: 'Về việc tặng Giấy khen',
          signMode: 'KT',
          signFor: 'CHỦ TỊCH',
          signerPosition: 'PHÓ CHỦ TỊCH',
          signerName: 'Đặng Văn Minh',
          issuedAt: sql`transaction_timestamp()`,
        })
        .returning();
      const [award] = await tx
        .insert(awards)
        .values({
          subjectKind: 'individual',
          personId: person.id,
          awardKind: 'GK',
          achievementYear: 2025,
          decisionNumber: '88/QĐ-UBND',
          decisionDate: '2025-11-20',
          authority: 'Chủ tịch UBND huyện Cẩm Xuyên',
          authorityUnitId: w.huyen.id,
          unitAtAwardId: w.communeA.id,
          source: 'external',
          decisionId: decision!.id,
        })
        .returning();
      await tx.insert(decisionAwardees).values({
        decisionId: decision!.id,
        position: 1,
        subjectKind: 'individual',
        personId: person.id,
        displayName: 'Phan Thị Hoa',
        positionTitle: 'Kế toán',
        unitName: 'Trường Mầm non Cẩm Hòa',
        unitAtAwardId: w.communeA.id,
        awardKind: 'GK',
        achievementYear: 2025,
        awardId: award!.id,
      });
      return { decisionId: decision!.id, awardId: award!.id, code: award!.publicCode };
    });
    assert.match(ids.code, /^[0-9a-z]{16}$/, "the database gave the decision's award a code");
    const res = await post(t.app, w.officerA, '/api/certificates/print', {
      layoutId: layout.id,
      decisionId: ids.decisionId,
      format: 'docx',
    });
    assert.equal(res.statusCode, 200, res.body);
    const paragraphs = docxParagraphs(res.rawPayload);
    for (const expected of [
      'Phan Thị Hoa',
      'Kế toán, Trường Mầm non Cẩm Hòa',
      'Cẩm Xuyên, ngày 20 tháng 11 năm 2025',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Đặng Văn Minh',
      'Quyết định số 88/QĐ-UBND ngày 20/11/2025',
    ]) {
      assert.ok(paragraphs.includes(expected), `${expected} in ${JSON.stringify(paragraphs)}`);
    }
    const view = (await call(t.app, null, { method: 'GET', url: `/api/public/awards/${ids.code}` })).json();
    assert.equal(view.name, 'Phan Thị Hoa');
    assert.equal(view.unitName, 'Trường Mầm non Cẩm Hòa');
  });
});

describe('public verification', () => {
  test('anyone with the code sees the award and no personal data; a revoked award says so; unknown → 404', async () => {
    const w = await world();
    const code = await publicCodeOf(w.officerA, w.awardAn, w.decisionNumber);
    assert.match(code, /^[0-9abcdefghjkmnpqrstvwxyz]{16}$/);
    const res = await call(t.app, null, { method: 'GET', url: `/api/public/awards/${code}` });
    assert.equal(res.statusCode, 200, res.body);
    const view = res.json();
    assert.deepEqual(Object.keys(view).sort(), [
      'authority',
      'awardKindName',
      'code',
      'decisionDate',
      'decisionNumber',
      'name',
      'revoked',
      'revokedOn',
      'revokedReason',
      'subjectKind',
      'unitName',
      'year',
    ]);
    assert.equal(view.name, 'Nguyễn Thị Ngọc Ánh');
    assert.equal(view.awardKindName, 'Giấy khen');
    assert.equal(view.decisionNumber, w.decisionNumber);
    assert.equal(view.decisionDate, '2025-12-03');
    assert.equal(view.unitName, w.communeA.name);
    assert.equal(view.revoked, false);
    assert.doesNotMatch(res.body, /04219000|1990-04-12|1990/);
    assert.equal(res.headers['cache-control'], 'no-store');

    // Typed by hand: upper case, hyphens, O for 0 and I/L for 1 are accepted.
    const typed = code.toUpperCase().replace(/0/g, 'O').replace(/1/g, 'I');
    assert.equal(
      (
        await call(t.app, null, {
          method: 'GET',
          url: `/api/public/awards/${typed.slice(0, 8)}-${typed.slice(8)}`,
        })
      ).statusCode,
      200,
    );

    await post(t.app, w.officerA, `/api/people/${w.an.id}/awards/${w.awardAn}/revoke`, {
      reason: 'Thành tích không đúng sự thật',
      revokedOn: '2026-01-15',
    });
    const revoked = (await call(t.app, null, { method: 'GET', url: `/api/public/awards/${code}` })).json();
    assert.equal(revoked.revoked, true);
    assert.equal(revoked.revokedOn, '2026-01-15');
    assert.equal(revoked.revokedReason, 'Thành tích không đúng sự thật');

    const unknown = await call(t.app, null, { method: 'GET', url: '/api/public/awards/zzzzzzzzzzzzzzzz' });
    assert.equal(unknown.statusCode, 404);
    assert.match(unknown.json().error.message, /Không tìm thấy khen thưởng với mã xác thực này/);
    assert.equal((await call(t.app, null, { method: 'GET', url: '/api/public/awards/abc' })).statusCode, 404);

    // A signed-in user's GET needs no CSRF header either.
    const signedIn = await t.app.inject({
      method: 'GET',
      url: `/api/public/awards/${code}`,
      headers: { cookie: w.officerA.cookie },
    });
    assert.equal(signedIn.statusCode, 200);
  });

  test('every award gets a distinct code, also those written without naming it', async () => {
    const w = await world();
    const a = await publicCodeOf(w.officerA, w.awardAn, w.decisionNumber);
    const b = await publicCodeOf(w.officerA, w.awardBinh, w.decisionNumber);
    assert.notEqual(a, b);
  });
});
