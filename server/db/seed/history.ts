// Writes the demo's emulation history (history-plan.ts) through the History module: the bulk service for the
// thousands of rows (validated and audited like single records, one audit entry per batch), the single-record
// service for the two pending investigations.
import { randomUUID } from 'node:crypto';
import type { Actor } from '../../lib/actor';
import { recordHistoryBulk, type HistoryBatchInput } from '../../modules/history/history.bulk';
import { createRecord } from '../../modules/history/history.service';
import type { Db } from '../client';
import { planHistory } from './history-plan';
import type { DemoPlan } from './plan';
import type { Random } from './prng';

export interface HistorySummary {
  ratings: number;
  awards: number;
  initiatives: number;
  disciplines: number;
  memberStats: number;
}

/** Plans and writes the history of the demo people and units; returns the counts written. */
export async function writeHistory(
  tx: Db,
  actor: Actor,
  random: Random,
  plan: DemoPlan,
  unitIds: ReadonlyMap<string, string>,
  personIds: ReadonlyMap<string, string>,
): Promise<HistorySummary> {
  const history = planHistory(random, plan);
  const unit = (key: string) => unitIds.get(key)!;
  const person = (key: string) => personIds.get(key)!;
  const awardIds = new Map(history.awards.map((a) => [a.key, randomUUID()]));
  const input: HistoryBatchInput = {
    recruitment: history.recruitment.map((r) => ({ personId: person(r.person), recruitedOn: r.recruitedOn })),
    awards: history.awards.map((a) => ({
      id: awardIds.get(a.key)!,
      ...(a.person ? { personId: person(a.person) } : { unitId: unit(a.unit!) }),
      awardKind: a.awardKind,
      year: a.year,
      decisionNumber: a.decisionNumber,
      decisionDate: a.decisionDate,
      authority: a.authority,
      authorityUnitId: unit(a.authorityUnit),
      unitAtAwardId: unit(a.unitAtAward),
      ...(a.revoked ? { revoked: a.revoked } : {}),
    })),
    ratings: history.ratings.map((r) => ({
      ...(r.person
        ? { personId: person(r.person), ratedAtUnitId: unit(r.ratedAt!) }
        : { unitId: unit(r.unit!) }),
      year: r.year,
      rating: r.rating,
    })),
    initiatives: history.initiatives.map((i) => ({
      personId: person(i.person),
      title: i.title,
      level: i.level,
      recognizedOn: i.recognizedOn,
      recognitionDocument: `Quyết định công nhận sáng kiến năm ${i.recognizedOn.slice(0, 4)}`,
      usedByAwardId: i.usedBy ? awardIds.get(i.usedBy)! : null,
    })),
    disciplines: history.disciplines.map((d) => ({
      personId: person(d.person),
      kind: d.kind,
      fromDate: d.fromDate,
      toDate: d.toDate,
      reason: d.reason,
    })),
    memberStats: history.memberStats.map((m) => ({
      unitId: unit(m.unit),
      year: m.year,
      members: m.members,
      ldttShare: m.ldttShare,
      completedShare: m.completedShare,
      cstdcsCount: m.cstdcsCount,
      seriousDiscipline: m.seriousDiscipline,
    })),
  };
  const { counts } = await recordHistoryBulk(tx, actor, input, { source: 'demo' });
  // Two complaints under review at the end of 2025: a hold on any award while open.
  const held = history.ratings.filter((r) => r.person && r.year === 2025 && r.rating === 'HTXS').slice(0, 2);
  for (const r of held) {
    await createRecord(tx, actor, { type: 'person', id: person(r.person!) }, 'investigation', {
      openedOn: '2025-11-20',
      reason: 'Đơn phản ánh về kết quả bình xét thi đua đang được xác minh',
      document: 'Thông báo thụ lý đơn số 12/TB-UBND',
    });
  }
  return {
    ratings: counts.ratings,
    awards: counts.awards,
    initiatives: counts.initiatives,
    disciplines: counts.disciplines,
    memberStats: counts.memberStats,
  };
}
