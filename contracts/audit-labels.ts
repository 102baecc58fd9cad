// Vietnamese names of audit actions and entities (kept free of zod so the web can import it cheaply).

export const AUDIT_ENTITY_LABELS: Record<string, string> = {
  unit: 'Đơn vị',
  unit_event: 'Sự kiện đơn vị',
  person: 'Cá nhân',
  user: 'Tài khoản',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'user.created': 'Tạo tài khoản',
  'user.updated': 'Sửa tài khoản',
  'user.password_changed': 'Đổi mật khẩu',
  'user.password_reset': 'Đặt lại mật khẩu',
  'unit.created': 'Thêm đơn vị',
  'unit.updated': 'Sửa đơn vị',
  'unit.closed': 'Đóng đơn vị',
  'unit.deleted': 'Xóa đơn vị',
  'unit.renamed': 'Đổi tên đơn vị',
  'unit.moved': 'Chuyển trực thuộc',
  'unit_event.merge': 'Ghi nhận sáp nhập',
  'unit_event.split': 'Ghi nhận chia tách',
  'unit_event.rename': 'Ghi nhận đổi tên',
  'unit_event.move': 'Ghi nhận chuyển trực thuộc',
  'person.created': 'Thêm cá nhân',
  'person.updated': 'Sửa cá nhân',
  'person.imported': 'Nhập danh sách cá nhân',
  'person.viewed_full': 'Xem số CCCD đầy đủ',
  'person.employment_added': 'Thêm quá trình công tác',
  'person.employment_closed': 'Kết thúc quá trình công tác',
  'person.employment_updated': 'Sửa quá trình công tác',
};

/** The Vietnamese label of an action, or the action code when it has none. */
export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? action;
/** The Vietnamese label of an entity kind, or its code. */
export const auditEntityLabel = (entity: string): string => AUDIT_ENTITY_LABELS[entity] ?? entity;
