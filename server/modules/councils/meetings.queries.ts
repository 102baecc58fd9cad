// Reads of council meetings: one meeting in the actor's scope with its council, the agenda's dossiers and
// nominees, attendance, ballots and member votes, the disclosure state of nominees, and a page of meetings.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../db/client';
import {
  councilAttendance,
  councilBallots,
  councilBallotVotes,
  councilMeetingDossiers,
  councilMeetings,
  councils,
  disclosureNominees,
  disclosures,
  disclosureSettings,
  dossierNominees,
  dossiers,
  people,
  units,
} from '../../db/schema/index';
import type { Actor } from '../../lib/actor';
import { councilVisibleSql } from './councils.policy';

export type MeetingRow = typeof councilMeetings.$inferSelect & {
  councilName: string;
  councilEstablishedOn: string;
  councilDissolvedOn: string | null;
  authorityUnitId: string;
  authorityName: string;
  authorityPath: string;
};

/** One meeting whose council the actor may see, locked for update when asked. */
export async function findMeetingInScope(
  db: Db,
  actor: Actor,
  id: string,
  lock = false,
): Promise<MeetingRow | undefined> {
  const query = db
    .select({
      meeting: councilMeetings,
      councilName: councils.name,
      councilEstablishedOn: councils.establishedOn,
      councilDissolvedOn: councils.dissolvedOn,
      authorityUnitId: councils.authorityUnitId,
      authorityName: units.name,
      authorityPath: units.path,
    })
    .from(councilMeetings)
    .innerJoin(councils, eq(councils.id, councilMeetings.councilId))
    .innerJoin(units, eq(units.id, councils.authorityUnitId))
    .where(and(eq(councilMeetings.id, id), councilVisibleSql(actor, sql`${units.path}`)));
  const [row] = lock ? await query.for('update', { of: councilMeetings }) : await query;
  if (!row) return undefined;
  const { meeting, ...rest } = row;
  return { ...meeting, ...rest };
}

export interface AgendaDossierRow {
  id: string;
  code: string;
  title: string;
  status: string;
  regimeId: string;
  authorityUnitId: string | null;
  proposingUnitId: string;
  proposingUnitName: string;
  position: number;
}

/** The dossiers on a meeting's agenda, in order. */
export async function loadAgendaDossiers(db: Db, meetingId: string): Promise<AgendaDossierRow[]> {
  return db
    .select({
      id: dossiers.id,
      code: dossiers.code,
      title: dossiers.title,
      status: dossiers.status,
      regimeId: dossiers.regimeId,
      authorityUnitId: dossiers.authorityUnitId,
      proposingUnitId: dossiers.proposingUnitId,
      proposingUnitName: units.name,
      position: councilMeetingDossiers.position,
    })
    .from(councilMeetingDossiers)
    .innerJoin(dossiers, eq(dossiers.id, councilMeetingDossiers.dossierId))
    .innerJoin(units, eq(units.id, dossiers.proposingUnitId))
    .where(eq(councilMeetingDossiers.meetingId, meetingId))
    .orderBy(asc(councilMeetingDossiers.position), asc(dossiers.code));
}

/** Dossiers by id with the facts the agenda checks (no scope: callers compare the authority). */
export async function loadDossiersByIds(db: Db, ids: readonly string[]) {
  if (ids.length === 0)
    return new Map<string, { id: string; status: string; authorityUnitId: string | null; code: string }>();
  const rows = await db
    .select({
      id: dossiers.id,
      status: dossiers.status,
      authorityUnitId: dossiers.authorityUnitId,
      code: dossiers.code,
    })
    .from(dossiers)
    .where(inArray(dossiers.id, [...ids]));
  return new Map(rows.map((r) => [r.id, r]));
}

/** Dossiers waiting for the council of an authority (status 'council'), not on the given agenda. */
export async function loadCandidates(db: Db, authorityUnitId: string, exclude: readonly string[]) {
  return queryRows<{ id: string; code: string; title: string; nominees: number }>(
    db,
    sql`select d.id, d.code, d.title, (select count(*)::int from dossier_nominees n where n.dossier_id = d.id) as nominees
      from dossiers d where d.authority_unit_id = ${authorityUnitId} and d.status = 'council'
      ${
        exclude.length > 0
          ? sql`and d.id not in (${sql.join(
              exclude.map((id) => sql`${id}`),
              sql`, `,
            )})`
          : sql``
      }
      order by d.code`,
  );
}

export interface NomineeRow {
  id: string;
  dossierId: string;
  position: number;
  subjectKind: string;
  name: string;
  awardKind: string;
  proposedAwardKind: string | null;
  appraisal: string | null;
  appraisalNote: string | null;
  outcome: string | null;
  outcomeAwardKind: string | null;
  version: number;
}

/** The nominees of dossiers, with the name of the person, unit or household. */
export async function loadNominees(db: Db, dossierIds: readonly string[]): Promise<NomineeRow[]> {
  if (dossierIds.length === 0) return [];
  return db
    .select({
      id: dossierNominees.id,
      dossierId: dossierNominees.dossierId,
      position: dossierNominees.position,
      subjectKind: dossierNominees.subjectKind,
      name: sql<string>`coalesce(${dossierNominees.householdName}, ${people.fullName}, ${units.name}, '')`,
      awardKind: dossierNominees.awardKind,
      proposedAwardKind: dossierNominees.proposedAwardKind,
      appraisal: dossierNominees.appraisal,
      appraisalNote: dossierNominees.appraisalNote,
      outcome: dossierNominees.outcome,
      outcomeAwardKind: dossierNominees.outcomeAwardKind,
      version: dossierNominees.version,
    })
    .from(dossierNominees)
    .leftJoin(people, eq(people.id, dossierNominees.personId))
    .leftJoin(units, eq(units.id, dossierNominees.unitId))
    .where(inArray(dossierNominees.dossierId, [...dossierIds]))
    .orderBy(asc(dossierNominees.dossierId), asc(dossierNominees.position));
}

export type AttendanceRow = typeof councilAttendance.$inferSelect;

export async function loadAttendance(db: Db, meetingId: string): Promise<AttendanceRow[]> {
  return db.select().from(councilAttendance).where(eq(councilAttendance.meetingId, meetingId));
}

export type BallotRow = typeof councilBallots.$inferSelect;
export type VoteRow = typeof councilBallotVotes.$inferSelect & { fullName: string };

/** Ballots of nominees (from any meeting: a nominee is voted on once) and their member votes. */
export async function loadBallots(
  db: Db,
  nomineeIds: readonly string[],
): Promise<{ ballots: BallotRow[]; votes: VoteRow[] }> {
  if (nomineeIds.length === 0) return { ballots: [], votes: [] };
  const ballots = await db
    .select()
    .from(councilBallots)
    .where(inArray(councilBallots.nomineeId, [...nomineeIds]));
  if (ballots.length === 0) return { ballots, votes: [] };
  const votes = await db
    .select({ vote: councilBallotVotes, fullName: people.fullName })
    .from(councilBallotVotes)
    .innerJoin(people, eq(people.id, councilBallotVotes.personId))
    .where(
      inArray(
        councilBallotVotes.ballotId,
        ballots.map((b) => b.id),
      ),
    );
  return { ballots, votes: votes.map((v) => ({ ...v.vote, fullName: v.fullName })) };
}

export interface NomineeDisclosureRow {
  nomineeId: string;
  disclosureId: string;
  status: string;
  outcome: string | null;
}

/** The disclosure each nominee was published in, if any. */
export async function loadNomineeDisclosures(
  db: Db,
  nomineeIds: readonly string[],
): Promise<NomineeDisclosureRow[]> {
  if (nomineeIds.length === 0) return [];
  return db
    .select({
      nomineeId: disclosureNominees.nomineeId,
      disclosureId: disclosures.id,
      status: disclosures.status,
      outcome: disclosures.outcome,
    })
    .from(disclosureNominees)
    .innerJoin(disclosures, eq(disclosures.id, disclosureNominees.disclosureId))
    .where(inArray(disclosureNominees.nomineeId, [...nomineeIds]));
}

/** The kinds an authority's administrator added to those the law requires to disclose, with their period. */
export async function loadDisclosureSettings(
  db: Db,
  authorityUnitId: string | null,
): Promise<Map<string, number>> {
  if (!authorityUnitId) return new Map();
  const rows = await db
    .select({ awardKind: disclosureSettings.awardKind, days: disclosureSettings.days })
    .from(disclosureSettings)
    .where(eq(disclosureSettings.authorityUnitId, authorityUnitId));
  return new Map(rows.map((r) => [r.awardKind, r.days]));
}

export interface MeetingPageRow extends Record<string, unknown> {
  id: string;
  council_id: string;
  council_name: string;
  title: string;
  held_on: string;
  start_time: string | null;
  place: string | null;
  status: string;
  dossiers: number;
  nominees: number;
  ballots: number;
}

/** A page of meetings of the councils in the actor's scope: open ones first, then the latest. */
export async function selectMeetingPage(
  db: Db,
  actor: Actor,
  query: { councilId?: string; status?: string; page: number; pageSize: number },
): Promise<{ rows: MeetingPageRow[]; total: number }> {
  const where = sql`${councilVisibleSql(actor, sql`u.path`)}
    ${query.councilId ? sql`and m.council_id = ${query.councilId}` : sql``}
    ${query.status ? sql`and m.status = ${query.status}` : sql``}`;
  const from = sql`council_meetings m join councils c on c.id = m.council_id join units u on u.id = c.authority_unit_id`;
  const [count] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${from} where ${where}`,
  );
  const rows = await queryRows<MeetingPageRow>(
    db,
    sql`select m.id, c.id as council_id, c.name as council_name, m.title, m.held_on::text, m.start_time, m.place,
      m.status,
      (select count(*)::int from council_meeting_dossiers a where a.meeting_id = m.id) as dossiers,
      (select count(*)::int from council_meeting_dossiers a join dossier_nominees n on n.dossier_id = a.dossier_id
        where a.meeting_id = m.id) as nominees,
      (select count(*)::int from council_ballots b where b.meeting_id = m.id) as ballots
      from ${from} where ${where}
      order by m.status = 'closed', m.held_on desc, m.created_at desc
      limit ${query.pageSize} offset ${(query.page - 1) * query.pageSize}`,
  );
  return { rows, total: count?.n ?? 0 };
}
