// Enumerations shared by the database schema, the API and the web, each with its Vietnamese label.

export const UNIT_KINDS = [
  'province',
  'agency',
  'district',
  'commune',
  'school',
  'health_facility',
  'village',
  'enterprise',
  'cooperative',
  'other',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  province: 'Tỉnh/thành phố',
  agency: 'Sở, ban, ngành, cơ quan',
  district: 'Huyện (trước 01/7/2025)',
  commune: 'Xã/phường/thị trấn/đặc khu',
  school: 'Trường học',
  health_facility: 'Cơ sở y tế',
  village: 'Thôn/tổ dân phố',
  enterprise: 'Doanh nghiệp',
  cooperative: 'Hợp tác xã',
  other: 'Khác',
};

export const ADMIN_LEVELS = ['central', 'province', 'district', 'commune'] as const;
export type AdminLevel = (typeof ADMIN_LEVELS)[number];
export const ADMIN_LEVEL_LABELS: Record<AdminLevel, string> = {
  central: 'Trung ương',
  province: 'Cấp tỉnh',
  district: 'Cấp huyện',
  commune: 'Cấp xã',
};

export const UNIT_EVENT_KINDS = ['merge', 'split', 'rename', 'move'] as const;
export type UnitEventKind = (typeof UNIT_EVENT_KINDS)[number];
export const UNIT_EVENT_KIND_LABELS: Record<UnitEventKind, string> = {
  merge: 'Sáp nhập',
  split: 'Chia tách',
  rename: 'Đổi tên',
  move: 'Chuyển trực thuộc',
};

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];
export const GENDER_LABELS: Record<Gender, string> = { male: 'Nam', female: 'Nữ' };

export const CADRE_CLASSES = [
  'can_bo',
  'cong_chuc',
  'vien_chuc',
  'nguoi_lao_dong',
  'cong_nhan',
  'nong_dan',
  'doanh_nhan',
  'khac',
] as const;
export type CadreClass = (typeof CADRE_CLASSES)[number];
export const CADRE_CLASS_LABELS: Record<CadreClass, string> = {
  can_bo: 'Cán bộ',
  cong_chuc: 'Công chức',
  vien_chuc: 'Viên chức',
  nguoi_lao_dong: 'Người lao động',
  cong_nhan: 'Công nhân',
  nong_dan: 'Nông dân',
  doanh_nhan: 'Doanh nhân',
  khac: 'Khác',
};

export const ROLES = ['admin', 'officer', 'specialist', 'council_member', 'leader', 'viewer'] as const;
export type Role = (typeof ROLES)[number];
export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị hệ thống',
  officer: 'Cán bộ làm công tác thi đua, khen thưởng',
  specialist: 'Chuyên viên thẩm định',
  council_member: 'Thành viên Hội đồng TĐKT',
  leader: 'Lãnh đạo (người ký quyết định)',
  viewer: 'Người xem',
};
