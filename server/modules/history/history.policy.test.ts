import assert from 'node:assert/strict';
import { test } from 'node:test';
import { awardAbilities } from './history.policy';

const writer = { write: true, recordAward: true };

test('only an award recorded by hand is corrected or revoked from the history page', () => {
  assert.deepEqual(awardAbilities(writer, false, 'recorded'), { update: true, revoke: true });
  assert.deepEqual(awardAbilities(writer, true, 'recorded'), { update: false, revoke: false });
  // Decisions issued here or recorded from a higher authority change only through a revocation act.
  assert.deepEqual(awardAbilities(writer, false, 'decision'), { update: false, revoke: false });
  assert.deepEqual(awardAbilities(writer, false, 'external'), { update: false, revoke: false });
  assert.deepEqual(awardAbilities({ write: false, recordAward: false }, false, 'recorded'), {
    update: false,
    revoke: false,
  });
});
