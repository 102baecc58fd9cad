// The overall verdict as a coloured badge: "Đủ điều kiện", "Không đủ điều kiện", "Cần xem xét thêm".
import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Tag } from 'antd';
import { VERDICT_COLORS, VERDICT_LABELS, type VerdictCode } from '../labels';

const ICONS: Record<VerdictCode, React.ReactNode> = {
  eligible: <CheckCircleFilled />,
  not_eligible: <CloseCircleFilled />,
  needs_review: <ExclamationCircleFilled />,
};

export function VerdictBadge({ verdict, large = false }: { verdict: VerdictCode; large?: boolean }) {
  return (
    <Tag
      color={VERDICT_COLORS[verdict]}
      icon={ICONS[verdict]}
      data-testid="verdict-badge"
      data-verdict={verdict}
      style={large ? { fontSize: 15, padding: '4px 12px', lineHeight: '22px' } : undefined}
    >
      {VERDICT_LABELS[verdict]}
    </Tag>
  );
}
