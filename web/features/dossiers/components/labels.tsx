// How statuses, deadlines and appraisals look: coloured tags with Vietnamese labels.
import { ClockCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import {
  DOSSIER_STATUS_LABELS,
  type DossierListItem,
  type DossierStatus,
} from '../../../../contracts/dossiers';
import { formatDate, formatNumber } from '../../../lib/format';

const STATUS_COLORS: Record<DossierStatus, string> = {
  draft: 'default',
  submitted: 'blue',
  received: 'cyan',
  appraising: 'geekblue',
  returned: 'orange',
  council: 'purple',
  concluded: 'magenta',
  decided: 'green',
  forwarded: 'gold',
  withdrawn: 'default',
  rejected: 'red',
};

export function StatusTag({ status }: { status: DossierStatus }) {
  return (
    <Tag color={STATUS_COLORS[status]} data-testid="dossier-status" data-status={status}>
      {DOSSIER_STATUS_LABELS[status]}
    </Tag>
  );
}

/** The deadline of the step waited on: date, working days left, red when overdue. */
export function DeadlineTag({ deadline }: { deadline: DossierListItem['deadline'] }) {
  if (!deadline) return null;
  const text = deadline.overdue
    ? `Quá hạn (hạn ${formatDate(deadline.on)})`
    : `Hạn ${formatDate(deadline.on)} · còn ${formatNumber(deadline.daysLeft)} ngày làm việc`;
  return (
    <Tooltip
      title={`${deadline.label}. ${deadline.basis}${deadline.approximate ? '. Năm này chưa có lịch nghỉ lễ trong hệ thống: chỉ trừ thứ Bảy, Chủ nhật' : ''}`}
    >
      <Tag
        color={deadline.overdue ? 'error' : 'default'}
        icon={deadline.overdue ? <WarningOutlined /> : <ClockCircleOutlined />}
        data-testid="dossier-deadline"
        data-overdue={deadline.overdue}
      >
        {text}
      </Tag>
    </Tooltip>
  );
}

export const ROLE_NAMES: Record<string, string> = {
  admin: 'Quản trị',
  officer: 'Cán bộ thi đua, khen thưởng',
  specialist: 'Chuyên viên thẩm định',
  council_member: 'Thành viên Hội đồng',
  leader: 'Lãnh đạo',
  viewer: 'Người xem',
};

/** Items a specialist commonly asks to supplement (the return checklist). */
export const SUPPLEMENT_CHOICES = [
  'Tờ trình đề nghị khen thưởng',
  'Biên bản họp bình xét (kèm kết quả bỏ phiếu)',
  'Báo cáo thành tích có xác nhận của cấp trình',
  'Chứng nhận sáng kiến, đề tài khoa học',
  'Bản tóm tắt thành tích',
  'Minh chứng mức độ hoàn thành nhiệm vụ các năm',
];
