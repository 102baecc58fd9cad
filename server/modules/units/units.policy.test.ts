import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Role } from '../../../contracts/enums';
import { type Actor, systemActor } from '../../lib/actor';
import {
  canAdminister,
  canCreateChild,
  canCreateRoot,
  canManage,
  canRead,
  isAboveScope,
  unitAbilities,
} from './units.policy';

const PROVINCE = '/p/';
const COMMUNE = '/p/c/';
const VILLAGE = '/p/c/v/';
const OTHER = '/p/o/';

function actorWith(role: Role, unitPath: string): Actor {
  return {
    userId: 'u',
    username: 'u',
    fullName: 'U',
    roles: [{ role, unitId: 'x', unitPath, unitName: 'X' }],
    sessionId: null,
    client: null,
  };
}

test('reading: any role whose subtree contains the unit', () => {
  const viewer = actorWith('viewer', COMMUNE);
  assert.equal(canRead(viewer, COMMUNE), true);
  assert.equal(canRead(viewer, VILLAGE), true);
  assert.equal(canRead(viewer, PROVINCE), false);
  assert.equal(canRead(viewer, OTHER), false);
  // A sibling whose id starts like the commune's is not inside it.
  assert.equal(canRead(viewer, '/p/cc/'), false);
  assert.equal(isAboveScope(viewer, PROVINCE), true);
  assert.equal(isAboveScope(viewer, OTHER), false);
});

test('officers manage strictly inside their unit; administrators at and below theirs', () => {
  const officer = actorWith('officer', COMMUNE);
  assert.equal(canManage(officer, COMMUNE), false);
  assert.equal(canManage(officer, VILLAGE), true);
  assert.equal(canManage(officer, PROVINCE), false);
  assert.equal(canCreateChild(officer, COMMUNE), true);
  assert.equal(canCreateChild(officer, PROVINCE), false);
  assert.equal(canAdminister(officer, VILLAGE), false);

  const admin = actorWith('admin', COMMUNE);
  assert.equal(canManage(admin, COMMUNE), true);
  assert.equal(canManage(admin, VILLAGE), true);
  assert.equal(canManage(admin, OTHER), false);
  assert.equal(canAdminister(admin, VILLAGE), true);
  assert.equal(canAdminister(admin, PROVINCE), false);

  for (const role of ['viewer', 'specialist', 'leader', 'council_member'] as const) {
    assert.equal(canManage(actorWith(role, COMMUNE), VILLAGE), false, role);
    assert.equal(canCreateChild(actorWith(role, COMMUNE), COMMUNE), false, role);
  }
});

test('new roots: only an administrator bound at a root, or the system', () => {
  assert.equal(canCreateRoot(actorWith('admin', PROVINCE)), true);
  assert.equal(canCreateRoot(actorWith('admin', COMMUNE)), false);
  assert.equal(canCreateRoot(actorWith('officer', PROVINCE)), false);
  assert.equal(canCreateRoot(systemActor()), true);
});

test('abilities shown with a unit depend on whether it is closed and referenced', () => {
  const admin = actorWith('admin', PROVINCE);
  assert.deepEqual(unitAbilities(admin, { path: VILLAGE, validTo: null }, { isReferenced: false }), {
    update: true,
    close: true,
    createChild: true,
    recordEvent: true,
    delete: true,
  });
  assert.deepEqual(unitAbilities(admin, { path: VILLAGE, validTo: '2025-06-30' }, { isReferenced: true }), {
    update: true,
    close: false,
    createChild: false,
    recordEvent: false,
    delete: false,
  });
  // Without knowing the references (lists), delete is not offered.
  assert.equal(unitAbilities(admin, { path: VILLAGE, validTo: null }).delete, false);
});
