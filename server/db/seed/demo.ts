// Demo data: an organisation modelled on the seed report (tỉnh Hà Tĩnh → huyện Cẩm Xuyên until 30/6/2025 →
// the communes of 1/7/2025), about 2,400 generated people with employment histories, and demo accounts.
// Deterministic: the plan comes from a fixed seed (plan.ts); the writer goes through the modules' services.
import { count, sql } from 'drizzle-orm';
import { systemActor } from '../../lib/actor';
import { type Db, queryRows } from '../client';
import { users } from '../schema/index';
import { writeClusters } from './clusters';
import { writeCouncils } from './councils';
import { writeDecisionRegisters } from './decisions';
import { writeEmulationDocuments } from './emulation-documents';
import { writeCertificateLayouts } from '../../modules/certificates/certificates.seed';
import { writeHistory } from './history';
import { writeDossiers } from './dossiers';
import { writeInspections } from './inspections';
import { writeModels } from './models';
import { writeMovements } from './movements';
import { writeRegistrations } from './registrations';
import { writeReportRequests } from './report-requests';
import { writeReport2023 } from './report-2023';
import { writeWorkReports } from '../../modules/reports/work-reports.seed';
import { buildDemoPlan, type DigestRows, digestOf } from './plan';
import { createRandom } from './prng';
import { writeAccounts, writeOrganisation, writePeople } from './write';

export interface SeedOptions {
  log: (message: string) => void;
  /** A different seed gives different (still valid) data; the default is DEMO_SEED. */
  seed?: number;
  /** Log how long each phase took (npm run seed:demo -- --timings, or VD_SEED_TIMINGS=1). */
  timings?: boolean;
  /** Told how long each phase took, after the data is committed (the seed benchmark). */
  onPhase?: (name: string, ms: number) => void;
}

export interface SeedSummary {
  units: number;
  events: number;
  people: number;
  employments: number;
  accounts: number;
  milliseconds: number;
}

/** Seeds the demo data into an empty database (one transaction: all or nothing); skips a database with users. */
export async function seedDemo(db: Db, options: SeedOptions): Promise<'seeded' | 'skipped'> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) {
    options.log('Cơ sở dữ liệu đã có dữ liệu, bỏ qua nạp dữ liệu mẫu.');
    return 'skipped';
  }
  const started = performance.now();
  options.log('Đang nạp dữ liệu mẫu (tỉnh Hà Tĩnh, huyện Cẩm Xuyên) …');
  const plan = buildDemoPlan(options.seed);
  const actor = systemActor();
  const phases: [string, number][] = [];
  const phase = async <T>(name: string, run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await run();
    phases.push([name, performance.now() - t0]);
    return result;
  };
  await db.transaction(async (tx) => {
    const unitIds = await phase('organisation', () => writeOrganisation(tx, actor, plan.organisation.steps));
    const personIds = await phase('people', () => writePeople(tx, actor, plan, unitIds));
    await phase('accounts', () => writeAccounts(tx, actor, plan, unitIds, personIds));
    await phase('history', () =>
      writeHistory(tx, actor, createRandom(options.seed).fork('history'), plan, unitIds, personIds),
    );
    await phase('inspections', () => writeInspections(tx, actor, plan, unitIds, personIds));
    await phase('dossiers', () => writeDossiers(tx, unitIds));
    const councilIds = await phase('councils', () => writeCouncils(tx, actor, plan, unitIds, personIds));
    const registerIds = await phase('decision registers', () =>
      writeDecisionRegisters(tx, actor, plan, unitIds),
    );
    const documentIds = await phase('emulation documents', () => writeEmulationDocuments(tx, actor, unitIds));
    const movementIds = await phase('movements', () => writeMovements(tx, actor, unitIds, documentIds));
    await phase('report 2023', () =>
      writeReport2023(tx, createRandom(options.seed).fork('report-2023'), {
        units: unitIds,
        registers: registerIds,
        councils: councilIds,
        movements: movementIds,
      }),
    );
    await phase('work reports', () => writeWorkReports(tx, actor, unitIds, documentIds));
    await phase('models', () => writeModels(tx, actor, plan, unitIds, personIds, movementIds));
    await phase('certificate layouts', () => writeCertificateLayouts(tx, actor, unitIds));
    await phase('registrations', () => writeRegistrations(tx, actor, plan, unitIds, personIds));
    await phase('clusters', () => writeClusters(tx, actor, unitIds));
    await phase('report requests', () => writeReportRequests(tx, unitIds, documentIds));
  });
  for (const [name, ms] of phases) options.onPhase?.(name, ms);
  if (options.timings ?? process.env.VD_SEED_TIMINGS === '1') {
    for (const [name, ms] of phases)
      options.log(`  ${name.padEnd(22)} ${(ms / 1000).toFixed(2).padStart(7)} giây`);
  }
  const summary = await summarise(db, performance.now() - started);
  options.log(
    `Đã nạp dữ liệu mẫu: ${summary.units} đơn vị, ${summary.events} sự kiện sắp xếp, ${summary.people} cá nhân, ` +
      `${summary.employments} quá trình công tác, ${summary.accounts} tài khoản (mật khẩu: demo) — ` +
      `${(summary.milliseconds / 1000).toFixed(1)} giây.`,
  );
  return 'seeded';
}

/** Called at start-up in demo mode. */
export async function seedDemoIfEmpty(db: Db, options: SeedOptions): Promise<void> {
  await seedDemo(db, options);
}

async function summarise(db: Db, milliseconds: number): Promise<SeedSummary> {
  const [row] = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*) from units)::int as units, (select count(*) from unit_events)::int as events,
      (select count(*) from people)::int as people, (select count(*) from employments)::int as employments,
      (select count(*) from users)::int as accounts`,
  );
  return { ...(row as Omit<SeedSummary, 'milliseconds'>), milliseconds };
}

/** The digest rows of the data in a database, in the same form as planDigestRows (ids left out). */
export async function databaseDigestRows(db: Db): Promise<DigestRows> {
  const units = await queryRows<{ line: string }>(
    db,
    sql`select concat_ws(chr(31), u.name, coalesce(p.name, ''), u.kind, u.level, coalesce(u.code, ''),
      u.valid_from::text) as line from units u left join units p on p.id = u.parent_id`,
  );
  const people = await queryRows<{ line: string }>(
    db,
    sql`select concat_ws(chr(31), full_name, gender, coalesce(birth_date::text, ''), ethnicity,
      coalesce(cccd, ''), coalesce(address, '')) as line from people`,
  );
  const employments = await queryRows<{ line: string }>(
    db,
    sql`select concat_ws(chr(31), coalesce(p.cccd, ''), u.name, coalesce(e.position, ''), e.cadre_class,
      e.is_direct_worker::text, e.from_date::text, coalesce(e.to_date::text, '')) as line
      from employments e join people p on p.id = e.person_id join units u on u.id = e.unit_id`,
  );
  return {
    units: units.map((r) => r.line),
    people: people.map((r) => r.line),
    employments: employments.map((r) => r.line),
  };
}

/** sha256 of the demo data in a database (compare with digestOf(planDigestRows(plan))). */
export async function databaseDigest(db: Db): Promise<string> {
  return digestOf(await databaseDigestRows(db));
}
