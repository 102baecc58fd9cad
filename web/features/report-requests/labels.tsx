// Tags for a target's answer and timeliness.
import { Tag } from 'antd';
import {
  REPORT_TARGET_STATUS_LABELS,
  type ReportTargetStatus,
  type Timeliness,
  TIMELINESS_LABELS,
} from '../../../contracts/report-requests';

const STATUS_COLORS: Record<ReportTargetStatus, string> = {
  pending: 'default',
  report: 'green',
  nil: 'cyan',
};
const TIMELINESS_COLORS: Record<Timeliness, string> = {
  on_time: 'green',
  late: 'orange',
  overdue: 'red',
  waiting: 'default',
};

export function AnswerTag({ status }: { status: ReportTargetStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{REPORT_TARGET_STATUS_LABELS[status]}</Tag>;
}

export function TimelinessTag({ value }: { value: Timeliness }) {
  return <Tag color={TIMELINESS_COLORS[value]}>{TIMELINESS_LABELS[value]}</Tag>;
}
