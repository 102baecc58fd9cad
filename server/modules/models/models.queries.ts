// Reads of exemplary models: one model in the actor's scope or published, its activities, and pages for the
// signed-in list and for the public page (search by folded words, no diacritics needed).
import { and, asc, count, desc, eq, inArray, max, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { foldVietnamese } from '../../../domain/text';
import type { Db } from '../../db/client';
import {
  exemplaryModelActivities,
  exemplaryModelPhotos,
  exemplaryModels,
  movements,
  people,
  units,
} from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { likeEscape } from '../people/people.queries';
import { modelVisibleSql } from './models.policy';
import type { PhotoFacts } from './models.present';

export type ModelRow = typeof exemplaryModels.$inferSelect & {
  ownerName: string;
  ownerPath: string;
  personName: string | null;
  subjectUnitName: string | null;
  recognizedByUnitName: string | null;
  /** Null when the model names no movement. */
  movementName: string | null;
};
export type ActivityRow = typeof exemplaryModelActivities.$inferSelect;

const owner = alias(units, 'owner_unit');
const subjectUnit = alias(units, 'subject_unit');
const recogniser = alias(units, 'recogniser_unit');

const columns = {
  model: exemplaryModels,
  ownerName: owner.name,
  ownerPath: owner.path,
  personName: people.fullName,
  subjectUnitName: subjectUnit.name,
  recognizedByUnitName: recogniser.name,
  movementName: movements.name,
};

function baseQuery(db: Db) {
  return db
    .select(columns)
    .from(exemplaryModels)
    .innerJoin(owner, eq(owner.id, exemplaryModels.ownerUnitId))
    .leftJoin(people, eq(people.id, exemplaryModels.personId))
    .leftJoin(subjectUnit, eq(subjectUnit.id, exemplaryModels.unitId))
    .leftJoin(recogniser, eq(recogniser.id, exemplaryModels.recognizedByUnitId))
    .leftJoin(movements, eq(movements.id, exemplaryModels.movementId));
}

type Joined = {
  model: typeof exemplaryModels.$inferSelect;
  ownerName: string;
  ownerPath: string;
  personName: string | null;
  subjectUnitName: string | null;
  recognizedByUnitName: string | null;
  movementName: string | null;
};
const flatten = ({ model, ...rest }: Joined): ModelRow => ({ ...model, ...rest });

/** One model the actor may see, locked for update when asked. */
export async function findModelInScope(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<ModelRow | undefined> {
  const query = baseQuery(db).where(
    and(eq(exemplaryModels.id, id), modelVisibleSql(actor, sql`${owner.path}`)),
  );
  const [row] = lock ? await query.for('update', { of: exemplaryModels }) : await query;
  return row ? flatten(row) : undefined;
}

/** One published model (the public page), whoever asks. */
export async function findPublishedModel(db: Db, id: string): Promise<ModelRow | undefined> {
  const [row] = await baseQuery(db).where(
    and(eq(exemplaryModels.id, id), eq(exemplaryModels.published, true)),
  );
  return row ? flatten(row) : undefined;
}

/** The activities of a model, in date order. */
export async function loadActivities(db: Db, modelId: string): Promise<ActivityRow[]> {
  return db
    .select()
    .from(exemplaryModelActivities)
    .where(eq(exemplaryModelActivities.modelId, modelId))
    .orderBy(asc(exemplaryModelActivities.heldOn), asc(exemplaryModelActivities.sortOrder));
}

/** Every folded word of the query must occur in the model's search text. */
function searchCondition(q: string | undefined): SQL | undefined {
  const words = foldVietnamese(q ?? '')
    .split(' ')
    .filter(Boolean);
  if (words.length === 0) return undefined;
  return and(...words.map((w) => sql`${exemplaryModels.searchFolded} like ${'%' + likeEscape(w) + '%'}`));
}

export interface ModelFilters {
  page: number;
  pageSize: number;
  q?: string | undefined;
  category?: string | undefined;
  field?: string | undefined;
  published?: boolean | undefined;
  ownerUnitId?: string | undefined;
}

async function page(db: Db, where: SQL | undefined, filters: ModelFilters, order: SQL[]) {
  const rows = await baseQuery(db)
    .where(where)
    .orderBy(...order)
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(exemplaryModels)
    .innerJoin(owner, eq(owner.id, exemplaryModels.ownerUnitId))
    .where(where);
  return { rows: rows.map(flatten), total: total?.n ?? 0 };
}

function filterConditions(filters: ModelFilters): (SQL | undefined)[] {
  return [
    searchCondition(filters.q),
    filters.category ? eq(exemplaryModels.category, filters.category) : undefined,
    filters.field ? eq(exemplaryModels.field, filters.field) : undefined,
    filters.published === undefined ? undefined : eq(exemplaryModels.published, filters.published),
    filters.ownerUnitId ? eq(exemplaryModels.ownerUnitId, filters.ownerUnitId) : undefined,
  ];
}

/** A page of the models the actor sees, latest recognised first. */
export async function selectModelPage(db: Db, actor: Actor, filters: ModelFilters) {
  const where = and(modelVisibleSql(actor, sql`${owner.path}`), ...filterConditions(filters));
  return page(db, where, filters, [
    sql`${exemplaryModels.recognizedOn} desc nulls last`,
    desc(exemplaryModels.createdAt),
  ]);
}

/** A page of published models for the public page, latest recognised first. */
export async function selectPublishedPage(db: Db, filters: ModelFilters) {
  const where = and(
    eq(exemplaryModels.published, true),
    ...filterConditions({ ...filters, published: true }),
  );
  return page(db, where, filters, [
    sql`${exemplaryModels.recognizedOn} desc nulls last`,
    desc(exemplaryModels.publishedAt),
  ]);
}

/** Activity counts and latest dates of the given models. */
export async function activityStats(
  db: Db,
  modelIds: readonly string[],
): Promise<Map<string, { count: number; last: string | null }>> {
  if (modelIds.length === 0) return new Map();
  const rows = await db
    .select({
      modelId: exemplaryModelActivities.modelId,
      n: count(),
      last: max(exemplaryModelActivities.heldOn),
    })
    .from(exemplaryModelActivities)
    .where(inArray(exemplaryModelActivities.modelId, [...modelIds]))
    .groupBy(exemplaryModelActivities.modelId);
  return new Map(rows.map((r) => [r.modelId, { count: r.n, last: r.last }]));
}

/** The photos of the given models, in their order. */
export async function loadPhotos(db: Db, modelIds: readonly string[]): Promise<Map<string, PhotoFacts[]>> {
  const byModel = new Map<string, PhotoFacts[]>();
  if (modelIds.length === 0) return byModel;
  const rows = await db
    .select({
      id: exemplaryModelPhotos.id,
      modelId: exemplaryModelPhotos.modelId,
      caption: exemplaryModelPhotos.caption,
    })
    .from(exemplaryModelPhotos)
    .where(inArray(exemplaryModelPhotos.modelId, [...modelIds]))
    .orderBy(asc(exemplaryModelPhotos.sortOrder), asc(exemplaryModelPhotos.createdAt));
  for (const r of rows) byModel.set(r.modelId, [...(byModel.get(r.modelId) ?? []), r]);
  return byModel;
}

/** The file ids of a model's photos (to delete the files with the model). */
export async function photoFileIds(db: Db, modelId: string): Promise<string[]> {
  const rows = await db
    .select({ fileId: exemplaryModelPhotos.fileId })
    .from(exemplaryModelPhotos)
    .where(eq(exemplaryModelPhotos.modelId, modelId));
  return rows.map((r) => r.fileId);
}

/** The name of a movement, or null when there is none with that id. */
export async function movementName(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ name: movements.name }).from(movements).where(eq(movements.id, id));
  return row?.name ?? null;
}
