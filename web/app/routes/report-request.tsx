// /bao-cao/yeu-cau/:id: one report request — its period, deadline and document, the units asked with their answers
// (a target's people see their own unit only and send its report), and for the requester the aggregated table;
// the requester corrects the request (deadline extension, document), asks more units or deletes it.
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Result,
  Skeleton,
  Space,
  Statistic,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { requestQuery, useDeleteRequest } from '../../features/report-requests/api';
import { AddTargetsModal, RequestEditModal } from '../../features/report-requests/request-edit-modal';
import { SummaryCard } from '../../features/report-requests/summary-card';
import { TargetsCard } from '../../features/report-requests/targets-card';
import { ApiError, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';

export default function ReportRequestPage() {
  const { id = '' } = useParams();
  const query = useQuery(requestQuery(id));
  const remove = useDeleteRequest();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<'request' | 'targets' | null>(null);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy yêu cầu báo cáo"
        subTitle="Yêu cầu không tồn tại hoặc không liên quan đến đơn vị bạn quản lý."
        extra={
          <Link to="/bao-cao/yeu-cau">
            <Button type="primary">Về danh sách yêu cầu</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data;
  return (
    <>
      <Link to="/bao-cao/yeu-cau">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Yêu cầu báo cáo
        </Button>
      </Link>
      <PageHeader
        title={r.title}
        subtitle={`${r.requester.name} — kỳ báo cáo ${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}`}
        extra={
          <Space wrap>
            {r.can.update ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing('request')}>
                Sửa, gia hạn
              </Button>
            ) : null}
            {r.can.addTargets ? (
              <Button icon={<PlusOutlined />} onClick={() => setEditing('targets')}>
                Thêm đơn vị
              </Button>
            ) : null}
            {r.can.delete ? (
              <Popconfirm
                title="Xóa yêu cầu báo cáo này?"
                description="Chỉ xóa yêu cầu nhập nhầm, khi chưa đơn vị nào gửi báo cáo."
                okText="Xóa"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutate(r.id, {
                    onSuccess: () => {
                      message.success('Đã xóa yêu cầu báo cáo');
                      void navigate('/bao-cao/yeu-cau');
                    },
                    onError: (e) => message.error(errorMessage(e)),
                  })
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  Xóa
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Flex gap={32} wrap>
            <Descriptions
              column={1}
              size="small"
              style={{ flex: '1 1 420px' }}
              items={[
                { key: 'requester', label: 'Đơn vị yêu cầu', children: r.requester.name },
                {
                  key: 'doc',
                  label: 'Văn bản yêu cầu',
                  children: r.document ? (
                    <Link to={`/van-ban/${r.document.id}`}>{r.document.reference}</Link>
                  ) : (
                    '—'
                  ),
                },
                {
                  key: 'period',
                  label: 'Kỳ báo cáo',
                  children: `${formatDate(r.periodFrom)} – ${formatDate(r.periodTo)}`,
                },
                { key: 'deadline', label: 'Hạn gửi', children: formatDate(r.deadline) },
                ...(r.content
                  ? [
                      {
                        key: 'content',
                        label: 'Nội dung',
                        children: (
                          <Typography.Text style={{ whiteSpace: 'pre-line' }}>{r.content}</Typography.Text>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
            {r.received ? null : (
              <Flex gap={24} wrap>
                <Statistic title="Đơn vị được yêu cầu" value={r.counts.targets} />
                <Statistic title="Đã gửi" value={r.counts.answered} />
                <Statistic title="Gửi muộn" value={r.counts.late} />
                <Statistic
                  title="Quá hạn, chưa gửi"
                  value={r.counts.overdue}
                  valueStyle={r.counts.overdue > 0 ? { color: '#cf1322' } : undefined}
                />
              </Flex>
            )}
          </Flex>
        </Card>
        <TargetsCard request={r} />
        {r.can.summary ? <SummaryCard requestId={r.id} /> : null}
      </Flex>
      {editing === 'request' ? <RequestEditModal request={r} onClose={() => setEditing(null)} /> : null}
      {editing === 'targets' ? <AddTargetsModal request={r} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
