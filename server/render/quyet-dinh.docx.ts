// Quyết định khen thưởng + Danh sách kèm theo as .docx, in the layout of Nghị định 30/2020 (server/render/nd30.ts):
// header (ô 1–4) → QUYẾT ĐỊNH + trích yếu → issuer line → căn cứ → "Theo đề nghị của …" → "QUYẾT ĐỊNH:" →
// Điều 1 (what is given to whom) → Điều 2 (money: multiplier × base pay, total in figures and words, funding) →
// Điều 3 (effect and execution) → Nơi nhận + signature → the list (STT, name, chức vụ, đơn vị, hình thức, money)
// under "(Kèm theo Quyết định số … ngày … của …)". A draft leaves the number and the day blank for the pen.
import type { AwardeeView, DecisionView } from '../../contracts/decisions';
import { symbolOf } from '../../domain/decision-number';
import { joinVi, longDate, padCount, type SignMode, subjectCountText } from '../../domain/decisions';
import { kindName } from '../../domain/eligibility/text';
import { regimeById } from '../../domain/catalog';
import { formatVnd } from '../../domain/money';
import type { AwardKindCode, RegimeId } from '../../domain/regimes/types';
import {
  article,
  bold,
  centered,
  dataTable,
  formatDocDate,
  legalBases,
  para,
  renderDocx,
  type Block,
  type Nd30Document,
  type Signer,
} from './nd30';

/** The nd30 signer of a decision's signature block. */
export function signerOf(v: {
  signMode: SignMode | null;
  signFor: string | null;
  signerPosition: string | null;
  signerName: string | null;
}): Signer {
  const name = v.signerName ?? '';
  switch (v.signMode) {
    case 'TM':
      return { on: v.signFor ?? '', title: v.signerPosition ?? '', name };
    case 'Q':
      return { mode: 'Q', title: v.signFor ?? v.signerPosition ?? '', name };
    case 'KT':
    case 'TL':
    case 'TUQ':
      return { mode: v.signMode, head: v.signFor, title: v.signerPosition ?? '', name };
    default:
      return { title: v.signerPosition ?? '', name };
  }
}

/** How a kind is named in Điều 1: titles as "danh hiệu “…” năm N", forms by name. */
function kindPhrase(regimeId: string, code: AwardKindCode, years: readonly number[]): string {
  const def = regimeById(regimeId as RegimeId).kinds[code];
  const name = def?.name ?? kindName(code);
  if (def?.category !== 'title') return name;
  const year = years.length === 1 ? ` năm ${years[0]}` : '';
  return `danh hiệu “${name}”${year}`;
}

/** The sentences of Điều 1: one kind in one sentence; several kinds as a list under it. */
function articleOne(v: DecisionView): Block[] {
  const groups = new Map<AwardKindCode, AwardeeView[]>();
  for (const a of v.awardees) groups.set(a.awardKind, [...(groups.get(a.awardKind) ?? []), a]);
  const phrases = [...groups.entries()].map(([code, list]) => ({
    phrase: kindPhrase(v.regimeId, code, [...new Set(list.map((a) => a.achievementYear))]),
    count: subjectCountText(list.map((a) => a.subjectKind)),
  }));
  const all = subjectCountText(v.awardees.map((a) => a.subjectKind));
  const reason =
    v.awardType === 'dot_xuat' ? 'đã có thành tích xuất sắc đột xuất' : 'đã có thành tích xuất sắc';
  if (phrases.length === 1) {
    return [article(1, `Tặng ${phrases[0]!.phrase} cho ${all} ${reason} (có danh sách kèm theo).`)];
  }
  return [
    article(
      1,
      `Tặng ${joinVi(phrases.map((p) => p.phrase))} cho ${all} ${reason} (có danh sách kèm theo), cụ thể:`,
    ),
    ...phrases.map((p, i) =>
      para(
        `- ${p.phrase[0]!.toLocaleUpperCase('vi-VN')}${p.phrase.slice(1)}: ${p.count}${i === phrases.length - 1 ? '.' : ';'}`,
      ),
    ),
  ];
}

/** Điều 2: the money, or that the awards carry none. */
function articleTwo(v: DecisionView): Block[] {
  if (v.money.total === 0) {
    return [article(2, 'Các danh hiệu, hình thức khen thưởng tại Điều 1 không kèm theo tiền thưởng.')];
  }
  return [
    article(
      2,
      'Tiền thưởng kèm theo được tính bằng hệ số nhân với mức lương cơ sở tại thời điểm ban hành quyết định, làm tròn lên hàng chục nghìn đồng:',
    ),
    ...v.money.lines.map((line) => para(`- ${line}`)),
  ];
}

/** The reference line of the list: "Kèm theo Quyết định số 05/QĐ-UBND ngày 03 tháng 12 năm 2025 của …". */
export function referenceLine(v: DecisionView, pattern: string | null): string {
  const year = Number(v.decisionDate.slice(0, 4));
  const number = v.number ?? `      /${symbolOf(pattern ?? '{n}/QĐ')}`;
  const day = v.status === 'issued' ? longDate(v.decisionDate) : `ngày      tháng      năm ${year}`;
  return `Kèm theo Quyết định số ${number} ${day} của ${v.authorityLabel}`;
}

function awardeeRows(v: DecisionView): string[][] {
  return v.awardees.map((a, i) => [
    String(i + 1),
    a.displayName,
    a.positionTitle ?? '',
    a.unitName ?? '',
    a.awardKindName,
    a.amount > 0 ? formatVnd(a.amount) : '',
  ]);
}

/** The Nd30Document of a decision (for callers that add to it); most want renderDecisionDocx. */
export function decisionDocument(v: DecisionView, pattern: string | null): Nd30Document {
  const issued = v.status === 'issued';
  const year = Number(v.decisionDate.slice(0, 4));
  const recipients = v.recipients.filter((r) => !/^lưu\s*:/iu.test(r));
  const archive = v.recipients.find((r) => /^lưu\s*:/iu.test(r)) ?? 'Lưu: VT';
  const kinds = joinVi([...new Set(v.awardees.map((a) => a.awardKindName))]);
  const body: Block[] = [
    centered(v.issuerTitle ?? v.authorityLabel.toLocaleUpperCase('vi-VN'), { bold: true, afterPt: 12 }),
    // Lines the user wrote as "Xét …" or "Theo …" keep their own opening; others read "Căn cứ …".
    ...legalBases(
      v.legalBases.map((l) => (/^(căn cứ|xét|theo)\s/iu.test(l) ? l : `Căn cứ ${l}`)),
      { prefix: false },
    ),
  ];
  if (v.proposedBy) {
    const text = v.proposedBy.replace(/[.;]+$/u, '');
    body.push(para(/^(theo|xét)\s/iu.test(text) ? `${text}.` : ['Theo đề nghị của ', text, '.']));
  }
  body.push(centered('QUYẾT ĐỊNH:', { bold: true, beforePt: 6, afterPt: 12 }));
  body.push(...articleOne(v), ...articleTwo(v));
  body.push(
    article(
      3,
      `Quyết định này có hiệu lực kể từ ngày ký. ${(v.executors ?? '').replace(/\s*\.?\/?\.?$/u, '')}./.`,
    ),
  );
  return {
    header: {
      parentAgency: v.agencyParent,
      agency: v.agencyName ?? v.authorityLabel,
      numberSymbol: v.number ?? `      /${symbolOf(pattern ?? '{n}/QĐ')}`,
      placeDate: formatDocDate(v.placeName ?? '', issued ? v.decisionDate : null, year),
    },
    title: { kind: 'Quyết định', summary: v.title },
    body,
    closing: {
      recipients: { items: recipients, archive: archive.replace(/^lưu\s*:\s*/iu, '') },
      signers: [{ ...signerOf(v), signedNote: null }],
    },
    appendices: [
      {
        heading: 'DANH SÁCH',
        title: `Cá nhân, tập thể được tặng ${kinds}`,
        reference: referenceLine(v, pattern),
        body: [
          dataTable({
            columns: [
              { header: 'STT', width: 1, align: 'center' },
              { header: 'Họ và tên / Tên tập thể', width: 5 },
              { header: 'Chức vụ', width: 3 },
              { header: 'Đơn vị', width: 4 },
              { header: 'Hình thức khen thưởng', width: 3 },
              { header: 'Số tiền (đồng)', width: 2.4, align: 'right' },
            ],
            rows: awardeeRows(v),
            totalRow: ['', `Tổng cộng: ${padCount(v.awardees.length)}`, '', '', '', formatVnd(v.money.total)],
            fontSize: 12,
          }),
          para([bold('Bằng chữ: '), v.money.totalWords, '.'], { indentMm: 0, beforePt: 6 }),
        ],
      },
    ],
    meta: {
      title: `Quyết định ${v.number ?? '(dự thảo)'} — ${v.title}`,
      subject: v.authorityLabel,
      creator: 'vinhdanh',
    },
  };
}

/** The .docx bytes of a decision and its list. */
export async function renderDecisionDocx(v: DecisionView, pattern: string | null): Promise<Buffer> {
  return renderDocx(decisionDocument(v, pattern));
}

/** The file name: "Quyet-dinh-05-QD-UBND-2025.docx" style, in Vietnamese: "Quyết định 05-QĐ-UBND.docx". */
export function decisionFileName(v: DecisionView): string {
  const number = v.number ? v.number.replace(/\//g, '-') : 'du-thao';
  return `Quyết định ${number}.docx`;
}
