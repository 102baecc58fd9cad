// Writes a demo plan through the same services the UI uses (Units, People, Users), as the system actor,
// inside the caller's transaction, so that every row is validated and audited like any other.
import type { Db } from '../client';
import type { Actor } from '../../lib/actor';
import type { PersonBulkInput } from '../../../contracts/people';
import { recordUnitEvent } from '../../modules/units/unit-events.service';
import { closeUnit, createUnit } from '../../modules/units/units.service';
import { createPeopleBulk } from '../../modules/people/people.bulk';
import { createUser } from '../../modules/users/users.service';
import { DEMO_PASSWORD } from './accounts';
import type { DemoPlan } from './plan';
import type { UnitStep } from './plan-units';

/** Replays the organisation steps; returns the database id of every unit key. */
export async function writeOrganisation(
  tx: Db,
  actor: Actor,
  steps: readonly UnitStep[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const id = (key: string) => {
    const found = ids.get(key);
    if (!found) throw new Error(`demo unit ${key} used before it was created`);
    return found;
  };
  for (const step of steps) {
    switch (step.op) {
      case 'create': {
        const unit = await createUnit(tx, actor, {
          parentId: step.parent ? id(step.parent) : null,
          name: step.name,
          shortName: step.shortName ?? null,
          code: step.code ?? null,
          kind: step.kind,
          level: step.level,
          validFrom: step.validFrom,
        });
        ids.set(step.key, unit.id);
        break;
      }
      case 'merge': {
        const recorded = await recordUnitEvent(tx, actor, {
          kind: 'merge',
          effectiveOn: step.effectiveOn,
          documentRef: step.documentRef,
          note: step.note,
          sourceIds: step.sources.map(id),
          newUnit: {
            name: step.name,
            shortName: step.shortName ?? null,
            code: step.code ?? null,
            kind: step.kind,
            level: step.level,
            parentId: id(step.parent),
          },
          moveChildren: true,
        });
        ids.set(step.key, recorded.createdUnitIds[0]!);
        break;
      }
      case 'move':
        await recordUnitEvent(tx, actor, {
          kind: 'move',
          effectiveOn: step.effectiveOn,
          documentRef: step.documentRef,
          note: step.note,
          unitId: id(step.unit),
          newParentId: id(step.newParent),
        });
        break;
      case 'rename':
        await recordUnitEvent(tx, actor, {
          kind: 'rename',
          effectiveOn: step.effectiveOn,
          documentRef: step.documentRef,
          note: step.note,
          unitId: id(step.unit),
          newName: step.newName,
        });
        break;
      case 'close':
        await closeUnit(tx, actor, id(step.unit), {
          validTo: step.validTo,
          reason: step.reason,
          closeChildren: step.closeChildren,
        });
        break;
    }
  }
  return ids;
}

/** Creates every person with their employments through the bulk path (one validation pass, one audit entry). */
export async function writePeople(
  tx: Db,
  actor: Actor,
  plan: DemoPlan,
  unitIds: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const inputs: PersonBulkInput[] = plan.people.map((p) => ({
    fullName: p.fullName,
    gender: p.gender,
    birthDate: p.birthDate,
    ethnicity: p.ethnicity as PersonBulkInput['ethnicity'],
    cccd: p.cccd,
    address: p.address,
    employments: p.employments.map((e) => ({
      unitId: unitIds.get(e.unit)!,
      position: e.position,
      cadreClass: e.cadreClass,
      isDirectWorker: e.isDirectWorker,
      fromDate: e.fromDate,
      toDate: e.toDate,
    })),
  }));
  const ids = await createPeopleBulk(tx, actor, inputs, { source: 'demo' });
  return new Map(plan.people.map((p, i) => [p.key, ids[i]!]));
}

/** Creates the demo accounts (password `demo`), linked to their generated people. */
export async function writeAccounts(
  tx: Db,
  actor: Actor,
  plan: DemoPlan,
  unitIds: ReadonlyMap<string, string>,
  personIds: ReadonlyMap<string, string>,
): Promise<void> {
  const names = new Map(plan.people.map((p) => [p.key, p.fullName]));
  for (const { account, personKey } of plan.accounts) {
    await createUser(tx, actor, {
      username: account.username,
      fullName: personKey ? names.get(personKey)! : (account.fullName ?? account.username),
      password: DEMO_PASSWORD,
      personId: personKey ? personIds.get(personKey)! : null,
      roles: [{ role: account.role, unitId: unitIds.get(account.unit)! }],
    });
  }
}
