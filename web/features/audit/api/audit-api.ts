// Audit trail API (administrators): filtered pages of entries and the hash-chain verification.
import { keepPreviousData, queryOptions, useMutation } from '@tanstack/react-query';
import type { AuditEntryView, ChainReportView } from '../../../../contracts/audit';
import { api } from '../../../lib/api';

export interface AuditParams {
  page: number;
  pageSize: number;
  q?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
}

export interface AuditPage {
  items: AuditEntryView[];
  total: number;
  page: number;
  pageSize: number;
}

/** GET /api/audit?page=&pageSize=&q=&action=&entity=&entityId=&actorId=&from=&to= */
export function auditQuery(params: AuditParams) {
  return queryOptions({
    queryKey: ['audit', 'list', params],
    queryFn: ({ signal }) => api<AuditPage>('/api/audit', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** GET /api/audit/verify — recomputes the chain and names the first broken entry. */
export function useVerifyChain() {
  return useMutation({ mutationFn: () => api<ChainReportView>('/api/audit/verify') });
}

/** Vietnamese names of the recorded actions (unknown actions are shown as recorded). */
export const ACTION_LABELS: Record<string, string> = {
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
  'person.imported': 'Nhập cá nhân từ Excel',
  'person.viewed_full': 'Xem số CCCD đầy đủ',
  'person.employment_added': 'Thêm quá trình công tác',
  'person.employment_closed': 'Kết thúc quá trình công tác',
  'person.employment_updated': 'Sửa quá trình công tác',
};

export const ENTITY_LABELS: Record<string, string> = {
  unit: 'Đơn vị',
  unit_event: 'Sự kiện đơn vị',
  person: 'Cá nhân',
  user: 'Tài khoản',
};

export const actionLabel = (action: string) => ACTION_LABELS[action] ?? action;
export const entityLabel = (entity: string) => ENTITY_LABELS[entity] ?? entity;

/** Vietnamese names of the fields stored in before/after snapshots. */
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
};
