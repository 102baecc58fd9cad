// The work report's paragraphs: line breaks and tabs are text, other control characters are refused (a NUL in
// "causes" answered 500: PostgreSQL text cannot hold it; found by server/test/fuzz-routes-1.test.ts).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkReportUpdateBody } from './reports';

test('paragraph fields refuse NUL and other control characters, keep line breaks', () => {
  for (const bad of ['a\u0000b', 'x\u0008', '\u001b[31m', 'y\u007f']) {
    const parsed = WorkReportUpdateBody.safeParse({ version: 1, causes: bad });
    assert.equal(parsed.success, false, JSON.stringify(bad));
    assert.equal(parsed.error!.issues[0]!.message, 'Không được chứa ký tự điều khiển');
  }
  const ok = WorkReportUpdateBody.safeParse({ version: 1, causes: 'Dòng một\r\n\tDòng hai' });
  assert.equal(ok.success, true);
  assert.equal(ok.data!.causes, 'Dòng một\nDòng hai');
});
