// Status tags of disclosures and comments.
import { Tag } from 'antd';
import {
  COMMENT_STATUS_LABELS,
  type CommentStatus,
  DISCLOSURE_STATUS_LABELS,
  type DisclosureStatus,
} from '../../../../contracts/disclosures';

const STATUS_COLORS: Record<DisclosureStatus, string> = {
  draft: 'default',
  open: 'processing',
  closed: 'green',
};

export function DisclosureStatusTag({ status }: { status: DisclosureStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{DISCLOSURE_STATUS_LABELS[status]}</Tag>;
}

export function CommentStatusTag({ status }: { status: CommentStatus }) {
  return <Tag color={status === 'new' ? 'orange' : 'green'}>{COMMENT_STATUS_LABELS[status]}</Tag>;
}
