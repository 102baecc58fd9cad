// Demo data: an organisation modelled on the seed report (Hà Tĩnh → Cẩm Xuyên), people and demo accounts.
import { count } from 'drizzle-orm';
import type { Db } from '../client';
import { users } from '../schema/index';
import { seedOrganisation } from './organisation';

export interface SeedOptions {
  log: (message: string) => void;
}

/** Seeds the demo data into an empty database; returns 'skipped' when it already holds users. */
export async function seedDemo(db: Db, options: SeedOptions): Promise<'seeded' | 'skipped'> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) {
    options.log('Cơ sở dữ liệu đã có dữ liệu, bỏ qua nạp dữ liệu mẫu.');
    return 'skipped';
  }
  await seedOrganisation(db, options);
  return 'seeded';
}

/** Called at start-up in demo mode. */
export async function seedDemoIfEmpty(db: Db, options: SeedOptions): Promise<void> {
  await seedDemo(db, options);
}
