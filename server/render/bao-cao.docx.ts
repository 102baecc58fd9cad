// The work report (Báo cáo công tác thi đua, khen thưởng, issue #6) as .docx in the Nghị định 30/2020 layout:
// header, "BÁO CÁO" with its title, Kính gửi, the opening line, I (1 leadership, 2 movements, 3 commendation:
// 3.1 council, 3.2 results, 3.3 inspections), II assessment (1–4), III tasks for the next period, closing line,
// Nơi nhận and signature — numbered as the seed report is.
import type { WorkReportFigures } from '../../contracts/reports';
import { formatDocumentDate } from '../../domain/documents';
import { lowerLevel, nextPeriodLabel, shortAgency } from '../../domain/work-report-text';
import { type Block, bold, formatDocDate, heading, para, renderDocx, type Signer } from './nd30';

export interface BaoCaoInput {
  figures: WorkReportFigures;
  title: string;
  addressee: string;
  /** "Văn bản số 253/BTĐKT-THHC ngày 31/5/2023 của Ban Thi đua - Khen thưởng tỉnh …", when the report answers one. */
  requestCitation: string | null;
  requestSubject: string | null;
  numberSymbol: string | null;
  issuedOn: string | null;
  place: string | null;
  signerCapacity: string | null;
  signerTitle: string;
  signerName: string;
  recipients: readonly string[];
  strengths: string;
  weaknesses: string;
  causes: string;
  solutions: string;
  tasks: string;
}

const paragraphs = (text: string): string[] => text.split('\n').filter((l) => l.trim() !== '');

/** Narrative paragraphs; an empty section says so in brackets (a draft still to be written). */
function narrative(text: string): Block[] {
  const ps = paragraphs(text);
  return ps.length > 0 ? ps.map((p) => para(p)) : [para('(Chưa có nội dung)', { italic: true })];
}

/** "TM. Ủy ban nhân dân" / "KT. Chủ tịch" → the nd30 signer. */
export function signerOf(capacity: string | null, title: string, name: string): Signer {
  const c = (capacity ?? '').trim();
  const tm = /^tm\.?\s*(.+)$/iu.exec(c);
  if (tm) return { on: tm[1]!, title, name };
  const other = /^(kt|q|tl|tuq)\.?\s*(.+)$/iu.exec(c);
  if (other) {
    const mode = other[1]!.toUpperCase() as 'KT' | 'Q' | 'TL' | 'TUQ';
    return { mode, head: other[2]!, title, name };
  }
  return { title, name };
}

/** The part of the place-and-date line: the unit's name without its level word ("huyện Cẩm Xuyên" → "Cẩm Xuyên"). */
export function placeOf(unitName: string): string {
  return unitName.replace(/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/iu, '');
}

/** "Phong trào “X”", unless the name already says what it is ("Đợt …", "Công tác …", "Kỷ niệm …"). */
export function movementHeading(name: string): string {
  return /^(phong trào|đợt|công tác|kỷ niệm|cuộc vận động)/iu.test(name) ? name : `Phong trào “${name}”`;
}

type Movement = WorkReportFigures['movements'][number];
type Doc = Movement['launchingDocuments'][number];

const cited = (d: Doc) => `${d.citation}${d.issuerName ? ` của ${d.issuerName}` : ''}`;
const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The opening of a movement as the seed writes it: "Hưởng ứng phong trào thi đua do Thủ tướng Chính phủ phát
 * động" for a higher level with no document, "Thực hiện Kế hoạch số 68/KH-UBND … của UBND tỉnh Hà Tĩnh" for the
 * higher documents, then "UBND huyện Cẩm Xuyên đã ban hành Kế hoạch số 1321/UBND-KH … về …" for the unit's own.
 */
export function movementBasis(m: Movement, who: string): Block[] {
  const docs = [...m.launchingDocuments, ...m.implementingDocuments];
  const own = docs.filter((d) => d.issuedByUnit === true);
  const higherDocs = docs.filter((d) => d.issuedByUnit !== true);
  const bases: string[] = [];
  const launchers = m.higher.map((h) => h.authorityName).filter((a): a is string => a !== null);
  if (higherDocs.length === 0 && launchers.length > 0) {
    bases.push(`hưởng ứng phong trào thi đua do ${launchers.join(', ')} phát động`);
  } else if (launchers.length > 0 && /thủ tướng|chính phủ|chủ tịch nước/iu.test(launchers[0]!)) {
    bases.push(`hưởng ứng phong trào thi đua do ${launchers[0]} phát động`);
  }
  if (higherDocs.length > 0) bases.push(`thực hiện ${higherDocs.map(cited).join('; ')}`);
  if (m.relatedDocuments.length > 0) bases.push(`căn cứ ${m.relatedDocuments.map(cited).join('; ')}`);
  // A document without a number is cited by its subject already: its subject is not repeated.
  const issued = own.map((d) =>
    d.summary && !d.citation.includes(d.summary) ? `${d.citation} về ${d.summary}` : d.citation,
  );
  const text = [bases.join('; '), issued.length > 0 ? `${who} đã ban hành ${issued.join('; ')}` : '']
    .filter((t) => t !== '')
    .join(', ');
  return text === '' ? [] : [para(`${capitalised(text)}.`)];
}

function section1(f: WorkReportFigures): Block[] {
  const out: Block[] = [];
  out.push(heading('I', `Thực hiện công tác thi đua, khen thưởng ${f.period.label}`, 1));
  out.push(heading('1', 'Lãnh đạo, chỉ đạo thực hiện công tác thi đua, khen thưởng', 2));
  out.push(para(f.leadership.sentence));
  out.push(heading('2', 'Tổ chức triển khai, thực hiện các phong trào thi đua', 2));
  if (f.movements.length === 0) out.push(para('Chưa có phong trào thi đua nào được ghi nhận trong kỳ.'));
  for (const m of f.movements) {
    out.push(para(bold(`- ${movementHeading(m.name)}`), { keepNext: true }));
    out.push(...movementBasis(m, shortAgency(f.unit)));
    for (const a of m.activities) out.push(para(`- ${capitalised(a)};`));
    const figures = m.indicators.filter((i) => i.text !== '');
    if (figures.length > 0) {
      out.push(
        para(
          `Kết quả: ${figures
            .map((i) => `${i.text}${i.asOf ? ` (đến ngày ${formatDocumentDate(i.asOf)})` : ''}`)
            .join('; ')}.`,
        ),
      );
    }
  }
  if (f.exemplaryModels.length > 0) {
    out.push(
      para(bold('- Công tác tuyên truyền, nhân rộng gương điển hình tiên tiến, gương “Người tốt, việc tốt”')),
    );
    out.push(
      para(
        `Trong kỳ đã ghi nhận ${f.exemplaryModels.length < 10 ? '0' : ''}${f.exemplaryModels.length} điển hình tiên tiến: ` +
          `${f.exemplaryModels.map((m) => `${m.subjectName} (${m.title})`).join('; ')}.`,
      ),
    );
  }
  out.push(heading('3', 'Công tác khen thưởng', 2));
  out.push(para('3.1. Hoạt động của Hội đồng Thi đua - Khen thưởng', { bold: true, keepNext: true }));
  out.push(
    para(
      f.council ? f.council.sentence : 'Chưa có Hội đồng Thi đua - Khen thưởng được ghi nhận trên hệ thống.',
    ),
  );
  out.push(para('3.2. Kết quả khen thưởng', { bold: true, keepNext: true }));
  for (const s of f.awardSentences) out.push(para(s));
  out.push(para('3.3. Công tác kiểm tra', { bold: true, keepNext: true }));
  out.push(para(f.inspectionSentence));
  return out;
}

/** The document model (exported for tests that inspect it without rendering). */
export function baoCaoDocument(input: BaoCaoInput) {
  const f = input.figures;
  const place = input.place ?? placeOf(f.unit.name);
  const next = nextPeriodLabel(f.period.from, f.period.to);
  const opening = input.requestCitation
    ? `Thực hiện ${input.requestCitation}${input.requestSubject ? ` về việc ${input.requestSubject}` : ''}; ${f.agency.name} báo cáo kết quả như sau:`
    : `${f.agency.name} báo cáo kết quả công tác thi đua, khen thưởng ${f.period.label} như sau:`;
  const body: Block[] = [
    para(opening),
    ...section1(f),
    heading('II', 'Đánh giá chung', 1),
    heading('1', 'Ưu điểm', 2),
    ...narrative(input.strengths),
    heading('2', 'Tồn tại, hạn chế', 2),
    ...narrative(input.weaknesses),
    heading('3', 'Nguyên nhân tồn tại, hạn chế', 2),
    ...narrative(input.causes),
    heading('4', 'Giải pháp, biện pháp khắc phục', 2),
    ...narrative(input.solutions),
    // The seed has no section III when nothing is planned; an empty one is left out rather than printed empty.
    ...(paragraphs(input.tasks).length > 0
      ? [heading('III', next ? `Nhiệm vụ ${next}` : 'Nhiệm vụ thời gian tới', 1), ...narrative(input.tasks)]
      : []),
    // Kept with the signature block: the signature never stands alone on the last page (Nghị định 30/2020).
    para(
      `Trên đây là báo cáo công tác thi đua, khen thưởng ${f.period.label} của ${lowerLevel(f.unit.name)}./.`,
      { keepNext: true },
    ),
  ];
  const recipients = [...input.recipients];
  const archiveAt = recipients.findIndex((r) => /^lưu\s*:/iu.test(r));
  const archive = archiveAt >= 0 ? recipients.splice(archiveAt, 1)[0]! : null;
  return {
    header: {
      parentAgency: f.agency.parent,
      agency: f.agency.name,
      numberSymbol: input.numberSymbol ?? '      /BC-UBND',
      placeDate: formatDocDate(place, input.issuedOn, Number(f.period.to.slice(0, 4))),
    },
    title: { kind: 'Báo cáo', summary: splitTitle(input.title) },
    recipientsTo: input.addressee,
    body,
    closing: {
      recipients: { items: recipients, archive },
      signers: [signerOf(input.signerCapacity, input.signerTitle, input.signerName)],
    },
    meta: { title: `Báo cáo ${input.title}`, subject: f.unit.name },
  };
}

/** The title on two lines at its comma before "nhiệm vụ", as the seed prints it. */
function splitTitle(title: string): string[] {
  const at = title.indexOf(', nhiệm vụ');
  if (at < 0) return [title];
  return [title.slice(0, at + 1), title.slice(at + 2)];
}

export async function renderBaoCao(input: BaoCaoInput): Promise<Buffer> {
  return renderDocx(baoCaoDocument(input));
}
