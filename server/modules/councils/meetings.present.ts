// Meeting context → view: members with attendance, the live quorum, the agenda with each nominee's rule,
// disclosure state, ballot and outcome, the dossiers that could be added, and the `can` map.
import type {
  AgendaNomineeView,
  BallotView,
  CouncilRole,
  MeetingListItem,
  MeetingView,
  SessionKind,
  VoteRuleView,
} from '../../../contracts/councils';
import type { AttendanceStatus, BallotMode, NomineeVoteRule, VoteChoice } from '../../../domain/council';
import { kindName } from '../../../domain/eligibility/text';
import { cite } from '../../../domain/regimes/sources';
import type { AwardKindCode } from '../../../domain/regimes/types';
import type { Actor } from '../../lib/actor';
import { canRecordMeetings } from './councils.policy';
import { kindDef, type MeetingContext, type NomineeFacts, ruleFor } from './meetings.context';
import type { BallotRow, MeetingPageRow, VoteRow } from './meetings.queries';

/** The name of a kind as its regime writes it. */
export function kindLabel(regimeId: string, kind: string): string {
  return kindDef(regimeId, kind)?.name ?? kindName(kind as AwardKindCode);
}

export function presentRule(rule: NomineeVoteRule): VoteRuleView {
  return {
    kind: rule.kind,
    threshold: rule.threshold,
    strict: rule.strict,
    text: rule.text,
    source: rule.source,
    assumption: rule.assumption,
  };
}

export function presentBallot(regimeId: string, ballot: BallotRow, votes: readonly VoteRow[]): BallotView {
  return {
    id: ballot.id,
    awardKind: ballot.awardKind,
    awardKindName: kindLabel(regimeId, ballot.awardKind),
    mode: ballot.mode as BallotMode,
    agree: ballot.agree,
    disagree: ballot.disagree,
    invalid: ballot.invalid,
    writtenVotes: ballot.writtenVotes,
    membersTotal: ballot.membersTotal,
    rule: {
      kind: ballot.ruleKind as 'threshold' | 'majority',
      threshold: ballot.threshold,
      strict: ballot.strict,
      text: ballot.ruleText,
      source: ballot.ruleSource,
      assumption: false,
    },
    passed: ballot.passed,
    outcomeText: ballot.outcomeText,
    note: ballot.note,
    votes: votes.map((v) => ({
      personId: v.personId,
      fullName: v.fullName,
      vote: v.vote as VoteChoice,
      written: v.written,
    })),
    recordedByName: ballot.recordedByName,
    recordedAt: ballot.recordedAt.toISOString(),
  };
}

function presentNominee(ctx: MeetingContext, n: NomineeFacts): AgendaNomineeView {
  const rule = ruleFor(ctx, n.dossier.regimeId, n.voteKind);
  const elsewhere = n.ballot !== null && n.ballot.meetingId !== ctx.meeting.id;
  return {
    id: n.id,
    position: n.position,
    name: n.name,
    subjectKind: n.subjectKind,
    awardKind: n.awardKind,
    awardKindName: kindLabel(n.dossier.regimeId, n.awardKind),
    proposedAwardKind: n.proposedAwardKind,
    appraisal: n.appraisal,
    appraisalNote: n.appraisalNote,
    voteKind: n.voteKind,
    voteKindName: kindLabel(n.dossier.regimeId, n.voteKind),
    rule: rule ? presentRule(rule) : null,
    disclosure: n.requirement
      ? {
          text: n.requirement.text,
          disclosureId: n.disclosure?.id ?? null,
          status: n.disclosure?.status ?? null,
        }
      : null,
    blocked: n.ballot || n.outcome ? null : n.blocked,
    ballot: n.ballot ? presentBallot(n.dossier.regimeId, n.ballot, n.votes) : null,
    outcome: (n.outcome as 'passed' | 'failed' | null) ?? null,
    decidedElsewhere: elsewhere || (n.outcome !== null && n.ballot === null),
  };
}

export function presentMeeting(
  actor: Actor,
  ctx: MeetingContext,
  candidates: MeetingView['candidates'],
  names: ReadonlyMap<string, string>,
): MeetingView {
  const m = ctx.meeting;
  const open = m.status === 'open';
  const manage = canRecordMeetings(actor, m.authorityPath);
  const ref = (id: string | null) => (id ? { id, name: names.get(id) ?? '' } : null);
  const ballotsHere = ctx.nominees.filter((n) => n.ballot?.meetingId === m.id).length;
  return {
    id: m.id,
    council: {
      id: m.councilId,
      name: m.councilName,
      authority: { id: m.authorityUnitId, name: m.authorityName },
    },
    title: m.title,
    heldOn: m.heldOn,
    startTime: m.startTime,
    place: m.place,
    sessionKind: m.sessionKind as SessionKind,
    chair: ref(m.chairPersonId),
    secretary: ref(m.secretaryPersonId),
    status: m.status as 'open' | 'closed',
    conclusion: m.conclusion,
    regimeId: ctx.regime,
    members: ctx.members.map((p) => {
      const a = ctx.attendance.get(p.personId);
      return {
        personId: p.personId,
        fullName: p.fullName,
        role: p.role as CouncilRole,
        position: p.position,
        organisation: p.organisation,
        attendance: (a?.status as AttendanceStatus | undefined) ?? null,
        attendanceNote: a?.note ?? null,
      };
    }),
    attendance: ctx.summary,
    quorum: {
      met: ctx.quorum.met,
      text: ctx.quorum.text,
      ruleLabel: ctx.quorum.rule.label,
      basis: cite(ctx.quorum.rule.basis),
      assumption: ctx.quorum.rule.assumption,
    },
    termError: ctx.termError,
    agenda: ctx.dossiers.map((d) => ({
      id: d.id,
      code: d.code,
      title: d.title,
      status: d.status,
      proposingUnit: { id: d.proposingUnitId, name: d.proposingUnitName },
      regimeId: d.regimeId,
      nominees: ctx.nominees.filter((n) => n.dossierId === d.id).map((n) => presentNominee(ctx, n)),
    })),
    candidates: open ? candidates : [],
    closedAt: m.closedAt?.toISOString() ?? null,
    closedByName: m.closedByName,
    version: m.version,
    can: {
      update: manage && open,
      delete: manage && open && ballotsHere === 0,
      record: manage && open,
      close: manage && open,
    },
  };
}

export function presentMeetingListItem(row: MeetingPageRow): MeetingListItem {
  return {
    id: row.id,
    council: { id: row.council_id, name: row.council_name },
    title: row.title,
    heldOn: row.held_on,
    startTime: row.start_time,
    place: row.place,
    status: row.status as 'open' | 'closed',
    dossiers: row.dossiers,
    nominees: row.nominees,
    ballots: row.ballots,
  };
}
