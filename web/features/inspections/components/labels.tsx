// Status tags of inspections: a target's status, a recommendation's follow-up, and the overdue flag.
import { Tag } from 'antd';
import {
  FOLLOW_UP_STATUS_LABELS,
  type FollowUpStatus,
  TARGET_STATUS_LABELS,
  type TargetStatus,
} from '../../../../contracts/inspections';

const TARGET_COLORS: Record<TargetStatus, string> = { planned: 'blue', done: 'green', cancelled: 'default' };
const FOLLOW_UP_COLORS: Record<FollowUpStatus, string> = {
  open: 'orange',
  in_progress: 'processing',
  done: 'green',
};

export function TargetStatusTag({ status }: { status: TargetStatus }) {
  return <Tag color={TARGET_COLORS[status]}>{TARGET_STATUS_LABELS[status]}</Tag>;
}

export function FollowUpTag({ status }: { status: FollowUpStatus }) {
  return <Tag color={FOLLOW_UP_COLORS[status]}>{FOLLOW_UP_STATUS_LABELS[status]}</Tag>;
}

/** "Quá hạn 12 ngày" in red, or nothing. */
export function OverdueTag({ overdue, days }: { overdue: boolean; days: number }) {
  if (!overdue) return null;
  return (
    <Tag color="red" data-testid="overdue-tag">
      Quá hạn {days} ngày
    </Tag>
  );
}
