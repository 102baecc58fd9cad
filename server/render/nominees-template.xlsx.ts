// The nominee import template of a dossier: a "Danh sách" sheet (one nominee per row) with dropdowns for the
// subject kind and the award kinds of the dossier's authority, a "Hướng dẫn" sheet, and a "Danh mục" sheet
// holding the dropdown lists and the collectives the unit may propose.
import ExcelJS from 'exceljs';

export const NOMINEE_IMPORT_COLUMNS = [
  { key: 'stt', header: 'STT', width: 6, required: false, aliases: ['stt', 'so thu tu', 'tt'] },
  {
    key: 'subjectKind',
    header: 'Đối tượng',
    width: 14,
    required: false,
    aliases: ['doi tuong', 'loai doi tuong'],
  },
  {
    key: 'person',
    header: 'Số CCCD hoặc mã cá nhân',
    width: 24,
    required: false,
    aliases: ['so cccd hoac ma ca nhan', 'so cccd', 'cccd', 'ma ca nhan'],
  },
  { key: 'fullName', header: 'Họ và tên', width: 26, required: false, aliases: ['ho va ten', 'ho ten'] },
  {
    key: 'unit',
    header: 'Mã hoặc tên tập thể',
    width: 30,
    required: false,
    aliases: ['ma hoac ten tap the', 'tap the', 'ten tap the'],
  },
  {
    key: 'householdName',
    header: 'Tên hộ gia đình',
    width: 24,
    required: false,
    aliases: ['ten ho gia dinh', 'ho gia dinh'],
  },
  {
    key: 'awardKind',
    header: 'Danh hiệu, hình thức đề nghị',
    width: 34,
    required: true,
    aliases: ['danh hieu hinh thuc de nghi', 'danh hieu hinh thuc', 'hinh thuc de nghi', 'danh hieu'],
  },
  {
    key: 'summary',
    header: 'Tóm tắt thành tích',
    width: 70,
    required: true,
    aliases: ['tom tat thanh tich', 'thanh tich'],
  },
] as const;
export type NomineeImportField = (typeof NOMINEE_IMPORT_COLUMNS)[number]['key'];

export const SUBJECT_WORDS = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
  household: 'Hộ gia đình',
} as const;
export const MAX_NOMINEE_ROWS = 2_000;
const TEMPLATE_ROWS = 500;

const GUIDE: Record<NomineeImportField, string> = {
  stt: 'Số thứ tự, để tiện đối chiếu; không nhập vào hệ thống.',
  subjectKind: 'Chọn "Cá nhân", "Tập thể" hoặc "Hộ gia đình"; để trống là "Cá nhân".',
  person:
    'Với cá nhân và hộ gia đình (chủ hộ): số CCCD 12 chữ số (giữ số 0 ở đầu) hoặc mã cá nhân trong hệ thống (xem trên trang của cá nhân). Cá nhân phải đang hoặc đã công tác tại đơn vị đề nghị hoặc đơn vị trực thuộc.',
  fullName:
    'Không bắt buộc; nếu ghi, hệ thống đối chiếu với họ tên của người có số CCCD hoặc mã trên (không phân biệt dấu, hoa thường) để tránh nhầm người.',
  unit: 'Với tập thể: mã đơn vị, hoặc tên đơn vị ghi đúng như trong hệ thống (xem sheet "Danh mục"). Phải thuộc đơn vị đề nghị.',
  householdName: 'Với hộ gia đình: tên hộ, ví dụ "Hộ ông Nguyễn Văn An".',
  awardKind:
    'Chọn trong danh sách (tên hoặc mã). Chỉ các danh hiệu, hình thức thuộc thẩm quyền mà hồ sơ này trình; đề nghị cấp khác thì lập hồ sơ khác.',
  summary: 'Tóm tắt thành tích của năm (hoặc giai đoạn) đề nghị, tối đa 20.000 ký tự.',
};

const letter = (index: number) => String.fromCharCode(0x41 + index);
const columnLetter = (key: NomineeImportField) =>
  letter(NOMINEE_IMPORT_COLUMNS.findIndex((c) => c.key === key));

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

export interface NomineeTemplateInput {
  dossierCode: string;
  authorityLabel: string;
  /** Award kinds of the dossier's authority: code and Vietnamese name. */
  kinds: readonly { code: string; name: string }[];
  /** Collectives the unit may propose: code (when any) and name. */
  units: readonly { code: string | null; name: string }[];
}

export const nomineeTemplateFileName = (code: string) => `Mẫu nhập danh sách đề nghị ${code}.xlsx`;

/** Renders the template of one dossier. */
export async function renderNomineeTemplate(input: NomineeTemplateInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'vinhdanh';
  workbook.created = new Date();
  const list = workbook.addWorksheet('Danh sách', { views: [{ state: 'frozen', ySplit: 1 }] });
  const guide = workbook.addWorksheet('Hướng dẫn');
  const lists = workbook.addWorksheet('Danh mục');

  list.columns = NOMINEE_IMPORT_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  const header = list.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.height = 32;
  NOMINEE_IMPORT_COLUMNS.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: c.required ? 'FFFCE4D6' : 'FFDDEBF7' },
    };
    cell.note = (c.required ? 'Bắt buộc. ' : '') + GUIDE[c.key];
  });
  list.getColumn('person').numFmt = '@';
  list.getColumn('summary').alignment = { wrapText: true, vertical: 'top' };

  lists.columns = [
    { header: 'Đối tượng', key: 'subject', width: 14 },
    { header: 'Danh hiệu, hình thức', key: 'kind', width: 40 },
    { header: 'Mã danh hiệu', key: 'kindCode', width: 14 },
    { header: 'Mã hoặc tên tập thể', key: 'unit', width: 24 },
    { header: 'Tên tập thể', key: 'unitName', width: 50 },
  ];
  lists.getRow(1).font = { bold: true };
  const columnsOfLists: string[][] = [
    Object.values(SUBJECT_WORDS),
    input.kinds.map((k) => k.name),
    input.kinds.map((k) => k.code),
    input.units.map((u) => u.code ?? u.name),
    input.units.map((u) => u.name),
  ];
  columnsOfLists.forEach((values, col) =>
    values.forEach((value, row) => (lists.getCell(row + 2, col + 1).value = value)),
  );
  const validations = (list as unknown as { dataValidations: DataValidations }).dataValidations;
  const dropdown = (key: NomineeImportField, listColumn: number, count: number, title: string) => {
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
  dropdown('subjectKind', 0, 3, 'Đối tượng');
  dropdown('awardKind', 1, input.kinds.length, 'Danh hiệu, hình thức');
  dropdown('unit', 3, input.units.length, 'Tập thể');

  guide.columns = [
    { header: 'Cột', key: 'column', width: 30 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Cách ghi', key: 'how', width: 110 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of NOMINEE_IMPORT_COLUMNS) {
    const row = guide.addRow({ column: c.header, required: c.required ? 'Có' : '', how: GUIDE[c.key] });
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  guide.addRow([]);
  for (const note of [
    'Lưu ý chung:',
    `• Tệp này dùng cho hồ sơ ${input.dossierCode}, trình ${input.authorityLabel}.`,
    '• Mỗi dòng của sheet "Danh sách" là một cá nhân, tập thể hoặc hộ gia đình được đề nghị; dòng trống được bỏ qua. Không đổi tên các cột ở dòng đầu.',
    '• Tệp được nhập theo nguyên tắc "tất cả hoặc không": nếu có bất kỳ dòng nào sai, hệ thống không nhập dòng nào và trả về danh sách lỗi kèm số dòng để sửa.',
    `• Mỗi tệp tối đa ${MAX_NOMINEE_ROWS.toLocaleString('vi-VN')} dòng; chỉ nhận tệp Excel .xlsx.`,
    '• Báo cáo thành tích của từng người tải lên sau khi nhập, trên trang hồ sơ.',
  ]) {
    guide.addRow([note]).getCell(1).font = { bold: note.endsWith(':') };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
