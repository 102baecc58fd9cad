// Council rows → views: the composition on a date, every membership period, the changes (who joined, who left)
// and the `can` map.
import type {
  CouncilListItem,
  CouncilMemberView,
  CouncilRole,
  CouncilView,
} from '../../../contracts/councils';
import { COUNCIL_ROLES, membersAt, termError } from '../../../domain/council';
import type { Actor } from '../../lib/actor';
import { councilAbilities } from './councils.policy';
import type { ChangeRow, CouncilPageRow, CouncilRow, PeriodRow } from './councils.queries';

/** The date a council's composition is shown for by default: today, kept inside the council's term. */
export function defaultDate(council: CouncilRow, today: string): string {
  if (today < council.establishedOn) return council.establishedOn;
  if (council.dissolvedOn !== null && today > council.dissolvedOn) return council.dissolvedOn;
  return today;
}

const roleRank = (role: string) => COUNCIL_ROLES.indexOf(role as CouncilRole);

/** Members by role (Chủ tịch first), then in the order the decision lists them. */
export function byRole<T extends { role: string; sortOrder: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => roleRank(a.role) - roleRank(b.role) || a.sortOrder - b.sortOrder);
}

export function presentPeriod(p: PeriodRow): CouncilMemberView {
  return {
    id: p.id,
    personId: p.personId,
    fullName: p.fullName,
    role: p.role as CouncilRole,
    position: p.position,
    organisation: p.organisation,
    from: p.fromDate,
    to: p.toDate,
  };
}

const asPeriod = (p: PeriodRow) => ({ ...p, role: p.role as CouncilRole, from: p.fromDate, to: p.toDate });

export function presentCouncil(
  actor: Actor,
  council: CouncilRow,
  periods: readonly PeriodRow[],
  changes: readonly ChangeRow[],
  date: string,
): CouncilView {
  const domainPeriods = periods.map(asPeriod);
  const members = byRole(membersAt(domainPeriods, date));
  return {
    id: council.id,
    authority: { id: council.authorityUnitId, name: council.authorityName },
    name: council.name,
    decision: council.decision,
    establishedOn: council.establishedOn,
    dissolvedOn: council.dissolvedOn,
    note: council.note,
    date,
    members: members.map(presentPeriod),
    membersTotal: members.length,
    termError: termError(council, domainPeriods, date),
    history: periods.map(presentPeriod),
    changes: changes.map((c) => {
      const joined = periods.filter((p) => p.startChangeId === c.id);
      const joinedIds = new Set(joined.map((p) => p.personId));
      return {
        id: c.id,
        kind: c.kind as 'establish' | 'recompose',
        decision: c.decision,
        effectiveOn: c.effectiveOn,
        note: c.note,
        membersTotal: c.membersTotal,
        joined: joined.map((p) => p.fullName),
        left: periods
          .filter((p) => p.endChangeId === c.id && !joinedIds.has(p.personId))
          .map((p) => p.fullName),
        recordedByName: c.recordedByName,
        recordedAt: c.recordedAt.toISOString(),
      };
    }),
    version: council.version,
    can: councilAbilities(actor, council.authorityPath, council.dissolvedOn !== null),
  };
}

export function presentCouncilListItem(row: CouncilPageRow): CouncilListItem {
  return {
    id: row.id,
    authority: { id: row.authority_id, name: row.authority_name },
    name: row.name,
    establishedOn: row.established_on,
    dissolvedOn: row.dissolved_on,
    membersTotal: row.members_total,
    lastChangeOn: row.last_change_on,
    openMeetings: row.open_meetings,
  };
}
