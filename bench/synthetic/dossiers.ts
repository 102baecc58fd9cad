// The dossiers of a synthetic province (hồ sơ đề nghị khen thưởng): one per proposal a unit sent up (awarding.ts),
// with its nominees, the timeline of its workflow steps (domain/workflow.ts TRANSITIONS only), the appraisal, the
// council's outcome and the decision that answered it; a Bằng khen tỉnh the province's council raised to the Prime
// Minister's is forwarded in a new dossier of the province, decided by the Prime Minister's (external) decision.
// A few proposals were first withdrawn or rejected and sent again. The last year's candidates (2025, proposed in
// 2026) are spread over every state of the workflow. The loader inserts each dossier in its first status and
// walks it through its later ones by UPDATE, so the database's transition trigger checks every step.
import { regimeForYear } from '../../domain/catalog';
import type { AwardKindCode } from '../../domain/regimes/types';
import type { DossierStatus } from '../../domain/workflow';
import { deadlineFrom } from '../../domain/working-days';
import { dateBetween } from '../../server/db/seed/dates';
import type { Random } from '../../server/db/seed/prng';
import {
  type Awarding,
  awardeeLine,
  authorityFor,
  type Candidate,
  proposerOf,
  type Proposal,
  type ProposedAward,
  TO_YEAR,
} from './awarding';
import type { Decision } from './decisions';
import { ColumnTable, keyedUuid } from './tables';
import type { SyntheticUnit } from './units';

/** Statuses each dossier passes after the one it is inserted in (the loader's UPDATE walk). */
export interface StatusWalk {
  ids: string[];
  paths: DossierStatus[][];
}

const dossiersTable = () =>
  new ColumnTable('dossiers', {
    id: 'uuid',
    code: 'text',
    proposing_unit_id: 'uuid',
    authority_code: 'text',
    authority_label: 'text',
    authority_unit_id: 'uuid',
    regime_id: 'text',
    award_type: 'text',
    title: 'text',
    achievement_year: 'int2',
    status: 'text',
    deadline_on: 'date',
    submitted_at: 'timestamptz',
    received_at: 'timestamptz',
    forwarded_from_id: 'uuid',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
    version: 'int4',
  });
const nomineesTable = () =>
  new ColumnTable('dossier_nominees', {
    id: 'uuid',
    dossier_id: 'uuid',
    position: 'int2',
    subject_kind: 'text',
    person_id: 'uuid',
    unit_id: 'uuid',
    award_kind: 'text',
    summary: 'text',
    appraisal: 'text',
    appraisal_note: 'text',
    outcome: 'text',
    outcome_award_kind: 'text',
    decision_id: 'uuid',
    forwarded_to_nominee_id: 'uuid',
  });
const eventsTable = () =>
  new ColumnTable('dossier_events', {
    id: 'uuid',
    dossier_id: 'uuid',
    action: 'text',
    from_status: 'text',
    to_status: 'text',
    at: 'timestamptz',
    comment: 'text',
    supplement_items: 'jsonb',
  });

const ACTION: Record<string, string> = {
  'draft>submitted': 'submit',
  'returned>submitted': 'resubmit',
  'submitted>received': 'receive',
  'received>appraising': 'start_appraisal',
  'appraising>council': 'send_to_council',
  'council>concluded': 'conclude',
  'concluded>decided': 'decide',
  'forwarded>decided': 'decide',
  'submitted>decided': 'decide',
  'concluded>forwarded': 'forward',
  'decided>forwarded': 'forward',
  '*>returned': 'return',
  '*>withdrawn': 'withdraw',
  '*>rejected': 'reject',
};
const COMMENTS: Partial<Record<DossierStatus, string>> = {
  returned: 'Hồ sơ thiếu biên bản bình xét của đơn vị',
  withdrawn: 'Đơn vị rút hồ sơ để hoàn thiện và đề nghị lại',
  rejected: 'Hồ sơ không đúng đối tượng, thẩm quyền đề nghị',
};
const SUPPLEMENT = JSON.stringify(['Biên bản bình xét của đơn vị', 'Báo cáo thành tích có xác nhận']);

/** States of the last year's proposals, and how many of them are in each (weights). */
const ACTIVE: readonly (readonly [DossierStatus, number])[] = [
  ['draft', 8],
  ['submitted', 14],
  ['received', 10],
  ['appraising', 16],
  ['returned', 8],
  ['council', 8],
  ['concluded', 8],
  ['decided', 18],
  ['forwarded', 3],
  ['withdrawn', 4],
  ['rejected', 3],
];

const time = (date: string, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00+07:00`;
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

interface Step {
  to: DossierStatus;
  date: string;
}

export class DossierWriter {
  readonly dossiers = dossiersTable();
  /** Forwarded dossiers after the ones they come from (self-reference). */
  readonly upper = dossiersTable();
  /** Nominees of forwarded dossiers first: the lower nominees point at them. */
  readonly upperNominees = nomineesTable();
  readonly nominees = nomineesTable();
  readonly events = eventsTable();
  readonly walk: StatusWalk = { ids: [], paths: [] };
  private readonly codes = new Map<number, number>();
  private n = 0;

  constructor(
    private readonly salt: number,
    private readonly random: Random,
    private readonly awarding: Awarding,
  ) {}

  private id(): string {
    return keyedUuid(this.salt ^ 0xd055, this.n++);
  }

  private code(date: string): string {
    const year = Number(date.slice(0, 4));
    const next = (this.codes.get(year) ?? 0) + 1;
    this.codes.set(year, next);
    return `HS-${year}-${String(next).padStart(5, '0')}`;
  }

  /** Dossier code counters, so that the next dossier created here follows on. */
  codeCounters(): ColumnTable {
    const table = new ColumnTable('dossier_code_counters', { year: 'int2', last: 'int4' });
    for (const [year, last] of [...this.codes].sort((a, b) => a[0] - b[0])) table.push({ year, last });
    return table;
  }

  /**
   * One dossier: inserted in `steps[0]`'s status, walked through the rest; its timeline; its deadline and
   * submission/receipt times from the steps.
   */
  private dossier(
    target: ColumnTable,
    values: {
      proposer: SyntheticUnit;
      authority: { id: string; code: string; text: string };
      kinds: readonly AwardKindCode[];
      year: number;
      forwardedFrom: { id: string; code: string; proposer: SyntheticUnit } | null;
    },
    steps: readonly Step[],
  ): string {
    const id = this.id();
    const regime = regimeForYear(values.year);
    const code = this.code(steps[0]!.date);
    const names = [...new Set(values.kinds.map((k) => regime.kinds[k]?.name ?? k))];
    const external = values.authority.id === '';
    let submitted: string | null = null;
    let received: string | null = null;
    let deadline: string | null = null;
    let previous: DossierStatus | null = null;
    for (const [i, step] of steps.entries()) {
      const hour = 8 + (i % 9);
      const at = time(step.date, hour);
      const action: string =
        previous === null
          ? values.forwardedFrom
            ? 'forwarded_in'
            : 'create'
          : (ACTION[`${previous}>${step.to}`] ?? ACTION[`*>${step.to}`]!);
      this.events.push({
        id: this.id(),
        dossier_id: id,
        action,
        from_status: previous,
        to_status: step.to,
        at,
        comment:
          action === 'forwarded_in'
            ? `Trình tiếp từ hồ sơ ${values.forwardedFrom!.code} của ${values.forwardedFrom!.proposer.name}`
            : (COMMENTS[step.to] ?? null),
        supplement_items: step.to === 'returned' ? SUPPLEMENT : null,
      });
      if (step.to === 'submitted') {
        submitted = at;
        deadline = external ? null : deadlineFrom(step.date, 'check_completeness').date;
      } else if (step.to === 'received') {
        received = at;
        deadline = deadlineFrom(step.date, 'appraisal').date;
      } else if (step.to !== 'appraising') deadline = null;
      previous = step.to;
    }
    const last = steps[steps.length - 1]!;
    target.push({
      id,
      code,
      proposing_unit_id: values.proposer.id,
      authority_code: values.authority.code,
      authority_label: values.authority.text,
      authority_unit_id: external ? null : values.authority.id,
      regime_id: regime.id,
      award_type: 'cong_trang',
      title: `Đề nghị tặng ${names.join(', ')} năm ${values.year}${
        values.forwardedFrom ? ` (trình tiếp hồ sơ ${values.forwardedFrom.code})` : ''
      }`,
      achievement_year: values.year,
      status: steps[0]!.to,
      deadline_on: deadline,
      submitted_at: submitted,
      received_at: received,
      forwarded_from_id: values.forwardedFrom?.id ?? null,
      created_at: time(steps[0]!.date, 8),
      updated_at: time(last.date, 8 + ((steps.length - 1) % 9)),
      version: steps.length,
    });
    if (steps.length > 1) {
      this.walk.ids.push(id);
      this.walk.paths.push(steps.slice(1).map((s) => s.to));
    }
    return id;
  }

  private nominee(
    target: ColumnTable,
    dossierId: string,
    position: number,
    subject: { subjectKind: string; personId: string | null; unit: SyntheticUnit; name: string },
    kind: AwardKindCode,
    result: {
      appraisal?: 'agree' | 'disagree' | null;
      outcome?: 'passed' | 'failed' | null;
      outcomeKind?: AwardKindCode | null;
      decision?: Decision | null;
      forwardedTo?: string | null;
    },
  ): string {
    const id = this.id();
    target.push({
      id,
      dossier_id: dossierId,
      position,
      subject_kind: subject.subjectKind,
      person_id: subject.personId,
      unit_id: subject.subjectKind === 'collective' ? subject.unit.id : null,
      award_kind: kind,
      summary: `Tóm tắt thành tích năm ${TO_YEAR} của ${subject.name}`,
      appraisal: result.appraisal ?? null,
      appraisal_note: result.appraisal === 'disagree' ? 'Chưa đủ tiêu chuẩn theo quy định' : null,
      outcome: result.outcome ?? null,
      outcome_award_kind: result.outcomeKind ?? null,
      decision_id: result.decision?.id ?? null,
      forwarded_to_nominee_id: result.forwardedTo ?? null,
    });
    return id;
  }

  /** The steps of a dossier from its creation to `to`, the last step on `end` (a return loop now and then). */
  private path(r: Random, start: string, to: DossierStatus, returnLoop: boolean): Step[] {
    const steps: Step[] = [{ to: 'draft', date: start }];
    let day = start;
    const go = (status: DossierStatus, gap: [number, number]) => {
      day = plusDays(day, r.int(gap[0], gap[1]));
      steps.push({ to: status, date: day });
    };
    if (to === 'draft') return steps;
    go('submitted', [1, 4]);
    if (to === 'withdrawn' && r.chance(0.5)) return (go('withdrawn', [2, 10]), steps);
    if (returnLoop || to === 'returned') {
      go('received', [1, 3]);
      go('returned', [2, 6]);
      if (to === 'returned') return steps;
      if (to === 'withdrawn') return (go('withdrawn', [5, 15]), steps);
      go('submitted', [3, 10]);
    }
    if (to === 'submitted') return steps;
    if (to === 'rejected' && r.chance(0.4)) return (go('rejected', [2, 5]), steps);
    go('received', [1, 3]);
    if (to === 'received') return steps;
    if (to === 'withdrawn') return (go('withdrawn', [3, 10]), steps);
    if (to === 'rejected') return (go('rejected', [3, 10]), steps);
    go('appraising', [1, 3]);
    if (to === 'appraising') return steps;
    go('council', [5, 12]);
    if (to === 'council') return steps;
    go('concluded', [2, 7]);
    return steps;
  }

  /** A proposal answered by its decisions: decided (and forwarded when the council raised a nominee). */
  decided(r: Random, p: Proposal): void {
    const direct = p.awards.filter((a) => a.kind !== 'BK_TTG');
    const raised = p.awards.filter((a) => a.kind !== p.kind);
    const authority = direct[0]?.decision.authority ?? this.awarding.province;
    const ownDate = direct[0]?.decision.date ?? null;
    const upperDate = raised[0]?.decision.date ?? null;
    // The council meets and the decision follows; the dossier was sent one to two months before. The province
    // forwards the raised nominees a few days after its council; the Prime Minister decides months later.
    const spring = dateBetween(r, `${p.year + 1}-03-01`, `${p.year + 1}-05-31`);
    const anchor =
      ownDate ?? (upperDate && plusDays(upperDate, -20) < spring ? plusDays(upperDate, -20) : spring);
    const returnLoop = r.chance(0.12);
    const start = plusDays(anchor, -(returnLoop ? 55 : 40) - r.int(0, 10));
    const steps = this.path(r, start, 'concluded', returnLoop);
    const concluded = steps[steps.length - 1]!.date;
    let forwardOn: string | null = null;
    if (upperDate) {
      const soon = plusDays(concluded, r.int(3, 10));
      const latest = plusDays(upperDate, -7);
      forwardOn = soon < latest ? soon : latest;
    }
    if (ownDate && forwardOn && forwardOn < ownDate) {
      steps.push({ to: 'forwarded', date: forwardOn }, { to: 'decided', date: ownDate });
    } else {
      if (ownDate) steps.push({ to: 'decided', date: ownDate });
      if (forwardOn) steps.push({ to: 'forwarded', date: forwardOn });
    }
    // Before, now and then: the same proposal sent once, then withdrawn or rejected.
    if (r.chance(0.05)) {
      const earlier = plusDays(start, -r.int(25, 40));
      const to = r.chance(0.6) ? 'withdrawn' : 'rejected';
      const id = this.dossier(
        this.dossiers,
        { proposer: p.proposer, authority, kinds: [p.kind], year: p.year, forwardedFrom: null },
        this.path(r, earlier, to, false),
      );
      for (const [i, a] of p.awards.entries())
        this.nominee(this.nominees, id, i + 1, nomineeOf(a), p.kind, {});
    }
    const upperSteps: Step[] =
      forwardOn && upperDate
        ? [
            { to: 'submitted', date: forwardOn },
            { to: 'decided', date: upperDate },
          ]
        : [];
    const id = this.dossier(
      this.dossiers,
      { proposer: p.proposer, authority, kinds: [p.kind], year: p.year, forwardedFrom: null },
      steps,
    );
    let upperId: string | null = null;
    if (raised.length > 0) {
      const province = p.proposer.kind === 'province' ? p.proposer : provinceOf(p.proposer);
      upperId = this.dossier(
        this.upper,
        {
          proposer: province,
          authority: raised[0]!.decision.authority,
          kinds: ['BK_TTG'],
          year: p.year,
          forwardedFrom: { id, code: this.lastCode(), proposer: p.proposer },
        },
        upperSteps,
      );
    }
    let upperPosition = 0;
    for (const [i, a] of p.awards.entries()) {
      if (a.kind !== p.kind) {
        const upperNominee = this.nominee(
          this.upperNominees,
          upperId!,
          ++upperPosition,
          nomineeOf(a),
          'BK_TTG',
          {
            decision: a.decision,
          },
        );
        this.nominee(this.nominees, id, i + 1, nomineeOf(a), p.kind, {
          appraisal: 'agree',
          outcome: 'passed',
          outcomeKind: 'BK_TTG',
          forwardedTo: upperNominee,
        });
        this.awarding.awardees.push(
          awardeeLine(a.awardId, a.decision, a.position, subjectOf(a), a.kind, p.year, upperNominee),
        );
      } else {
        const nomineeId = this.nominee(this.nominees, id, i + 1, nomineeOf(a), p.kind, {
          appraisal: 'agree',
          outcome: 'passed',
          decision: a.decision,
        });
        this.awarding.awardees.push(
          awardeeLine(a.awardId, a.decision, a.position, subjectOf(a), a.kind, p.year, nomineeId),
        );
      }
    }
  }

  private lastCode(): string {
    return this.dossiers.columns.code![this.dossiers.length - 1] as string;
  }

  /**
   * The last year's candidates, one dossier per proposing unit and kind, each in a state of the workflow; the
   * decided ones get their awards now (through `grantAll`, as proposals answered by a decision).
   */
  active(r: Random, groups: readonly Candidate[][], grantAll: (group: Candidate[]) => Proposal): void {
    for (const group of groups) {
      let state = r.weighted(ACTIVE);
      // Only a Bằng khen tỉnh can be raised to the Prime Minister's.
      if (state === 'forwarded' && group[0]!.kind !== 'BK_TINH') state = 'concluded';
      if (state === 'decided') {
        this.decided(r, grantAll(group));
        continue;
      }
      const first = group[0]!;
      const proposer = proposerOf({
        kind: first.subjectKind,
        personId: first.personId,
        unit: first.unit,
        name: first.name,
      });
      const start = dateBetween(r, `${TO_YEAR + 1}-01-05`, `${TO_YEAR + 1}-09-30`);
      const raise =
        first.kind === 'BK_TINH' && (state === 'forwarded' || (state === 'concluded' && r.chance(0.5)));
      const steps = this.path(r, start, state === 'forwarded' ? 'concluded' : state, r.chance(0.1));
      if (state === 'forwarded')
        steps.push({ to: 'forwarded', date: plusDays(steps[steps.length - 1]!.date, 4) });
      const id = this.dossier(
        this.dossiers,
        {
          proposer,
          authority: authorityFor(first.unit, first.kind, start, this.awarding.province),
          kinds: [first.kind],
          year: TO_YEAR,
          forwardedFrom: null,
        },
        steps,
      );
      const reached = (s: DossierStatus) => steps.some((x) => x.to === s);
      let upperId: string | null = null;
      let upperPosition = 0;
      if (state === 'forwarded') {
        upperId = this.dossier(
          this.upper,
          {
            proposer: provinceOf(proposer),
            authority: { id: '', code: 'thu_tuong', text: 'Thủ tướng Chính phủ' },
            kinds: ['BK_TTG'],
            year: TO_YEAR,
            forwardedFrom: { id, code: this.lastCode(), proposer },
          },
          [{ to: 'submitted', date: steps[steps.length - 1]!.date }],
        );
      }
      for (const [i, c] of group.entries()) {
        const appraised =
          reached('council') || (reached('appraising') && i % 2 === 0 && !reached('returned'));
        const concluded = reached('concluded');
        const raised = raise && concluded && i === 0;
        const refused = appraised && !raised && r.chance(0.08);
        let forwardedTo: string | null = null;
        if (raised && upperId) {
          forwardedTo = this.nominee(this.upperNominees, upperId, ++upperPosition, c, 'BK_TTG', {});
        }
        this.nominee(this.nominees, id, i + 1, c, c.kind, {
          appraisal: appraised ? (refused ? 'disagree' : 'agree') : null,
          outcome: concluded ? (refused ? 'failed' : 'passed') : null,
          outcomeKind: raised ? 'BK_TTG' : null,
          forwardedTo,
        });
      }
      if (state === 'forwarded' && upperPosition === 0) {
        throw new Error('a forwarded dossier without a raised nominee');
      }
    }
  }

  tables(): ColumnTable[] {
    return [this.dossiers, this.upper, this.upperNominees, this.nominees, this.events, this.codeCounters()];
  }
}

const nomineeOf = (a: ProposedAward) => ({
  subjectKind: a.subjectKind,
  personId: a.personId,
  unit: a.unit,
  name: a.name,
});
const subjectOf = (a: ProposedAward) => ({
  kind: a.subjectKind,
  personId: a.personId,
  unit: a.unit,
  name: a.name,
});

function provinceOf(unit: SyntheticUnit): SyntheticUnit {
  let u = unit;
  while (u.parent) u = u.parent;
  return u;
}
