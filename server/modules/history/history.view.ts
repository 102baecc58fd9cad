// The whole history of a person or a unit in one answer (the timeline of the person's and the unit's pages).
import type {
  DisciplineView,
  InitiativeView,
  InvestigationView,
  MemberStatsView,
  PersonHistoryView,
  RatingView,
  UnitHistoryView,
} from '../../../contracts/history';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { listAwards } from './history.awards';
import { listRecords } from './history.service';
import { loadSubject } from './history.subject';

/** GET /api/people/:id/history */
export async function getPersonHistory(tx: Db, actor: Actor, id: string): Promise<PersonHistoryView> {
  const subject = await loadSubject(tx, actor, { type: 'person', id });
  if (subject.type !== 'person') throw new Error('unreachable');
  const investigations = (await listRecords(tx, subject, 'investigation')) as InvestigationView[];
  return {
    personId: subject.id,
    fullName: subject.name,
    recruitedOn: subject.person.recruitedOn,
    personVersion: subject.person.version,
    awards: await listAwards(tx, subject),
    ratings: (await listRecords(tx, subject, 'rating')) as RatingView[],
    initiatives: (await listRecords(tx, subject, 'initiative')) as InitiativeView[],
    disciplines: (await listRecords(tx, subject, 'discipline')) as DisciplineView[],
    investigations,
    pendingInvestigation: investigations.some((i) => i.isOpen),
    can: subject.can,
  };
}

/** GET /api/units/:id/history */
export async function getUnitHistory(tx: Db, actor: Actor, id: string): Promise<UnitHistoryView> {
  const subject = await loadSubject(tx, actor, { type: 'unit', id });
  return {
    unitId: subject.id,
    name: subject.name,
    awards: await listAwards(tx, subject),
    ratings: (await listRecords(tx, subject, 'rating')) as RatingView[],
    disciplines: (await listRecords(tx, subject, 'discipline')) as DisciplineView[],
    memberStats: (await listRecords(tx, subject, 'member_stats')) as MemberStatsView[],
    can: subject.can,
  };
}
