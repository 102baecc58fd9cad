// Numbers under concurrent issuing: on PGlite, and on PostgreSQL when DATABASE_URL is set (the same file; a pool
// of real connections there, so the issues truly race for the register's row).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eq, sql } from 'drizzle-orm';
import { decisionRegisterYears, decisions, dossiers } from '../../db/schema/index';
import { buildTestApp, type TestApp } from '../../test/app';
import { createPerson } from '../../test/factories';
import { actorAt } from '../dossiers/dossiers.state-fixtures';
import {
  communeDossier,
  decisionWorld,
  districtRegister,
  draftOf,
  post,
  type DecisionWorld,
} from './decisions.fixtures';
import { issueDecision } from './decisions.issue';

const N = 50;

describe('decisions: concurrent issuing', () => {
  let t: TestApp;
  let w: DecisionWorld;
  let register: { id: string };
  const drafts: { id: string; version: number }[] = [];
  const dossierIds: string[] = [];

  before(async () => {
    t = await buildTestApp();
    w = await decisionWorld(t.app, t.database.db);
    register = await districtRegister(t.app, w);
    for (let i = 0; i < N + 1; i++) {
      const person = await createPerson(t.database.db, {
        unit: w.communeA,
        fullName: `Nguyễn Văn Số ${i + 1}`,
      });
      const d = await communeDossier(t.database.db, w, [{ personId: person.id, awardKind: 'GK' }]);
      dossierIds.push(d.id);
      drafts.push(await draftOf(t.app, w, register.id, d.nomineeIds, '2025-02-03'));
    }
  });
  after(() => t.close());

  it('a rolled-back issue gives its number back', async () => {
    const [draft] = drafts.splice(N, 1);
    await assert.rejects(
      t.database.db.transaction(async (tx) => {
        const v = await issueDecision(tx, actorAt('leader', w.district), draft!.id, {
          version: draft!.version,
        });
        assert.equal(v.number, '01/QĐ-UBND');
        throw new Error('the signer cancelled');
      }),
      /the signer cancelled/,
    );
    const [row] = await t.database.db.select().from(decisions).where(eq(decisions.id, draft!.id));
    assert.equal(row!.status, 'draft');
    const years = await t.database.db
      .select()
      .from(decisionRegisterYears)
      .where(eq(decisionRegisterYears.registerId, register.id));
    assert.deepEqual(years, [], 'no number consumed');
  });

  it(`${N} concurrent issuances give distinct consecutive numbers`, async () => {
    const answers = await Promise.all(
      drafts.map((d) => post(t.app, w.leader, `/api/decisions/${d.id}/issue`, { version: d.version })),
    );
    for (const a of answers) assert.equal(a.statusCode, 200, a.body);
    const numbers = answers.map((a) => a.json().number as string);
    assert.equal(new Set(numbers).size, N, 'no duplicate');
    const seqs = numbers.map((n) => Number(n.split('/')[0])).sort((a, b) => a - b);
    assert.deepEqual(
      seqs,
      Array.from({ length: N }, (_, i) => i + 1),
      'no gap: 1…N',
    );
    for (const n of numbers) assert.match(n, /^(0[1-9]|[1-9]\d)\/QĐ-UBND$/);
    const [counter] = await t.database.db
      .select()
      .from(decisionRegisterYears)
      .where(eq(decisionRegisterYears.registerId, register.id));
    assert.deepEqual(counter, { registerId: register.id, year: 2025, lastNumber: N });
    const decided = await t.database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(dossiers)
      .where(
        sql`${dossiers.id} in (${sql.join(
          dossierIds.slice(0, N).map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) and ${dossiers.status} = 'decided'`,
      );
    assert.equal(decided[0]!.n, N, 'every dossier decided');
  });

  it('the database refuses a second act with a number already used in the register', async () => {
    const [one] = await t.database.db
      .select()
      .from(decisions)
      .where(eq(decisions.registerId, register.id))
      .limit(1);
    await assert.rejects(
      t.database.db.insert(decisions).values({
        ...one!,
        id: undefined,
        status: 'issued',
        createdAt: undefined,
        updatedAt: undefined,
      } as never),
      (err: Error & { cause?: { constraint?: string } }) =>
        err.cause?.constraint === 'decisions_register_number_key',
    );
  });
});
