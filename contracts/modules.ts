// The product's menu: every module with its Vietnamese label; `built` marks those that exist today.
import type { Role } from './enums';

export interface ModuleEntry {
  key: string;
  label: string;
  path: string;
  built: boolean;
  /** Roles that may open it; empty means every signed-in user. */
  roles: readonly Role[];
}

export const MODULES: readonly ModuleEntry[] = [
  { key: 'dashboard', label: 'Tổng quan', path: '/tong-quan', built: true, roles: [] },
  { key: 'units', label: 'Đơn vị', path: '/don-vi', built: true, roles: [] },
  { key: 'people', label: 'Cá nhân', path: '/ca-nhan', built: true, roles: [] },
  { key: 'movements', label: 'Phong trào thi đua', path: '/phong-trao', built: true, roles: [] },
  { key: 'registrations', label: 'Đăng ký thi đua', path: '/dang-ky', built: true, roles: [] },
  { key: 'groups', label: 'Cụm/khối thi đua', path: '/cum-khoi', built: true, roles: [] },
  { key: 'inbox', label: 'Việc cần xử lý', path: '/viec-can-xu-ly', built: true, roles: [] },
  { key: 'dossiers', label: 'Hồ sơ đề nghị', path: '/ho-so', built: true, roles: [] },
  { key: 'councils', label: 'Hội đồng', path: '/hoi-dong', built: true, roles: [] },
  {
    key: 'disclosures',
    label: 'Công khai lấy ý kiến',
    path: '/cong-khai-lay-y-kien',
    built: true,
    roles: [],
  },
  { key: 'decisions', label: 'Quyết định', path: '/quyet-dinh', built: true, roles: [] },
  { key: 'awards', label: 'Tra cứu khen thưởng', path: '/tra-cuu', built: false, roles: [] },
  {
    key: 'certificates',
    label: 'In giấy khen',
    path: '/giay-khen',
    built: true,
    roles: ['admin', 'officer', 'specialist', 'leader'],
  },
  { key: 'eligibility', label: 'Xét điều kiện khen thưởng', path: '/xet-dieu-kien', built: true, roles: [] },
  { key: 'reports', label: 'Báo cáo - thống kê', path: '/bao-cao', built: true, roles: [] },
  { key: 'documents', label: 'Văn bản', path: '/van-ban', built: true, roles: [] },
  { key: 'models', label: 'Điển hình tiên tiến', path: '/dien-hinh-tien-tien', built: true, roles: [] },
  { key: 'inspections', label: 'Kiểm tra', path: '/kiem-tra', built: true, roles: [] },
  {
    key: 'catalog',
    label: 'Danh mục khen thưởng',
    path: '/quan-tri/danh-muc',
    built: true,
    roles: ['admin'],
  },
  { key: 'users', label: 'Tài khoản', path: '/quan-tri/tai-khoan', built: true, roles: ['admin'] },
  { key: 'audit', label: 'Nhật ký hệ thống', path: '/quan-tri/nhat-ky', built: true, roles: ['admin'] },
];

/** Keys of the built modules the holder of these roles may open. */
export function modulesFor(roles: readonly Role[]): string[] {
  return MODULES.filter(
    (m) => m.built && (m.roles.length === 0 || m.roles.some((r) => roles.includes(r))),
  ).map((m) => m.key);
}
