// The people import template: a "Danh sách" sheet with Vietnamese headings and dropdowns, a "Hướng dẫn" sheet
// explaining every column, and a "Danh mục" sheet holding the dropdown lists (ethnic groups, units …).
import ExcelJS from 'exceljs';
import { CADRE_CLASS_LABELS, CADRE_CLASSES, GENDER_LABELS } from '../../contracts/enums';
import {
  ETHNICITIES,
  MAX_IMPORT_ROWS,
  PEOPLE_IMPORT_COLUMNS,
  type PeopleImportField,
} from '../../contracts/people';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PEOPLE_TEMPLATE_FILENAME = 'Mẫu nhập cá nhân.xlsx';

/** Rows of "Danh sách" that carry the dropdowns and formats. */
const TEMPLATE_ROWS = 5_000;

const GUIDE: Record<PeopleImportField, string> = {
  stt: 'Số thứ tự, để tiện đối chiếu; không bắt buộc, không được nhập vào hệ thống.',
  fullName: 'Họ, chữ đệm và tên, viết có dấu (ví dụ: Nguyễn Thị Hồng Nhung). Từ 2 đến 200 ký tự.',
  gender: 'Chọn "Nam" hoặc "Nữ".',
  birthDate:
    'Ghi theo dạng ngày/tháng/năm (dd/mm/yyyy), ví dụ 05/09/1985; có thể nhập kiểu ngày của Excel. Để trống nếu chưa rõ.',
  ethnicity: 'Chọn trong danh mục 54 dân tộc Việt Nam; để trống sẽ ghi là "Kinh".',
  cccd: 'Số căn cước công dân 12 chữ số (giữ nguyên số 0 ở đầu). Ba số đầu là mã tỉnh nơi đăng ký khai sinh, số thứ tư ứng với giới tính và thế kỷ sinh, số thứ năm và sáu là hai số cuối của năm sinh: hệ thống kiểm tra các số này khớp với giới tính và ngày sinh. Không được trùng với người đã có trong hệ thống hoặc với dòng khác trong tệp.',
  phone: 'Số di động 10 số (ví dụ 0912345678) hoặc số cố định 11 số (ví dụ 02393856789); có thể ghi +84.',
  email: 'Địa chỉ thư điện tử, ví dụ nguyenvana@hatinh.gov.vn.',
  address: 'Nơi ở hiện nay.',
  unit: 'Mã đơn vị, hoặc tên đơn vị ghi đúng như trong hệ thống (xem sheet "Danh mục"). Chỉ nhận đơn vị thuộc phạm vi bạn quản lý.',
  position: 'Chức vụ tại đơn vị, ví dụ Chủ tịch UBND xã, Trưởng phòng, Giáo viên.',
  cadreClass: `Chọn một trong: ${CADRE_CLASSES.map((c) => CADRE_CLASS_LABELS[c]).join(', ')}.`,
  isDirectWorker:
    'Chọn "Có" nếu là người lao động trực tiếp (công nhân, nông dân, người lao động trực tiếp sản xuất); để trống là "Không".',
  fromDate: 'Ngày bắt đầu công tác tại đơn vị, dạng dd/mm/yyyy.',
};

const letter = (index: number) => String.fromCharCode(0x41 + index);
const columnLetter = (key: PeopleImportField) =>
  letter(PEOPLE_IMPORT_COLUMNS.findIndex((c) => c.key === key));

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** Renders the template; `units` are the units the user may import into (code or name goes in the unit column). */
export async function renderPeopleTemplate(
  units: readonly { code: string | null; name: string }[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'vinhdanh';
  workbook.created = new Date();
  const list = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = workbook.addWorksheet('Hướng dẫn');
  const lists = workbook.addWorksheet('Danh mục');

  list.columns = PEOPLE_IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = list.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 32;
  PEOPLE_IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFDDEBF7' },
    };
    cell.note = (c.required ? 'Bắt buộc. ' : '') + GUIDE[c.key];
  });
  // Text format keeps leading zeros of CCCD and phone numbers; dates display Vietnamese style.
  for (const key of ['cccd', 'phone'] as const) list.getColumn(key).numFmt = '@';
  for (const key of ['birthDate', 'fromDate'] as const) list.getColumn(key).numFmt = 'dd/mm/yyyy';

  lists.columns = [
    { header: 'Giới tính', key: 'gender', width: 10 },
    { header: 'Dân tộc', key: 'ethnicity', width: 16 },
    { header: 'Đối tượng', key: 'cadreClass', width: 16 },
    { header: 'Lao động trực tiếp', key: 'yesNo', width: 10 },
    { header: 'Mã hoặc tên đơn vị', key: 'unit', width: 24 },
    { header: 'Tên đơn vị', key: 'unitName', width: 50 },
  ];
  lists.getRow(1).font = { bold: true };
  const columnsOfLists: string[][] = [
    Object.values(GENDER_LABELS),
    [...ETHNICITIES],
    CADRE_CLASSES.map((c) => CADRE_CLASS_LABELS[c]),
    ['Có', 'Không'],
    units.map((u) => u.code ?? u.name),
    units.map((u) => u.name),
  ];
  columnsOfLists.forEach((values, col) =>
    values.forEach((value, row) => (lists.getCell(row + 2, col + 1).value = value)),
  );

  const validations = (list as unknown as { dataValidations: DataValidations }).dataValidations;
  const dropdown = (key: PeopleImportField, listColumn: number, count: number, title: string) => {
    if (count === 0) return;
    const col = columnLetter(key);
    validations.add(`${col}2:${col}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`'Danh mục'!$${letter(listColumn)}$2:$${letter(listColumn)}$${count + 1}`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: title,
      error: `Giá trị không có trong danh sách "${title}"`,
    });
  };
  dropdown('gender', 0, columnsOfLists[0]!.length, 'Giới tính');
  dropdown('ethnicity', 1, columnsOfLists[1]!.length, 'Dân tộc');
  dropdown('cadreClass', 2, columnsOfLists[2]!.length, 'Đối tượng');
  dropdown('isDirectWorker', 3, 2, 'Lao động trực tiếp');
  dropdown('unit', 4, units.length, 'Đơn vị');
  for (const key of ['birthDate', 'fromDate'] as const) {
    const col = columnLetter(key);
    validations.add(`${col}2:${col}${TEMPLATE_ROWS + 1}`, {
      type: 'date',
      operator: 'between',
      allowBlank: true,
      formulae: [new Date(Date.UTC(1900, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Ngày',
      error: 'Nhập ngày theo dạng dd/mm/yyyy, ví dụ 05/09/1985',
    });
  }

  guide.columns = [
    { header: 'Cột', key: 'column', width: 30 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Cách ghi', key: 'how', width: 110 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of PEOPLE_IMPORT_COLUMNS) {
    const row = guide.addRow({ column: c.header, required: c.required ? 'Có' : '', how: GUIDE[c.key] });
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  guide.addRow([]);
  for (const note of [
    'Lưu ý chung:',
    '• Mỗi dòng của sheet "Danh sách" là một cá nhân; dòng trống được bỏ qua. Không đổi tên các cột ở dòng đầu.',
    '• Tệp được nhập theo nguyên tắc "tất cả hoặc không": nếu có bất kỳ dòng nào sai, hệ thống không nhập dòng nào và trả về danh sách lỗi kèm số dòng để sửa.',
    `• Mỗi tệp tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng; chỉ nhận tệp Excel .xlsx.`,
    '• Ví dụ một dòng: 1 | Nguyễn Văn An | Nam | 15/03/1985 | Kinh | 042085001234 | 0912345678 | an.nv@hatinh.gov.vn | thôn Trung Sơn, xã Cẩm Xuyên | (mã hoặc tên đơn vị) | Chuyên viên | Công chức | Không | 01/01/2020',
  ]) {
    guide.addRow([note]).getCell(1).font = { bold: note.endsWith(':') };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
