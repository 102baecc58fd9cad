// The demo data: deterministic, large enough, valid, with an account for every role and the 2025 reform as data.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ROLES } from '../../../contracts/enums';
import { checkCccd } from '../../../domain/cccd';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import { loadRoleBindings } from '../../modules/auth/sessions.queries';
import { verifyAuditChain } from '../../modules/audit/audit.verify';
import { getPerson, listPeople } from '../../modules/people/people.service';
import { verifyPassword } from '../../lib/passwords';
import { openTestDatabase } from '../../test/database';
import { type DatabaseHandle, queryRows, sql } from '../client';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
import { databaseDigest, seedDemo } from './demo';
import { REFORM_DOCUMENT } from './organisation';
import { buildDemoPlan, digestOf, planDigestRows } from './plan';

let handle: DatabaseHandle;
const rows = <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
  queryRows<T>(handle.db, query);

before(async () => {
  handle = await openTestDatabase();
  // How long seeding takes is measured by `npm run bench -- seed`, not here (no timed unit tests).
  assert.equal(await seedDemo(handle.db, { log: () => undefined }), 'seeded');
});
after(() => handle.close());

test('the data is deterministic: two plans agree, and the database holds exactly the plan', async () => {
  const first = digestOf(planDigestRows(buildDemoPlan()));
  const second = digestOf(planDigestRows(buildDemoPlan()));
  assert.equal(first, second);
  assert.equal(await databaseDigest(handle.db), first);
  assert.notEqual(digestOf(planDigestRows(buildDemoPlan(7))), first, 'another seed gives other data');
});

test('at least 2,000 people, about half women, every CCCD valid and unique', async () => {
  const people = await rows<{ gender: 'male' | 'female'; birth: string; cccd: string | null; name: string }>(
    sql`select gender, birth_date::text as birth, cccd, full_name as name from people`,
  );
  assert.ok(people.length >= 2000, `${people.length} people`);
  for (const p of people) {
    assert.ok(p.cccd, `${p.name} has a CCCD`);
    const verdict = checkCccd(p.cccd, { gender: p.gender, birthDate: p.birth });
    assert.ok(verdict.ok, `${p.name} ${p.cccd}: ${verdict.reason}`);
    assert.ok(p.birth >= '1965-01-01' && p.birth <= '2000-12-31', `${p.name} born ${p.birth}`);
  }
  assert.equal(new Set(people.map((p) => p.cccd)).size, people.length);
  const women = people.filter((p) => p.gender === 'female').length / people.length;
  assert.ok(women > 0.45 && women < 0.55, `share of women ${women}`);
  const [moved] = await rows<{ n: number }>(
    sql`select count(*)::int as n from (select person_id from employments group by person_id having count(*) > 1) m`,
  );
  assert.ok(moved!.n > 200, `${moved!.n} people with more than one employment`);
});

test('every employment lies within the life of its unit', async () => {
  const bad = await rows<{ name: string }>(
    sql`select u.name from employments e join units u on u.id = e.unit_id
        where e.from_date < u.valid_from or (u.valid_to is not null and (e.to_date is null or e.to_date > u.valid_to))`,
  );
  assert.deepEqual(bad, []);
});

test('every role has a demo account, all with the demo password', async () => {
  const accounts = await rows<{ username: string; role: string; hash: string }>(
    sql`select u.username, r.role, u.password_hash as hash from users u join user_roles r on r.user_id = u.id`,
  );
  for (const role of ROLES)
    assert.ok(
      accounts.some((a) => a.role === role),
      `an account with role ${role}`,
    );
  assert.deepEqual(accounts.map((a) => a.username).sort(), DEMO_ACCOUNTS.map((a) => a.username).sort());
  const admin = accounts.find((a) => a.username === 'admin');
  assert.equal(admin?.role, 'admin');
  assert.ok(await verifyPassword(admin!.hash, DEMO_PASSWORD));
  const [linked] = await rows<{ n: number }>(
    sql`select count(*)::int as n from users where person_id is not null`,
  );
  assert.equal(linked!.n, DEMO_ACCOUNTS.filter((a) => a.person).length);
});

test('huyện Cẩm Xuyên closes on 30/6/2025 with everything below it', async () => {
  const [district] = await rows<{ valid_to: string; path: string }>(
    sql`select valid_to::text, path from units where name = 'Huyện Cẩm Xuyên'`,
  );
  assert.equal(district!.valid_to, '2025-06-30');
  const open = await rows<{ name: string }>(
    sql`select name from units where path like ${district!.path + '%'} and (valid_to is null or valid_to > '2025-06-30')`,
  );
  assert.deepEqual(open, []);
});

test('the 1 July 2025 reform is recorded as lineage events: communes merged, children moved', async () => {
  const merges = await rows<{ target: string; sources: number }>(
    sql`select t.name as target, (select count(*)::int from unit_event_units s where s.event_id = e.id and s.role = 'source') as sources
        from unit_events e join unit_event_units eu on eu.event_id = e.id and eu.role = 'target' join units t on t.id = eu.unit_id
        where e.kind = 'merge' and e.effective_on = '2025-07-01' and e.document_ref = ${REFORM_DOCUMENT}`,
  );
  assert.ok(merges.length >= 7, `${merges.length} merges`);
  assert.ok(merges.some((m) => m.target === 'Xã Cẩm Bình' && m.sources === 3));
  const [province] = await rows<{ id: string }>(sql`select id from units where name = 'Tỉnh Hà Tĩnh'`);
  const newCommunes = await rows<{ name: string; parent: string; from: string }>(
    sql`select name, parent_id as parent, valid_from::text as from from units where kind = 'commune' and valid_to is null`,
  );
  for (const c of newCommunes) {
    assert.equal(c.parent, province!.id, `${c.name} lies directly under the province`);
    assert.equal(c.from, '2025-07-01');
  }
  const orphans = await rows<{ name: string }>(
    sql`select c.name from units c join units p on p.id = c.parent_id where c.valid_to is null and p.valid_to is not null`,
  );
  assert.deepEqual(orphans, [], 'no open unit is left under a closed one');
  const [continuing] = await rows<{ n: number }>(
    sql`select count(*)::int as n from employments e join units u on u.id = e.unit_id
        where e.from_date = '2025-07-01' and u.valid_from = '2025-07-01'`,
  );
  assert.ok(continuing!.n > 100, `${continuing!.n} people carry on at the new communes`);
});

test('a commune officer sees the people of their commune and not those of another', async () => {
  const actorOf = async (username: string): Promise<Actor> => {
    const [user] = await rows<{ id: string }>(sql`select id from users where username = ${username}`);
    const roles = await loadRoleBindings(handle.db, user!.id);
    return { userId: user!.id, username, fullName: username, roles, sessionId: null, client: null };
  };
  const cambinh = await actorOf('canbo.cambinh');
  const page = await listPeople(handle.db, cambinh, {
    page: 1,
    pageSize: 20,
    sort: 'name',
    includeSubunits: false,
  });
  assert.ok(page.total > 20, `${page.total} people visible in xã Cẩm Bình`);
  const [other] = await rows<{ id: string }>(
    sql`select e.person_id as id from employments e join units u on u.id = e.unit_id
        join units c on u.path like c.path || '%' where c.name = 'Xã Thiên Cầm' and c.valid_to is null
        and not exists (select 1 from employments x join units ux on ux.id = x.unit_id join units cb on ux.path like cb.path || '%'
          where x.person_id = e.person_id and cb.name = 'Xã Cẩm Bình' and cb.valid_to is null) limit 1`,
  );
  await assert.rejects(
    getPerson(handle.db, cambinh, other!.id),
    (e: unknown) => e instanceof AppError && e.code === 'NOT_FOUND',
  );
});

test('the audit chain of the seeding is intact', async () => {
  const report = await verifyAuditChain(handle.db);
  assert.ok(report.ok);
  assert.ok(report.checked > 700);
});

test('seeding a database that already has data is skipped and changes nothing', async () => {
  const before = await databaseDigest(handle.db);
  const messages: string[] = [];
  assert.equal(await seedDemo(handle.db, { log: (m) => messages.push(m) }), 'skipped');
  assert.equal(await databaseDigest(handle.db), before);
  assert.match(messages.join('\n'), /bỏ qua/);
});
