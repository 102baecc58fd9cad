// The demo accounts: one or more for every role, each bound to a unit of the demo organisation. In demo mode
// every demo password is `demo`; the README's table of accounts is written from this list.
import type { Role } from '../../../contracts/enums';

/** The password of every demo account (set directly: the password policy applies to passwords users choose). */
export const DEMO_PASSWORD = 'demo';

export interface DemoAccount {
  username: string;
  role: Role;
  /** Key of the unit the role is bound to (server/db/seed/plan-units.ts) and its name, for the README. */
  unit: string;
  unitName: string;
  /** The generated person the account belongs to: the first one who worked at `unit` in `position`. */
  person?: { unit: string; position: string };
  /** Display name of an account that belongs to no person. */
  fullName?: string;
  /** What the account shows in the demo (Vietnamese, for the README). */
  description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    username: 'admin',
    role: 'admin',
    unit: 'tinh',
    unitName: 'Tỉnh Hà Tĩnh',
    fullName: 'Quản trị hệ thống',
    description:
      'Quản trị toàn tỉnh: đơn vị (kể cả sáp nhập, chia tách, đổi tên, chuyển trực thuộc), cá nhân, tài khoản, nhật ký hệ thống',
  },
  {
    username: 'btdkt',
    role: 'specialist',
    unit: 'tinh',
    unitName: 'Tỉnh Hà Tĩnh',
    person: { unit: 'ban-tdkt', position: 'Chuyên viên' },
    description:
      'Chuyên viên Ban Thi đua - Khen thưởng tỉnh; vai trò gắn ở cấp tỉnh để xem đơn vị, cá nhân toàn tỉnh khi thẩm định hồ sơ',
  },
  {
    username: 'lanhdao.tinh',
    role: 'leader',
    unit: 'tinh',
    unitName: 'Tỉnh Hà Tĩnh',
    person: { unit: 'ubnd-tinh', position: 'Chủ tịch UBND tỉnh' },
    description: 'Lãnh đạo UBND tỉnh (người ký quyết định khen thưởng cấp tỉnh); xem toàn tỉnh',
  },
  {
    username: 'hoidong.tinh',
    role: 'council_member',
    unit: 'tinh',
    unitName: 'Tỉnh Hà Tĩnh',
    person: { unit: 'so-noi-vu', position: 'Giám đốc Sở' },
    description: 'Thành viên Hội đồng Thi đua - Khen thưởng tỉnh (Giám đốc Sở Nội vụ); xem toàn tỉnh',
  },
  {
    username: 'xem',
    role: 'viewer',
    unit: 'tinh',
    unitName: 'Tỉnh Hà Tĩnh',
    fullName: 'Người xem (chỉ đọc)',
    description: 'Chỉ xem đơn vị và cá nhân toàn tỉnh (số CCCD bị che), không sửa được gì',
  },
  {
    username: 'canbo.sogd',
    role: 'officer',
    unit: 'so-gddt',
    unitName: 'Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh',
    person: { unit: 'so-gddt', position: 'Chuyên viên' },
    description:
      'Cán bộ thi đua, khen thưởng của Sở GD&ĐT: quản lý cá nhân của Sở và các trường THPT trực thuộc',
  },
  {
    username: 'noivu.camxuyen',
    role: 'officer',
    unit: 'cx',
    unitName: 'Huyện Cẩm Xuyên (đến 30/6/2025)',
    person: { unit: 'cx.p-noi-vu', position: 'Chuyên viên phụ trách thi đua, khen thưởng' },
    description:
      'Công chức Phòng Nội vụ huyện tham mưu thi đua, khen thưởng (như báo cáo 6 tháng đầu năm 2023): dữ liệu lịch sử của huyện',
  },
  {
    username: 'hoidong.camxuyen',
    role: 'council_member',
    unit: 'cx',
    unitName: 'Huyện Cẩm Xuyên (đến 30/6/2025)',
    person: { unit: 'cx.p-noi-vu', position: 'Trưởng phòng' },
    description:
      'Thành viên Hội đồng Thi đua - Khen thưởng huyện (Trưởng phòng Nội vụ); xem dữ liệu của huyện',
  },
  {
    username: 'lanhdao.camxuyen',
    role: 'leader',
    unit: 'cx',
    unitName: 'Huyện Cẩm Xuyên (đến 30/6/2025)',
    person: { unit: 'cx', position: 'Chủ tịch UBND huyện' },
    description: 'Chủ tịch UBND huyện (người ký Giấy khen cấp huyện); xem dữ liệu của huyện',
  },
  {
    username: 'canbo.camquang',
    role: 'officer',
    unit: 'cam-quang',
    unitName: 'Xã Cẩm Quang (đến 30/6/2025)',
    person: { unit: 'cam-quang', position: 'Công chức Văn phòng - Thống kê' },
    description:
      'Công chức Văn phòng - Thống kê kiêm thi đua, khen thưởng của xã Cẩm Quang trước sáp nhập: hồ sơ lịch sử của xã',
  },
  {
    username: 'canbo.cambinh',
    role: 'officer',
    unit: 'x25-cam-binh',
    unitName: 'Xã Cẩm Bình (từ 01/7/2025)',
    person: { unit: 'x25-cam-binh', position: 'Chuyên viên Văn phòng HĐND và UBND xã' },
    description:
      'Cán bộ thi đua, khen thưởng của xã Cẩm Bình mới: quản lý đơn vị trực thuộc và cá nhân của xã; không thấy xã khác',
  },
  {
    username: 'lanhdao.cambinh',
    role: 'leader',
    unit: 'x25-cam-binh',
    unitName: 'Xã Cẩm Bình (từ 01/7/2025)',
    person: { unit: 'x25-cam-binh', position: 'Chủ tịch UBND xã' },
    description: 'Chủ tịch UBND xã Cẩm Bình (người ký Giấy khen cấp xã); xem dữ liệu của xã',
  },
  {
    username: 'canbo.thiencam',
    role: 'officer',
    unit: 'x25-thien-cam',
    unitName: 'Xã Thiên Cầm (từ 01/7/2025)',
    person: { unit: 'x25-thien-cam', position: 'Chuyên viên Văn phòng HĐND và UBND xã' },
    description: 'Cán bộ thi đua, khen thưởng của xã Thiên Cầm mới (để thử cách ly phạm vi với xã Cẩm Bình)',
  },
  {
    username: 'chuyenvien.cambinh',
    role: 'specialist',
    unit: 'x25-cam-binh',
    unitName: 'Xã Cẩm Bình (từ 01/7/2025)',
    person: { unit: 'x25-cam-binh', position: 'Trưởng phòng Văn hóa - Xã hội' },
    description:
      'Chuyên viên thẩm định hồ sơ trình Chủ tịch UBND xã Cẩm Bình: tiếp nhận, thẩm định, trả lại để bổ sung, trình Hội đồng',
  },
];
