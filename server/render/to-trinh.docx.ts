// Tờ trình đề nghị khen thưởng as .docx, in the layout of Nghị định 30/2020 (server/render/nd30.ts), after
// Mẫu số 01 of Nghị định 152/2025/NĐ-CP: header of the proposing body (the number left blank for the pen, the
// date the dossier was sent) → TỜ TRÌNH + trích yếu → Kính gửi the authority → căn cứ → what is proposed, per
// award kind, with the count of individuals, collectives and households → the request → Nơi nhận and signature
// → Danh sách kèm theo (one row per nominee: name, position and unit, award kind).
import {
  closeBasisList,
  generatedTitle,
  joinVi,
  legalBasesFor,
  longDate,
  padCount,
} from '../../domain/decisions';
import type { AwardKindCode, AwardType, SubjectKind } from '../../domain/regimes/types';
import {
  type Block,
  dashList,
  dataTable,
  formatDocDate,
  formatNumberSymbol,
  type Nd30Document,
  para,
  renderDocx,
  type Signer,
} from './nd30';

export interface ToTrinhNominee {
  subjectKind: SubjectKind;
  /** "Nguyễn Văn An", "Trường Tiểu học Cẩm Bình", "Hộ ông Nguyễn Văn An". */
  name: string;
  /** Position and unit: "Giáo viên, Trường Tiểu học Cẩm Bình" (or the collective's parent unit). */
  detail: string | null;
  awardKind: AwardKindCode;
  awardKindName: string;
}

export interface ToTrinhData {
  /** Cơ quan chủ quản (ô 2), when the proposing body has one: "Ủy ban nhân dân xã Cẩm Bình". */
  parentAgency: string | null;
  /** The proposing body: "Ủy ban nhân dân xã Cẩm Bình", "Trường Tiểu học Cẩm Bình". */
  agency: string;
  /** "TTr-UBND" */
  symbol: string;
  /** Locality of the place and date line: "Cẩm Bình". */
  place: string;
  /** The day the dossier was sent ('YYYY-MM-DD'); null for a draft (blank for the pen). */
  date: string | null;
  /** The authority addressed: "Chủ tịch Ủy ban nhân dân xã Cẩm Bình". */
  authorityLabel: string;
  achievementYear: number;
  awardType: AwardType;
  nominees: readonly ToTrinhNominee[];
  signer: Signer;
  dossierCode: string;
}

const SUBJECT_WORD: Record<SubjectKind, string> = {
  individual: 'cá nhân',
  collective: 'tập thể',
  household: 'hộ gia đình',
};

/** "03 cá nhân, 01 tập thể". */
function counts(list: readonly ToTrinhNominee[]): string {
  const parts: string[] = [];
  for (const kind of ['individual', 'collective', 'household'] as const) {
    const n = list.filter((x) => x.subjectKind === kind).length;
    if (n > 0) parts.push(`${padCount(n)} ${SUBJECT_WORD[kind]}`);
  }
  return parts.join(', ');
}

/** The trích yếu: "Về việc đề nghị tặng Giấy khen năm 2025". */
export function toTrinhSummary(
  data: Pick<ToTrinhData, 'nominees' | 'achievementYear' | 'awardType' | 'date'>,
): string {
  const date = data.date ?? `${data.achievementYear}-12-31`;
  const title = generatedTitle(
    data.nominees.map((n) => ({ awardKind: n.awardKind, achievementYear: data.achievementYear })),
    date,
    data.awardType,
  );
  return title
    .replace(/^Về việc tặng/u, 'Về việc đề nghị tặng')
    .replace(/^Về việc khen thưởng$/u, 'Về việc đề nghị khen thưởng');
}

/** The Tờ trình as an nd30 document. */
export function toTrinhDocument(data: ToTrinhData): Nd30Document {
  const byKind = new Map<string, ToTrinhNominee[]>();
  for (const n of data.nominees) byKind.set(n.awardKindName, [...(byKind.get(n.awardKindName) ?? []), n]);
  const bases = closeBasisList([
    ...legalBasesFor({ date: data.date ?? `${data.achievementYear}-12-31` }),
    `Căn cứ thành tích đạt được năm ${data.achievementYear} của các tập thể, cá nhân`,
  ]);
  const body: Block[] = bases.map((l) => para(l, { italic: true }));
  body.push(
    para(
      `${data.agency} đề nghị ${data.authorityLabel} xem xét, khen thưởng cho ${counts(data.nominees)} ` +
        `đã có thành tích trong năm ${data.achievementYear}, cụ thể như sau:`,
    ),
  );
  body.push(...dashList([...byKind].map(([kind, list]) => `${kind}: ${counts(list)}`)));
  body.push(para('(Có danh sách và báo cáo thành tích kèm theo).'));
  body.push(para(`Kính trình ${data.authorityLabel} xem xét, quyết định./.`));
  const reference =
    `Kèm theo Tờ trình số ${formatNumberSymbol(null, data.symbol)} ` +
    `${data.date ? longDate(data.date) : 'ngày      tháng      năm      '} của ${data.agency}`;
  return {
    header: {
      parentAgency: data.parentAgency,
      agency: data.agency,
      numberSymbol: formatNumberSymbol(null, data.symbol),
      placeDate: formatDocDate(data.place, data.date),
    },
    title: { kind: 'Tờ trình', summary: toTrinhSummary(data) },
    recipientsTo: data.authorityLabel,
    body,
    closing: {
      recipients: { items: ['Như trên'], archive: 'VT' },
      signers: [data.signer],
    },
    appendices: [
      {
        heading: 'DANH SÁCH',
        title: `Đề nghị khen thưởng năm ${data.achievementYear}`,
        reference,
        body: [
          dataTable({
            columns: [
              { header: 'STT', width: 1, align: 'center' },
              { header: 'Họ và tên (tên tập thể)', width: 4 },
              { header: 'Chức vụ, đơn vị công tác', width: 5 },
              { header: 'Danh hiệu, hình thức đề nghị', width: 4 },
            ],
            rows: data.nominees.map((n, i) => [String(i + 1), n.name, n.detail ?? '', n.awardKindName]),
          }),
        ],
      },
    ],
    meta: {
      title: toTrinhSummary(data),
      subject: `Tờ trình đề nghị khen thưởng — hồ sơ ${data.dossierCode}`,
      description: `Tờ trình của ${data.agency} trình ${data.authorityLabel}; ${joinVi([...byKind.keys()])}`,
    },
  };
}

export async function renderToTrinh(data: ToTrinhData): Promise<Buffer> {
  return renderDocx(toTrinhDocument(data));
}

export const toTrinhFileName = (code: string) => `Tờ trình đề nghị khen thưởng ${code}.docx`;
