// The units a plan inspects: schedule, member in charge, status, recommendations (open / overdue); a row opens
// on the findings, the concluding document and the recommendations with their follow-up.
import { CheckSquareOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { PlanView, TargetView } from '../../../../contracts/inspections';
import { splitParagraphs } from '../../../../contracts/paragraphs';
import { DataTable } from '../../../components/data-table';
import { errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useDeleteTarget } from '../api/inspections-api';
import { TargetStatusTag } from './labels';
import { RecommendationModal } from './recommendation-modals';
import { RecommendationsList } from './recommendations-list';
import { ResultModal } from './result-modal';
import { TargetModal } from './target-modal';

function schedule(t: TargetView): string {
  return t.scheduledTo && t.scheduledTo !== t.scheduledFrom
    ? `${formatDate(t.scheduledFrom)} – ${formatDate(t.scheduledTo)}`
    : formatDate(t.scheduledFrom);
}

function TargetDetail({ target }: { target: TargetView }) {
  const [adding, setAdding] = useState(false);
  if (target.status === 'cancelled') {
    return <Typography.Text type="secondary">Hủy kiểm tra: {target.cancelReason}</Typography.Text>;
  }
  if (target.status === 'planned') {
    return (
      <Typography.Text type="secondary">
        Chưa kiểm tra. Kết quả và kiến nghị được ghi sau khi kiểm tra.
      </Typography.Text>
    );
  }
  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'on', label: 'Ngày kiểm tra', children: formatDate(target.inspectedOn) },
          {
            key: 'doc',
            label: 'Văn bản kết luận',
            children: target.resultDocument
              ? `${target.resultDocument}${target.resultDocumentDate ? ` ngày ${formatDate(target.resultDocumentDate)}` : ''}`
              : 'Chưa ghi',
          },
        ]}
      />
      <div>
        <Typography.Text strong>Kết quả kiểm tra</Typography.Text>
        {splitParagraphs(target.findings).length ? (
          splitParagraphs(target.findings).map((p, i) => (
            <Typography.Paragraph key={i} style={{ marginBottom: 4 }}>
              {p}
            </Typography.Paragraph>
          ))
        ) : (
          <Typography.Paragraph type="secondary">Chưa ghi kết quả.</Typography.Paragraph>
        )}
      </div>
      <div>
        <Flex justify="space-between" align="center">
          <Typography.Text strong>Kiến nghị và tình hình thực hiện</Typography.Text>
          {target.can.addRecommendation ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              Thêm kiến nghị
            </Button>
          ) : null}
        </Flex>
        <RecommendationsList target={target} />
      </div>
      {adding ? (
        <RecommendationModal target={target} recommendation={null} onClose={() => setAdding(false)} />
      ) : null}
    </Flex>
  );
}

export function TargetsCard({ plan }: { plan: PlanView }) {
  const [scheduling, setScheduling] = useState<TargetView | 'new' | null>(null);
  const [recording, setRecording] = useState<TargetView | null>(null);
  const remove = useDeleteTarget();
  const { message } = App.useApp();

  return (
    <Card
      title="Đơn vị được kiểm tra"
      data-testid="targets-card"
      extra={
        plan.can.addTarget ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setScheduling('new')}>
            Thêm đơn vị
          </Button>
        ) : null
      }
    >
      <DataTable<TargetView>
        rowKey="id"
        dataSource={plan.targets}
        emptyText="Chưa có đơn vị nào trong kế hoạch"
        // A fixed minimum width: with max-content the findings paragraphs would stretch the table off screen.
        scroll={{ x: 960 }}
        expandable={{
          expandedRowRender: (t) => <TargetDetail target={t} />,
          defaultExpandedRowKeys: plan.targets.filter((t) => t.followUps.overdue > 0).map((t) => t.id),
        }}
        columns={[
          { title: 'Đơn vị', dataIndex: ['unit', 'name'], render: (name: string) => <b>{name}</b> },
          { title: 'Thời gian dự kiến', key: 'when', render: (_, t) => schedule(t) },
          { title: 'Phụ trách', key: 'lead', render: (_, t) => t.lead?.name ?? '—' },
          {
            title: 'Trạng thái',
            key: 'status',
            render: (_, t) => (
              <Space size={4}>
                <TargetStatusTag status={t.status} />
                {t.inspectedOn ? (
                  <Typography.Text type="secondary">{formatDate(t.inspectedOn)}</Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: 'Kiến nghị',
            key: 'recs',
            render: (_, t) =>
              t.followUps.total === 0 ? (
                '—'
              ) : (
                <Space size={4}>
                  <span>
                    {t.followUps.done}/{t.followUps.total} đã thực hiện
                  </span>
                  {t.followUps.overdue > 0 ? <Tag color="red">{t.followUps.overdue} quá hạn</Tag> : null}
                </Space>
              ),
          },
          {
            title: '',
            key: 'actions',
            render: (_, t) =>
              t.can.update ? (
                <Space size={0}>
                  <Button
                    size="small"
                    type="link"
                    icon={<CheckSquareOutlined />}
                    onClick={() => setRecording(t)}
                  >
                    Ghi kết quả
                  </Button>
                  <Button
                    size="small"
                    type="text"
                    icon={<EditOutlined />}
                    aria-label="Sửa lịch"
                    onClick={() => setScheduling(t)}
                  />
                  {t.can.delete ? (
                    <Popconfirm
                      title={`Bỏ ${t.unit.name} khỏi kế hoạch?`}
                      okText="Bỏ"
                      cancelText="Không"
                      onConfirm={() =>
                        remove.mutate(t.id, {
                          onSuccess: () => message.success('Đã bỏ đơn vị khỏi kế hoạch'),
                          onError: (e) => message.error(errorMessage(e)),
                        })
                      }
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label="Bỏ đơn vị"
                      />
                    </Popconfirm>
                  ) : null}
                </Space>
              ) : null,
          },
        ]}
      />
      {scheduling ? (
        <TargetModal
          plan={plan}
          target={scheduling === 'new' ? null : scheduling}
          onClose={() => setScheduling(null)}
        />
      ) : null}
      {recording ? <ResultModal target={recording} onClose={() => setRecording(null)} /> : null}
    </Card>
  );
}
