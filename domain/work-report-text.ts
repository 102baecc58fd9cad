// The wording of a work report (issue #6): the period as reports name it, the title, how the report names its
// unit, the lines of section 3.2 as the seed writes them ("… được Thủ tướng Chính phủ tặng Bằng khen cho 01 cá
// nhân; UBND tỉnh tặng Cờ thi đua cho 04 đơn vị …"; "Đề nghị Chủ tịch UBND tỉnh xem xét, trình Thủ tướng Chính phủ
// tặng Bằng khen cho 01 cá nhân.") and the line of section 3.3. Pure: every number comes from the rows it is given.
import type { AdminLevel } from '../contracts/enums';
import { formatDocumentDate } from './documents';
import type { AwardResult } from './work-report';

const ROMAN = ['I', 'II', 'III', 'IV'];

interface PeriodShape {
  kind: 'first_half' | 'second_half' | 'year' | 'quarter' | 'nine_months' | 'range';
  year: number;
  quarter?: number;
}

function shapeOf(from: string, to: string): PeriodShape {
  const y = Number(from.slice(0, 4));
  const sameYear = to.slice(0, 4) === from.slice(0, 4);
  const f = from.slice(5);
  const t = to.slice(5);
  if (sameYear) {
    if (f === '01-01' && t === '06-30') return { kind: 'first_half', year: y };
    if (f === '07-01' && t === '12-31') return { kind: 'second_half', year: y };
    if (f === '01-01' && t === '12-31') return { kind: 'year', year: y };
    if (f === '01-01' && t === '09-30') return { kind: 'nine_months', year: y };
    const quarters: [string, string][] = [
      ['01-01', '03-31'],
      ['04-01', '06-30'],
      ['07-01', '09-30'],
      ['10-01', '12-31'],
    ];
    const q = quarters.findIndex(([a, b]) => a === f && b === t);
    if (q >= 0) return { kind: 'quarter', year: y, quarter: q + 1 };
  }
  return { kind: 'range', year: y };
}

/** "6 tháng đầu năm 2023", "năm 2023", "quý II năm 2023", "từ ngày 15/3/2023 đến ngày 20/8/2023". */
export function periodLabel(from: string, to: string): string {
  const s = shapeOf(from, to);
  switch (s.kind) {
    case 'first_half':
      return `6 tháng đầu năm ${s.year}`;
    case 'second_half':
      return `6 tháng cuối năm ${s.year}`;
    case 'year':
      return `năm ${s.year}`;
    case 'nine_months':
      return `9 tháng đầu năm ${s.year}`;
    case 'quarter':
      return `quý ${ROMAN[s.quarter! - 1]} năm ${s.year}`;
    default:
      return `từ ngày ${formatDocumentDate(from)} đến ngày ${formatDocumentDate(to)}`;
  }
}

/** The period section III plans for: "6 tháng cuối năm 2023", "năm 2024", "quý III năm 2023"; null for a range. */
export function nextPeriodLabel(from: string, to: string): string | null {
  const s = shapeOf(from, to);
  switch (s.kind) {
    case 'first_half':
      return `6 tháng cuối năm ${s.year}`;
    case 'second_half':
    case 'year':
      return `năm ${s.year + 1}`;
    case 'nine_months':
      return `3 tháng cuối năm ${s.year}`;
    case 'quarter':
      return s.quarter === 4 ? `quý I năm ${s.year + 1}` : `quý ${ROMAN[s.quarter!]} năm ${s.year}`;
    default:
      return null;
  }
}

/**
 * The line under "BÁO CÁO": "Công tác thi đua, khen thưởng 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm 2023"
 * (the year written once when both halves are of the same year, as the seed does).
 */
export function reportTitle(from: string, to: string): string {
  const s = shapeOf(from, to);
  const base = 'Công tác thi đua, khen thưởng';
  if (s.kind === 'first_half') return `${base} 6 tháng đầu năm, nhiệm vụ 6 tháng cuối năm ${s.year}`;
  if (s.kind === 'nine_months') return `${base} 9 tháng đầu năm, nhiệm vụ 3 tháng cuối năm ${s.year}`;
  if (s.kind === 'year') return `${base} năm ${s.year}, phương hướng, nhiệm vụ năm ${s.year + 1}`;
  const next = nextPeriodLabel(from, to);
  return next ? `${base} ${periodLabel(from, to)}, nhiệm vụ ${next}` : `${base} ${periodLabel(from, to)}`;
}

/** A count as reports write it: below 10 zero-padded ("01 cá nhân"). */
export function countText(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Award kinds as a report names them mid-sentence. */
const KIND_WORDS: Record<string, string> = {
  LDTT: 'danh hiệu Lao động tiên tiến',
  CSTT: 'danh hiệu Chiến sĩ tiên tiến',
  CSTDCS: 'danh hiệu Chiến sĩ thi đua cơ sở',
  CSTD_TINH: 'danh hiệu Chiến sĩ thi đua cấp tỉnh',
  CSTDTQ: 'danh hiệu Chiến sĩ thi đua toàn quốc',
  TTLDTT: 'danh hiệu Tập thể lao động tiên tiến',
  TTLDXS: 'danh hiệu Tập thể lao động xuất sắc',
  CO_TINH: 'Cờ thi đua',
  CO_CP: 'Cờ thi đua của Chính phủ',
  BK_TINH: 'Bằng khen',
  BK_TTG: 'Bằng khen',
  GK: 'Giấy khen',
  THON_VH: 'danh hiệu Thôn, tổ dân phố văn hóa',
  XA_TB: 'danh hiệu Xã, phường, thị trấn tiêu biểu',
  GDVH: 'danh hiệu Gia đình văn hóa',
  KNC: 'Kỷ niệm chương',
  HC_SAO_VANG: 'Huân chương Sao vàng',
  HC_HO_CHI_MINH: 'Huân chương Hồ Chí Minh',
  HC_DOC_LAP_1: 'Huân chương Độc lập hạng Nhất',
  HC_DOC_LAP_2: 'Huân chương Độc lập hạng Nhì',
  HC_DOC_LAP_3: 'Huân chương Độc lập hạng Ba',
  HC_LAO_DONG_1: 'Huân chương Lao động hạng Nhất',
  HC_LAO_DONG_2: 'Huân chương Lao động hạng Nhì',
  HC_LAO_DONG_3: 'Huân chương Lao động hạng Ba',
  AHLD: 'danh hiệu Anh hùng Lao động',
};

export const kindWords = (code: string): string => KIND_WORDS[code] ?? code;

/** The kind as a table names it: "Danh hiệu Tập thể lao động xuất sắc", "Cờ thi đua", "Bằng khen". */
export const kindLabel = (code: string): string => {
  const words = kindWords(code);
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
};

/** Kinds given to a unit as a whole: the seed counts them in "đơn vị", other collectives in "tập thể". */
const UNIT_KINDS = new Set(['CO_TINH', 'CO_CP', 'TTLDXS', 'TTLDTT', 'XA_TB']);

function subjectWord(kind: string, subject: AwardResult['subjectKind']): string {
  if (subject === 'individual') return 'cá nhân';
  if (subject === 'household') return 'hộ gia đình';
  return UNIT_KINDS.has(kind) ? 'đơn vị' : 'tập thể';
}

/** One spelling for an authority: "Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh" → "Chủ tịch UBND tỉnh Hà Tĩnh". */
export function authorityName(name: string): string {
  return name
    .trim()
    .replace(/\s+/gu, ' ')
    .replace(/Ủy ban nhân dân/gu, 'UBND')
    .replace(/Hội đồng nhân dân/gu, 'HĐND');
}

/** "Huyện Cẩm Xuyên" → "huyện Cẩm Xuyên": the level word in lower case mid-sentence. */
export function lowerLevel(name: string): string {
  return name.replace(/^(Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn)(?=\s)/u, (w) =>
    w.toLowerCase(),
  );
}

const TERRITORIAL = ['province', 'district', 'commune'];

/** How the report names its unit in sentences: "UBND huyện Cẩm Xuyên" for a territorial unit. */
export function shortAgency(unit: { name: string; kind: string }): string {
  return TERRITORIAL.includes(unit.kind) ? `UBND ${lowerLevel(unit.name)}` : unit.name;
}

/** "UBND tỉnh Hà Tĩnh" → "UBND tỉnh", "Chủ tịch UBND huyện Cẩm Xuyên" → "Chủ tịch UBND huyện" (as the seed). */
export function shortAuthority(name: string): string {
  const m =
    /^(.*?(?:UBND|Ủy ban nhân dân|HĐND)\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn))\s.+$/iu.exec(
      name.trim(),
    );
  return authorityName(m ? m[1]! : name);
}

/** Who "tặng" in the line of awards received: the seed names the agency ("UBND tỉnh tặng"), not its chairman. */
function givingAgency(shortName: string): string {
  return shortName.replace(/^Chủ tịch\s+(?=(?:UBND|HĐND)\s)/u, '');
}

/**
 * The order awards are named in a sentence, as the seed does ("Cờ thi đua …, tập thể lao động xuất sắc … và Bằng
 * khen …"): flags, then the collective titles, then the individual titles, then the forms of commendation from
 * the highest; kinds not listed follow in the catalogue's order.
 */
const SENTENCE_ORDER = [
  'CO_CP',
  'CO_TINH',
  'TTLDXS',
  'TTLDTT',
  'XA_TB',
  'THON_VH',
  'GDVH',
  'CSTDTQ',
  'CSTD_TINH',
  'CSTDCS',
  'LDTT',
  'CSTT',
];
const sentenceRank = (kind: string) => {
  const i = SENTENCE_ORDER.indexOf(kind);
  return i < 0 ? SENTENCE_ORDER.length : i;
};

function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} và ${parts[parts.length - 1]}`;
}

/** "Bằng khen cho 08 tập thể và 17 cá nhân, Cờ thi đua cho 04 đơn vị" for one authority's rows. */
function kindsPhrase(rows: readonly AwardResult[]): string {
  const byKind = new Map<string, AwardResult[]>();
  for (const r of rows) byKind.set(r.awardKind, [...(byKind.get(r.awardKind) ?? []), r]);
  // A stable sort: kinds of equal rank keep the catalogue order the rows come in.
  const kinds = [...byKind.entries()].sort(([a], [b]) => sentenceRank(a) - sentenceRank(b));
  const parts = kinds.map(([kind, list]) => {
    const subjects = list.map((r) => `${countText(r.count)} ${subjectWord(kind, r.subjectKind)}`);
    return `${kindWords(kind)} cho ${subjects.join(' và ')}`;
  });
  return joinAnd(parts);
}

function groupByAuthority(rows: readonly AwardResult[]): AwardResult[][] {
  const groups = new Map<string, AwardResult[]>();
  for (const r of rows) {
    const key = `${r.authorityLevel}\u0000${shortAuthority(r.authorityName)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

export interface ReportingUnitFacts {
  level: AdminLevel;
  /** Level of the unit directly above (who forwards proposals further up), if any. */
  parentLevel: AdminLevel | null;
}

const HEAD_OF: Partial<Record<AdminLevel, string>> = {
  province: 'Chủ tịch UBND tỉnh',
  district: 'Chủ tịch UBND huyện',
  commune: 'Chủ tịch UBND xã',
};

/**
 * The lines of section 3.2 as the seed writes them: one line for the awards of higher authorities, one per
 * proposal still pending, one for the unit's own awards. Empty results give one line saying so.
 */
export function awardSentences(
  results: readonly AwardResult[],
  unit: ReportingUnitFacts,
  period: string,
): string[] {
  const awarded = results.filter((r) => r.status === 'awarded' && r.count > 0);
  const proposed = results.filter((r) => r.status === 'proposed' && r.count > 0);
  const higher = awarded.filter((r) => r.authorityLevel !== unit.level);
  const own = awarded.filter((r) => r.authorityLevel === unit.level);
  const lines: string[] = [];
  if (higher.length > 0) {
    const byAgency = new Map<string, AwardResult[]>();
    for (const r of higher) {
      const key = givingAgency(shortAuthority(r.authorityName));
      byAgency.set(key, [...(byAgency.get(key) ?? []), r]);
    }
    const parts = [...byAgency.entries()].map(([agency, g]) => `${agency} tặng ${kindsPhrase(g)}`);
    lines.push(`Trong ${period} được ${parts.join('; ')}.`);
  }
  for (const g of groupByAuthority(proposed)) {
    const authority = shortAuthority(g[0]!.authorityName);
    const intermediate = unit.parentLevel ? HEAD_OF[unit.parentLevel] : undefined;
    const viaParent =
      intermediate && g[0]!.authorityLevel !== unit.parentLevel && !authority.startsWith(intermediate);
    lines.push(
      viaParent
        ? `Đề nghị ${intermediate} xem xét, trình ${authority} tặng ${kindsPhrase(g)}.`
        : `Đề nghị ${authority} xem xét, tặng ${kindsPhrase(g)}.`,
    );
  }
  if (own.length > 0) {
    const phrase = groupByAuthority(own).map(kindsPhrase).join('; ');
    lines.push(`Tặng ${phrase}.`);
  }
  if (lines.length === 0)
    lines.push(`Trong ${period} chưa có kết quả khen thưởng nào được ghi nhận trên hệ thống.`);
  return lines;
}

/** One inspection plan of the unit, with what was done within the period. */
export interface InspectionFacts {
  planTitle: string;
  planNumber: string | null;
  planDate: string | null;
  teamDecisionNumber: string | null;
  targets: number;
  done: number;
  inspectedUnits: readonly { name: string }[];
  recommendations: number;
}

/**
 * Section 3.3: "Thực hiện Kế hoạch kiểm tra … năm 2023 (04 đơn vị thuộc diện kiểm tra), trong 6 tháng đầu năm 2023 chưa
 * kiểm tra đơn vị nào." / "… đã kiểm tra 02/04 đơn vị (Xã A, Xã B), đưa ra 03 kiến nghị."
 */
export function inspectionSentence(list: readonly InspectionFacts[], period: string): string {
  if (list.length === 0)
    return `Trong ${period} chưa có kế hoạch kiểm tra công tác thi đua, khen thưởng được ghi nhận.`;
  return list
    .map((p) => {
      const dated = p.planDate ? ` ngày ${formatDocumentDate(p.planDate)}` : '';
      // "Kế hoạch kiểm tra …" with its number: "Kế hoạch số 12/KH-UBND ngày 02/3/2023 kiểm tra …".
      const plan = p.planNumber
        ? `Kế hoạch số ${p.planNumber}${dated} ${p.planTitle.replace(/^kế hoạch\s+/iu, '')}`
        : p.planTitle;
      const team = p.teamDecisionNumber
        ? ` và Quyết định số ${p.teamDecisionNumber} thành lập Đoàn kiểm tra`
        : '';
      const done =
        p.done === 0
          ? 'chưa kiểm tra đơn vị nào'
          : `đã kiểm tra ${countText(p.done)}/${countText(p.targets)} đơn vị (${p.inspectedUnits.map((u) => u.name).join(', ')})` +
            (p.recommendations > 0 ? `, đưa ra ${countText(p.recommendations)} kiến nghị` : '');
      return `Thực hiện ${plan} (${countText(p.targets)} đơn vị thuộc diện kiểm tra)${team}, trong ${period} ${done}.`;
    })
    .join(' ');
}
