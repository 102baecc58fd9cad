// The headers computed once equal what helmet's middleware sets on a real response for the same options.
import assert from 'node:assert/strict';
import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { test } from 'node:test';
import helmet from 'helmet';
import { helmetHeaders } from './security-headers';

const OPTIONS = {
  contentSecurityPolicy: { directives: { defaultSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"] } },
  crossOriginEmbedderPolicy: false,
};

test('helmetHeaders records exactly the headers helmet sets on a response', () => {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  res.setHeader('X-Powered-By', 'test');
  helmet(OPTIONS)(req, res, () => {});
  const expected = Object.fromEntries(Object.entries(res.getHeaders()).map(([k, v]) => [k, String(v)]));
  const { set, removed } = helmetHeaders(OPTIONS);
  const recorded = Object.fromEntries(Object.entries(set).map(([k, v]) => [k.toLowerCase(), v]));
  assert.deepEqual(recorded, expected);
  assert.ok(removed.map((h) => h.toLowerCase()).includes('x-powered-by'));
  assert.match(recorded['content-security-policy']!, /default-src 'self'/);
  assert.equal(recorded['cross-origin-embedder-policy'], undefined);
});
