import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Actor } from '../../lib/actor';
import { canDraftAt, canIssueAt } from './decisions.policy';

const province = '/p/';
const commune = '/p/d/c/';

function actorWith(role: Actor['roles'][number]['role'], unitPath: string): Actor {
  return {
    user: { id: 'u', username: 'u', fullName: 'U' },
    roles: [{ role, unitId: 'x', unitPath, unitName: 'X' }],
    sessionId: 's',
    clientAddress: '127.0.0.1',
  } as unknown as Actor;
}

test("the signer is the authority's own leader: a province leader does not sign a commune's decision", () => {
  assert.equal(canIssueAt(actorWith('leader', commune), commune), true);
  assert.equal(canIssueAt(actorWith('leader', province), province), true);
  assert.equal(canIssueAt(actorWith('leader', province), commune), false);
  assert.equal(canIssueAt(actorWith('officer', commune), commune), false);
  // Drafting follows the scope: the province's Ban TĐKT may prepare a draft for a unit below it.
  assert.equal(canDraftAt(actorWith('specialist', province), commune), true);
});
