// Status tags and deadline notes of registrations, in Vietnamese.
import { Tag } from 'antd';
import {
  REGISTRATION_STATUS_LABELS,
  type DeadlineStateView,
  type RegistrationStatus,
} from '../../../../contracts/registrations';
import { formatDate } from '../../../lib/format';

const COLORS: Record<RegistrationStatus, string> = {
  draft: 'default',
  submitted: 'processing',
  accepted: 'success',
  returned: 'warning',
};

export function StatusTag({ status }: { status: RegistrationStatus | null }) {
  if (status === null) return <Tag color="error">Chưa đăng ký</Tag>;
  return <Tag color={COLORS[status]}>{REGISTRATION_STATUS_LABELS[status]}</Tag>;
}

/** "Hạn 31/01/2023 — nộp muộn 3 ngày" as a tag, or nothing without a deadline. */
export function DeadlineTag({ deadline }: { deadline: DeadlineStateView }) {
  if (!deadline.dueOn) return null;
  if (deadline.late) return <Tag color="red">Nộp muộn {deadline.daysLate} ngày</Tag>;
  if (deadline.overdue) return <Tag color="red">Quá hạn, chưa gửi</Tag>;
  return <Tag>Hạn {formatDate(deadline.dueOn)}</Tag>;
}
