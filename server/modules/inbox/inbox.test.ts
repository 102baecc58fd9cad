// The inbox a page at a time: the providers' SQL counts agree with the items they build, the merge of their
// first page × pageSize items gives every page of the one sorted list, the query is validated, and a busy unit
// (more than 500 dossiers waiting) gets its true total.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { InboxItem, InboxPage } from '../../../contracts/inbox';
import { todayInVietnam } from '../../../contracts/people';
import { queryRows } from '../../db/client';
import { dossierNominees, dossiers } from '../../db/schema/index';
import { type Actor, pathInScope, scopePaths } from '../../lib/actor';
import { buildTestApp, type TestApp } from '../../test/app';
import {
  createDraft,
  dossierWorld,
  type DossierWorld,
  get,
  nominee,
  transition,
} from '../dossiers/dossiers.fixtures';
import { loadAncestries } from '../dossiers/dossiers.authority';
import { dossierInboxProvider } from '../dossiers/dossiers.inbox';
import { presentDeadline } from '../dossiers/dossiers.present';
import {
  DOSSIER_FROM,
  type DossierRow,
  HANDLING_PATH,
  loadNominees,
  type NomineeRow,
  selectRows,
} from '../dossiers/dossiers.queries';
import { dossierFacts } from '../dossiers/dossiers.service';
import { actorAt, dossierIn } from '../dossiers/dossiers.state-fixtures';
import type { InboxProvider } from './inbox.registry';
import { compareInboxItems, listInbox } from './inbox.service';

let t: TestApp;
let w: DossierWorld;
before(async () => {
  t = await buildTestApp();
  w = await dossierWorld(t.app, t.database.db);
});
after(async () => {
  await t.close();
});

/** The dossiers' scope as the inbox read it before it was paged: the handling unit's path, through the joins. */
function scopeByHandlingPath(actor: Actor): SQL | null {
  const parts: SQL[] = [];
  const officer = scopePaths(actor, ['officer']);
  if (officer.length > 0) {
    parts.push(sql`(d.status = 'returned' and ${pathInScope(sql`pu.path`, officer)})`);
    if (actor.userId) {
      parts.push(
        sql`(d.status = 'draft' and d.created_by = ${actor.userId} and ${pathInScope(sql`pu.path`, officer)})`,
      );
    }
  }
  const bound = actor.roles.filter((r) => r.role === 'specialist').map((r) => r.unitPath);
  if (bound.length > 0) {
    const here = sql.join(
      bound.map((p) => sql`${p}`),
      sql`, `,
    );
    parts.push(
      sql`(d.status in ('submitted', 'received', 'appraising', 'concluded') and ${HANDLING_PATH} in (${here}))`,
    );
  }
  return parts.length > 0 ? sql`(${sql.join(parts, sql` or `)})` : null;
}

/** The concluded dossiers that still hold a nominee to forward, as the workflow's guard reads it (dossierFacts). */
async function withForwardable(rows: readonly DossierRow[]): Promise<Set<string>> {
  const concluded = rows.filter((r) => r.status === 'concluded');
  const nominees = await loadNominees(
    t.database.db,
    concluded.map((r) => r.id),
  );
  const ancestries = await loadAncestries(
    t.database.db,
    concluded.map((r) => r.proposingPath),
  );
  const out = new Set<string>();
  for (const row of concluded) {
    const own: NomineeRow[] = nominees.filter((n) => n.dossierId === row.id);
    const facts = dossierFacts(row, own, ancestries.get(row.proposingPath) ?? []);
    if (facts.nominees.some((n) => n.needsForwarding && !n.forwarded)) out.add(row.id);
  }
  return out;
}

/** The dossier items as the inbox built them before it was paged: every row in scope, filtered in TypeScript. */
async function builtInTypeScript(actor: Actor, today: string) {
  const where = scopeByHandlingPath(actor);
  if (!where) return [];
  const rows = await selectRows(t.database.db, sql`from ${DOSSIER_FROM} where ${where}`);
  const forwardable = await withForwardable(rows);
  return rows
    .filter((r) => r.status !== 'concluded' || forwardable.has(r.id))
    .map((r) => ({ key: `dossier:${r.id}`, overdue: presentDeadline(r, today)?.overdue ?? false }));
}

const keys = (items: readonly { key: string }[]) => items.map((i) => i.key);

describe('the dossiers provider', () => {
  test('its SQL count and overdue count agree with the items built in TypeScript, on varied dossiers', async () => {
    const db = t.database.db;
    // Waiting dossiers of commune A in every status the inbox reads, two of them overdue …
    for (const status of ['draft', 'submitted', 'received', 'appraising', 'returned', 'council'] as const) {
      await dossierIn(t, w, status);
    }
    const late = await dossierIn(t, w, 'submitted');
    await db.update(dossiers).set({ deadlineOn: '2020-01-02' }).where(eq(dossiers.id, late.id));
    const lateAppraising = await dossierIn(t, w, 'appraising');
    await db.update(dossiers).set({ deadlineOn: '2021-03-04' }).where(eq(dossiers.id, lateAppraising.id));
    // … a concluded one whose deadline passed (concluded: not overdue), and concluded ones with and without
    // a nominee to forward beyond the commune's authority.
    const forwardable = await dossierIn(t, w, 'concluded');
    await db.update(dossiers).set({ deadlineOn: '2020-01-02' }).where(eq(dossiers.id, forwardable.id));
    const failed = await dossierIn(t, w, 'concluded');
    await db
      .update(dossierNominees)
      .set({ outcome: 'failed', outcomeAwardKind: null })
      .where(eq(dossierNominees.dossierId, failed.id));
    const withinAuthority = await dossierIn(t, w, 'concluded');
    await db
      .update(dossierNominees)
      .set({ outcomeAwardKind: null })
      .where(eq(dossierNominees.dossierId, withinAuthority.id));
    // A central authority's dossier (Bằng khen của Thủ tướng), handled by the province: no authority unit.
    const central = await createDraft(t.app, w.officerA, w, [nominee(w.an.id, 'BK_TTG')], {
      awardKinds: ['BK_TTG'],
    });
    assert.equal(
      (await transition(t.app, w.officerA, central.id, 'submit', central.version)).statusCode,
      200,
    );
    const today = todayInVietnam();
    const actors = [
      actorAt('specialist', w.communeA),
      actorAt('officer', w.communeA),
      actorAt('specialist', w.province),
      actorAt('specialist', w.communeB),
      {
        ...actorAt('officer', w.communeA),
        roles: [...actorAt('specialist', w.communeA).roles, ...actorAt('officer', w.communeA).roles],
      },
    ];
    for (const actor of actors) {
      const expected = await builtInTypeScript(actor, today);
      const counted = await dossierInboxProvider.count(db, actor, today);
      const page = await dossierInboxProvider.page(db, actor, today, 10_000);
      const items = page.items;
      const label = actor.roles.map((r) => `${r.role}@${r.unitName}`).join('+');
      assert.equal(counted.count, expected.length, label);
      assert.equal(counted.overdue, expected.filter((i) => i.overdue).length, label);
      assert.deepEqual(
        [page.count, page.overdue],
        [counted.count, counted.overdue],
        `${label}: the page's counts`,
      );
      assert.deepEqual(keys(items).sort(), keys(expected).sort(), label);
      assert.deepEqual(
        items.map((i) => i.overdue),
        items.map((i) => expected.find((e) => e.key === i.key)!.overdue),
        label,
      );
      assert.deepEqual(
        keys(items),
        keys([...items].sort(compareInboxItems)),
        `${label}: in the inbox's order`,
      );
      // The first n in SQL are the first n of the whole list.
      for (const n of [1, 3, 5]) {
        const first = await dossierInboxProvider.page(db, actor, today, n);
        assert.deepEqual(keys(first.items), keys(items.slice(0, n)));
        assert.deepEqual(
          [first.count, first.overdue],
          [counted.count, counted.overdue],
          `${label}: window counts`,
        );
      }
    }
    const specialist = keys((await dossierInboxProvider.page(db, actors[0]!, today, 10_000)).items);
    assert.ok(specialist.includes(`dossier:${forwardable.id}`));
    assert.ok(!specialist.includes(`dossier:${failed.id}`));
    assert.ok(!specialist.includes(`dossier:${withinAuthority.id}`));
    assert.deepEqual(
      specialist.slice(0, 2).sort(),
      [`dossier:${late.id}`, `dossier:${lateAppraising.id}`].sort(),
    );
  });
});

/** A provider over a fixed list, giving its first `limit` items in the inbox's order. */
function listProvider(key: string, all: InboxItem[]): InboxProvider {
  const sorted = [...all].sort(compareInboxItems);
  return {
    key,
    count: async () => ({ count: all.length, overdue: all.filter((i) => i.overdue).length }),
    page: async (_tx, _actor, _today, limit) => ({
      count: all.length,
      overdue: all.filter((i) => i.overdue).length,
      items: sorted.slice(0, limit),
    }),
  };
}

test('the pages cut from the providers’ first page × pageSize items are the pages of the one sorted list', async () => {
  let seed = 7;
  const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const item = (kind: string, i: number): InboxItem => {
    const deadline = pick([null, '2025-01-10', '2025-03-01', '2026-12-31', '2027-02-01']);
    return {
      key: `${kind}:${String(i).padStart(4, '0')}`,
      kind,
      kindLabel: kind,
      title: `${kind} ${i}`,
      subtitle: null,
      action: 'Xử lý',
      href: '/',
      deadline,
      overdue: deadline !== null && deadline < '2026-01-01' && random() < 0.8,
      since: pick(['2025-01-01T00:00:00.000Z', '2025-06-01T08:00:00.000Z', '2026-02-03T10:00:00.000Z']),
    };
  };
  const lists = [
    Array.from({ length: 37 }, (_, i) => item('dossier', i)),
    Array.from({ length: 0 }, (_, i) => item('decision', i)),
    Array.from({ length: 12 }, (_, i) => item('council_meeting', i)),
    Array.from({ length: 5 }, (_, i) => item('report_request', i)),
  ];
  const providers = lists.map((l, i) => listProvider(`p${i}`, l));
  const whole = lists.flat().sort(compareInboxItems);
  const actor = actorAt('specialist', w.communeA);
  for (const pageSize of [1, 7, 20, 100]) {
    const seen: string[] = [];
    for (let page = 1; page <= Math.ceil(whole.length / pageSize) + 1; page++) {
      const got = await listInbox(t.database.db, actor, { page, pageSize }, providers);
      assert.equal(got.total, whole.length);
      assert.equal(got.overdue, whole.filter((i) => i.overdue).length);
      assert.deepEqual(keys(got.items), keys(whole.slice((page - 1) * pageSize, page * pageSize)));
      seen.push(...keys(got.items));
    }
    assert.deepEqual(seen, keys(whole), `pageSize ${pageSize}: every item once, in order`);
  }
  // Overdue items of every provider come before the rest, whatever provider they come from.
  const first = await listInbox(t.database.db, actor, { page: 1, pageSize: 100 }, providers);
  const overdueKinds = new Set(first.items.filter((i) => i.overdue).map((i) => i.kind));
  assert.ok(overdueKinds.size >= 2, 'overdue items from several providers');
  const lastOverdue = first.items.findLastIndex((i) => i.overdue);
  assert.ok(first.items.slice(0, lastOverdue + 1).every((i) => i.overdue));
});

describe('GET /api/inbox', () => {
  test('pages: page 2 continues page 1, a page beyond the end is empty, the count is the total', async () => {
    const whole = (await get(t.app, w.specialistA, '/api/inbox?page=1&pageSize=100')).json() as InboxPage;
    assert.ok(whole.total >= 6, `enough items to page (${whole.total})`);
    assert.equal(whole.items.length, whole.total);
    const first = (await get(t.app, w.specialistA, '/api/inbox?page=1&pageSize=3')).json() as InboxPage;
    const second = (await get(t.app, w.specialistA, '/api/inbox?page=2&pageSize=3')).json() as InboxPage;
    assert.deepEqual([first.page, first.pageSize, second.page, second.pageSize], [1, 3, 2, 3]);
    assert.deepEqual(keys(first.items), keys(whole.items.slice(0, 3)));
    assert.deepEqual(keys(second.items), keys(whole.items.slice(3, 6)));
    assert.equal(first.total, whole.total);
    assert.equal(second.overdue, whole.overdue);
    const beyond = (await get(t.app, w.specialistA, `/api/inbox?page=${whole.total + 1}&pageSize=1`)).json();
    assert.deepEqual(beyond.items, []);
    assert.equal(beyond.total, whole.total);
    const plain = (await get(t.app, w.specialistA, '/api/inbox')).json() as InboxPage;
    assert.deepEqual([plain.page, plain.pageSize], [1, 20]);
    const count = (await get(t.app, w.specialistA, '/api/inbox/count')).json();
    assert.deepEqual(count, { count: whole.total, overdue: whole.overdue });
  });

  test('a page size over 100, a page of 0 or not a number: 400 naming the field in Vietnamese', async () => {
    for (const [query, field] of [
      ['pageSize=101', 'pageSize'],
      ['pageSize=0', 'pageSize'],
      ['pageSize=abc', 'pageSize'],
      ['page=0', 'page'],
    ] as const) {
      const res = await get(t.app, w.specialistA, `/api/inbox?${query}`);
      assert.equal(res.statusCode, 400, query);
      const body = res.json();
      assert.equal(body.error.code, 'VALIDATION', query);
      assert.ok(body.error.fields?.[field], `${query}: ${JSON.stringify(body.error)}`);
      assert.match(body.error.message, field === 'pageSize' ? /Số dòng mỗi trang/ : /Trang/, query);
    }
    assert.equal((await get(t.app, w.specialistA, '/api/inbox?pageSize=100')).statusCode, 200);
  });

  test('more than 500 dossiers waiting: the total counts them all, the last page holds the oldest', async () => {
    const db = t.database.db;
    const model = await dossierIn(t, w, 'submitted');
    const before = (await get(t.app, w.specialistA, '/api/inbox/count')).json() as { count: number };
    const columns = (
      await queryRows<{ name: string }>(
        db,
        sql`select column_name as name from information_schema.columns
          where table_schema = current_schema() and table_name = 'dossiers' and column_name not in
            ('id', 'code', 'updated_at', 'deadline_on') order by ordinal_position`,
      )
    ).map((c) => sql.identifier(c.name));
    const list = sql.join(columns, sql`, `);
    // 520 copies of the submitted dossier, waiting since 1..520 minutes before it; every 10th overdue.
    await db.execute(sql`insert into dossiers (id, code, updated_at, deadline_on, ${list})
      select gen_random_uuid(), 'HS-2025-' || lpad((70000 + g)::text, 5, '0'),
        now() - g * interval '1 minute', case when g % 10 = 0 then date '2020-01-01' else date '2099-01-01' end,
        ${list}
      from dossiers, generate_series(1, 520) g where id = ${model.id}`);
    const count = (await get(t.app, w.specialistA, '/api/inbox/count')).json() as {
      count: number;
      overdue: number;
    };
    assert.equal(count.count, before.count + 520);
    const page = (await get(t.app, w.specialistA, '/api/inbox?pageSize=100')).json() as InboxPage;
    assert.equal(page.total, count.count);
    assert.equal(page.overdue, count.overdue);
    assert.equal(page.items.length, 100);
    assert.ok(page.items.slice(0, 52).every((i) => i.overdue));
    const lastPage = Math.ceil(count.count / 100);
    const last = (
      await get(t.app, w.specialistA, `/api/inbox?page=${lastPage}&pageSize=100`)
    ).json() as InboxPage;
    assert.equal(last.items.length, count.count - (lastPage - 1) * 100);
    const seen = new Set<string>();
    for (let p = 1; p <= lastPage; p++) {
      const got = (await get(t.app, w.specialistA, `/api/inbox?page=${p}&pageSize=100`)).json() as InboxPage;
      for (const i of got.items) seen.add(i.key);
    }
    assert.equal(seen.size, count.count, 'every item on exactly one page');
  });
});
