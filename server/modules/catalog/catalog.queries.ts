// Reads of local overlays: those of a unit's chain of ancestors (for the catalog and evaluations), and pages.
import { and, count, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { LocalOverlay } from '../../../domain/catalog';
import { pathIds } from '../../../domain/units';
import type { Db } from '../../db/client';
import { localOverlays, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { overlayVisibleSql } from './catalog.policy';

export type OverlayRow = typeof localOverlays.$inferSelect & { unitName: string; unitPath: string };

const columns = { overlay: localOverlays, unitName: units.name, unitPath: units.path };
const flatten = (r: { overlay: typeof localOverlays.$inferSelect; unitName: string; unitPath: string }) => ({
  ...r.overlay,
  unitName: r.unitName,
  unitPath: r.unitPath,
});

/** Every overlay of the given units (a unit's chain of ancestors), in the domain's shape. */
export async function overlaysOfUnits(db: Db, unitIds: readonly string[]): Promise<LocalOverlay[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(localOverlays)
    .innerJoin(units, eq(units.id, localOverlays.unitId))
    .where(inArray(localOverlays.unitId, [...unitIds]))
    .orderBy(localOverlays.effectiveFrom, localOverlays.createdAt);
  return rows.map(flatten).map(toDomainOverlay);
}

/** The overlays of a unit's ancestors, of the unit and of every unit below it (one query). */
export async function overlaysOfTree(db: Db, rootPath: string): Promise<LocalOverlay[]> {
  const chain = pathIds(rootPath);
  const rows = await db
    .select(columns)
    .from(localOverlays)
    .innerJoin(units, eq(units.id, localOverlays.unitId))
    .where(
      or(
        inArray(localOverlays.unitId, chain),
        sql`${units.path} like ${rootPath.replace(/[\\%_]/g, (c) => `\\${c}`) + '%'}`,
      ),
    )
    .orderBy(localOverlays.effectiveFrom, localOverlays.createdAt);
  return rows.map(flatten).map(toDomainOverlay);
}

/** An overlay row as domain/catalog.ts reads it. */
export function toDomainOverlay(row: OverlayRow): LocalOverlay {
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: row.unitName,
    document: row.document,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    params: row.params as Record<string, number | boolean>,
  };
}

/** One overlay the actor may see, locked when asked. */
export async function findOverlay(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<OverlayRow | undefined> {
  const query = db
    .select(columns)
    .from(localOverlays)
    .innerJoin(units, eq(units.id, localOverlays.unitId))
    .where(and(eq(localOverlays.id, id), overlayVisibleSql(actor, sql`${units.path}`)));
  const [row] = lock ? await query.for('update', { of: localOverlays }) : await query;
  return row ? flatten(row) : undefined;
}

/** A page of the overlays the actor may see, newest first. */
export async function selectOverlayPage(
  db: Db,
  actor: Actor,
  query: { page: number; pageSize: number; unitId?: string | undefined },
): Promise<{ rows: OverlayRow[]; total: number }> {
  const where = and(
    overlayVisibleSql(actor, sql`${units.path}`),
    query.unitId ? eq(localOverlays.unitId, query.unitId) : undefined,
  );
  const rows = await db
    .select(columns)
    .from(localOverlays)
    .innerJoin(units, eq(units.id, localOverlays.unitId))
    .where(where)
    .orderBy(desc(localOverlays.effectiveFrom), desc(localOverlays.createdAt))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(localOverlays)
    .innerJoin(units, eq(units.id, localOverlays.unitId))
    .where(where);
  return { rows: rows.map(flatten), total: total?.n ?? 0 };
}
