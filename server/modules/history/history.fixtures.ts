// Test helpers of the history module: a province with two communes, users at each, a person in each commune.
import { eq, sql } from 'drizzle-orm';
import type { App } from '../../app-types';
import type { Db } from '../../db/client';
import { auditLog } from '../../db/schema/index';
import { call, type Session } from '../../test/app';
import { createPerson } from '../../test/factories';
import { peopleWorld, signInAs } from '../people/people.fixtures';

export { get, patch, post } from '../people/people.fixtures';

export const del = (app: App, s: Session | null, url: string) => call(app, s, { method: 'DELETE', url });

/** peopleWorld plus a specialist in commune A and a person employed in each commune since 2015. */
export async function historyWorld(app: App, db: Db) {
  const w = await peopleWorld(app, db);
  const personA = await createPerson(db, { unit: w.communeA, fullName: 'Trần Thị Lan' });
  const personB = await createPerson(db, { unit: w.communeB, fullName: 'Lê Văn Bình' });
  await db.execute(
    sql`update employments set from_date = '2015-01-01' where person_id in (${personA.id}, ${personB.id})`,
  );
  return { ...w, personA, personB, specialistA: await signInAs(app, db, 'specialist', w.communeA) };
}

/** Audit entries about one entity, oldest first. */
export function auditOfEntity(db: Db, entityId: string) {
  return db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(auditLog.seq);
}

/** Number of rows of a table. */
export async function countRows(db: Db, table: string): Promise<number> {
  const result = (await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
    rows: { n: number }[];
  };
  return Number(result.rows[0]!.n);
}

/** A CSTĐCS award body for a year. */
export function awardBody(year: number, overrides: Record<string, unknown> = {}) {
  return {
    awardKind: 'CSTDCS',
    year,
    decisionNumber: `${100 + (year % 100)}/QĐ-UBND`,
    decisionDate: `${year}-12-20`,
    authority: 'Chủ tịch UBND huyện Cẩm Xuyên',
    ...overrides,
  };
}
