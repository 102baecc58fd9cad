// The aggregated table of a report request as an .xlsx workbook: "Tổng hợp" (award results summed over the
// answering units' issued reports: awarded, then proposed, by level, award kind and subject kind, one column per
// unit and a total) and "Tình hình gửi báo cáo" (each unit: answer, report, on time or late).
import ExcelJS from 'exceljs';
import {
  REPORT_TARGET_STATUS_LABELS,
  type RequestSummary,
  TIMELINESS_LABELS,
} from '../../contracts/report-requests';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const vi = (iso: string) => iso.split('-').reverse().join('/');

/** "Tổng hợp - Báo cáo công tác thi đua, khen thưởng 6 tháng đầu năm 2023.xlsx" (the route makes it safe). */
export function requestSummaryFileName(request: Pick<RequestSummary['request'], 'title'>): string {
  const name = request.title
    .replace(/[\\/:*?"<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `Tổng hợp - ${name}.xlsx`;
}

const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

function boxed(row: ExcelJS.Row, width: number): void {
  for (let c = 1; c <= width; c++) row.getCell(c).border = thin;
}

function title(sheet: ExcelJS.Worksheet, text: string, width: number, size = 13, bold = true): void {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, width);
  row.getCell(1).font = { bold, size };
  row.getCell(1).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  row.height = Math.max(20, Math.ceil(text.length / (width * 10)) * 18);
}

function header(sheet: ExcelJS.Worksheet, cells: string[]): void {
  const row = sheet.addRow(cells);
  row.font = { bold: true };
  row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  row.height = 48;
  boxed(row, cells.length);
}

/** Renders the workbook of a request's aggregated table (the summary already holds the sums). */
export async function renderRequestSummary(summary: RequestSummary): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'vinhdanh';
  workbook.created = new Date();
  const { request, units, rows, totals } = summary;
  const period = `Kỳ báo cáo: từ ngày ${vi(request.periodFrom)} đến ngày ${vi(request.periodTo)}; hạn gửi: ${vi(request.deadline)}`;

  // ---- Tổng hợp ----
  const sheet = workbook.addWorksheet('Tổng hợp', {
    pageSetup: { orientation: 'landscape', fitToPage: true },
  });
  const headers = [
    'STT',
    'Cấp khen thưởng',
    'Hình thức',
    'Đối tượng',
    ...units.map((u) => u.name),
    'Tổng cộng',
  ];
  const width = headers.length;
  sheet.columns = headers.map((_, i) => ({
    width: i === 0 ? 6 : i === 1 ? 14 : i === 2 ? 40 : i === 3 ? 12 : 16,
  }));
  title(sheet, 'TỔNG HỢP KẾT QUẢ KHEN THƯỞNG THEO BÁO CÁO CỦA CÁC ĐƠN VỊ', width, 14);
  title(sheet, request.title, width);
  title(sheet, `${request.requester}${request.document ? ` — ${request.document}` : ''}`, width, 11, false);
  title(sheet, period, width, 11, false);
  const c = summary.counts;
  title(
    sheet,
    `Đã gửi ${c.answered}/${c.targets} đơn vị (gửi muộn ${c.late}); quá hạn chưa gửi ${c.overdue}. Số liệu tính đến ngày ${vi(summary.asOf)}, lấy từ các báo cáo đã ban hành.`,
    width,
    11,
    false,
  );
  sheet.addRow([]);
  header(sheet, headers);
  const section = (label: string, status: 'awarded' | 'proposed', sums: number[], total: number) => {
    const head = sheet.addRow([label, '', '', '', ...sums, total]);
    sheet.mergeCells(head.number, 1, head.number, 4);
    head.font = { bold: true };
    boxed(head, width);
    let n = 0;
    for (const r of rows.filter((x) => x.status === status)) {
      n += 1;
      const row = sheet.addRow([n, r.levelLabel, r.kindName, r.subjectLabel, ...r.counts, r.total]);
      row.getCell(1).alignment = { horizontal: 'center' };
      row.getCell(3).alignment = { wrapText: true, vertical: 'top' };
      boxed(row, width);
    }
    if (n === 0) {
      const row = sheet.addRow(['Không có', '', '', '', ...units.map(() => 0), 0]);
      sheet.mergeCells(row.number, 1, row.number, 4);
      row.font = { italic: true };
      boxed(row, width);
    }
  };
  section('I. ĐÃ KHEN THƯỞNG TRONG KỲ', 'awarded', totals.awarded, totals.awardedTotal);
  section(
    'II. ĐỀ NGHỊ CẤP TRÊN KHEN THƯỞNG (CHƯA CÓ QUYẾT ĐỊNH)',
    'proposed',
    totals.proposed,
    totals.proposedTotal,
  );
  const status = sheet.addRow([
    'Tình trạng báo cáo',
    '',
    '',
    '',
    ...units.map((u) =>
      u.status === 'pending' ? TIMELINESS_LABELS[u.timeliness] : REPORT_TARGET_STATUS_LABELS[u.status],
    ),
    '',
  ]);
  sheet.mergeCells(status.number, 1, status.number, 4);
  status.font = { italic: true };
  status.alignment = { wrapText: true, vertical: 'top' };
  boxed(status, width);

  // ---- Tình hình gửi báo cáo ----
  const answers = workbook.addWorksheet('Tình hình gửi báo cáo', { pageSetup: { orientation: 'landscape' } });
  const answerHeaders = ['STT', 'Đơn vị', 'Tình trạng', 'Báo cáo', 'Trích yếu', 'Đúng hạn'];
  answers.columns = [{ width: 6 }, { width: 36 }, { width: 18 }, { width: 34 }, { width: 50 }, { width: 18 }];
  title(answers, 'TÌNH HÌNH GỬI BÁO CÁO', answerHeaders.length, 14);
  title(answers, request.title, answerHeaders.length);
  title(answers, period, answerHeaders.length, 11, false);
  answers.addRow([]);
  header(answers, answerHeaders);
  units.forEach((u, i) => {
    const row = answers.addRow([
      i + 1,
      u.name,
      REPORT_TARGET_STATUS_LABELS[u.status],
      u.report?.reference ?? '',
      u.report?.title ?? '',
      TIMELINESS_LABELS[u.timeliness],
    ]);
    row.alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
    boxed(row, answerHeaders.length);
  });

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
