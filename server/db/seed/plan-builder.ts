// The organisation plan's vocabulary: the steps the writer replays through the Units module, and a builder
// that records each step and keeps the map of every unit as it stands after the steps so far.
import type { AdminLevel, UnitKind } from '../../../contracts/enums';
import { dayBefore } from '../../../domain/units';
import { HISTORIC_START } from './organisation';

/** What kind of staff a unit has; the people generator fills each profile with its positions. */
export type StaffProfile =
  | 'none'
  | 'provincial-gov'
  | 'agency'
  | 'ban-tdkt'
  | 'district'
  | 'district-office'
  | 'culture-centre'
  | 'health-centre'
  | 'hospital'
  | 'commune'
  | 'commune-2025'
  | 'school-mn'
  | 'school-th'
  | 'school-thcs'
  | 'school-thpt'
  | 'health-station'
  | 'village'
  | 'residential-group'
  | 'cooperative'
  | 'fishery-coop'
  | 'enterprise';

/** A unit's columns other than its name and parent, plus what the generators need to know about it. */
export interface Meta {
  kind: UnitKind;
  level: AdminLevel;
  shortName?: string | null;
  code?: string | null;
  profile: StaffProfile;
  coastal?: boolean;
  /** Enterprises: how many workers. */
  workers?: number;
}

export interface UnitInfo extends Meta {
  key: string;
  /** The parent after all the steps (children of merged communes follow the new commune). */
  parent: string | null;
  name: string;
  validFrom: string;
  validTo: string | null;
  /** Where the staff of a unit that closed carry on (the merged commune); absent when nothing succeeds it. */
  successor?: string;
}

export type UnitStep =
  | ({ op: 'create'; key: string; parent: string | null; name: string; validFrom: string } & Meta)
  | ({
      op: 'merge';
      key: string;
      sources: string[];
      parent: string;
      name: string;
      effectiveOn: string;
      documentRef: string;
      note: string;
    } & Meta)
  | {
      op: 'move';
      unit: string;
      newParent: string;
      effectiveOn: string;
      documentRef: string | null;
      note: string;
    }
  | {
      op: 'rename';
      unit: string;
      newName: string;
      effectiveOn: string;
      documentRef: string | null;
      note: string;
    }
  | { op: 'close'; unit: string; validTo: string; reason: string; closeChildren: boolean };

export interface OrganisationPlan {
  steps: UnitStep[];
  units: Map<string, UnitInfo>;
}

export interface MergeSpec {
  key: string;
  name: string;
  /** Keys of the merged units. */
  from: readonly string[];
}

export interface EventText {
  effectiveOn: string;
  documentRef: string | null;
  note: string;
}

/** A plan under construction: each call appends a step and updates the units it touches. */
export function createPlanBuilder() {
  const plan: OrganisationPlan = { steps: [], units: new Map() };
  const unit = (key: string) => {
    const found = plan.units.get(key);
    if (!found) throw new Error(`demo unit ${key} is not in the plan`);
    return found;
  };
  return {
    plan,
    unit,
    create(key: string, parent: string | null, name: string, meta: Meta, validFrom = HISTORIC_START): void {
      if (parent) unit(parent);
      plan.steps.push({ op: 'create', key, parent, name, validFrom, ...meta });
      plan.units.set(key, { ...meta, key, parent, name, validFrom, validTo: null });
    },
    /** A new unit formed from merged ones: they close the day before; their open children move to it. */
    merge(spec: MergeSpec, parent: string, meta: Meta, event: EventText & { documentRef: string }): void {
      plan.steps.push({
        op: 'merge',
        key: spec.key,
        sources: [...spec.from],
        parent,
        name: spec.name,
        ...meta,
        ...event,
      });
      for (const source of spec.from)
        Object.assign(unit(source), { validTo: dayBefore(event.effectiveOn), successor: spec.key });
      for (const u of plan.units.values()) {
        if (u.parent && spec.from.includes(u.parent) && u.validTo === null) u.parent = spec.key;
      }
      plan.units.set(spec.key, {
        ...meta,
        key: spec.key,
        parent,
        name: spec.name,
        validFrom: event.effectiveOn,
        validTo: null,
      });
    },
    move(key: string, newParent: string, event: EventText): void {
      plan.steps.push({ op: 'move', unit: key, newParent, ...event });
      unit(key).parent = newParent;
    },
    rename(key: string, newName: string, event: EventText): void {
      plan.steps.push({ op: 'rename', unit: key, newName, ...event });
      unit(key).name = newName;
    },
    /** Closes a unit and every unit below it that is still open. */
    close(key: string, validTo: string, reason: string): void {
      plan.steps.push({ op: 'close', unit: key, validTo, reason, closeChildren: true });
      const below = (u: UnitInfo): boolean => u.key === key || (u.parent !== null && below(unit(u.parent)));
      for (const u of plan.units.values()) if (u.validTo === null && below(u)) u.validTo = validTo;
    },
  };
}

export type PlanBuilder = ReturnType<typeof createPlanBuilder>;
