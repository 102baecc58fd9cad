// The local overlays (a province's or a unit's quy chế) the administrator sees, with create/edit/delete.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { OverlayView } from '../../../../contracts/catalog';
import { Can } from '../../../components/can';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { errorMessage } from '../../../lib/api';
import { formatPeriod } from '../../../lib/format';
import { overlaysQuery, useDeleteOverlay } from '../api/catalog-api';
import { OverlayFormModal } from './overlay-form-modal';

function ParamTags({ params }: { params: OverlayView['params'] }) {
  const entries = Object.entries(params);
  if (entries.length === 0) return <Typography.Text type="secondary">Không có tham số</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {entries.map(([key, value]) => (
        <Tag key={key}>
          {key}: {typeof value === 'boolean' ? (value ? 'có' : 'không') : String(value).replace('.', ',')}
        </Tag>
      ))}
    </Flex>
  );
}

export function OverlaysCard({ unitId }: { unitId: string | null }) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useQuery(overlaysQuery({ unitId, ...paging }));
  const remove = useDeleteOverlay();
  const [editing, setEditing] = useState<OverlayView | 'new' | null>(null);
  const { message } = App.useApp();
  const data = query.data;
  return (
    <Card
      title="Quy chế địa phương"
      data-testid="overlays"
      extra={
        <Can when={data?.can.create}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            Thêm quy chế
          </Button>
        </Can>
      }
    >
      <Typography.Paragraph type="secondary">
        Quy chế thi đua, khen thưởng của tỉnh hoặc đơn vị quy định những nội dung pháp luật giao cho địa
        phương (ví dụ tiêu chuẩn Giấy khen, tỷ lệ phiếu bầu Chiến sĩ thi đua cơ sở). Mỗi quy chế có ngày áp
        dụng; quy chế của đơn vị gần nhất được ưu tiên.
      </Typography.Paragraph>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<OverlayView>
        rowKey="id"
        loading={query.isFetching}
        dataSource={data?.items ?? []}
        emptyText="Chưa có quy chế địa phương nào"
        paging={
          data
            ? {
                page: data.page,
                pageSize: data.pageSize,
                total: data.total,
                onChange: (page, pageSize) => setPaging({ page, pageSize }),
              }
            : false
        }
        columns={[
          {
            title: 'Văn bản',
            dataIndex: 'document',
            render: (d: string, o) => (
              <Flex vertical>
                <Typography.Text strong>{d}</Typography.Text>
                {o.note ? <Typography.Text type="secondary">{o.note}</Typography.Text> : null}
              </Flex>
            ),
          },
          { title: 'Đơn vị', dataIndex: 'unitName' },
          {
            title: 'Hiệu lực',
            key: 'period',
            render: (_, o) => formatPeriod(o.effectiveFrom, o.effectiveTo),
          },
          { title: 'Tham số quy định', key: 'params', render: (_, o) => <ParamTags params={o.params} /> },
          {
            title: '',
            key: 'actions',
            render: (_, o) => (
              <Flex gap={4}>
                <Can when={o.can.update}>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(o)}>
                    Sửa
                  </Button>
                </Can>
                <Can when={o.can.delete}>
                  <Popconfirm
                    title="Xóa quy chế này?"
                    description="Chỉ xóa quy chế nhập nhầm. Khi quy chế hết hiệu lực, hãy nhập ngày hết hiệu lực."
                    okText="Xóa"
                    cancelText="Hủy"
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      remove.mutateAsync(o.id).then(
                        () => message.success('Đã xóa quy chế'),
                        (error: unknown) => message.error(errorMessage(error)),
                      )
                    }
                  >
                    <Button size="small" danger type="text" icon={<DeleteOutlined />} aria-label="Xóa" />
                  </Popconfirm>
                </Can>
              </Flex>
            ),
          },
        ]}
      />
      {editing ? (
        <OverlayFormModal overlay={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </Card>
  );
}
