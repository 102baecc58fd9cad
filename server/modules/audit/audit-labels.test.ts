import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from '../../../contracts/audit-labels';
import { UNIT_EVENT_KINDS } from '../../../contracts/enums';

const SERVER = path.resolve(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.includes('test/'))
    .map((f) => path.join(dir, f));
}

test('every audit action written by the server has a Vietnamese label for the viewer', () => {
  const entities = Object.keys(AUDIT_ENTITY_LABELS).join('|');
  const literal = new RegExp(`'((?:${entities}|auth)\\.[a-z_]+)'`, 'g');
  const found = new Set<string>();
  for (const file of sourceFiles(SERVER)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('appendAudit') && !text.includes('action:')) continue;
    for (const m of text.matchAll(literal)) found.add(m[1]!);
  }
  for (const kind of UNIT_EVENT_KINDS) found.add(`unit_event.${kind}`);
  assert.ok(found.size >= 15, `found only ${found.size} actions — is the scan broken?`);
  const missing = [...found].filter((a) => !(a in AUDIT_ACTION_LABELS));
  assert.deepEqual(missing, []);
});
