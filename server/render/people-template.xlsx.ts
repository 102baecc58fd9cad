// The people import template: a "Danh sách" sheet with Vietnamese headings and dropdowns, a "Hướng dẫn" sheet
// explaining every column, and a "Danh mục" sheet holding the dropdown lists (ethnic groups, units …).
import { CADRE_CLASS_LABELS, CADRE_CLASSES, GENDER_LABELS } from '../../contracts/enums';
import {
  ETHNICITIES,
  MAX_IMPORT_ROWS,
  PEOPLE_IMPORT_COLUMNS,
  type PeopleImportField,
} from '../../contracts/people';
import { renderImportTemplate } from './import-template.xlsx';

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

const NOTES = [
  'Lưu ý chung:',
  '• Mỗi dòng của sheet "Danh sách" là một cá nhân; dòng trống được bỏ qua. Không đổi tên các cột ở dòng đầu.',
  '• Tệp được nhập theo nguyên tắc "tất cả hoặc không": nếu có bất kỳ dòng nào sai, hệ thống không nhập dòng nào và trả về danh sách lỗi kèm số dòng để sửa.',
  `• Mỗi tệp tối đa ${MAX_IMPORT_ROWS.toLocaleString('vi-VN')} dòng; chỉ nhận tệp Excel .xlsx.`,
  '• Ví dụ một dòng: 1 | Nguyễn Văn An | Nam | 15/03/1985 | Kinh | 042085001234 | 0912345678 | an.nv@hatinh.gov.vn | thôn Trung Sơn, xã Cẩm Xuyên | (mã hoặc tên đơn vị) | Chuyên viên | Công chức | Không | 01/01/2020',
];

/** Renders the template; `units` are the units the user may import into (code or name goes in the unit column). */
export function renderPeopleTemplate(
  units: readonly { code: string | null; name: string }[],
): Promise<Buffer> {
  return renderImportTemplate<PeopleImportField>({
    columns: PEOPLE_IMPORT_COLUMNS,
    guide: GUIDE,
    rows: TEMPLATE_ROWS,
    lists: [
      {
        header: 'Giới tính',
        width: 10,
        values: Object.values(GENDER_LABELS),
        dropdown: { column: 'gender', title: 'Giới tính' },
      },
      {
        header: 'Dân tộc',
        width: 16,
        values: [...ETHNICITIES],
        dropdown: { column: 'ethnicity', title: 'Dân tộc' },
      },
      {
        header: 'Đối tượng',
        width: 16,
        values: CADRE_CLASSES.map((c) => CADRE_CLASS_LABELS[c]),
        dropdown: { column: 'cadreClass', title: 'Đối tượng' },
      },
      {
        header: 'Lao động trực tiếp',
        width: 10,
        values: ['Có', 'Không'],
        dropdown: { column: 'isDirectWorker', title: 'Lao động trực tiếp' },
      },
      {
        header: 'Mã hoặc tên đơn vị',
        width: 24,
        values: units.map((u) => u.code ?? u.name),
        dropdown: { column: 'unit', title: 'Đơn vị' },
      },
      { header: 'Tên đơn vị', width: 50, values: units.map((u) => u.name) },
    ],
    decorate: (list, columnLetter, validations) => {
      // Text format keeps leading zeros of CCCD and phone numbers; dates display Vietnamese style.
      for (const key of ['cccd', 'phone'] as const) list.getColumn(key).numFmt = '@';
      for (const key of ['birthDate', 'fromDate'] as const) {
        list.getColumn(key).numFmt = 'dd/mm/yyyy';
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
    },
    notes: NOTES,
  });
}
