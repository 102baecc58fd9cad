import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import type { CouncilView, MeetingView } from '../../../contracts/councils';
import type { DisclosureView, PublicDisclosureView } from '../../../contracts/disclosures';
import { auditLog, disclosureComments, disclosures } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  councilBody,
  councilDossier,
  councilWorld,
  type CouncilWorld,
  get,
  post,
  put,
} from '../councils/councils.fixtures';
import { signInAs } from '../people/people.fixtures';
import { COMMENTS_PER_DAY, postComment } from './disclosures.public';

let t: TestApp;
let w: CouncilWorld;
let admin: Awaited<ReturnType<typeof signInAs>>;
before(async () => {
  t = await buildTestApp();
  w = await councilWorld(t.app, t.database.db);
  admin = await signInAs(t.app, t.database.db, 'admin', w.district);
});
after(() => t.close());

/** Moves a published disclosure's period into the past (the comment period has ended). */
async function endPeriod(id: string) {
  await t.database.db.execute(
    sql`update disclosures set opens_on = current_date - 20, closes_on = current_date - 1 where id = ${id}`,
  );
}

test('settings: the law lists CSTĐ toàn quốc, Anh hùng, Huân chương; an administrator adds a kind', async () => {
  const view = (await get(t.app, admin, `/api/disclosure-settings?authorityUnitId=${w.district.id}`)).json();
  const byLaw = view.byLaw.map((k: { awardKind: string }) => k.awardKind);
  for (const code of ['CSTDTQ', 'AHLD', 'HC_LAO_DONG_1']) assert.ok(byLaw.includes(code), code);
  assert.equal(view.can.update, true);
  const refused = await put(t.app, w.officer, '/api/disclosure-settings', {
    authorityUnitId: w.district.id,
    kinds: [{ awardKind: 'CSTDCS', days: 5 }],
  });
  assert.equal(refused.statusCode, 403);
  const res = await put(t.app, admin, '/api/disclosure-settings', {
    authorityUnitId: w.district.id,
    kinds: [{ awardKind: 'CSTDCS', days: 5 }],
  });
  assert.equal(res.statusCode, 200, res.body);
  assert.deepEqual(res.json().kinds, [{ awardKind: 'CSTDCS', name: 'Chiến sĩ thi đua cơ sở', days: 5 }]);
  assert.equal(
    (await get(t.app, w.stranger, `/api/disclosure-settings?authorityUnitId=${w.district.id}`)).statusCode,
    404,
  );
});

test('a disclosure: nominees that must be published, the public page without private data, comments, outcome, then the vote', async () => {
  const d = await councilDossier(t.database.db, w, ['CSTDTQ', 'LDTT']);
  const [tq, ldtt] = d.nominees;
  const candidates = (await get(t.app, w.specialist, '/api/disclosures/candidates')).json();
  const mine = candidates.items.find((c: { id: string }) => c.id === d.id);
  assert.match(mine.nominees.find((n: { id: string }) => n.id === tq!.id).requirement, /10 ngày làm việc/);
  assert.equal(mine.nominees.find((n: { id: string }) => n.id === ldtt!.id).requirement, null);

  const missing = await post(t.app, w.specialist, '/api/disclosures', {
    dossierId: d.id,
    nomineeIds: [ldtt!.id],
  });
  assert.equal(missing.statusCode, 400);
  assert.match(
    missing.json().error.fields.nomineeIds,
    /Phải công khai cả: Lê Thị Đề Cử 1 \(Chiến sĩ thi đua toàn quốc\)/,
  );
  const created = await post(t.app, w.specialist, '/api/disclosures', { dossierId: d.id });
  assert.equal(created.statusCode, 201, created.body);
  let view = created.json() as DisclosureView;
  assert.equal(view.status, 'draft');
  assert.deepEqual(
    view.nominees.map((n) => [n.publicName, n.awardKindName]),
    [['Lê Thị Đề Cử 1', 'Chiến sĩ thi đua toàn quốc']],
  );
  assert.equal(view.days, 10);
  assert.equal(
    (await get(t.app, null, `/api/public/disclosures/${view.id}`)).statusCode,
    404,
    'a draft is not public',
  );
  assert.equal((await get(t.app, w.officerA, `/api/disclosures/${view.id}`)).statusCode, 404);

  const published = await post(t.app, w.specialist, `/api/disclosures/${view.id}/publish`, {
    version: view.version,
  });
  assert.equal(published.statusCode, 200, published.body);
  view = published.json();
  assert.equal(view.status, 'open');
  assert.equal(view.acceptingComments, true);
  assert.ok(view.closesOn! > view.opensOn!);
  assert.equal(view.publicPath, `/cong-khai/${view.id}`);

  // The public page: no login, the published text only.
  const pub = await get(t.app, null, `/api/public/disclosures/${view.id}`);
  assert.equal(pub.statusCode, 200, pub.body);
  const page = pub.json() as PublicDisclosureView;
  assert.equal(page.nominees[0]!.publicName, 'Lê Thị Đề Cử 1');
  assert.match(page.nominees[0]!.publicDescription!, /Xã An Thử/);
  assert.equal(page.acceptingComments, true);
  for (const secret of ['1980-02-03', 'birth', 'cccd', '0420']) {
    assert.ok(!pub.body.toLowerCase().includes(secret), `the public page must not show ${secret}`);
  }
  const list = (await get(t.app, null, '/api/public/disclosures')).json();
  assert.ok(list.items.some((x: { id: string }) => x.id === view.id));

  // Comments from the public: no session; a signed-in browser needs no CSRF token there.
  const decomposed = 'Ông Le\u0302 Thi\u0323 có sáng kiến thật, tôi ủng hộ. <b>Đề nghị</b> xem xét.';
  let res = await post(t.app, null, `/api/public/disclosures/${view.id}/comments`, {
    nomineeId: tq!.id,
    authorName: 'Nguyễn Văn Dân',
    authorContact: '0912 000 111',
    content: decomposed,
  });
  assert.equal(res.statusCode, 201, res.body);
  res = await t.app.inject({
    method: 'POST',
    url: `/api/public/disclosures/${view.id}/comments`,
    headers: { cookie: w.officerA.cookie },
    payload: { content: 'Góp ý không ghi tên: đề nghị làm rõ số liệu sáng kiến.' },
  });
  assert.equal(res.statusCode, 201, res.body);
  const short = await post(t.app, null, `/api/public/disclosures/${view.id}/comments`, { content: 'ngắn' });
  assert.equal(short.statusCode, 400);
  assert.match(short.json().error.fields.content, /ít nhất 10 ký tự/);
  const stranger = await post(t.app, null, `/api/public/disclosures/${view.id}/comments`, {
    nomineeId: ldtt!.id,
    content: 'Góp ý về người không có trong danh sách.',
  });
  assert.equal(stranger.statusCode, 400);
  const robot = await post(t.app, null, `/api/public/disclosures/${view.id}/comments`, {
    content: 'Quảng cáo tự động quảng cáo tự động.',
    website: 'http://spam.example',
  });
  assert.equal(robot.statusCode, 201, 'a robot filling the hidden field is answered as usual (nothing kept)');
  const sixth = await post(t.app, null, `/api/public/disclosures/${view.id}/comments`, {
    content: 'Một ý kiến nữa từ cùng địa chỉ trong mười phút.',
  });
  assert.equal(sixth.statusCode, 429, 'the sixth request in ten minutes from the same address is refused');

  // They reach the specialist: in the inbox, and on the disclosure (with contacts); a leader sees no contacts.
  const inbox = (await get(t.app, w.specialist, '/api/inbox')).json().items as {
    key: string;
    action: string;
  }[];
  assert.match(
    inbox.find((i) => i.key === `disclosure_comments:${view.id}`)!.action,
    /Xem xét, xử lý 2 ý kiến góp ý/,
  );
  view = (await get(t.app, w.specialist, `/api/disclosures/${view.id}`)).json();
  assert.equal(view.comments.length, 2);
  const named = view.comments.find((c) => c.authorName === 'Nguyễn Văn Dân')!;
  assert.equal(named.content, decomposed.normalize('NFC'), 'stored NFC, as typed (markup kept as text)');
  assert.equal(named.authorContact, '0912 000 111');
  assert.equal(named.nomineeName, 'Lê Thị Đề Cử 1');
  const leaderView = (await get(t.app, w.leader, `/api/disclosures/${view.id}`)).json() as DisclosureView;
  assert.equal(leaderView.comments.find((c) => c.id === named.id)!.authorContact, null);
  assert.equal(leaderView.can.handleComments, false);

  // Closing: not before the end of the period, not with comments unhandled, with a note.
  let closing = await post(t.app, w.specialist, `/api/disclosures/${view.id}/close`, {
    version: view.version,
    outcome: 'no_objections',
  });
  assert.equal(closing.statusCode, 409);
  assert.match(closing.json().error.message, /Chưa hết thời gian lấy ý kiến/);
  await endPeriod(view.id);
  view = (await get(t.app, w.specialist, `/api/disclosures/${view.id}`)).json();
  closing = await post(t.app, w.specialist, `/api/disclosures/${view.id}/close`, {
    version: view.version,
    outcome: 'objections_resolved',
    outcomeNote: 'Đã xác minh.',
  });
  assert.equal(closing.statusCode, 409);
  assert.match(closing.json().error.message, /Còn 2 ý kiến góp ý chưa xử lý/);
  for (const c of view.comments) {
    const h = await post(t.app, w.specialist, `/api/disclosure-comments/${c.id}/handle`, {
      version: c.version,
      note: 'Đã xác minh với đơn vị: sáng kiến được Hội đồng sáng kiến cơ sở công nhận.',
    });
    assert.equal(h.statusCode, 200, h.body);
    view = h.json();
  }
  closing = await post(t.app, w.specialist, `/api/disclosures/${view.id}/close`, {
    version: view.version,
    outcome: 'objections_resolved',
  });
  assert.equal(closing.statusCode, 400);
  assert.ok(closing.json().error.fields.outcomeNote);

  // Before the outcome is recorded the council cannot vote on this nominee.
  const council = (await post(t.app, w.officer, '/api/councils', councilBody(w))).json() as CouncilView;
  let meeting = (
    await post(t.app, w.specialist, `/api/councils/${council.id}/meetings`, {
      title: 'Phiên họp xét khen thưởng',
      heldOn: '2025-03-05',
      chairPersonId: council.members[0]!.personId,
      secretaryPersonId: council.members[15]!.personId,
      dossierIds: [d.id],
    })
  ).json() as MeetingView;
  meeting = (
    await put(t.app, w.specialist, `/api/council-meetings/${meeting.id}/attendance`, {
      version: meeting.version,
      items: council.members.map((m) => ({ personId: m.personId, status: 'present' })),
    })
  ).json();
  const ballot = { mode: 'counts', agree: 15, disagree: 1, invalid: 0 };
  const blocked = await put(t.app, w.specialist, `/api/council-meetings/${meeting.id}/ballots/${tq!.id}`, {
    version: meeting.version,
    ...ballot,
  });
  assert.equal(blocked.statusCode, 409);
  assert.match(blocked.json().error.message, /đợt công khai chưa kết thúc và chưa ghi nhận kết quả/);

  closing = await post(t.app, w.specialist, `/api/disclosures/${view.id}/close`, {
    version: view.version,
    outcome: 'objections_resolved',
    outcomeNote: 'Hai ý kiến góp ý đã được xác minh; không ảnh hưởng đến việc đề nghị.',
  });
  assert.equal(closing.statusCode, 200, closing.body);
  view = closing.json();
  assert.equal(view.status, 'closed');
  assert.equal(
    (await get(t.app, null, `/api/public/disclosures/${view.id}`)).json().acceptingComments,
    false,
  );
  const late = await post(t.app, null, `/api/public/disclosures/${view.id}/comments`, {
    content: 'Góp ý gửi sau khi đã kết thúc.',
  });
  assert.ok(late.statusCode === 409 || late.statusCode === 429);

  const voted = await put(t.app, w.specialist, `/api/council-meetings/${meeting.id}/ballots/${tq!.id}`, {
    version: meeting.version,
    ...ballot,
  });
  assert.equal(voted.statusCode, 200, voted.body);
  const b = (voted.json() as MeetingView).agenda[0]!.nominees.find((n) => n.id === tq!.id)!.ballot!;
  assert.equal(b.passed, true, 'CSTĐ toàn quốc: 15/16 = 93,75% ≥ 90%');

  const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, view.id))).map(
    (a) => a.action,
  );
  assert.deepEqual(actions, ['disclosure.created', 'disclosure.published', 'disclosure.closed']);
  const received = await t.database.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, 'disclosure_comment.received'));
  assert.equal(received.length, 2);
  assert.ok(
    received.every((a) => a.client?.startsWith('sha256:')),
    'no address in the audit trail',
  );
});

test('a kind the authority added is disclosed for its own period; the daily limit per address', async () => {
  const d = await councilDossier(t.database.db, w, ['CSTDCS']);
  const created = await post(t.app, w.officer, '/api/disclosures', { dossierId: d.id });
  assert.equal(created.statusCode, 201, created.body);
  let view = created.json() as DisclosureView;
  assert.equal(view.days, 5);
  assert.match(view.requirements[0]!, /5 ngày làm việc theo lựa chọn của cơ quan có thẩm quyền/);
  view = (
    await post(t.app, w.officer, `/api/disclosures/${view.id}/publish`, {
      version: view.version,
      opensOn: '2030-01-07',
    })
  ).json();
  assert.deepEqual([view.opensOn, view.closesOn], ['2030-01-07', '2030-01-11']);
  assert.equal(
    (await get(t.app, null, `/api/public/disclosures/${view.id}`)).statusCode,
    404,
    'not public before it opens',
  );
  await t.database.db
    .update(disclosures)
    .set({ opensOn: sql`current_date`, closesOn: sql`current_date + 7` })
    .where(eq(disclosures.id, view.id));
  for (let i = 0; i < COMMENTS_PER_DAY; i++) {
    await t.database.db.transaction((tx) =>
      postComment(tx, view.id, '203.0.113.9', { content: `Ý kiến số ${i + 1} về danh sách này.` }),
    );
  }
  await assert.rejects(
    t.database.db.transaction((tx) =>
      postComment(tx, view.id, '203.0.113.9', { content: 'Ý kiến vượt giới hạn trong ngày.' }),
    ),
    /tối đa 10 ý kiến trong một ngày/,
  );
  await t.database.db.transaction((tx) =>
    postComment(tx, view.id, '203.0.113.10', { content: 'Ý kiến từ một địa chỉ khác.' }),
  );
  const stored = await t.database.db
    .select()
    .from(disclosureComments)
    .where(eq(disclosureComments.disclosureId, view.id));
  assert.equal(stored.length, COMMENTS_PER_DAY + 1);
  assert.ok(stored.every((c) => !c.clientHash.includes('203.0.113')));
});
