// Ballots and the end of a meeting: record a nominee's ballot (counts, or each member's vote with absent members'
// written votes), delete one entered by mistake, and close the meeting — outcomes recomputed against the final
// attendance, written on the nominees, dossiers whose nominees are all decided concluded, ballots locked.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { BallotBody, type MeetingView, VersionBody, VersionQuery } from '../../../contracts/councils';
import {
  type AttendanceStatus,
  type BallotTally,
  ballotCountErrors,
  disclosureBlock,
  disclosureRequirement,
  memberVotes,
  nomineeOutcome,
  type NomineeVoteRule,
  viDate,
} from '../../../domain/council';
import { todayInVietnam } from '../../../contracts/people';
import type { Db } from '../../db/client';
import { councilBallots, councilBallotVotes, dossierNominees } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { appendAudit } from '../../lib/audit';
import { AppError, notFound } from '../../lib/errors';
import { parseInput } from '../people/people.service';
import { refuse } from './councils.service';
import {
  kindDef,
  loadMeetingContext,
  majority,
  type MeetingContext,
  type NomineeFacts,
  ruleFor,
} from './meetings.context';
import { findMeetingInScope, type MeetingRow } from './meetings.queries';
import { bumpMeeting, meetingForChange, meetingView, requireMeeting } from './meetings.service';
import { concludeDossier } from './meetings.conclude';

/** The nominee on this meeting's agenda (NOT_FOUND otherwise). */
function agendaNominee(ctx: MeetingContext, nomineeId: string): NomineeFacts {
  return (
    ctx.nominees.find((n) => n.id === nomineeId) ??
    notFound('người được đề nghị trong chương trình phiên họp')
  );
}

/** The attendance of the meeting's members (null: not recorded yet). */
function attendanceOf(ctx: MeetingContext): Map<string, AttendanceStatus | null> {
  return new Map(
    ctx.members.map((m) => [
      m.personId,
      (ctx.attendance.get(m.personId)?.status as AttendanceStatus | undefined) ?? null,
    ]),
  );
}

interface Computed {
  tally: BallotTally & { written: number };
  rule: NomineeVoteRule;
  passed: boolean;
  text: string;
}

/** Checks a ballot against the meeting's members and attendance and computes its outcome (VALIDATION naming fields). */
function computeBallot(
  ctx: MeetingContext,
  nominee: NomineeFacts,
  kind: string,
  input: {
    mode: string;
    agree?: number;
    disagree?: number;
    invalid?: number;
    votes?: { personId: string; vote: 'agree' | 'disagree' | 'invalid' }[];
  },
): Computed {
  let tally: BallotTally & { written: number };
  if (input.mode === 'counts') {
    tally = {
      agree: input.agree ?? 0,
      disagree: input.disagree ?? 0,
      invalid: input.invalid ?? 0,
      written: 0,
    };
    refuse(ballotCountErrors(tally, ctx.summary));
  } else {
    const names = new Map(ctx.members.map((m) => [m.personId, m.fullName]));
    const result = memberVotes(input.votes ?? [], attendanceOf(ctx), names);
    refuse(result.errors);
    tally = result.tally;
  }
  const rule = ruleFor(ctx, nominee.dossier.regimeId, kind) ?? majority(nominee.dossier.regimeId);
  const outcome = nomineeOutcome(tally, ctx.summary.membersTotal, rule);
  return { tally, rule, passed: outcome.passed, text: outcome.text };
}

/** PUT /api/council-meetings/:id/ballots/:nomineeId (with the meeting's version). */
export async function recordBallot(
  tx: Db,
  actor: Actor,
  id: string,
  nomineeId: string,
  input: unknown,
): Promise<MeetingView> {
  const body = parseInput(BallotBody, input);
  return writeBallots(tx, actor, id, body.version, [{ nomineeId, body }]);
}

/** An item's VALIDATION error with its fields named inside the list ("ballots.2.agree"). */
function inItem<T>(prefix: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'VALIDATION' || !error.fields) throw error;
    const fields = Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [`${prefix}.${k}`, v]));
    throw new AppError('VALIDATION', error.message, fields);
  }
}

const BallotsBody = z
  .object({
    version: z.number().int().min(1),
    ballots: z
      .array(z.object({ nomineeId: z.uuid('Mã người được đề nghị không hợp lệ') }).loose())
      .min(1, 'Chưa có kết quả bỏ phiếu nào')
      .max(500),
  })
  .strict();

/**
 * The ballots of several nominees of one meeting at once (a session's results entered together), each checked
 * and recorded exactly as recordBallot would, with one audit entry per ballot; the meeting's version moves once.
 * Input: { version, ballots: [{ nomineeId, mode, awardKind?, agree?, disagree?, invalid?, votes?, note? }] }.
 */
export async function recordBallots(tx: Db, actor: Actor, id: string, input: unknown): Promise<MeetingView> {
  const { version, ballots } = parseInput(BallotsBody, input);
  const items = ballots.map(({ nomineeId, ...rest }, i) =>
    inItem(`ballots.${i}`, () => ({ nomineeId, body: parseInput(BallotBody, { ...rest, version }) })),
  );
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.nomineeId))
      refuse({ [`ballots.${i}.nomineeId`]: 'Người được đề nghị bị nhập hai lần' });
    seen.add(item.nomineeId);
  });
  return writeBallots(tx, actor, id, version, items, 'ballots');
}

/** Checks every ballot against one load of the meeting's context, then records them and audits each. */
async function writeBallots(
  tx: Db,
  actor: Actor,
  id: string,
  version: number,
  items: readonly { nomineeId: string; body: BallotBody }[],
  /** The list's field name when the ballots came as a list (errors then name the item). */
  list?: string,
): Promise<MeetingView> {
  const meeting = await meetingForChange(tx, actor, id, version);
  const ctx = await loadMeetingContext(tx, meeting);
  if (ctx.termError) throw new AppError('INVALID_STATE', ctx.termError);
  if (meeting.heldOn > todayInVietnam()) {
    throw new AppError(
      'INVALID_STATE',
      `Chưa đến ngày họp (${viDate(meeting.heldOn)}): chưa thể ghi kết quả bỏ phiếu`,
    );
  }
  const check = ({ nomineeId, body }: (typeof items)[number]) => {
    const nominee = agendaNominee(ctx, nomineeId);
    if (nominee.outcome !== null) {
      throw new AppError('INVALID_STATE', `${nominee.name} đã có kết quả xét của Hội đồng`);
    }
    if (nominee.ballot && nominee.ballot.meetingId !== id) {
      throw new AppError('INVALID_STATE', `${nominee.name} đã được bỏ phiếu tại một phiên họp khác`);
    }
    const kind = body.awardKind ?? nominee.voteKind;
    if (kind !== nominee.awardKind && kind !== nominee.proposedAwardKind) {
      refuse({
        awardKind: 'Chỉ bỏ phiếu cho loại khen thưởng được đề nghị hoặc loại chuyên viên thẩm định đề xuất',
      });
    }
    const days = ctx.settings.get(kind);
    const requirement = disclosureRequirement(
      kindDef(nominee.dossier.regimeId, kind),
      days ? { days } : null,
    );
    const blocked = disclosureBlock(requirement, nominee.disclosure, nominee.name);
    if (blocked) throw new AppError('INVALID_STATE', blocked);
    return { nomineeId, body, nominee, kind, computed: computeBallot(ctx, nominee, kind, body) };
  };
  const checked = items.map((item, i) => (list ? inItem(`${list}.${i}`, () => check(item)) : check(item)));
  for (const { nomineeId, body, nominee, kind, computed } of checked) {
    const values = {
      meetingId: id,
      nomineeId,
      dossierId: nominee.dossierId,
      awardKind: kind,
      mode: body.mode,
      agree: computed.tally.agree,
      disagree: computed.tally.disagree,
      invalid: computed.tally.invalid,
      writtenVotes: computed.tally.written,
      membersTotal: ctx.summary.membersTotal,
      ruleKind: computed.rule.kind,
      threshold: computed.rule.threshold,
      strict: computed.rule.strict,
      ruleText: computed.rule.text,
      ruleSource: computed.rule.source,
      passed: computed.passed,
      outcomeText: computed.text,
      note: body.note,
      recordedBy: actor.userId,
      recordedByName: actor.fullName,
      recordedAt: new Date(),
    };
    const before = nominee.ballot;
    let ballotId: string;
    if (before) {
      await tx.delete(councilBallotVotes).where(eq(councilBallotVotes.ballotId, before.id));
      await tx
        .update(councilBallots)
        .set({ ...values, version: sql`${councilBallots.version} + 1` })
        .where(eq(councilBallots.id, before.id));
      ballotId = before.id;
    } else {
      const [row] = await tx.insert(councilBallots).values(values).returning({ id: councilBallots.id });
      ballotId = row!.id;
    }
    if (body.mode === 'individual') {
      const status = attendanceOf(ctx);
      await tx.insert(councilBallotVotes).values(
        body.votes!.map((v) => ({
          ballotId,
          personId: v.personId,
          vote: v.vote,
          written: status.get(v.personId) === 'absent_written',
        })),
      );
    }
    await appendAudit(tx, actor, {
      action: 'council_ballot.recorded',
      entity: 'council_ballot',
      entityId: ballotId,
      unitId: meeting.authorityUnitId,
      before: before ? ballotSummary(before) : null,
      after: { meetingId: id, nomineeId, ...ballotSummary(values), votes: body.votes ?? null },
    });
  }
  await bumpMeeting(tx, meeting);
  return meetingView(tx, actor, (await findMeetingInScope(tx, actor, id))!);
}

/** What the audit trail keeps of a ballot. */
function ballotSummary(b: {
  awardKind: string;
  mode: string;
  agree: number;
  disagree: number;
  invalid: number;
  membersTotal: number;
  passed: boolean;
}) {
  return {
    awardKind: b.awardKind,
    mode: b.mode,
    agree: b.agree,
    disagree: b.disagree,
    invalid: b.invalid,
    membersTotal: b.membersTotal,
    passed: b.passed,
  };
}

/** DELETE /api/council-meetings/:id/ballots/:nomineeId?version=: a ballot entered by mistake (open meeting). */
export async function deleteBallot(
  tx: Db,
  actor: Actor,
  id: string,
  nomineeId: string,
  input: unknown,
): Promise<MeetingView> {
  const body = parseInput(VersionQuery, input);
  const meeting = await meetingForChange(tx, actor, id, body.version);
  const ctx = await loadMeetingContext(tx, meeting);
  const nominee = agendaNominee(ctx, nomineeId);
  if (!nominee.ballot || nominee.ballot.meetingId !== id) notFound('kết quả bỏ phiếu tại phiên họp này');
  await tx.delete(councilBallots).where(eq(councilBallots.id, nominee.ballot!.id));
  await bumpMeeting(tx, meeting);
  await appendAudit(tx, actor, {
    action: 'council_ballot.deleted',
    entity: 'council_ballot',
    entityId: nominee.ballot!.id,
    unitId: meeting.authorityUnitId,
    before: {
      meetingId: id,
      nomineeId,
      agree: nominee.ballot!.agree,
      disagree: nominee.ballot!.disagree,
      invalid: nominee.ballot!.invalid,
      passed: nominee.ballot!.passed,
    },
  });
  return meetingView(tx, actor, (await findMeetingInScope(tx, actor, id))!);
}

/** Everything that must hold before the minutes are final (INVALID_STATE naming what is missing). */
function checkClosable(ctx: MeetingContext, today: string): void {
  const m = ctx.meeting;
  const problems: string[] = [];
  if (ctx.termError) problems.push(ctx.termError);
  if (m.heldOn > today) problems.push(`chưa đến ngày họp (${viDate(m.heldOn)})`);
  if (!m.chairPersonId) problems.push('chưa chọn người chủ trì');
  if (!m.secretaryPersonId) problems.push('chưa chọn thư ký');
  if (ctx.summary.unrecorded > 0)
    problems.push(`còn ${ctx.summary.unrecorded} thành viên chưa ghi có mặt hay vắng mặt`);
  const here = ctx.nominees.filter((n) => n.ballot?.meetingId === m.id);
  if (here.length > 0 && !ctx.quorum.met) problems.push(`không đủ số thành viên dự họp — ${ctx.quorum.text}`);
  if (problems.length > 0) {
    throw new AppError('INVALID_STATE', `Chưa thể kết thúc phiên họp: ${problems.join('; ')}`);
  }
}

/** POST /api/council-meetings/:id/close (with version): outcomes written, dossiers concluded, the record locked. */
export async function closeMeeting(
  tx: Db,
  actor: Actor,
  id: string,
  input: unknown,
  options: { now?: Date } = {},
): Promise<MeetingView> {
  const body = parseInput(VersionBody, input);
  const meeting = await meetingForChange(tx, actor, id, body.version);
  const ctx = await loadMeetingContext(tx, meeting);
  checkClosable(ctx, todayInVietnam());
  const decided: { nomineeId: string; name: string; awardKind: string; passed: boolean; text: string }[] = [];
  for (const n of ctx.nominees.filter((x) => x.ballot?.meetingId === id)) {
    const ballot = n.ballot!;
    // Recomputed against the final attendance and composition: a ballot entered earlier must still be consistent.
    let computed: Computed;
    try {
      computed = computeBallot(ctx, n, ballot.awardKind, {
        mode: ballot.mode,
        agree: ballot.agree,
        disagree: ballot.disagree,
        invalid: ballot.invalid,
        votes: n.votes.map((v) => ({
          personId: v.personId,
          vote: v.vote as 'agree' | 'disagree' | 'invalid',
        })),
      });
    } catch (error) {
      if (error instanceof AppError) {
        throw new AppError(
          'INVALID_STATE',
          `Chưa thể kết thúc phiên họp: phiếu của ${n.name} — ${error.message}`,
        );
      }
      throw error;
    }
    await tx
      .update(councilBallots)
      .set({
        membersTotal: ctx.summary.membersTotal,
        writtenVotes: computed.tally.written,
        ruleKind: computed.rule.kind,
        threshold: computed.rule.threshold,
        strict: computed.rule.strict,
        ruleText: computed.rule.text,
        ruleSource: computed.rule.source,
        passed: computed.passed,
        outcomeText: computed.text,
      })
      .where(eq(councilBallots.id, ballot.id));
    const [written] = await tx
      .update(dossierNominees)
      .set({
        outcome: computed.passed ? 'passed' : 'failed',
        outcomeAwardKind: computed.passed ? ballot.awardKind : null,
        version: sql`${dossierNominees.version} + 1`,
      })
      .where(and(eq(dossierNominees.id, n.id), eq(dossierNominees.version, n.version)))
      .returning({ id: dossierNominees.id });
    if (!written) {
      throw new AppError(
        'CONFLICT',
        `Hồ sơ của ${n.name} vừa được người khác cập nhật. Vui lòng tải lại trang`,
      );
    }
    decided.push({
      nomineeId: n.id,
      name: n.name,
      awardKind: ballot.awardKind,
      passed: computed.passed,
      text: computed.text,
    });
  }
  await bumpMeeting(tx, meeting, {
    status: 'closed',
    regimeId: ctx.regime,
    membersTotal: ctx.summary.membersTotal,
    presentCount: ctx.summary.present,
    quorumText: ctx.quorum.text,
    closedAt: options.now ?? new Date(),
    closedBy: actor.userId,
    closedByName: actor.fullName,
  });
  const concluded: string[] = [];
  for (const d of ctx.dossiers) {
    const nominees = ctx.nominees.filter((n) => n.dossierId === d.id);
    const allDecided = nominees.every((n) => n.outcome !== null || decided.some((x) => x.nomineeId === n.id));
    if (d.status === 'council' && nominees.length > 0 && allDecided) {
      await concludeDossier(
        tx,
        actor,
        d.id,
        meeting,
        decided.filter((x) => nominees.some((n) => n.id === x.nomineeId)),
        options.now,
      );
      concluded.push(d.id);
    }
  }
  await appendAudit(tx, actor, {
    action: 'council_meeting.closed',
    entity: 'council_meeting',
    entityId: id,
    unitId: meeting.authorityUnitId,
    after: {
      membersTotal: ctx.summary.membersTotal,
      present: ctx.summary.present,
      absentWritten: ctx.summary.absentWritten,
      quorum: ctx.quorum.text,
      outcomes: decided.map((x) => ({ nomineeId: x.nomineeId, awardKind: x.awardKind, passed: x.passed })),
      concludedDossierIds: concluded,
    },
  });
  return meetingView(tx, actor, (await requireMeeting(tx, actor, id)) as MeetingRow);
}
