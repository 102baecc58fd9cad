// Everything a meeting's rules need, loaded once: the council's members on the meeting date, attendance and
// quorum, the agenda with each nominee's vote rule (threshold of the award kind in the dossier's regime, with the
// authority's local regulation; or majority), its disclosure requirement and state, and the ballots.
import {
  type AttendanceStatus,
  attendanceSummary,
  type AttendanceSummary,
  type CouncilRole,
  disclosureBlock,
  type DisclosureOutcome,
  disclosureRequirement,
  type DisclosureRequirement,
  type DisclosureStatus,
  meetingQuorum,
  type MeetingQuorum,
  majorityRule,
  membersAt,
  type NomineeVoteRule,
  type OverlayInForce,
  type SessionKind,
  termError,
  voteRuleFor,
} from '../../../domain/council';
import { RegimeError, regimeAt, regimeById, resolveCatalog } from '../../../domain/catalog';
import { quorumRuleFor } from '../../../domain/voting';
import type { AwardKindCode, AwardKindDef, RegimeId } from '../../../domain/regimes/types';
import { pathIds } from '../../../domain/units';
import type { Db } from '../../db/client';
import { overlaysOfUnits } from '../catalog/catalog.queries';
import { byRole } from './councils.present';
import { loadPeriods, type PeriodRow } from './councils.queries';
import {
  type AgendaDossierRow,
  type AttendanceRow,
  type BallotRow,
  loadAgendaDossiers,
  loadAttendance,
  loadBallots,
  loadDisclosureSettings,
  loadNomineeDisclosures,
  loadNominees,
  type MeetingRow,
  type NomineeRow,
  type VoteRow,
} from './meetings.queries';

export interface NomineeFacts extends NomineeRow {
  dossier: AgendaDossierRow;
  /** The kind the ballot is on by default: the one the appraisal proposed, else the one requested. */
  voteKind: string;
  requirement: DisclosureRequirement | null;
  disclosure: { id: string; status: DisclosureStatus; outcome: DisclosureOutcome | null } | null;
  /** Why the council cannot vote on this nominee yet (disclosure pending), or null. */
  blocked: string | null;
  ballot: BallotRow | null;
  votes: VoteRow[];
}

export interface MeetingContext {
  meeting: MeetingRow;
  regime: RegimeId;
  periods: PeriodRow[];
  members: PeriodRow[];
  attendance: Map<string, AttendanceRow>;
  summary: AttendanceSummary;
  quorum: MeetingQuorum;
  termError: string | null;
  dossiers: AgendaDossierRow[];
  nominees: NomineeFacts[];
  overlays: OverlayInForce[];
  settings: Map<string, number>;
}

/** The regime in force on the meeting date (quorum rules); a date before 01/10/2017 is refused upstream. */
export function meetingRegime(heldOn: string): RegimeId {
  try {
    return regimeAt(heldOn).id;
  } catch (error) {
    if (error instanceof RegimeError) return 'A';
    throw error;
  }
}

/** The local regulations in force on the date for the authority's chain, farthest first. */
async function overlaysInForce(db: Db, authorityPath: string, date: string): Promise<OverlayInForce[]> {
  const chain = pathIds(authorityPath);
  const overlays = await overlaysOfUnits(db, chain);
  if (overlays.length === 0) return [];
  try {
    return resolveCatalog(date, overlays, chain).overlays.map((o) => ({
      document: o.document,
      params: o.params,
    }));
  } catch (error) {
    if (error instanceof RegimeError) return [];
    throw error;
  }
}

export function kindDef(regimeId: string, kind: string): AwardKindDef | null {
  try {
    return regimeById(regimeId as RegimeId).kinds[kind as AwardKindCode] ?? null;
  } catch (error) {
    if (error instanceof RegimeError) return null;
    throw error;
  }
}

/** The vote rule for a nominee's kind in its dossier's regime, with the authority's regulations on the meeting date. */
export function ruleFor(
  ctx: Pick<MeetingContext, 'overlays'>,
  regimeId: string,
  kind: string,
): NomineeVoteRule | null {
  const def = kindDef(regimeId, kind);
  return def ? voteRuleFor(def, regimeId as RegimeId, ctx.overlays) : null;
}

/** The live quorum; a date without members cannot meet at all. */
function quorumOf(summary: AttendanceSummary, regime: RegimeId, session: SessionKind): MeetingQuorum {
  if (summary.membersTotal === 0) {
    const rule = quorumRuleFor(regime, session);
    return {
      met: false,
      share: 0,
      required: rule.minShare,
      text: 'Hội đồng không có thành viên tại ngày họp',
      rule,
    };
  }
  return meetingQuorum(summary, regime, session);
}

/** The majority rule of a regime given as the dossier's regime id. */
export function majority(regimeId: string): NomineeVoteRule {
  return majorityRule((['A', 'B', 'C'].includes(regimeId) ? regimeId : 'C') as RegimeId);
}

/** Loads the meeting's whole context. */
export async function loadMeetingContext(db: Db, meeting: MeetingRow): Promise<MeetingContext> {
  const regime = meetingRegime(meeting.heldOn);
  // One statement at a time: db is often a transaction, whose single client cannot run them side by side (pg
  // queues them and warns of overlapping calls).
  const periods = await loadPeriods(db, meeting.councilId);
  const attendanceRows = await loadAttendance(db, meeting.id);
  const dossierRows = await loadAgendaDossiers(db, meeting.id);
  const overlays = await overlaysInForce(db, meeting.authorityPath, meeting.heldOn);
  const settings = await loadDisclosureSettings(db, meeting.authorityUnitId);
  const asPeriod = (p: PeriodRow) => ({ ...p, role: p.role as CouncilRole, from: p.fromDate, to: p.toDate });
  const members = byRole(membersAt(periods.map(asPeriod), meeting.heldOn));
  const attendance = new Map(attendanceRows.map((a) => [a.personId, a]));
  const summary = attendanceSummary(
    members.map((m) => m.personId),
    new Map(attendanceRows.map((a) => [a.personId, a.status as AttendanceStatus])),
  );
  const nomineeRows = await loadNominees(
    db,
    dossierRows.map((d) => d.id),
  );
  const ids = nomineeRows.map((n) => n.id);
  const { ballots, votes } = await loadBallots(db, ids);
  const disclosureRows = await loadNomineeDisclosures(db, ids);
  const dossierOf = new Map(dossierRows.map((d) => [d.id, d]));
  const nominees = nomineeRows.map((n): NomineeFacts => {
    const dossier = dossierOf.get(n.dossierId)!;
    const voteKind = n.proposedAwardKind ?? n.awardKind;
    const days = settings.get(voteKind);
    const requirement = disclosureRequirement(kindDef(dossier.regimeId, voteKind), days ? { days } : null);
    const d = disclosureRows.find((r) => r.nomineeId === n.id);
    const disclosure = d
      ? {
          id: d.disclosureId,
          status: d.status as DisclosureStatus,
          outcome: d.outcome as DisclosureOutcome | null,
        }
      : null;
    const ballot = ballots.find((b) => b.nomineeId === n.id) ?? null;
    return {
      ...n,
      dossier,
      voteKind,
      requirement,
      disclosure,
      blocked: disclosureBlock(requirement, disclosure, n.name),
      ballot,
      votes: ballot ? votes.filter((v) => v.ballotId === ballot.id) : [],
    };
  });
  const term = {
    establishedOn: meeting.councilEstablishedOn,
    dissolvedOn: meeting.councilDissolvedOn,
  };
  return {
    meeting,
    regime,
    periods,
    members,
    attendance,
    summary,
    quorum: quorumOf(summary, regime, meeting.sessionKind as SessionKind),
    termError: termError(term, periods.map(asPeriod), meeting.heldOn),
    dossiers: dossierRows,
    nominees,
    overlays,
    settings,
  };
}
