// The award results of the seed report (huyện Cẩm Xuyên, 01/01–30/06/2023; facts.json awardResults), written the
// way users would have produced them: communes and agencies send Giấy khen dossiers to the district, the district
// appraises them (proposing a higher kind for the best), its council votes, the chairman issues decisions numbered
// from the register; what the council passed beyond the district is forwarded to the province, which appraises,
// votes in its council and decides (or forwards to the Prime Minister, whose decision is recorded as a higher
// authority's). Every step goes through the services of the UI, as the demo accounts, on its 2023 date (the
// services' optional clock). The rounds and dates are in report-2023-rounds.ts; the nominees are demo people and
// units of the district chosen from their history (ratings, titles), deterministically.
import { accountActor } from './dossiers';
import { sql } from 'drizzle-orm';
import type { DecisionView } from '../../../contracts/decisions';
import type { MeetingView } from '../../../contracts/councils';
import { RATING_LABELS } from '../../../contracts/history-enums';
import type { Rating } from '../../../domain/regimes/types';
import type { Actor } from '../../lib/actor';
import { createMeeting, recordAttendance, updateMeeting } from '../../modules/councils/meetings.service';
import { closeMeeting, recordBallots } from '../../modules/councils/meetings.ballots';
import { createDraft } from '../../modules/decisions/decisions.drafts';
import { recordExternal } from '../../modules/decisions/decisions.external';
import { issueDecision } from '../../modules/decisions/decisions.issue';
import { appraiseNominees } from '../../modules/dossiers/dossiers.nominees';
import { createDossierDraft } from '../../modules/dossiers/dossiers.service';
import { transitionDossier } from '../../modules/dossiers/dossiers.transitions';
import { type Db, queryRows } from '../client';
import { inSentence } from './history-authorities';
import type { Random } from './prng';
import { ROUNDS, type Round, type RoundKind } from './report-2023-rounds';

const DISTRICT = 'cx';
/** Nominees per council session (the ballots of a long agenda are split over the day's sessions). */
const SESSION_SIZE = 26;
const SESSION_TIMES = ['08:00', '09:30', '14:00', '15:30'];
const PROVINCE = 'tinh';

/** One decision written by this step, for the log and the report. */
export interface Report2023Decision {
  number: string;
  date: string;
  authority: string;
  individuals: number;
  collectives: number;
  kinds: string[];
}

export interface Report2023Ids {
  units: ReadonlyMap<string, string>;
  registers: ReadonlyMap<string, string>;
  councils: ReadonlyMap<string, string>;
  movements: ReadonlyMap<string, string>;
}

/** The actor of a demo account, with its role bindings (as a signed-in session would carry them). */
interface Person {
  id: string;
  full_name: string;
  unit_id: string;
  unit_name: string;
  unit_kind: string;
  since: string;
  rating: Rating;
  score: number;
  /** A Bằng khen or CSTĐ tỉnh decided in 2022–2023 (not proposed again so soon). */
  recent_high: boolean;
}

interface Collective {
  id: string;
  name: string;
  kind: string;
  score: number;
  ttldxs_2022: boolean;
}

/** People of the district's communes and agencies through the half-year, best record first (stable order). */
async function people(tx: Db, districtPath: string): Promise<Person[]> {
  return queryRows<Person & Record<string, unknown>>(
    tx,
    sql`select * from (
      select distinct on (p.id) p.id, p.full_name, e.unit_id, u.name as unit_name, u.kind as unit_kind, e.from_date::text as since,
        r.rating, p.name_sort, p.cccd,
        (select count(*) from annual_ratings x where x.person_id = p.id and x.year between 2018 and 2022
           and x.rating = 'HTXS')::int * 2
        + (select count(*) from awards a where a.person_id = p.id and a.award_kind = 'CSTDCS'
           and a.achievement_year between 2020 and 2022 and not a.revoked)::int * 3
        + case r.rating when 'HTXS' then 2 when 'HTT' then 1 else 0 end as score,
        exists (select 1 from awards a where a.person_id = p.id and a.award_kind in ('BK_TINH', 'CSTD_TINH', 'BK_TTG')
           and a.decision_date between '2022-01-01' and '2023-12-31') as recent_high
      from people p
      join employments e on e.person_id = p.id and e.from_date <= '2022-12-31'
        and (e.to_date is null or e.to_date >= '2023-07-31')
      join units u on u.id = e.unit_id and u.path like ${districtPath + '%'} and u.kind <> 'district'
      join annual_ratings r on r.person_id = p.id and r.year = 2022
      where not exists (select 1 from disciplines d where d.person_id = p.id and d.to_date >= '2021-01-01'
          and d.from_date <= '2023-06-30')
        and not exists (select 1 from investigations i where i.person_id = p.id and i.opened_on <= '2023-06-30')
      order by p.id, e.from_date) t
    order by t.score desc, t.name_sort collate "C", t.cccd`,
  );
}

/** The district's communes and agencies in the half-year, best 2022 record first. */
async function collectives(tx: Db, districtPath: string): Promise<Collective[]> {
  return queryRows<Collective & Record<string, unknown>>(
    tx,
    sql`select u.id, u.name, u.kind,
        case r.rating when 'HTXS' then 3 when 'HTT' then 1 else 0 end
        + case when exists (select 1 from awards a where a.unit_id = u.id and a.award_kind = 'TTLDTT'
            and a.achievement_year = 2022 and not a.revoked) then 2 else 0 end
        + case when u.kind = 'commune' then 1 else 0 end as score,
        exists (select 1 from awards a where a.unit_id = u.id and a.award_kind = 'TTLDXS'
            and a.achievement_year = 2022) as ttldxs_2022
      from units u
      left join annual_ratings r on r.unit_id = u.id and r.year = 2022
      where u.path like ${districtPath + '%'} and u.kind <> 'district'
        and u.valid_from <= '2022-12-31' and (u.valid_to is null or u.valid_to >= '2023-07-31')
      order by score desc, u.name_sort collate "C"`,
  );
}

interface NomineeState {
  id: string;
  dossierId: string;
  subjectKind: 'individual' | 'collective' | 'household';
  personId: string | null;
  unitId: string | null;
  awardKind: string;
  outcome: 'passed' | 'failed' | null;
  outcomeAwardKind: string | null;
  forwardedToNomineeId: string | null;
  version: number;
}

/** The nominees of dossiers as this writer needs them (without the stored verdicts), in dossier order. */
async function loadNominees(tx: Db, dossierIds: readonly string[]): Promise<NomineeState[]> {
  if (dossierIds.length === 0) return [];
  return queryRows<NomineeState & Record<string, unknown>>(
    tx,
    sql`select n.id, n.dossier_id as "dossierId", n.subject_kind as "subjectKind", n.person_id as "personId",
        n.unit_id as "unitId", n.award_kind as "awardKind", n.outcome, n.outcome_award_kind as "outcomeAwardKind",
        n.forwarded_to_nominee_id as "forwardedToNomineeId", n.version
      from dossier_nominees n
      where n.dossier_id in (${sql.join(
        dossierIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})
      order by array_position(array[${sql.join(
        dossierIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}], n.dossier_id), n.position`,
  );
}

/** Fisher–Yates with the demo generator. */
function shuffled<T>(random: Random, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A step's moment: the date at 08:00 Vietnam time, a minute later for each further step that day (keeps order). */
function createClock() {
  const ticks = new Map<string, number>();
  return (date: string) => {
    const n = ticks.get(date) ?? 0;
    ticks.set(date, n + 1);
    return new Date(Date.parse(`${date}T08:00:00+07:00`) + n * 60_000);
  };
}

interface Pick {
  subjectKind: 'individual' | 'collective';
  id: string;
  /** The kind the district's appraisal proposes (GK unless upgraded). */
  kind: RoundKind;
  summary: string;
  /**
   * Proposing unit of its dossier: a district agency for its people; the district itself (Phòng Nội vụ compiling
   * the communes' proposals) for commune people and for collectives — a commune's own Giấy khen is its chairman's.
   */
  proposer: string;
  /** The unit whose proposal it is (one dossier each): the person's unit, or the collective itself. */
  group: string;
  groupName: string;
}

const ILLUSTRATIVE = 'Nội dung tóm tắt thành tích là dữ liệu minh họa.';

/** The nominees of a round: upgrades first (best record), then Giấy khen unit by unit. */
function pickRound(
  random: Random,
  round: Round,
  pool: readonly Person[],
  units: readonly Collective[],
  used: Set<string>,
  districtId: string,
): Pick[] {
  const picks: Pick[] = [];
  const inRound = new Set<string>();
  const personSummary = (p: Person) =>
    `Năm 2022 công tác tại ${p.unit_name}, được đánh giá, xếp loại "${RATING_LABELS[p.rating]}"; ` +
    `có thành tích trong ${round.label}. ${ILLUSTRATIVE}`;
  const takePerson = (p: Person, kind: RoundKind) => {
    used.add(p.id);
    inRound.add(p.id);
    picks.push({
      subjectKind: 'individual',
      id: p.id,
      kind,
      summary: personSummary(p),
      proposer: p.unit_kind === 'commune' ? districtId : p.unit_id,
      group: p.unit_id,
      groupName: p.unit_name,
    });
  };
  const yearStart = `${round.achievementYear}-01-01`;
  for (const [kind, n] of Object.entries(round.individuals.upgrade ?? {}) as [RoundKind, number][]) {
    const best = pool.filter(
      (p) => !used.has(p.id) && !p.recent_high && p.rating !== 'HT' && p.since < yearStart,
    );
    if (best.length < n) throw new Error(`report-2023: not enough people for ${kind} in ${round.key}`);
    for (const p of best.slice(0, n)) takePerson(p, kind);
  }
  // Giấy khen: whole units at a time (a commune sends one dossier), good ratings first; a person already
  // commended earlier in the half-year only when no one else is left.
  const good = (p: Person) => p.rating === 'HTXS' || p.rating === 'HTT';
  let need = round.individuals.GK;
  for (const pass of [0, 1, 2] as const) {
    const unitsOrder = shuffled(random, [...new Set(pool.map((p) => p.unit_id))].sort());
    // Units already sending a dossier in this round first.
    const started = new Set(picks.map((x) => pool.find((p) => p.id === x.id)?.unit_id));
    unitsOrder.sort((a, b) => Number(started.has(b)) - Number(started.has(a)));
    for (const unitId of unitsOrder) {
      if (need === 0) break;
      const free = pool.filter(
        (p) =>
          p.unit_id === unitId &&
          !inRound.has(p.id) &&
          (pass === 2 || !used.has(p.id)) &&
          (pass > 0 || good(p)),
      );
      for (const p of free.slice(0, Math.min(need, 8))) {
        takePerson(p, 'GK');
        need -= 1;
      }
    }
  }
  if (need > 0) throw new Error(`report-2023: not enough people for Giấy khen in ${round.key}`);

  const takeUnit = (u: Collective, kind: RoundKind) => {
    inRound.add(u.id);
    picks.push({
      subjectKind: 'collective',
      id: u.id,
      kind,
      summary: `${u.name}: hoàn thành tốt các chỉ tiêu, nhiệm vụ; có thành tích trong ${round.label}. ${ILLUSTRATIVE}`,
      proposer: u.kind === 'commune' ? districtId : u.id,
      group: u.id,
      groupName: u.name,
    });
  };
  for (const [kind, n] of Object.entries(round.collectives.upgrade ?? {}) as [RoundKind, number][]) {
    const best = units.filter((u) => !inRound.has(u.id) && !(kind === 'TTLDXS' && u.ttldxs_2022));
    if (best.length < n) throw new Error(`report-2023: not enough units for ${kind} in ${round.key}`);
    for (const u of best.slice(0, n)) takeUnit(u, kind);
  }
  const rest = shuffled(
    random,
    units.filter((u) => !inRound.has(u.id)),
  );
  // Units already sending a dossier this round first (their collective goes in the same dossier).
  const sending = new Set(picks.map((x) => x.group));
  rest.sort((a, b) => Number(sending.has(b.id)) - Number(sending.has(a.id)));
  if (rest.length < round.collectives.GK) throw new Error(`report-2023: not enough units in ${round.key}`);
  for (const u of rest.slice(0, round.collectives.GK)) takeUnit(u, 'GK');
  return picks;
}

/** Writes the rounds; returns the decisions written, in date order. */
export async function writeReport2023(
  tx: Db,
  random: Random,
  ids: Report2023Ids,
): Promise<Report2023Decision[]> {
  const districtId = ids.units.get(DISTRICT)!;
  const provinceId = ids.units.get(PROVINCE)!;
  const [district] = await queryRows<{ path: string }>(
    tx,
    sql`select path from units where id = ${districtId}`,
  );
  const pool = await people(tx, district!.path);
  const units = await collectives(tx, district!.path);
  const as = {
    districtOfficer: await accountActor(tx, 'noivu.camxuyen'),
    districtLeader: await accountActor(tx, 'lanhdao.camxuyen'),
    districtCouncil: await accountActor(tx, 'hoidong.camxuyen'),
    provinceSpecialist: await accountActor(tx, 'btdkt'),
    provinceLeader: await accountActor(tx, 'lanhdao.tinh'),
    provinceCouncil: await accountActor(tx, 'hoidong.tinh'),
  };
  const clock = createClock();
  const written: Report2023Decision[] = [];
  const used = new Set<string>();

  const step = (actor: Actor, id: string, action: Parameters<typeof transitionDossier>[3], date: string) =>
    transitionDossier(tx, actor, id, action, {}, { now: clock(date) });

  /** Receive, appraise (agree; the proposed kind where it differs) and send to the council. */
  const appraise = async (
    actor: Actor,
    dossierIds: readonly string[],
    stage: { receive: string; startAppraisal: string; sendToCouncil?: string },
    proposed: ReadonlyMap<string, RoundKind>,
  ) => {
    // A dossier addressed to a central authority is appraised here but voted on by no council of ours.
    const central = new Set(
      (
        await queryRows<{ id: string }>(
          tx,
          sql`select id from dossiers where authority_unit_id is null and id in (${sql.join(
            [...dossierIds, '00000000-0000-0000-0000-000000000000'].map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
        )
      ).map((r) => r.id),
    );
    for (const id of dossierIds) {
      await step(actor, id, 'receive', stage.receive);
      await step(actor, id, 'start_appraisal', stage.startAppraisal);
      const items = (await loadNominees(tx, [id])).map((n) => {
        const kind = proposed.get(n.personId ?? n.unitId!);
        const upgrade = kind && kind !== n.awardKind ? kind : null;
        return {
          nomineeId: n.id,
          version: n.version,
          appraisal: 'agree',
          note: upgrade
            ? 'Thành tích tiêu biểu, đủ điều kiện đề nghị cấp trên khen thưởng; đề nghị Hội đồng xem xét.'
            : 'Đủ điều kiện theo kết quả xét tự động và hồ sơ kèm theo.',
          ...(upgrade ? { proposedAwardKind: upgrade } : {}),
        };
      });
      if (items.length > 0) await appraiseNominees(tx, actor, id, { items });
      if (stage.sendToCouncil && !central.has(id))
        await step(actor, id, 'send_to_council', stage.sendToCouncil);
    }
    return dossierIds.filter((id) => !central.has(id));
  };

  /**
   * The council's meeting day on the dossiers: sessions of at most SESSION_SIZE nominees (morning and afternoon,
   * the communes' proposals before the agencies'), each with its attendance, one ballot per nominee, closed.
   */
  const meeting = async (
    actor: Actor,
    councilId: string,
    heldOn: string,
    title: string,
    place: string,
    dossierIds: readonly string[],
    kindOf: (awardKind: string, key: string) => string,
  ) => {
    const sizes = new Map<string, number>();
    for (const n of await loadNominees(tx, dossierIds))
      sizes.set(n.dossierId, (sizes.get(n.dossierId) ?? 0) + 1);
    const sessions: string[][] = [];
    let size = 0;
    for (const id of dossierIds) {
      const n = sizes.get(id) ?? 0;
      if (sessions.length === 0 || size + n > SESSION_SIZE) {
        sessions.push([]);
        size = 0;
      }
      sessions.at(-1)!.push(id);
      size += n;
    }
    for (const [i, ids] of sessions.entries()) {
      const label = sessions.length > 1 ? ` (phiên ${i + 1}/${sessions.length})` : '';
      await session(
        actor,
        councilId,
        heldOn,
        SESSION_TIMES[i % SESSION_TIMES.length]!,
        title + label,
        place,
        ids,
        kindOf,
      );
    }
  };

  const session = async (
    actor: Actor,
    councilId: string,
    heldOn: string,
    startTime: string,
    title: string,
    place: string,
    dossierIds: readonly string[],
    kindOf: (awardKind: string, key: string) => string,
  ) => {
    const r = random.fork(`meeting:${heldOn}:${startTime}:${councilId}`);
    let view: MeetingView = await createMeeting(tx, actor, councilId, {
      title,
      heldOn,
      startTime,
      place,
      sessionKind: 'award',
      dossierIds: [...dossierIds],
    });
    const chair = view.members.find((m) => m.role === 'chu_tich')!;
    const secretary = view.members.find((m) => m.role === 'uy_vien_thu_ky')!;
    const ordinary = view.members.filter((m) => m.role === 'uy_vien');
    const away = r.chance(0.6) && ordinary.length > 0 ? r.pick(ordinary).personId : null;
    view = await recordAttendance(tx, actor, view.id, {
      version: view.version,
      items: view.members.map((m) => ({
        personId: m.personId,
        status: m.personId === away ? 'absent' : 'present',
        ...(m.personId === away ? { note: 'Vắng mặt do đi công tác' } : {}),
      })),
    });
    // The chair and secretary of the meeting (set after the attendance, as the UI's form does).
    view = await updateMeeting(tx, actor, view.id, {
      version: view.version,
      chairPersonId: chair.personId,
      secretaryPersonId: secretary.personId,
    });
    const present = view.members.length - (away ? 1 : 0);
    // The session's results entered together (one ballot per nominee, as the secretary's sheet has them).
    const ballots = (await loadNominees(tx, dossierIds)).map((n) => {
      const agree = present - (r.chance(0.25) ? 1 : 0);
      return {
        nomineeId: n.id,
        mode: 'counts',
        awardKind: kindOf(n.awardKind, n.personId ?? n.unitId!),
        agree,
        disagree: present - agree,
        invalid: 0,
      };
    });
    view = await recordBallots(tx, actor, view.id, { version: view.version, ballots });
    await closeMeeting(tx, actor, view.id, { version: view.version }, { now: clock(heldOn) });
  };

  /** A decision of an authority from passed nominees: drafted by its officer, issued by its leader. */
  const decide = async (
    drafter: Actor,
    signer: Actor,
    registerId: string,
    nomineeIds: readonly string[],
    date: string,
    awardType: Round['awardType'],
    title: string,
  ) => {
    if (nomineeIds.length === 0) return;
    const draft: DecisionView = await createDraft(tx, drafter, {
      registerId,
      nomineeIds: [...nomineeIds],
      decisionDate: date,
      awardType,
      title,
    });
    const issued = await issueDecision(
      tx,
      signer,
      draft.id,
      { version: draft.version },
      { now: clock(date) },
    );
    written.push(summaryOf(issued));
  };

  for (const round of ROUNDS) {
    const r = random.fork(`round:${round.key}`);
    const picks = pickRound(r, round, pool, units, used, districtId);
    const proposed = new Map(picks.map((p) => [p.id, p.kind]));

    // 1. One dossier per commune or agency (Giấy khen asked), sent to the district: an agency's own, a commune's
    //    through the district's Phòng Nội vụ (a commune's own Giấy khen would be its chairman's).
    const byGroup = new Map<string, Pick[]>();
    for (const p of picks) byGroup.set(p.group, [...(byGroup.get(p.group) ?? []), p]);
    const lower: string[] = [];
    for (const list of [...byGroup.values()].sort((a, b) =>
      a[0]!.groupName.localeCompare(b[0]!.groupName, 'vi'),
    )) {
      const { proposer, groupName } = list[0]!;
      const viaDistrict = proposer === districtId;
      const actor = as.districtOfficer;
      const who = [
        list.some((p) => p.subjectKind === 'collective') ? 'các tập thể' : null,
        list.some((p) => p.subjectKind === 'individual') ? 'các cá nhân' : null,
      ].filter(Boolean);
      const d = await createDossierDraft(
        tx,
        actor,
        {
          proposingUnitId: proposer,
          achievementYear: round.achievementYear,
          awardType: round.awardType,
          awardKinds: ['GK'],
          title:
            `Đề nghị Chủ tịch UBND huyện tặng Giấy khen cho ${who.join(', ')} ` +
            `có thành tích trong ${round.label}` +
            (viaDistrict ? ` (theo đề nghị của UBND ${inSentence(groupName)})` : ` (${groupName})`),
          movementId: round.movement ? (ids.movements.get(round.movement) ?? null) : null,
          nominees: list.map((p) => ({
            subjectKind: p.subjectKind,
            ...(p.subjectKind === 'individual' ? { personId: p.id } : { unitId: p.id }),
            awardKind: 'GK',
            summary: p.summary,
          })),
        },
        { now: clock(round.draft) },
      );
      await step(actor, d.id, 'submit', round.submit);
      lower.push(d.id);
    }

    // 2. The district appraises, its council votes.
    await appraise(as.districtLeader, lower, round, proposed);
    await meeting(
      as.districtCouncil,
      ids.councils.get(DISTRICT)!,
      round.meeting,
      `Phiên họp xét khen thưởng: ${round.label}`,
      'Phòng họp UBND huyện Cẩm Xuyên',
      lower,
      (kind, key) => proposed.get(key) ?? kind,
    );

    // 3. Forward what passed beyond the district; the chairman's Giấy khen.
    const upper: string[] = [];
    if (round.forward) {
      for (const id of lower) {
        const nominees = await loadNominees(tx, [id]);
        if (!nominees.some((n) => n.outcome === 'passed' && n.outcomeAwardKind !== 'GK')) continue;
        const res = await step(as.districtLeader, id, 'forward', round.forward);
        upper.push(...res.forwardedIds);
      }
    }
    if (round.decision) {
      const gk = (await loadNominees(tx, lower)).filter(
        (n) => n.outcome === 'passed' && n.outcomeAwardKind === 'GK',
      );
      await decide(
        as.districtOfficer,
        as.districtLeader,
        ids.registers.get(DISTRICT)!,
        gk.map((n) => n.id),
        round.decision,
        round.awardType,
        round.decisionTitle!,
      );
    }

    // 4. The province: appraisal, council, its decisions; the Prime Minister's proposals forwarded on.
    const p = round.province;
    if (!p) continue;
    const raised = new Map<string, RoundKind>();
    for (const n of await loadNominees(tx, upper)) {
      const to = p.upgrade?.[n.awardKind as RoundKind];
      if (to) raised.set(n.personId ?? n.unitId!, to);
    }
    const voted = await appraise(as.provinceSpecialist, upper, p, raised);
    if (!p.meeting) continue;
    await meeting(
      as.provinceCouncil,
      ids.councils.get(PROVINCE)!,
      p.meeting,
      `Phiên họp xét đề nghị khen thưởng của huyện Cẩm Xuyên: ${round.label}`,
      'Phòng họp UBND tỉnh Hà Tĩnh',
      voted,
      (kind, key) => raised.get(key) ?? kind,
    );
    const passed = (await loadNominees(tx, voted)).filter((n) => n.outcome === 'passed');
    const external: string[] = [];
    if (p.forward) {
      for (const id of voted) {
        if (!passed.some((n) => n.dossierId === id && n.outcomeAwardKind === 'BK_TTG')) continue;
        external.push(...(await step(as.provinceSpecialist, id, 'forward', p.forward)).forwardedIds);
      }
    }
    for (const d of p.decisions ?? []) {
      await decide(
        as.provinceSpecialist,
        as.provinceLeader,
        ids.registers.get(PROVINCE)!,
        passed
          .filter((n) => (d.kinds as string[]).includes(n.outcomeAwardKind ?? '') && !n.forwardedToNomineeId)
          .map((n) => n.id),
        d.date,
        round.awardType,
        d.title,
      );
    }

    // 5. The Prime Minister's decision, recorded by the province's specialist.
    if (round.primeMinister) {
      const pm = round.primeMinister;
      const top = await loadNominees(tx, external);
      const view = await recordExternal(
        tx,
        as.provinceSpecialist,
        {
          number: pm.number,
          decisionDate: pm.date,
          authorityCode: 'thu_tuong',
          authorityLabel: 'Thủ tướng Chính phủ',
          authorityUnitId: null,
          title: 'Về việc tặng Bằng khen của Thủ tướng Chính phủ',
          awardType: round.awardType,
          signerPosition: 'THỦ TƯỚNG',
          note: 'Dữ liệu minh họa: số và ngày quyết định là giả định để trình diễn.',
          recordedAtUnitId: provinceId,
          awardees: top.map((n) => ({
            subjectKind: n.subjectKind,
            personId: n.personId,
            unitId: n.unitId,
            awardKind: n.awardKind,
            achievementYear: round.achievementYear,
            nomineeId: n.id,
          })),
        },
        { now: clock(pm.recordedOn) },
      );
      written.push(summaryOf(view));
    }
  }
  return written.sort((a, b) => a.date.localeCompare(b.date));
}

function summaryOf(view: DecisionView): Report2023Decision {
  return {
    number: view.number ?? '',
    date: view.decisionDate,
    authority: view.authorityLabel,
    individuals: view.awardees.filter((a) => a.subjectKind === 'individual').length,
    collectives: view.awardees.filter((a) => a.subjectKind === 'collective').length,
    kinds: [...new Set(view.awardees.map((a) => a.awardKind))],
  };
}
