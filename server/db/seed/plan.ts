// The whole demo as pure data (organisation steps, people, account links), and its digest: the same seed
// always gives the same plan, and a seeded database gives the same digest as the plan it was written from.
import { createHash } from 'node:crypto';
import { type DemoAccount, DEMO_ACCOUNTS } from './accounts';
import { type PersonPlan, planPeople } from './people-plan';
import { type OrganisationPlan, planOrganisation } from './plan-units';
import { createRandom, DEMO_SEED } from './prng';

export interface DemoPlan {
  organisation: OrganisationPlan;
  people: PersonPlan[];
  /** Each account with the key of the generated person it belongs to (absent for impersonal accounts). */
  accounts: { account: DemoAccount; personKey: string | null }[];
}

/** Builds the demo plan from a seed (pure and deterministic; about 0.2 s). */
export function buildDemoPlan(seed: number = DEMO_SEED): DemoPlan {
  const random = createRandom(seed);
  const organisation = planOrganisation(random.fork('units'));
  const people = planPeople(random.fork('people'), organisation);
  const linked = new Set<string>();
  const accounts = DEMO_ACCOUNTS.map((account) => {
    const wanted = account.person;
    const person = wanted
      ? people.find(
          (p) =>
            !linked.has(p.key) &&
            p.employments.some((e) => e.unit === wanted.unit && e.position === wanted.position),
        )
      : undefined;
    if (wanted && !person) throw new Error(`no demo person for account ${account.username}`);
    if (person) linked.add(person.key);
    return { account, personKey: person?.key ?? null };
  });
  return { organisation, people, accounts };
}

/** Rows that identify the demo data independently of generated ids, one string per row. */
export interface DigestRows {
  units: string[];
  people: string[];
  employments: string[];
}

const row = (...values: (string | number | boolean | null | undefined)[]) =>
  values.map((v) => (v === null || v === undefined ? '' : String(v))).join('\u001f');

/** The digest rows of a plan: units with their final parent and name, people, employments. */
export function planDigestRows(plan: DemoPlan): DigestRows {
  const units = plan.organisation.units;
  const nameOf = (key: string | null) => (key ? units.get(key)!.name : null);
  const cccdOf = new Map(plan.people.map((p) => [p.key, p.cccd]));
  return {
    units: [...units.values()].map((u) =>
      row(u.name, nameOf(u.parent), u.kind, u.level, u.code, u.validFrom),
    ),
    people: plan.people.map((p) => row(p.fullName, p.gender, p.birthDate, p.ethnicity, p.cccd, p.address)),
    employments: plan.people.flatMap((p) =>
      p.employments.map((e) =>
        row(
          cccdOf.get(p.key),
          nameOf(e.unit),
          e.position,
          e.cadreClass,
          e.isDirectWorker,
          e.fromDate,
          e.toDate,
        ),
      ),
    ),
  };
}

/** sha256 over the sorted rows. */
export function digestOf(rows: DigestRows): string {
  const hash = createHash('sha256');
  for (const part of [rows.units, rows.people, rows.employments]) {
    for (const line of [...part].sort()) hash.update(line).update('\n');
    hash.update('\u001e');
  }
  return hash.digest('hex');
}
