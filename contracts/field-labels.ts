// Vietnamese names of the fields of requests and stored snapshots, for messages and the audit viewer.

export const FIELD_LABELS: Record<string, string> = {
  id: 'Mã định danh',
  fullName: 'Họ và tên',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  ethnicity: 'Dân tộc',
  cccd: 'Số CCCD',
  phone: 'Số điện thoại',
  email: 'Email',
  address: 'Địa chỉ',
  version: 'Phiên bản',
  name: 'Tên',
  shortName: 'Tên viết tắt',
  code: 'Mã',
  kind: 'Loại',
  level: 'Cấp',
  validFrom: 'Hiệu lực từ',
  validTo: 'Hiệu lực đến',
  closedReason: 'Lý do ngừng hoạt động',
  parentId: 'Đơn vị cấp trên',
  path: 'Vị trí trên cây',
  username: 'Tên đăng nhập',
  active: 'Đang hoạt động',
  roles: 'Vai trò',
  unitId: 'Đơn vị',
  position: 'Chức vụ',
  cadreClass: 'Đối tượng',
  isDirectWorker: 'Lao động trực tiếp',
  fromDate: 'Từ ngày',
  toDate: 'Đến ngày',
  employments: 'Quá trình công tác',
  employment: 'Quá trình công tác',
  effectiveOn: 'Ngày hiệu lực',
  documentRef: 'Theo văn bản',
  note: 'Ghi chú',
  password: 'Mật khẩu',
  newPassword: 'Mật khẩu mới',
  currentPassword: 'Mật khẩu hiện tại',
  sourceIds: 'Đơn vị trước sắp xếp',
  targetId: 'Đơn vị sau sắp xếp',
  newUnit: 'Đơn vị mới',
  newUnits: 'Các đơn vị mới',
  newName: 'Tên mới',
  newParentId: 'Đơn vị cấp trên mới',
  reason: 'Lý do',
  file: 'Tệp',
  from: 'Từ ngày',
  to: 'Đến ngày',
  asOf: 'Tại ngày',
  date: 'Ngày',
  page: 'Trang',
  pageSize: 'Số dòng mỗi trang',
  q: 'Từ khóa tìm kiếm',
  personId: 'Cá nhân',
  body: 'Dữ liệu gửi lên',
};

/** "employments.0.fromDate" → "Quá trình công tác dòng 1 — Từ ngày"; unknown keys are shown as they are. */
export function fieldLabel(path: string): string {
  const parts = path.split('.');
  const words: string[] = [];
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      words.push(`dòng ${Number(part) + 1}`);
      continue;
    }
    words.push(words.length > 0 ? `— ${FIELD_LABELS[part] ?? part}` : (FIELD_LABELS[part] ?? part));
  }
  return words.join(' ');
}
