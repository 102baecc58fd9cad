// The nominee import template of a dossier: a "Danh sách" sheet (one nominee per row) with dropdowns for the
// subject kind and the award kinds of the dossier's authority, a "Hướng dẫn" sheet, and a "Danh mục" sheet
// holding the dropdown lists and the collectives the unit may propose.
import { renderImportTemplate } from './import-template.xlsx';

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
export const MAX_NOMINEE_ROWS = 10_000;
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
export function renderNomineeTemplate(input: NomineeTemplateInput): Promise<Buffer> {
  return renderImportTemplate<NomineeImportField>({
    columns: NOMINEE_IMPORT_COLUMNS,
    guide: GUIDE,
    rows: TEMPLATE_ROWS,
    lists: [
      {
        header: 'Đối tượng',
        width: 14,
        values: Object.values(SUBJECT_WORDS),
        dropdown: { column: 'subjectKind', title: 'Đối tượng' },
      },
      {
        header: 'Danh hiệu, hình thức',
        width: 40,
        values: input.kinds.map((k) => k.name),
        dropdown: { column: 'awardKind', title: 'Danh hiệu, hình thức' },
      },
      { header: 'Mã danh hiệu', width: 14, values: input.kinds.map((k) => k.code) },
      {
        header: 'Mã hoặc tên tập thể',
        width: 24,
        values: input.units.map((u) => u.code ?? u.name),
        dropdown: { column: 'unit', title: 'Tập thể' },
      },
      { header: 'Tên tập thể', width: 50, values: input.units.map((u) => u.name) },
    ],
    decorate: (list) => {
      list.getColumn('person').numFmt = '@';
      list.getColumn('summary').alignment = { wrapText: true, vertical: 'top' };
    },
    notes: [
      'Lưu ý chung:',
      `• Tệp này dùng cho hồ sơ ${input.dossierCode}, trình ${input.authorityLabel}.`,
      '• Mỗi dòng của sheet "Danh sách" là một cá nhân, tập thể hoặc hộ gia đình được đề nghị; dòng trống được bỏ qua. Không đổi tên các cột ở dòng đầu.',
      '• Tệp được nhập theo nguyên tắc "tất cả hoặc không": nếu có bất kỳ dòng nào sai, hệ thống không nhập dòng nào và trả về danh sách lỗi kèm số dòng để sửa.',
      `• Mỗi tệp tối đa ${MAX_NOMINEE_ROWS.toLocaleString('vi-VN')} dòng; chỉ nhận tệp Excel .xlsx.`,
      '• Báo cáo thành tích của từng người tải lên sau khi nhập, trên trang hồ sơ.',
    ],
  });
}
