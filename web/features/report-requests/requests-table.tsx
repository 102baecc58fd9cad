// The requests the user sent (units below answered, late, overdue) or received (to answer), newest period first.
import { useQuery } from '@tanstack/react-query';
import { Progress, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { RequestListItem } from '../../../contracts/report-requests';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { formatDate, formatPeriod } from '../../lib/format';
import { type RequestListParams, requestsQuery } from './api';

interface Props {
  params: RequestListParams;
  onChange: (next: RequestListParams) => void;
  onCanCreate?: (can: boolean) => void;
}

export function RequestsTable({ params, onChange, onCanCreate }: Props) {
  const query = useQuery(requestsQuery(params));
  useEffect(() => {
    if (query.data) onCanCreate?.(query.data.can.create);
  }, [query.data, onCanCreate]);
  if (query.error && !query.data)
    return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <DataTable<RequestListItem>
      rowKey="id"
      loading={query.isFetching}
      dataSource={query.data?.items ?? []}
      emptyText="Chưa có yêu cầu báo cáo"
      paging={{
        page: params.page,
        pageSize: params.pageSize,
        total: query.data?.total ?? 0,
        onChange: (page, pageSize) => onChange({ ...params, page, pageSize }),
      }}
      columns={[
        {
          title: 'Yêu cầu',
          key: 'title',
          render: (_, r) => (
            <Space direction="vertical" size={0}>
              <Link to={`/bao-cao/yeu-cau/${r.id}`}>{r.title}</Link>
              <Typography.Text type="secondary">
                {r.requester.name}
                {r.document ? ` — ${r.document.reference}` : ''}
              </Typography.Text>
            </Space>
          ),
        },
        {
          title: 'Kỳ báo cáo',
          key: 'period',
          width: 200,
          render: (_, r) => formatPeriod(r.periodFrom, r.periodTo),
        },
        { title: 'Hạn gửi', key: 'deadline', width: 110, render: (_, r) => formatDate(r.deadline) },
        {
          title: 'Tình hình gửi',
          key: 'counts',
          width: 260,
          render: (_, r) =>
            r.received ? (
              r.counts.answered === r.counts.targets ? (
                <Tag color="green">Đã gửi</Tag>
              ) : (
                <Tag color={r.counts.overdue > 0 ? 'red' : 'blue'}>
                  {r.counts.overdue > 0 ? 'Quá hạn, chưa gửi' : 'Cần gửi báo cáo'}
                </Tag>
              )
            ) : (
              <Space direction="vertical" size={0} style={{ width: '100%' }}>
                <Progress
                  size="small"
                  percent={r.counts.targets ? Math.round((100 * r.counts.answered) / r.counts.targets) : 0}
                  format={() => `${r.counts.answered}/${r.counts.targets}`}
                />
                <Typography.Text type="secondary">
                  {r.counts.late > 0 ? `Gửi muộn ${r.counts.late}` : null}
                  {r.counts.late > 0 && r.counts.overdue > 0 ? ' · ' : null}
                  {r.counts.overdue > 0 ? `Quá hạn ${r.counts.overdue}` : null}
                </Typography.Text>
              </Space>
            ),
        },
      ]}
    />
  );
}
