// The recommendations made to one inspected unit, with their deadline, follow-up status, overdue flag and
// the history of progress reports; actions as the `can` maps allow.
import { DeleteOutlined, EditOutlined, SyncOutlined } from '@ant-design/icons';
import { App, Button, Flex, List, Popconfirm, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { RecommendationView, TargetView } from '../../../../contracts/inspections';
import { FOLLOW_UP_STATUS_LABELS } from '../../../../contracts/inspections';
import { errorMessage } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useDeleteRecommendation } from '../api/inspections-api';
import { FollowUpTag, OverdueTag } from './labels';
import { FollowUpModal, RecommendationModal } from './recommendation-modals';

export function RecommendationsList({ target }: { target: TargetView }) {
  const [editing, setEditing] = useState<RecommendationView | null>(null);
  const [reporting, setReporting] = useState<RecommendationView | null>(null);
  const remove = useDeleteRecommendation();
  const { message } = App.useApp();

  return (
    <>
      <List
        size="small"
        dataSource={target.recommendations}
        locale={{ emptyText: 'Chưa có kiến nghị' }}
        renderItem={(rec, index) => (
          <List.Item
            data-testid="recommendation"
            actions={[
              rec.can.followUp ? (
                <Button key="report" size="small" icon={<SyncOutlined />} onClick={() => setReporting(rec)}>
                  Cập nhật tình hình
                </Button>
              ) : null,
              rec.can.update ? (
                <Button
                  key="edit"
                  size="small"
                  type="text"
                  icon={<EditOutlined />}
                  aria-label="Sửa kiến nghị"
                  onClick={() => setEditing(rec)}
                />
              ) : null,
              rec.can.delete ? (
                <Popconfirm
                  key="delete"
                  title="Xóa kiến nghị này?"
                  description="Chỉ xóa kiến nghị ghi nhầm; lịch sử cập nhật của kiến nghị cũng bị xóa."
                  okText="Xóa"
                  cancelText="Không"
                  onConfirm={() =>
                    remove.mutate(rec.id, {
                      onSuccess: () => message.success('Đã xóa kiến nghị'),
                      onError: (e) => message.error(errorMessage(e)),
                    })
                  }
                >
                  <Button
                    size="small"
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label="Xóa kiến nghị"
                  />
                </Popconfirm>
              ) : null,
            ].filter(Boolean)}
          >
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Typography.Text>
                {index + 1}. {rec.content}
              </Typography.Text>
              <Space size={4} wrap>
                <FollowUpTag status={rec.status} />
                <OverdueTag overdue={rec.overdue} days={rec.daysOverdue} />
                <Typography.Text type="secondary">
                  {rec.dueOn ? `Hạn: ${formatDate(rec.dueOn)}` : 'Không ghi hạn'}
                  {rec.statusOn ? ` · Cập nhật ngày ${formatDate(rec.statusOn)}` : ''}
                </Typography.Text>
              </Space>
              {rec.history.length > 0 ? (
                <Timeline
                  style={{ marginTop: 8, marginBottom: -16 }}
                  items={rec.history.map((h) => ({
                    color: h.status === 'done' ? 'green' : h.status === 'in_progress' ? 'blue' : 'gray',
                    content: (
                      <Typography.Text>
                        <b>{formatDate(h.on)}</b> — {FOLLOW_UP_STATUS_LABELS[h.status]}: {h.note}{' '}
                        <Typography.Text type="secondary">
                          ({h.recordedByName}, {formatDateTime(h.recordedAt)})
                        </Typography.Text>
                      </Typography.Text>
                    ),
                  }))}
                />
              ) : null}
            </Flex>
          </List.Item>
        )}
      />
      {editing ? (
        <RecommendationModal target={target} recommendation={editing} onClose={() => setEditing(null)} />
      ) : null}
      {reporting ? (
        <FollowUpModal
          unitName={target.unit.name}
          recommendation={reporting}
          onClose={() => setReporting(null)}
        />
      ) : null}
    </>
  );
}
