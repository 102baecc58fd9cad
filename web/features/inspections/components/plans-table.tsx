// The inspection plans the user sees: year, organiser, plan document, team size, units inspected and the
// follow-up of recommendations (overdue in red).
import { useQuery } from '@tanstack/react-query';
import { Flex, Input, InputNumber, Space, Tag } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { PlanListItem } from '../../../../contracts/inspections';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import { type PlanListParams, plansQuery } from '../api/inspections-api';

interface PlansTableProps {
  params: PlanListParams;
  onChange: (next: PlanListParams) => void;
  onCanCreate?: (can: boolean) => void;
}

export function PlansTable({ params, onChange, onCanCreate }: PlansTableProps) {
  const query = useQuery(plansQuery(params));
  const canCreate = query.data?.can.create;
  useEffect(() => {
    if (canCreate !== undefined) onCanCreate?.(canCreate);
  }, [canCreate, onCanCreate]);
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={params.q}
          placeholder="Tìm theo tên, số kế hoạch (không cần dấu)"
          style={{ width: 360 }}
          onSearch={(q) => onChange({ ...params, q, page: 1 })}
        />
        <InputNumber
          placeholder="Năm"
          min={2000}
          max={2100}
          value={params.year}
          onChange={(year) => onChange({ ...params, year: year ?? undefined, page: 1 })}
        />
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<PlanListItem>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText="Chưa có kế hoạch kiểm tra"
        scroll={{ x: 1000 }}
        paging={{
          page: params.page,
          pageSize: params.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => onChange({ ...params, page, pageSize }),
        }}
        columns={[
          { title: 'Năm', dataIndex: 'year', width: 70 },
          {
            title: 'Kế hoạch',
            key: 'title',
            width: '42%',
            render: (_, p) => (
              <Flex vertical>
                <Link to={`/kiem-tra/${p.id}`}>{p.title}</Link>
                <span style={{ color: '#8c8c8c' }}>
                  {[p.planNumber, p.planDate ? `ngày ${formatDate(p.planDate)}` : null]
                    .filter(Boolean)
                    .join(' ') || 'Chưa ghi số kế hoạch'}
                </span>
              </Flex>
            ),
          },
          { title: 'Đơn vị tổ chức', dataIndex: ['organiser', 'name'] },
          { title: 'Số thành viên đoàn', dataIndex: 'teamSize', align: 'right', width: 110 },
          {
            title: 'Đã kiểm tra',
            key: 'targets',
            render: (_, p) =>
              `${p.targets.done}/${p.targets.total}${p.targets.cancelled ? ` (hủy ${p.targets.cancelled})` : ''}`,
          },
          {
            title: 'Kiến nghị',
            key: 'follow',
            render: (_, p) =>
              p.followUps.total === 0 ? (
                '—'
              ) : (
                <Space size={4}>
                  <span>
                    {p.followUps.done}/{p.followUps.total} đã thực hiện
                  </span>
                  {p.followUps.overdue ? <Tag color="red">{p.followUps.overdue} quá hạn</Tag> : null}
                </Space>
              ),
          },
        ]}
      />
    </>
  );
}
