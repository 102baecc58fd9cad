// The award decisions of a synthetic province: one register (sổ đăng ký quyết định) per authority of the tree, one
// issued decision per list (a unit's LĐTT of a year, the province's Bằng khen to collectives of a year …), numbered
// per register and year in order of first use, the revocation acts of revoked awards, and the Prime Minister's
// decisions recorded from outside (origin 'external'). Every award row points at its decision, and each decision
// lists its awardees (decision_awardees) as the decisions module writes them.
import type { AwardKindCode } from '../../domain/regimes/types';
import { regimeAt } from '../../domain/catalog';
import { dateBetween } from '../../server/db/seed/dates';
import type { Random } from '../../server/db/seed/prng';
import { ColumnTable, keyedUuid } from './tables';
import type { Authority } from './units';

const FIRST_REGIME = '2017-10-01';

/** The Prime Minister: outside the tree (no unit, no register), decisions recorded by the province. */
export const PRIME_MINISTER: Authority = { id: '', code: 'thu_tuong', text: 'Thủ tướng Chính phủ' };

export interface Decision {
  id: string;
  number: string;
  date: string;
  authority: Authority;
  /** Next position on the decision's list of awardees. */
  nextPosition(): number;
}

const KIND_TITLES: Partial<Record<AwardKindCode, string>> = {
  LDTT: 'danh hiệu Lao động tiên tiến',
  CSTDCS: 'danh hiệu Chiến sĩ thi đua cơ sở',
  CSTD_TINH: 'danh hiệu Chiến sĩ thi đua cấp tỉnh',
  TTLDTT: 'danh hiệu Tập thể lao động tiên tiến',
  TTLDXS: 'danh hiệu Tập thể lao động xuất sắc',
  CO_TINH: 'Cờ thi đua của Ủy ban nhân dân tỉnh',
  BK_TINH: 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh',
  BK_TTG: 'Bằng khen của Thủ tướng Chính phủ',
  GK: 'Giấy khen',
  THON_VH: 'danh hiệu Thôn văn hóa',
};

export function decisionTables() {
  return {
    decisions: new ColumnTable('decisions', {
      id: 'uuid',
      kind: 'text',
      origin: 'text',
      status: 'text',
      register_id: 'uuid',
      number_year: 'int2',
      number_seq: 'int4',
      number: 'text',
      decision_date: 'date',
      regime_id: 'text',
      authority_code: 'text',
      authority_label: 'text',
      authority_unit_id: 'uuid',
      title: 'text',
      award_type: 'text',
      revokes_decision_id: 'uuid',
      reason: 'text',
      recorded_at_unit_id: 'uuid',
      issued_at: 'timestamptz',
      issued_by_name: 'text',
    }),
    awardees: new ColumnTable('decision_awardees', {
      id: 'uuid',
      decision_id: 'uuid',
      position: 'int2',
      subject_kind: 'text',
      person_id: 'uuid',
      unit_id: 'uuid',
      display_name: 'text',
      unit_name: 'text',
      unit_at_award_id: 'uuid',
      award_kind: 'text',
      achievement_year: 'int2',
      nominee_id: 'uuid',
      award_id: 'uuid',
    }),
    revoked: new ColumnTable('decision_revoked_awards', { revocation_id: 'uuid', award_id: 'uuid' }),
  };
}
export type DecisionTables = ReturnType<typeof decisionTables>;

export interface DecisionRequest {
  /** What makes two requests the same decision (e.g. unit, kind, year, batch). */
  key: string;
  authority: Authority;
  kind: AwardKindCode;
  awardType: string;
  year: number;
  /** The window the decision is signed in, drawn once from the book's own stream. */
  from: string;
  to: string;
}

/**
 * Decisions in order of first use. Dates come from the book's own stream, so a person's stream does not depend on
 * who asked first; numbers count up per authority and year of signature.
 */
export class DecisionBook {
  private readonly decisions = new Map<string, Decision>();
  private readonly revocations = new Map<string, Decision>();
  private readonly counters = new Map<string, number>();
  private readonly registers = new Map<string, string>();
  /** Decisions made since the last drain (written before the awards that use them). */
  private fresh = decisionTables().decisions;

  constructor(
    private readonly salt: number,
    private readonly random: Random,
    private readonly province: Authority,
    authorities: readonly Authority[],
  ) {
    for (const [i, a] of authorities.entries()) this.registers.set(a.id, keyedUuid(salt ^ 0x5e915, i));
  }

  /** The decision of a request, made the first time. */
  get(request: DecisionRequest): Decision {
    const found = this.decisions.get(request.key);
    if (found) return found;
    const date = dateBetween(this.random, request.from, request.to);
    const title = `Về việc tặng ${KIND_TITLES[request.kind] ?? request.kind}${
      request.awardType === 'chuyen_de' ? ' trong phong trào thi đua chuyên đề' : ''
    } năm ${request.year}`;
    const made = this.make(request.authority, date, 'award', title, request.awardType, null, null);
    this.decisions.set(request.key, made);
    return made;
  }

  /** The act revoking awards of `decision` (one per decision), signed on `date`. */
  revocation(decision: Decision, date: string): Decision {
    const found = this.revocations.get(decision.id);
    if (found) return found;
    const made = this.make(
      decision.authority,
      date,
      'revocation',
      `Về việc thu hồi khen thưởng tại Quyết định số ${decision.number}`,
      'cong_trang',
      decision.id,
      'Phát hiện kê khai không đúng thành tích khi hậu kiểm',
    );
    this.revocations.set(decision.id, made);
    return made;
  }

  private make(
    authority: Authority,
    date: string,
    kind: 'award' | 'revocation',
    title: string,
    awardType: string,
    revokes: string | null,
    reason: string | null,
  ): Decision {
    const external = authority.id === '';
    const year = Number(date.slice(0, 4));
    const counter = `${authority.id}:${year}`;
    const n = (this.counters.get(counter) ?? 0) + 1;
    this.counters.set(counter, n);
    const number = external ? `${n}/QĐ-TTg` : `${String(n).padStart(2, '0')}/QĐ-UBND`;
    const id = keyedUuid(this.salt ^ 0xdec1, this.decisions.size + this.revocations.size);
    this.fresh.push({
      id,
      kind,
      origin: external ? 'external' : 'internal',
      status: 'issued',
      register_id: external ? null : this.registers.get(authority.id)!,
      number_year: external ? null : year,
      number_seq: external ? null : n,
      number,
      decision_date: date,
      // The catalog starts with Nghị định 91/2017 (1/10/2017); older decisions are filed under its first regime.
      regime_id: regimeAt(date < FIRST_REGIME ? FIRST_REGIME : date).id,
      authority_code: authority.code,
      authority_label: authority.text,
      authority_unit_id: external ? null : authority.id,
      title,
      award_type: awardType,
      revokes_decision_id: revokes,
      reason,
      recorded_at_unit_id: external ? this.province.id : null,
      issued_at: `${date}T16:00:00+07:00`,
      issued_by_name: external ? null : 'Văn thư',
    });
    let position = 0;
    return { id, number, date, authority, nextPosition: () => ++position };
  }

  /** The decisions made since the last call. */
  drain(): ColumnTable {
    const out = this.fresh;
    this.fresh = decisionTables().decisions;
    return out;
  }

  /** One register per authority (written before any decision). */
  registerTable(authorities: readonly Authority[]): ColumnTable {
    const table = new ColumnTable('decision_registers', {
      id: 'uuid',
      authority_unit_id: 'uuid',
      authority_code: 'text',
      authority_label: 'text',
      pattern: 'text',
      agency_parent: 'text',
      agency_name: 'text',
      issuer_title: 'text',
      place_name: 'text',
    });
    for (const a of authorities) {
      const place = a.text.replace(/^(Chủ tịch UBND|Giám đốc) /, '');
      table.push({
        id: this.registers.get(a.id)!,
        authority_unit_id: a.id,
        authority_code: a.code,
        authority_label: a.text,
        pattern: '{n}/QĐ-UBND',
        agency_parent: a.code === 'chu_tich_ubnd_tinh' ? null : 'UBND TỈNH THỬ NGHIỆM',
        agency_name: place.toUpperCase(),
        issuer_title: a.text.toUpperCase(),
        place_name: 'Thử Nghiệm',
      });
    }
    return table;
  }

  /** The last number taken per register and year, so that the next decision issued here follows on. */
  registerYears(): ColumnTable {
    const table = new ColumnTable('decision_register_years', {
      register_id: 'uuid',
      year: 'int2',
      last_number: 'int4',
    });
    for (const [key, n] of this.counters) {
      const [authority, year] = key.split(':');
      if (!authority) continue;
      table.push({ register_id: this.registers.get(authority)!, year: Number(year), last_number: n });
    }
    return table;
  }
}
