// Biên bản họp Hội đồng Thi đua - Khen thưởng as .docx, in the layout of Nghị định 30/2020 (server/render/nd30.ts):
// header (ô 1–4, the number left blank for the pen) → BIÊN BẢN + trích yếu → I. time, place, chair, secretary,
// attendance (members with their role and whether present, absent with a written opinion, or absent) and the
// quorum → II. agenda (dossiers, public disclosures and their outcome) → III. the ballot of each nominee (đồng ý
// x/y thành viên = z%, the rule and its basis, the result) → IV. conclusion → signatures of the secretary and
// the chair. An open meeting's minutes are marked as a draft.
import { formatPercent } from '../../domain/council';
import { formatDocumentDateLong } from '../../domain/documents';
import {
  bold,
  type Block,
  centered,
  dashList,
  dataTable,
  formatDocDate,
  formatNumberSymbol,
  heading,
  italic,
  type Nd30Document,
  para,
  renderDocx,
} from './nd30';

export interface MinutesMember {
  name: string;
  /** "Chủ tịch Hội đồng", "Ủy viên" … */
  roleLabel: string;
  /** "Chủ tịch UBND huyện, UBND huyện Cẩm Xuyên". */
  position: string | null;
  /** "Có mặt", "Vắng mặt, có ý kiến bằng văn bản", "Vắng mặt". */
  attendance: string;
}

export interface MinutesBallot {
  name: string;
  unit: string;
  kindName: string;
  agree: number;
  disagree: number;
  invalid: number;
  written: number;
  membersTotal: number;
  /** "Từ 80% tổng số thành viên" / "Trên 50% tổng số thành viên (đa số)". */
  thresholdText: string;
  ruleText: string;
  ruleSource: string;
  passed: boolean;
}

export interface MinutesData {
  /** "Ủy ban nhân dân huyện Cẩm Xuyên" (cơ quan chủ quản, ô 2). */
  parentAgency: string;
  /** "Hội đồng\nThi đua - Khen thưởng" (a "\n" chooses where the agency line breaks). */
  agency: string;
  councilName: string;
  /** "Cẩm Xuyên" for the place and date line. */
  placeName: string;
  title: string;
  heldOn: string;
  startTime: string | null;
  place: string | null;
  chair: { name: string; position: string | null } | null;
  secretary: { name: string; position: string | null } | null;
  members: MinutesMember[];
  present: number;
  absentWritten: number;
  absent: number;
  membersTotal: number;
  quorumText: string;
  quorumRule: string;
  dossiers: { code: string; title: string; unit: string; nominees: number }[];
  disclosures: { title: string; period: string; outcome: string; note: string | null }[];
  ballots: MinutesBallot[];
  /** Nominees on the agenda not voted on at this meeting. */
  notVoted: string[];
  conclusion: string | null;
  /** The authority that decides (for the default conclusion): "Chủ tịch UBND huyện". */
  authorityLabel: string;
  draft: boolean;
}

/** "ngày 06 tháng 5 năm 2025" (days below 10 and months 1–2 zero-padded, Nghị định 30/2020). */
const viLongDate = formatDocumentDateLong;

function timeText(time: string | null): string {
  if (!time) return '';
  const [h, m] = time.split(':');
  return `${Number(h)} giờ ${m} phút, `;
}

const withPosition = (p: { name: string; position: string | null }) =>
  p.position ? `${p.name}, ${p.position}` : p.name;

/** "đồng ý 13/16 thành viên = 81,25%". */
export function tallyText(b: Pick<MinutesBallot, 'agree' | 'membersTotal'>): string {
  return `đồng ý ${b.agree}/${b.membersTotal} thành viên = ${formatPercent(b.agree / b.membersTotal)}`;
}

function defaultConclusion(data: MinutesData): string[] {
  const passed = data.ballots.filter((b) => b.passed);
  const failed = data.ballots.filter((b) => !b.passed);
  const lines: string[] = [];
  if (passed.length > 0) {
    const byKind = new Map<string, string[]>();
    for (const b of passed) byKind.set(b.kindName, [...(byKind.get(b.kindName) ?? []), b.name]);
    lines.push(
      `Hội đồng thống nhất đề nghị ${data.authorityLabel} xét, quyết định khen thưởng ${passed.length} trường hợp đạt tỷ lệ phiếu theo quy định: ` +
        [...byKind].map(([kind, names]) => `${kind}: ${names.join(', ')}`).join('; ') +
        '.',
    );
  }
  if (failed.length > 0) {
    lines.push(
      `Các trường hợp không đạt tỷ lệ phiếu theo quy định, không đề nghị: ${failed.map((b) => `${b.name} (${b.kindName})`).join('; ')}.`,
    );
  }
  if (lines.length === 0) lines.push('Phiên họp không bỏ phiếu xét khen thưởng trường hợp nào.');
  return lines;
}

/** The minutes as an nd30 document. */
export function minutesDocument(data: MinutesData): Nd30Document {
  const body: Block[] = [];
  if (data.draft) {
    body.push(centered(italic('(Dự thảo — phiên họp chưa kết thúc, kết quả bỏ phiếu có thể còn thay đổi)')));
  }
  body.push(heading('I', 'Thời gian, địa điểm, thành phần'));
  body.push(para([bold('Thời gian: '), `${timeText(data.startTime)}${viLongDate(data.heldOn)}.`]));
  body.push(para([bold('Địa điểm: '), `${data.place ?? '…'}.`]));
  body.push(para([bold('Chủ trì: '), `${data.chair ? withPosition(data.chair) : '…'}.`]));
  body.push(para([bold('Thư ký: '), `${data.secretary ? withPosition(data.secretary) : '…'}.`]));
  body.push(
    para([
      bold('Thành phần: '),
      `${data.councilName} có ${data.membersTotal} thành viên; có mặt ${data.present}/${data.membersTotal} thành viên, ` +
        `vắng mặt có ý kiến bằng văn bản ${data.absentWritten}, vắng mặt ${data.absent}. ${data.quorumText} (${data.quorumRule}).`,
    ]),
  );
  body.push(
    dataTable({
      columns: [
        { header: 'STT', width: 1, align: 'center' },
        { header: 'Họ và tên', width: 4 },
        { header: 'Chức danh trong Hội đồng', width: 3.5 },
        { header: 'Chức vụ, đơn vị', width: 5 },
        { header: 'Dự họp', width: 3.5 },
      ],
      rows: data.members.map((m, i) => [String(i + 1), m.name, m.roleLabel, m.position ?? '', m.attendance]),
    }),
  );

  body.push(heading('II', 'Nội dung'));
  body.push(
    para(
      data.dossiers.length > 0
        ? `Hội đồng xem xét ${data.dossiers.length} hồ sơ đề nghị khen thưởng:`
        : 'Phiên họp không có hồ sơ đề nghị khen thưởng.',
    ),
  );
  if (data.dossiers.length > 0) {
    body.push(
      ...dashList(
        data.dossiers.map((d) => `Hồ sơ ${d.code}: ${d.title} (${d.unit}, ${d.nominees} trường hợp)`),
      ),
    );
  }
  for (const d of data.disclosures) {
    body.push(
      para([
        bold('Kết quả công khai lấy ý kiến: '),
        `${d.title} — ${d.period}: ${d.outcome}${d.note ? `. ${d.note}` : ''}.`,
      ]),
    );
  }

  body.push(heading('III', 'Kết quả bỏ phiếu'));
  if (data.ballots.length === 0) {
    body.push(para('Phiên họp không bỏ phiếu.'));
  } else {
    body.push(
      para(
        `Tỷ lệ phiếu tính trên tổng số ${data.membersTotal} thành viên Hội đồng (không phải trên số thành viên có mặt); ` +
          'phiếu của thành viên vắng mặt gửi bằng văn bản được tính.',
      ),
    );
    body.push(
      dataTable({
        columns: [
          { header: 'STT', width: 1, align: 'center' },
          { header: 'Họ và tên', width: 3.6 },
          { header: 'Hình thức, danh hiệu', width: 3.4 },
          { header: 'Đồng ý', width: 3.2, align: 'center' },
          { header: 'Tỷ lệ yêu cầu', width: 2.8, align: 'center' },
          { header: 'Kết quả', width: 2, align: 'center' },
        ],
        rows: data.ballots.map((b, i) => [
          String(i + 1),
          `${b.name} (${b.unit})`,
          b.kindName,
          `${b.agree}/${b.membersTotal} = ${formatPercent(b.agree / b.membersTotal)}`,
          b.thresholdText,
          b.passed ? 'Đạt' : 'Không đạt',
        ]),
      }),
    );
    data.ballots.forEach((b, i) => {
      const written =
        b.written > 0 ? ` (trong đó ${b.written} phiếu bằng văn bản của thành viên vắng mặt)` : '';
      body.push(
        para(
          `${i + 1}. ${b.name} — ${b.kindName}: ${tallyText(b)}${written}; không đồng ý ${b.disagree}; ` +
            `không hợp lệ, để trống ${b.invalid}. ${b.ruleText} (${b.ruleSource}). Kết quả: ${b.passed ? 'đạt' : 'không đạt'}.`,
        ),
      );
    });
  }
  if (data.notVoted.length > 0) {
    body.push(para(`Chưa bỏ phiếu tại phiên họp này: ${data.notVoted.join('; ')}.`));
  }

  body.push(heading('IV', 'Kết luận'));
  const conclusion = data.conclusion ? data.conclusion.split('\n') : defaultConclusion(data);
  for (const line of conclusion) body.push(para(line));
  body.push(
    para(
      `Biên bản được lập ${viLongDate(data.heldOn)}, đã thông qua các thành viên dự họp và được các thành viên nhất trí.`,
    ),
  );

  return {
    header: {
      parentAgency: data.parentAgency,
      agency: data.agency,
      numberSymbol: formatNumberSymbol(null, 'BB-HĐTĐKT'),
      placeDate: formatDocDate(data.placeName, data.heldOn),
    },
    title: { kind: 'Biên bản', summary: [`Họp ${data.councilName}`, data.title] },
    body,
    closing: {
      signers: [
        { title: 'Thư ký', name: data.secretary?.name ?? '' },
        { title: 'Chủ trì', name: data.chair?.name ?? '' },
      ],
    },
    meta: { title: `Biên bản họp ${data.councilName}`, subject: data.title },
  };
}

/** The .docx bytes of the minutes. */
export function renderMinutes(data: MinutesData): Promise<Buffer> {
  return renderDocx(minutesDocument(data));
}
