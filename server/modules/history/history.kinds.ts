// The record kinds of a history other than awards: their table, subjects, contracts, column mapping and view.
// The generic use cases (history.service.ts) list, create, correct and delete any of them the same way.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  DisciplineCreateBody,
  DisciplineUpdateBody,
  InitiativeCreateBody,
  InitiativeUpdateBody,
  InvestigationCreateBody,
  InvestigationUpdateBody,
  MemberStatsCreateBody,
  MemberStatsUpdateBody,
  RatingCreateBody,
  RatingUpdateBody,
} from '../../../contracts/history';
import { todayInVietnam } from '../../../contracts/people';
import type { z } from '../../../contracts/zod';
import type { Db } from '../../db/client';
import {
  annualRatings,
  awards,
  disciplines,
  initiatives,
  investigations,
  memberStats,
} from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { AppError } from '../../lib/errors';
import type { recordAbilities } from './history.policy';
import { employmentAt, requireReferableUnit, type Subject, type SubjectType } from './history.subject';

export type HistoryEntity = 'rating' | 'initiative' | 'discipline' | 'investigation' | 'member_stats';
export type HistoryTable =
  typeof annualRatings | typeof initiatives | typeof disciplines | typeof investigations | typeof memberStats;

export type Row = Record<string, unknown> & { id: string; version: number };
type UnitNames = ReadonlyMap<string, string>;

export interface KindContext {
  tx: Db;
  actor: Actor;
  subject: Subject;
}

export interface KindDef {
  entity: HistoryEntity;
  /** Vietnamese noun for messages: "Không tìm thấy xếp loại". */
  what: string;
  table: HistoryTable;
  /** The subject column (property key and column) per subject type this kind supports. */
  subjects: Partial<Record<SubjectType, { key: string; column: AnyPgColumn }>>;
  order: (t: HistoryTable) => SQL;
  create: z.ZodType;
  update: z.ZodType;
  /** Column values of a new row (the subject column is added by the caller). */
  toInsert(ctx: KindContext, body: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Column changes of a correction (version excluded). */
  toUpdate(ctx: KindContext, current: Row, body: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Why this row may not be deleted, or null. */
  deleteRefusal?(row: Row): string | null;
  /** Unit ids the view needs names for. */
  unitRefs?(row: Row): (string | null)[];
  present(row: Row, names: UnitNames, can: ReturnType<typeof recordAbilities>): unknown;
}

const on = (key: string, column: AnyPgColumn) => ({ key, column });

const without = (body: Record<string, unknown>, ...keys: string[]) =>
  Object.fromEntries(Object.entries(body).filter(([k]) => !keys.includes(k)));

const unitRef = (id: unknown, names: UnitNames) =>
  typeof id === 'string' ? { id, name: names.get(id) ?? '' } : null;

/** The unit where a person was rated: as given (and referable), else their unit at the end of the year. */
async function ratedAt(ctx: KindContext, given: unknown, year: number): Promise<string | null> {
  if (typeof given === 'string') {
    return (await requireReferableUnit(ctx.tx, ctx.actor, ctx.subject, given, 'ratedAtUnitId')).id;
  }
  if (given === null || ctx.subject.type !== 'person') return null;
  return employmentAt(ctx.subject.employments, `${year}-12-31`)?.unitId ?? null;
}

const RATING: KindDef = {
  entity: 'rating',
  what: 'xếp loại',
  table: annualRatings,
  subjects: { person: on('personId', annualRatings.personId), unit: on('unitId', annualRatings.unitId) },
  order: () => sql`${annualRatings.year} desc`,
  create: RatingCreateBody,
  update: RatingUpdateBody,
  toInsert: async (ctx, b) => ({
    ...b,
    ratedAtUnitId: await ratedAt(ctx, b.ratedAtUnitId, b.year as number),
  }),
  toUpdate: async (ctx, current, b) =>
    b.ratedAtUnitId === undefined
      ? b
      : { ...b, ratedAtUnitId: await ratedAt(ctx, b.ratedAtUnitId, current.year as number) },
  unitRefs: (r) => [r.ratedAtUnitId as string | null],
  present: (r, names, can) => ({
    id: r.id,
    year: r.year,
    rating: r.rating,
    ratedAtUnit: unitRef(r.ratedAtUnitId, names),
    document: r.document,
    version: r.version,
    can,
  }),
};

/** An award the initiative may be marked as used by: a standing award of the same person. */
async function usableAward(ctx: KindContext, awardId: unknown): Promise<string | null> {
  if (awardId === null) return null;
  const [award] = await ctx.tx
    .select({ id: awards.id, revoked: awards.revoked })
    .from(awards)
    .where(and(eq(awards.id, awardId as string), eq(awards.personId, ctx.subject.id)));
  const message = !award
    ? 'Không tìm thấy khen thưởng này của cá nhân'
    : award.revoked
      ? 'Khen thưởng này đã bị thu hồi'
      : null;
  if (message) throw new AppError('VALIDATION', message, { usedByAwardId: message });
  return award!.id;
}

const INITIATIVE: KindDef = {
  entity: 'initiative',
  what: 'sáng kiến, đề tài',
  table: initiatives,
  subjects: { person: on('personId', initiatives.personId) },
  order: () => sql`${initiatives.recognizedOn} desc, ${initiatives.createdAt} desc`,
  create: InitiativeCreateBody,
  update: InitiativeUpdateBody,
  toInsert: async (_ctx, b) => b,
  toUpdate: async (ctx, _current, b) =>
    b.usedByAwardId === undefined ? b : { ...b, usedByAwardId: await usableAward(ctx, b.usedByAwardId) },
  deleteRefusal: (r) =>
    r.usedByAwardId ? 'Sáng kiến, đề tài đã được dùng để khen thưởng nên không thể xóa' : null,
  present: (r, _names, can) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    level: r.level,
    recognizedOn: r.recognizedOn,
    recognitionDocument: r.recognitionDocument,
    usedByAwardId: r.usedByAwardId,
    version: r.version,
    can,
  }),
};

const DISCIPLINE: KindDef = {
  entity: 'discipline',
  what: 'kỷ luật',
  table: disciplines,
  subjects: { person: on('personId', disciplines.personId), unit: on('unitId', disciplines.unitId) },
  order: () => sql`${disciplines.fromDate} desc`,
  create: DisciplineCreateBody,
  update: DisciplineUpdateBody,
  toInsert: async (_ctx, b) => b,
  toUpdate: async (_ctx, _current, b) => b,
  present: (r, _names, can) => ({
    id: r.id,
    kind: r.kind,
    fromDate: r.fromDate,
    toDate: r.toDate,
    document: r.document,
    reason: r.reason,
    version: r.version,
    can,
  }),
};

const INVESTIGATION: KindDef = {
  entity: 'investigation',
  what: 'vụ việc đang xem xét',
  table: investigations,
  subjects: {
    person: on('personId', investigations.personId),
    unit: on('unitId', investigations.unitId),
  },
  order: () => sql`${investigations.openedOn} desc`,
  create: InvestigationCreateBody,
  update: InvestigationUpdateBody,
  toInsert: async (_ctx, b) => b,
  toUpdate: async (_ctx, _current, b) => b,
  present: (r, _names, can) => {
    const today = todayInVietnam();
    return {
      id: r.id,
      openedOn: r.openedOn,
      closedOn: r.closedOn,
      reason: r.reason,
      document: r.document,
      isOpen: (r.openedOn as string) <= today && (r.closedOn === null || (r.closedOn as string) > today),
      version: r.version,
      can,
    };
  },
};

const MEMBER_STATS: KindDef = {
  entity: 'member_stats',
  what: 'số liệu thành viên',
  table: memberStats,
  subjects: { unit: on('unitId', memberStats.unitId) },
  order: () => sql`${memberStats.year} desc`,
  create: MemberStatsCreateBody,
  update: MemberStatsUpdateBody,
  toInsert: async (_ctx, b) => b,
  toUpdate: async (_ctx, current, b) => {
    const members = (b.members ?? current.members) as number;
    const cstdcs = (b.cstdcsCount ?? current.cstdcsCount) as number;
    if (cstdcs > members) {
      const message = 'Số CSTĐCS không được lớn hơn số thành viên';
      throw new AppError('VALIDATION', message, { cstdcsCount: message });
    }
    return b;
  },
  present: (r, _names, can) => ({
    id: r.id,
    year: r.year,
    members: r.members,
    ldttShare: Number(r.ldttShare),
    completedShare: Number(r.completedShare),
    cstdcsCount: r.cstdcsCount,
    seriousDiscipline: r.seriousDiscipline,
    document: r.document,
    version: r.version,
    can,
  }),
};

export const KINDS: Record<HistoryEntity, KindDef> = {
  rating: RATING,
  initiative: INITIATIVE,
  discipline: DISCIPLINE,
  investigation: INVESTIGATION,
  member_stats: MEMBER_STATS,
};

/** Drops the keys a body must not write directly. */
export const bodyColumns = (body: Record<string, unknown>) => without(body, 'version');
