// The results of a cluster or block as an .xlsx workbook: "Kết quả" (the ranking with points per criteria group,
// bonus, penalty, total, the self-assessed total for reference, the tie notes and the rules as stated to the
// members) and "Chi tiết" (every item of the score sheet: self-score and cluster score of each member).
import ExcelJS from 'exceljs';
import { GROUP_KIND_LABELS, MEMBER_ROLE_LABELS, type GroupView } from '../../contracts/clusters';
import { todayInVietnam } from '../../contracts/people';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** "Kết quả Cụm thi đua số 1 năm 2023.xlsx" (the name as the user reads it; the route makes it safe). */
export function clusterResultsFileName(group: Pick<GroupView, 'name' | 'year'>): string {
  const name = group.name
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `Kết quả ${name} năm ${group.year}.xlsx`;
}

const POINTS = '0.00';
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function boxed(row: ExcelJS.Row, from: number, to: number): void {
  for (let c = from; c <= to; c++) row.getCell(c).border = thin;
}

function title(
  sheet: ExcelJS.Worksheet,
  text: string,
  width: number,
  options: Partial<ExcelJS.Font> = {},
): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.getCell(1).font = { bold: true, size: 13, ...options };
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
}

function note(sheet: ExcelJS.Worksheet, text: string, width: number): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
  row.height = Math.max(18, Math.ceil(text.length / (width * 12)) * 16);
}

/** Renders the workbook of a group's results (the view already holds the ranking computed by the domain). */
export async function renderClusterResults(group: GroupView): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'vinhdanh';
  workbook.created = new Date();
  const kind = GROUP_KIND_LABELS[group.kind];
  const roleOf = new Map(group.members.map((m) => [m.unit.id, m.role]));

  // ---- Kết quả ----
  const results = workbook.addWorksheet('Kết quả', {
    pageSetup: { orientation: 'landscape', fitToPage: true },
  });
  const sections = group.sheet.sections;
  const headers = [
    'Hạng',
    'Đơn vị',
    'Vai trò',
    ...sections.map((s) => `${s.title} (tối đa ${s.maxPoints})`),
    `Điểm các tiêu chí (tối đa ${group.sheet.criteriaMax})`,
    group.sheet.bonusCap === null ? 'Điểm thưởng' : `Điểm thưởng (tối đa ${group.sheet.bonusCap})`,
    'Điểm trừ',
    'Tổng điểm',
    'Tự chấm (tham khảo)',
    'Ghi chú',
  ];
  const width = headers.length;
  results.columns = headers.map((_, i) => ({
    width: i === 1 ? 34 : i === width - 1 ? 46 : i === 0 ? 7 : i === 2 ? 16 : 14,
  }));
  title(results, 'KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG THI ĐUA', width, { size: 14 });
  title(results, `${kind}: ${group.name} — năm ${group.year}`, width);
  note(results, `Đơn vị tổ chức: ${group.organiser.name}`, width);
  const status = group.ranking.finalised
    ? `Kết quả đã chốt${group.finalisedAt ? ` ngày ${formatIsoDate(todayInVietnam(new Date(group.finalisedAt)))}` : ''}${group.resultDocument ? ` (${group.resultDocument})` : ''}.`
    : group.ranking.complete
      ? 'Kết quả tạm tính: đã chấm đủ các tiêu chí, chưa chốt.'
      : 'Kết quả tạm tính: còn tiêu chí chưa có điểm cụm, khối chấm (tính 0 điểm).';
  note(results, status, width);
  results.addRow([]);
  const header = results.addRow(headers);
  header.font = { bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.height = 48;
  boxed(header, 1, width);
  for (const r of group.ranking.results) {
    const role = roleOf.get(r.unitId);
    const remarks = [
      r.leading ? 'Dẫn đầu' : null,
      r.tieNote,
      r.bonusRaw > r.bonus ? `Điểm thưởng ${r.bonusRaw} vượt mức tối đa, tính ${r.bonus}` : null,
      r.complete ? null : `Chưa chấm: ${r.missing.join('; ')}`,
    ].filter(Boolean);
    const row = results.addRow([
      r.rank,
      r.name,
      role ? MEMBER_ROLE_LABELS[role] : '',
      ...sections.map((s) => r.sections.find((x) => x.sectionId === s.id)?.points ?? 0),
      r.basic,
      r.bonus,
      r.penalty,
      r.total,
      r.selfTotal ?? '',
      remarks.join('. '),
    ]);
    for (let c = 4; c <= width - 1; c++) row.getCell(c).numFmt = POINTS;
    row.getCell(1).alignment = { horizontal: 'center' };
    row.getCell(width).alignment = { wrapText: true, vertical: 'top' };
    if (r.leading) row.font = { bold: true };
    boxed(row, 1, width);
  }
  results.addRow([]);
  note(results, `Quy tắc tính điểm: ${group.rules.scoring}`, width);
  note(results, `Quy tắc xếp hạng khi bằng điểm: ${group.rules.tieBreak}`, width);

  // ---- Chi tiết ----
  const detail = workbook.addWorksheet('Chi tiết', { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }] });
  const members = group.members;
  detail.columns = [
    { width: 16 },
    { width: 50 },
    { width: 10 },
    ...members.flatMap(() => [{ width: 11 }, { width: 11 }]),
  ];
  const top = detail.addRow(['Loại', 'Nội dung', 'Tối đa', ...members.flatMap((m) => [m.unit.name, ''])]);
  members.forEach((_, i) => detail.mergeCells(1, 4 + i * 2, 1, 5 + i * 2));
  const sub = detail.addRow(['', '', '', ...members.flatMap(() => ['Tự chấm', 'Cụm chấm'])]);
  for (const row of [top, sub]) {
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    boxed(row, 1, 3 + members.length * 2);
  }
  top.height = 36;
  const itemRows: { label: string; title: string; max: number; id: string }[] = [
    ...sections.flatMap((s) =>
      s.criteria.map((c) => ({ label: s.title, title: c.title, max: c.maxPoints, id: c.id })),
    ),
    ...group.sheet.bonus.map((b) => ({ label: 'Điểm thưởng', title: b.title, max: b.maxPoints, id: b.id })),
    ...group.sheet.penalties.map((p) => ({ label: 'Điểm trừ', title: p.title, max: p.maxPoints, id: p.id })),
  ];
  for (const item of itemRows) {
    const row = detail.addRow([
      item.label,
      item.title,
      item.max,
      ...members.flatMap((m) => {
        const s = m.scores.find((x) => x.itemId === item.id);
        return [s?.selfScore ?? '', s?.groupScore ?? ''];
      }),
    ]);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    for (let c = 3; c <= 3 + members.length * 2; c++) row.getCell(c).numFmt = POINTS;
    boxed(row, 1, 3 + members.length * 2);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function formatIsoDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
