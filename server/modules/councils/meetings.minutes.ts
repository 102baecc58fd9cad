// The minutes of a meeting (Biên bản họp Hội đồng Thi đua - Khen thưởng): its context turned into the data of
// server/render/bien-ban-hoi-dong.docx.ts, with the disclosures of the agenda's dossiers and their outcome.
import { eq, inArray } from 'drizzle-orm';
import {
  ATTENDANCE_LABELS,
  COUNCIL_ROLE_LABELS,
  type AttendanceStatus,
  type CouncilRole,
} from '../../../contracts/councils';
import { DISCLOSURE_OUTCOME_LABELS, type DisclosureOutcome } from '../../../contracts/disclosures';
import { ruleShareText, viDate } from '../../../domain/council';
import type { Db } from '../../db/client';
import { disclosures, units } from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { type MinutesData, renderMinutes } from '../../render/bien-ban-hoi-dong.docx';
import { loadMeetingContext, type MeetingContext } from './meetings.context';
import { kindLabel } from './meetings.present';
import { requireMeeting } from './meetings.service';

const ADMINISTRATIVE = /^(Tỉnh|Thành phố|Huyện|Thị xã|Quận|Xã|Phường|Thị trấn|Đặc khu)\s+/u;

/** How the authority's unit is named on the minutes: the parent agency, the place, who decides. */
export function authorityNames(unit: { name: string; kind: string }) {
  const match = ADMINISTRATIVE.exec(unit.name);
  if (match) {
    const inSentence = unit.name.replace(match[1]!, match[1]!.toLowerCase());
    return {
      parentAgency: `Ủy ban nhân dân ${inSentence}`,
      placeName: unit.name.slice(match[0].length),
      authorityLabel: `Chủ tịch UBND ${inSentence}`,
    };
  }
  return { parentAgency: unit.name, placeName: unit.name, authorityLabel: `Thủ trưởng ${unit.name}` };
}

const position = (p: { position: string | null; organisation: string | null }) =>
  [p.position, p.organisation].filter(Boolean).join(', ') || null;

/** The minutes' data from a meeting's context. */
export async function minutesData(tx: Db, ctx: MeetingContext): Promise<MinutesData> {
  const m = ctx.meeting;
  const [unit] = await tx
    .select({ name: units.name, kind: units.kind })
    .from(units)
    .where(eq(units.id, m.authorityUnitId));
  const names = authorityNames(unit!);
  const byPerson = new Map(ctx.periods.map((p) => [p.personId, p]));
  const officer = (id: string | null) => {
    const p = id ? byPerson.get(id) : undefined;
    return p ? { name: p.fullName, position: position(p) } : null;
  };
  const dossierIds = ctx.dossiers.map((d) => d.id);
  const disclosed =
    dossierIds.length === 0
      ? []
      : await tx.select().from(disclosures).where(inArray(disclosures.dossierId, dossierIds));
  const here = ctx.nominees.filter((n) => n.ballot?.meetingId === m.id);
  return {
    ...names,
    // Broken by hand so that "THI ĐUA - KHEN THƯỞNG" stays on one line.
    agency: 'Hội đồng\nThi đua - Khen thưởng',
    councilName: m.councilName,
    title: m.title,
    heldOn: m.heldOn,
    startTime: m.startTime,
    place: m.place,
    chair: officer(m.chairPersonId),
    secretary: officer(m.secretaryPersonId),
    members: ctx.members.map((p) => {
      const status = ctx.attendance.get(p.personId)?.status as AttendanceStatus | undefined;
      return {
        name: p.fullName,
        roleLabel: COUNCIL_ROLE_LABELS[p.role as CouncilRole],
        position: position(p),
        attendance: status ? ATTENDANCE_LABELS[status] : 'Chưa ghi nhận',
      };
    }),
    present: ctx.summary.present,
    absentWritten: ctx.summary.absentWritten,
    absent: ctx.summary.absent,
    membersTotal: ctx.summary.membersTotal,
    quorumText: ctx.quorum.text,
    quorumRule: ctx.quorum.rule.label,
    dossiers: ctx.dossiers.map((d) => ({
      code: d.code,
      title: d.title,
      unit: d.proposingUnitName,
      nominees: ctx.nominees.filter((n) => n.dossierId === d.id).length,
    })),
    disclosures: disclosed
      .filter((d) => d.status !== 'draft')
      .map((d) => ({
        title: d.title,
        period: `từ ngày ${viDate(d.opensOn!)} đến hết ngày ${viDate(d.closesOn!)}`,
        outcome: d.outcome ? DISCLOSURE_OUTCOME_LABELS[d.outcome as DisclosureOutcome] : 'đang lấy ý kiến',
        note: d.outcomeNote,
      })),
    ballots: here.map((n) => {
      const b = n.ballot!;
      return {
        name: n.name,
        unit: n.dossier.proposingUnitName,
        kindName: kindLabel(n.dossier.regimeId, b.awardKind),
        agree: b.agree,
        disagree: b.disagree,
        invalid: b.invalid,
        written: b.writtenVotes,
        membersTotal: b.membersTotal,
        thresholdText: `${ruleShareText(b)}${b.ruleKind === 'majority' ? ' (đa số)' : ''}`,
        ruleText: b.ruleText,
        ruleSource: b.ruleSource,
        passed: b.passed,
      };
    }),
    notVoted: ctx.nominees
      .filter((n) => !n.ballot && n.outcome === null)
      .map((n) => `${n.name} (${kindLabel(n.dossier.regimeId, n.voteKind)})`),
    conclusion: m.conclusion,
    authorityLabel: names.authorityLabel,
    draft: m.status !== 'closed',
  };
}

/** GET /api/council-meetings/:id/minutes.docx: the file name and bytes. */
export async function meetingMinutes(
  tx: Db,
  actor: Actor,
  id: string,
): Promise<{ filename: string; bytes: Buffer }> {
  const meeting = await requireMeeting(tx, actor, id);
  const data = await minutesData(tx, await loadMeetingContext(tx, meeting));
  const draft = data.draft ? ' (dự thảo)' : '';
  return {
    filename: `Biên bản họp Hội đồng TĐKT ngày ${viDate(meeting.heldOn).replaceAll('/', '-')}${draft}.docx`,
    bytes: await renderMinutes(data),
  };
}
