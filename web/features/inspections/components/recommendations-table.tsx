// Recommendations after inspections in the user's scope, unfinished and overdue first: what an inspected unit
// still has to do, and what the organiser follows up.
import { useQuery } from '@tanstack/react-query';
import { Checkbox, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { RecommendationListItem } from '../../../../contracts/inspections';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import { recommendationsQuery } from '../api/inspections-api';
import { FollowUpTag, OverdueTag } from './labels';

export function RecommendationsTable() {
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useQuery(recommendationsQuery({ ...paging, overdue: overdueOnly ? true : undefined }));
  return (
    <>
      <Checkbox
        checked={overdueOnly}
        onChange={(e) => {
          setOverdueOnly(e.target.checked);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        style={{ marginBottom: 12 }}
      >
        Chỉ hiện kiến nghị quá hạn
      </Checkbox>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<RecommendationListItem>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText={overdueOnly ? 'Không có kiến nghị quá hạn' : 'Chưa có kiến nghị sau kiểm tra'}
        scroll={{ x: 900 }}
        paging={{
          ...paging,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
        columns={[
          { title: 'Đơn vị', dataIndex: ['target', 'unit', 'name'], width: 180 },
          {
            title: 'Kiến nghị',
            key: 'content',
            width: '40%',
            render: (_, r) => (
              <Flex vertical>
                <span>{r.content}</span>
                <Link to={`/kiem-tra/${r.plan.id}`}>
                  <Typography.Text type="secondary">
                    Kế hoạch năm {r.plan.year}
                    {r.target.inspectedOn ? `, kiểm tra ngày ${formatDate(r.target.inspectedOn)}` : ''}
                  </Typography.Text>
                </Link>
              </Flex>
            ),
          },
          { title: 'Hạn', dataIndex: 'dueOn', render: (v: string | null) => (v ? formatDate(v) : '—') },
          {
            title: 'Tình hình',
            key: 'status',
            render: (_, r) => (
              <Space size={4} wrap>
                <FollowUpTag status={r.status} />
                <OverdueTag overdue={r.overdue} days={r.daysOverdue} />
              </Space>
            ),
          },
          {
            title: 'Cập nhật gần nhất',
            key: 'last',
            render: (_, r) => (r.statusOn ? `${formatDate(r.statusOn)}: ${r.statusNote ?? ''}` : '—'),
          },
        ]}
      />
    </>
  );
}
