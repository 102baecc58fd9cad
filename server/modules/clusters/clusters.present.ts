// Group rows → views: the sheet by criteria groups, each member's score card, the ranking computed on the
// cluster's points (domain/cluster-scoring), the self-assessed totals for reference, the rules as stated to the
// user, next year's rotation, and the `can` maps.
import type { GroupListItem, GroupView, SheetItemView, SheetView } from '../../../contracts/clusters';
import {
  criteriaMaximum,
  type MemberScores,
  proposeRotation,
  rankMembers,
  SCORING_RULE,
  type Sheet,
  TIE_BREAK_RULE,
  tieBreakText,
} from '../../../domain/cluster-scoring';
import type { AwardKindCode } from '../../../domain/regimes/types';
import { type Actor, hasRoleAt } from '../../lib/actor';
import { kindName } from '../registrations/registrations.present';
import { canGroupScore, canManageAt, canSelfScore } from './clusters.policy';
import type { GroupDetails, GroupPageRow, GroupRow, ItemRow } from './clusters.queries';

/** The domain sheet of a group. */
export function sheetOf(
  group: Pick<GroupRow, 'bonusCap'>,
  details: Pick<GroupDetails, 'sections' | 'items'>,
): Sheet {
  return {
    sections: details.sections.map((s) => ({ id: s.id, title: s.title })),
    items: details.items.map((i) => ({
      id: i.id,
      kind: i.kind,
      sectionId: i.sectionId,
      title: i.title,
      maxPoints: Number(i.maxPoints),
    })),
    bonusCap: group.bonusCap === null ? null : Number(group.bonusCap),
  };
}

/** Members with the cluster's points (or their self-scores), in rotation order. */
export function memberScores(details: GroupDetails, side: 'group' | 'self'): MemberScores[] {
  return details.members.map((m) => ({
    unitId: m.unitId,
    name: m.name,
    groupScores: new Map(
      details.scores
        .filter((s) => s.unitId === m.unitId)
        .map((s) => [s.itemId, side === 'group' ? s.groupScore : s.selfScore]),
    ),
  }));
}

/** The ranking of a group on the cluster's points. */
export function rankingOf(group: GroupRow, details: GroupDetails) {
  return rankMembers(sheetOf(group, details), memberScores(details, 'group'));
}

/** Cờ thi đua of the province for a cluster run by a province or ministry; Bằng khen tỉnh otherwise. */
export function leaderAwardKind(organiserLevel: string): AwardKindCode {
  return organiserLevel === 'province' || organiserLevel === 'central' ? 'CO_TINH' : 'BK_TINH';
}

function itemView(i: ItemRow): SheetItemView {
  return {
    id: i.id,
    kind: i.kind,
    sectionId: i.sectionId,
    title: i.title,
    maxPoints: Number(i.maxPoints),
    guidance: i.guidance,
  };
}

export function presentSheet(group: GroupRow, details: GroupDetails): SheetView {
  const sheet = sheetOf(group, details);
  return {
    sections: details.sections.map((s) => {
      const criteria = details.items.filter((i) => i.sectionId === s.id).map(itemView);
      return {
        id: s.id,
        title: s.title,
        maxPoints: criteria.reduce((sum, c) => sum + Math.round(c.maxPoints * 100), 0) / 100,
        criteria,
      };
    }),
    bonus: details.items.filter((i) => i.kind === 'bonus').map(itemView),
    penalties: details.items.filter((i) => i.kind === 'penalty').map(itemView),
    bonusCap: sheet.bonusCap,
    criteriaMax: criteriaMaximum(sheet),
  };
}

export function presentGroup(
  actor: Actor,
  group: GroupRow,
  details: GroupDetails,
  options: { dossiers: boolean },
): GroupView {
  const open = group.status === 'open';
  const manage = canManageAt(actor, group.organiserPath);
  const leader = details.members.find((m) => m.role === 'leader') ?? null;
  const sheet = sheetOf(group, details);
  const ranking = rankMembers(sheet, memberScores(details, 'group'));
  const selfRanking = rankMembers(sheet, memberScores(details, 'self'));
  const hasSelf = new Set(details.scores.filter((s) => s.selfScore !== null).map((s) => s.unitId));
  const selfTotal = new Map(
    selfRanking.results.map((r) => [r.unitId, hasSelf.has(r.unitId) ? r.total : null]),
  );
  const rotation = proposeRotation(details.members);
  const ref = (unitId: string | null) => {
    const m = details.members.find((x) => x.unitId === unitId);
    return m ? { id: m.unitId, name: m.name } : null;
  };
  const award = leaderAwardKind(group.organiserLevel);
  const groupScore = canGroupScore(actor, group.organiserPath, leader?.path ?? null);
  return {
    id: group.id,
    year: group.year,
    organiser: { id: group.organiserUnitId, name: group.organiserName, level: group.organiserLevel },
    kind: group.kind,
    name: group.name,
    note: group.note,
    covenantNumber: group.covenantNumber,
    covenantDate: group.covenantDate,
    covenantText: group.covenantText,
    covenantFile: details.covenantFile,
    status: group.status,
    finalisedAt: group.finalisedAt?.toISOString() ?? null,
    resultDocument: group.resultDocument,
    previousGroup: details.previous,
    nextGroup: details.next,
    members: details.members.map((m) => ({
      unit: { id: m.unitId, name: m.name },
      role: m.role,
      rotationOrder: m.rotationOrder,
      scoresVersion: m.scoresVersion,
      scores: details.items.map((i) => {
        const s = details.scores.find((x) => x.itemId === i.id && x.unitId === m.unitId);
        return {
          itemId: i.id,
          selfScore: s?.selfScore ?? null,
          selfEvidence: s?.selfEvidence ?? null,
          selfFile:
            s?.selfFileId && s.selfFileName
              ? { id: s.selfFileId, name: s.selfFileName, size: s.selfFileSize ?? 0 }
              : null,
          groupScore: s?.groupScore ?? null,
          groupNote: s?.groupNote ?? null,
        };
      }),
      can: { selfScore: open && canSelfScore(actor, m.path), groupScore: open && groupScore },
    })),
    sheet: presentSheet(group, details),
    ranking: {
      complete: ranking.complete,
      finalised: !open,
      results: ranking.results.map((r) => ({
        ...r,
        selfTotal: selfTotal.get(r.unitId) ?? null,
        tieNote: tieBreakText(r.tieBreak),
      })),
    },
    rules: { scoring: SCORING_RULE, tieBreak: TIE_BREAK_RULE },
    rotation: { leader: ref(rotation.leaderId), deputy: ref(rotation.deputyId) },
    leaderAward: { awardKind: award, name: kindName(award, group.year) },
    version: group.version,
    can: {
      update: manage,
      delete: manage && open && details.scores.length === 0,
      manageMembers: manage && open,
      editSheet: manage && open,
      finalise: manage && open,
      reopen: manage && !open,
      nextYear: manage && details.next === null,
      createDossier:
        options.dossiers &&
        !open &&
        ranking.results.some(
          (r) =>
            r.leading &&
            hasRoleAt(actor, ['officer'], details.members.find((m) => m.unitId === r.unitId)!.path),
        ),
    },
  };
}

export function presentGroupListItem(row: GroupPageRow): GroupListItem {
  return {
    id: row.id,
    year: Number(row.year),
    organiser: { id: row.organiser_id, name: row.organiser_name },
    kind: row.kind,
    name: row.name,
    memberCount: Number(row.member_count),
    leader: row.leader_id ? { id: row.leader_id, name: row.leader_name! } : null,
    deputy: row.deputy_id ? { id: row.deputy_id, name: row.deputy_name! } : null,
    status: row.status,
    leading: row.leading ?? [],
  };
}
