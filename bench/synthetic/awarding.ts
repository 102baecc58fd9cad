// Granting an award in the synthetic province: the award row (year by year), its decision (decisions.ts: who signs,
// when, which list), its line on the decision's list of awardees, and — for the awards that go through a dossier
// (province-level and central ones, collective titles) — its place in the proposal the unit sent up, from which
// dossiers.ts writes the dossier, its nominees and its workflow history.
import type { AwardKindCode } from '../../domain/regimes/types';
import { addYears } from '../../server/db/seed/dates';
import {
  type Decision,
  type DecisionBook,
  type DecisionRequest,
  decisionTables,
  PRIME_MINISTER,
} from './decisions';
import { ColumnTable } from './tables';
import type { Authority, SyntheticUnit } from './units';

export const FROM_YEAR = 2016;
export const TO_YEAR = 2025;
export const REFORM = '2025-07-01';

const PROVINCIAL: readonly AwardKindCode[] = ['CSTD_TINH', 'BK_TINH', 'TTLDXS', 'CO_TINH'];
const CENTRAL: readonly AwardKindCode[] = ['BK_TTG'];

export function awardsTable() {
  return new ColumnTable('awards', {
    id: 'uuid',
    subject_kind: 'text',
    person_id: 'uuid',
    unit_id: 'uuid',
    award_kind: 'text',
    award_type: 'text',
    achievement_year: 'int2',
    decision_number: 'text',
    decision_date: 'date',
    authority: 'text',
    authority_unit_id: 'uuid',
    unit_at_award_id: 'uuid',
    revoked: 'bool',
    revoked_on: 'date',
    revoked_reason: 'text',
    source: 'text',
    decision_id: 'uuid',
    public_code: 'text',
  });
}

const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * The public verification code of a generated award: 16 Crockford base32 characters from the bytes of its id (the
 * id's bits are scattered like random ones), as the database's award_public_code() makes them from random bytes —
 * given here so that the load does not call that function 1.5 million times, and the province stays the same.
 */
export function publicCodeOf(id: string): string {
  const hex = id.replaceAll('-', '');
  let code = '';
  for (let i = 0; i < 32; i += 2) code += BASE32[parseInt(hex.slice(i, i + 2), 16) % 32];
  return code;
}

/** An award that came through a dossier: what its nominee and awardee lines need. */
export interface ProposedAward {
  awardId: string;
  subjectKind: 'individual' | 'collective';
  personId: string | null;
  unit: SyntheticUnit;
  name: string;
  kind: AwardKindCode;
  decision: Decision;
  position: number;
}

/** What one unit sent up for one kind of award of one year: one dossier (forwarded on for BK_TTG). */
export interface Proposal {
  proposer: SyntheticUnit;
  /** The kind asked of the first authority (BK_TTG is asked as BK_TINH and forwarded by the province). */
  kind: AwardKindCode;
  subjectKind: 'individual' | 'collective';
  year: number;
  awards: ProposedAward[];
}

/** A candidate of the last year, proposed now (2026): the dossier is somewhere in the workflow. */
export interface Candidate {
  subjectKind: 'individual' | 'collective';
  personId: string | null;
  unit: SyntheticUnit;
  name: string;
  kind: AwardKindCode;
}

export interface Subject {
  kind: 'individual' | 'collective';
  personId: string | null;
  /** The collective awarded, or the individual's unit at the award. */
  unit: SyntheticUnit;
  name: string;
}

export interface Grant {
  subject: Subject;
  kind: AwardKindCode;
  year: number;
  awardType?: 'cong_trang' | 'chuyen_de';
  /** Several lists of the same kind in a year (the movements of chuyên đề awards). */
  batch?: number;
  revoked?: boolean;
  id: string;
  /** Another proposal than the year's first for the same unit and kind (the last year's late ones). */
  round?: string;
}

/** Who signs a unit's award of a kind on a date. */
export function authorityFor(unit: SyntheticUnit, kind: AwardKindCode, date: string, province: Authority) {
  if (CENTRAL.includes(kind)) return PRIME_MINISTER;
  if (PROVINCIAL.includes(kind)) return province;
  // Giấy khen of a commune-level unit is the commune chairman's (all regimes); titles follow the 2025 reform.
  if (kind === 'GK' && unit.level === 'commune') return unit.authorityAfterReform;
  return date < REFORM ? unit.authority : unit.authorityAfterReform;
}

/** Where the dossier of a unit's award starts: schools, clinics and villages are proposed by their commune. */
export function proposerOf(subject: Subject): SyntheticUnit {
  const u = subject.unit;
  if (subject.kind === 'collective' && u.level === 'commune' && u.kind !== 'commune') return u.parent!;
  return u;
}

const goesThroughDossier = (kind: AwardKindCode, subject: Subject['kind']) =>
  subject === 'collective' ? kind !== 'GK' : kind === 'BK_TINH' || kind === 'CSTD_TINH' || kind === 'BK_TTG';

export class Awarding {
  readonly awards = new Map<number, ColumnTable>();
  awardees = decisionTables().awardees;
  revoked = decisionTables().revoked;
  readonly proposals = new Map<string, Proposal>();
  readonly candidates: Candidate[] = [];

  constructor(
    readonly book: DecisionBook,
    readonly province: Authority,
  ) {
    for (let y = FROM_YEAR; y <= TO_YEAR + 1; y++) this.awards.set(y, awardsTable());
  }

  private request(g: Grant): DecisionRequest {
    const { subject, kind, year } = g;
    const awardType = g.awardType ?? 'cong_trang';
    const unit = subject.unit;
    const base = { kind, awardType, year };
    if (CENTRAL.includes(kind)) {
      return {
        ...base,
        key: `ttg:${subject.kind}:${year}`,
        authority: PRIME_MINISTER,
        // The Prime Minister decides six to fifteen months after the year: some of last year's are still pending.
        from: `${year + 1}-06-01`,
        to: `${year + 2}-03-31`,
      };
    }
    if (PROVINCIAL.includes(kind)) {
      return {
        ...base,
        // A unit's people on one list; the province's collectives of a kind on one list.
        key: subject.kind === 'individual' ? `${unit.id}:${kind}:${year}` : `p:${kind}:${year}`,
        authority: this.province,
        from: `${year + 1}-03-01`,
        to: `${year + 1}-05-31`,
      };
    }
    const [from, to] =
      awardType === 'chuyen_de' ? [`${year}-05-15`, `${year}-06-25`] : [`${year}-12-10`, `${year}-12-28`];
    const authority = authorityFor(unit, kind, from, this.province);
    const holder = subject.kind === 'individual' ? unit.id : `c:${authority.id}`;
    return { ...base, key: `${holder}:${kind}:${year}:${awardType}${g.batch ?? ''}`, authority, from, to };
  }

  /** Writes the award and its decision's line; returns the decision. */
  grant(g: Grant): Decision {
    const decision = this.book.get(this.request(g));
    const { subject } = g;
    const revoked = g.revoked ?? false;
    const revokedOn = revoked ? `${addYears(decision.date, 1).slice(0, 7)}-15` : null;
    this.awards.get(g.year)!.push({
      id: g.id,
      subject_kind: subject.kind,
      person_id: subject.personId,
      unit_id: subject.kind === 'collective' ? subject.unit.id : null,
      award_kind: g.kind,
      award_type: g.awardType ?? 'cong_trang',
      achievement_year: g.year,
      decision_number: decision.number,
      decision_date: decision.date,
      authority: decision.authority.text,
      authority_unit_id: decision.authority.id || null,
      unit_at_award_id: subject.unit.id,
      revoked,
      revoked_on: revokedOn,
      revoked_reason: revoked ? 'Phát hiện kê khai không đúng thành tích khi hậu kiểm' : null,
      source: decision.authority.id ? 'decision' : 'external',
      decision_id: decision.id,
      public_code: publicCodeOf(g.id),
    });
    const position = decision.nextPosition();
    if (revoked) {
      const act = this.book.revocation(decision, revokedOn!);
      this.revoked.push({ revocation_id: act.id, award_id: g.id });
    }
    if (goesThroughDossier(g.kind, subject.kind)) {
      const asked = g.kind === 'BK_TTG' ? 'BK_TINH' : g.kind;
      const proposer = proposerOf(subject);
      const key = `${proposer.id}|${asked}|${subject.kind}|${g.year}${g.round ?? ''}`;
      let proposal = this.proposals.get(key);
      if (!proposal) {
        proposal = { proposer, kind: asked, subjectKind: subject.kind, year: g.year, awards: [] };
        this.proposals.set(key, proposal);
      }
      proposal.awards.push({
        awardId: g.id,
        subjectKind: subject.kind,
        personId: subject.personId,
        unit: subject.unit,
        name: subject.name,
        kind: g.kind,
        decision,
        position,
      });
    } else {
      this.awardees.push(awardeeLine(g.id, decision, position, subject, g.kind, g.year, null));
    }
    return decision;
  }

  /** The proposal an award of `subject` went through (after `grant`). */
  proposalOf(subject: Subject, kind: AwardKindCode, year: number, round = ''): Proposal {
    const asked = kind === 'BK_TTG' ? 'BK_TINH' : kind;
    return this.proposals.get(`${proposerOf(subject).id}|${asked}|${subject.kind}|${year}${round}`)!;
  }

  /** The award tables of the years, then the awardee lines and revocations written since the last call. */
  drain(): ColumnTable[] {
    const out: ColumnTable[] = [];
    for (const [year, table] of this.awards) {
      if (table.length > 0) out.push(table);
      this.awards.set(year, awardsTable());
    }
    out.push(this.awardees, this.revoked);
    this.awardees = decisionTables().awardees;
    this.revoked = decisionTables().revoked;
    return out;
  }
}

export function awardeeLine(
  awardId: string,
  decision: Decision,
  position: number,
  subject: Pick<Subject, 'kind' | 'personId' | 'unit' | 'name'>,
  kind: AwardKindCode,
  year: number,
  nomineeId: string | null,
) {
  return {
    id: awardId,
    decision_id: decision.id,
    position,
    subject_kind: subject.kind,
    person_id: subject.personId,
    unit_id: subject.kind === 'collective' ? subject.unit.id : null,
    display_name: subject.name,
    unit_name: subject.unit.name,
    unit_at_award_id: subject.unit.id,
    award_kind: kind,
    achievement_year: year,
    nominee_id: nomineeId,
    award_id: awardId,
  };
}
