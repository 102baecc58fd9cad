// Labels of clusters and blocks: kind, status, member role, and points written with a decimal comma.
import { Tag } from 'antd';
import {
  GROUP_KIND_LABELS,
  MEMBER_ROLE_LABELS,
  type GroupKind,
  type MemberRole,
} from '../../../../contracts/clusters';
import { formatPoints } from '../../../../domain/cluster-scoring';

export { formatPoints };

export function KindTag({ kind }: { kind: GroupKind }) {
  return <Tag color={kind === 'cluster' ? 'blue' : 'purple'}>{GROUP_KIND_LABELS[kind]}</Tag>;
}

export function GroupStatusTag({ status }: { status: 'open' | 'finalised' }) {
  return status === 'finalised' ? (
    <Tag color="success">Đã chốt kết quả</Tag>
  ) : (
    <Tag color="processing">Đang chấm điểm</Tag>
  );
}

export function RoleTag({ role }: { role: MemberRole }) {
  if (role === 'member') return <span>{MEMBER_ROLE_LABELS[role]}</span>;
  return <Tag color={role === 'leader' ? 'gold' : 'cyan'}>{MEMBER_ROLE_LABELS[role]}</Tag>;
}

/** Points or a dash. */
export const points = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : formatPoints(v);
