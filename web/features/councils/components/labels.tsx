// Tags and small texts of councils: a meeting's status, a nominee's result, attendance, and the quorum line.
import { Alert, Tag, Typography } from 'antd';
import {
  ATTENDANCE_LABELS,
  type AttendanceStatus,
  COUNCIL_ROLE_LABELS,
  type CouncilRole,
  MEETING_STATUS_LABELS,
  type MeetingView,
} from '../../../../contracts/councils';

export function MeetingStatusTag({ status }: { status: 'open' | 'closed' }) {
  return <Tag color={status === 'open' ? 'processing' : 'default'}>{MEETING_STATUS_LABELS[status]}</Tag>;
}

export function ResultTag({ passed }: { passed: boolean }) {
  return <Tag color={passed ? 'green' : 'red'}>{passed ? 'Đạt' : 'Không đạt'}</Tag>;
}

const ATTENDANCE_COLORS: Record<AttendanceStatus, string> = {
  present: 'green',
  absent_written: 'gold',
  absent: 'default',
};

export function AttendanceTag({ status }: { status: AttendanceStatus | null }) {
  if (!status) return <Tag>Chưa ghi nhận</Tag>;
  return <Tag color={ATTENDANCE_COLORS[status]}>{ATTENDANCE_LABELS[status]}</Tag>;
}

export function RoleText({ role }: { role: CouncilRole }) {
  return <Typography.Text strong={role === 'chu_tich'}>{COUNCIL_ROLE_LABELS[role]}</Typography.Text>;
}

/** The live quorum: met or not, with the rule and its basis. */
export function QuorumAlert({ quorum }: { quorum: MeetingView['quorum'] }) {
  return (
    <Alert
      type={quorum.met ? 'success' : 'warning'}
      showIcon
      title={quorum.text}
      description={
        <Typography.Text type="secondary">
          {quorum.ruleLabel} — căn cứ: {quorum.basis}
          {quorum.assumption ? ' (giả định theo quy chế mẫu, cơ quan có thể quy định khác)' : ''}
        </Typography.Text>
      }
    />
  );
}
