// REPORTS_DATABASE_URL: the computed reports (work report figures and .docx, statistics forms) read through the
// reports database when one is given, and every other route — the sign-in, the stored reports — through the
// primary. Here the "replica" is the same database seen through a handle that counts the transactions opened on it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { buildApp } from '../../app';
import type { App } from '../../app-types';
import { readConfig } from '../../config';
import type { DatabaseHandle, Db } from '../../db/client';
import { openTestDatabase } from '../../test/database';
import { createUnit } from '../../test/factories';
import { get, signInAs } from '../people/people.fixtures';

let database: DatabaseHandle;
let app: App;
let replicaTransactions = 0;

before(async () => {
  database = await openTestDatabase();
  const counted = new Proxy(database.db, {
    get(target, prop, receiver) {
      if (prop !== 'transaction') return Reflect.get(target, prop, receiver) as unknown;
      return (...args: Parameters<Db['transaction']>) => {
        replicaTransactions++;
        return target.transaction(...args);
      };
    },
  });
  const replica: DatabaseHandle = { ...database, db: counted, close: async () => {} };
  const config = { ...readConfig({}), demo: false, webDir: '/nonexistent' };
  app = await buildApp({ database, reportsDatabase: replica, config });
  await app.ready();
});
after(async () => {
  await app.close();
  await database.close();
});

test('computed reports read through the reports database; other routes do not', async () => {
  const province = await createUnit(database.db, {
    name: 'tỉnh Bản Sao',
    kind: 'province',
    level: 'province',
  });
  const officer = await signInAs(app, database.db, 'officer', province);
  assert.equal(replicaTransactions, 0, 'signing in reads the primary');

  const q = `unitId=${province.id}&from=2025-01-01&to=2025-06-30`;
  const figures = await get(app, officer, `/api/reports/work-report?${q}`);
  assert.equal(figures.statusCode, 200, figures.body);
  assert.equal(replicaTransactions, 1);
  const docx = await get(app, officer, `/api/reports/work-report.docx?${q}`);
  assert.equal(docx.statusCode, 200, docx.body);
  assert.equal(replicaTransactions, 2);
  const forms = await get(app, officer, `/api/statistics/forms?unitId=${province.id}&year=2025`);
  assert.equal(forms.statusCode, 200, forms.body);
  assert.equal(replicaTransactions, 3);

  const stored = await get(app, officer, '/api/work-reports');
  assert.equal(stored.statusCode, 200, stored.body);
  assert.equal(
    replicaTransactions,
    3,
    'stored reports (read and written by their authors) stay on the primary',
  );
});

test('REPORTS_DATABASE_URL without DATABASE_URL is refused with a Vietnamese message', () => {
  assert.throws(
    () => readConfig({ REPORTS_DATABASE_URL: 'postgres://replica/vinhdanh' }),
    /REPORTS_DATABASE_URL: chỉ dùng cùng DATABASE_URL/,
  );
  assert.equal(
    readConfig({ DATABASE_URL: 'postgres://p/v', REPORTS_DATABASE_URL: 'postgres://r/v' }).reportsDatabaseUrl,
    'postgres://r/v',
  );
});
