// The log holds no CCCD, no request body, no cookie and no CSRF token (issue #8 point 7, Nghị định 13/2023).
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, test } from 'node:test';
import { buildApp } from '../app';
import type { App } from '../app-types';
import { readConfig } from '../config';
import type { DatabaseHandle } from '../db/client';
import { createProvinceWithCommunes, createUser } from '../test/factories';
import { openTestDatabase } from '../test/database';
import { signIn } from '../test/app';
import { loggerOptions, scrubText, serializeError } from './logging';

const CCCD = '042090012345';
const lines: string[] = [];
let app: App;
let database: DatabaseHandle;

before(async () => {
  database = await openTestDatabase();
  const config = { ...readConfig({}), demo: false, webDir: '/nonexistent' };
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await buildApp({ database, config, logger: { ...loggerOptions('debug'), stream } as never });
  await app.ready();
});
after(async () => {
  await app.close();
  await database.close();
});

test('a CCCD in a URL, in a body and in a failed query never reaches the log; cookies and tokens neither', async () => {
  const { province } = await createProvinceWithCommunes(database.db);
  const user = await createUser(database.db, { roles: [{ role: 'admin', unit: province }] });
  const s = await signIn(app, user.username, user.password);
  await app.inject({ method: 'GET', url: `/api/people?q=${CCCD}`, headers: { cookie: s.cookie } });
  await app.inject({
    method: 'POST',
    url: '/api/people',
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrfToken },
    payload: { fullName: 'Nguyễn Văn Log', gender: 'male', cccd: CCCD, unitId: 'not-a-uuid' },
  });
  app.log.error(
    {
      err: Object.assign(new Error(`Failed query: insert into people … params: ${CCCD}`), { params: [CCCD] }),
    },
    `lỗi với ${CCCD}`,
  );
  const log = lines.join('');
  if (process.env.SHOW_LOG) console.log(log);
  assert.ok(log.includes('/api/people'), 'requests are logged');
  assert.ok(
    !log.includes(CCCD),
    `the log holds the CCCD:\n${log
      .split('\n')
      .filter((l) => l.includes(CCCD))
      .join('\n')}`,
  );
  assert.ok(log.includes('*********345'), 'the masked CCCD keeps its last three digits');
  assert.ok(!log.includes(s.cookie.split('=')[1]!), 'the session token is not logged');
  assert.ok(!log.includes(s.csrfToken), 'the CSRF token is not logged');
  assert.ok(!log.includes('Nguyễn Văn Log'), 'request bodies are not logged');
});

test('scrubbing keeps ordinary numbers (years, amounts) and masks 9–12 digit identifiers', () => {
  assert.equal(scrubText('năm 2024, 1.500.000 đồng'), 'năm 2024, 1.500.000 đồng');
  assert.equal(scrubText('CMND 123456789'), 'CMND ******789');
  const e = serializeError(Object.assign(new Error(`x ${CCCD}`), { params: [CCCD], detail: CCCD }));
  assert.equal(JSON.stringify(e).includes(CCCD), false);
  assert.equal('params' in e, false);
});
