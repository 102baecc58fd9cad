// The disclosures in the user's scope: open ones first (with comments waiting), drafts, then closed ones.
import { useQuery } from '@tanstack/react-query';
import { Badge, Input, Segmented, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { DISCLOSURE_OUTCOME_LABELS, type DisclosureListItem } from '../../../../contracts/disclosures';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import { disclosuresQuery, type DisclosureListParams } from '../api/disclosures-api';
import { DisclosureStatusTag } from './labels';

export function DisclosuresTable({ onCanCreate }: { onCanCreate: (can: boolean) => void }) {
  const [params, setParams] = useState<DisclosureListParams>({ page: 1, pageSize: 20 });
  const query = useQuery(disclosuresQuery(params));
  const can = query.data?.can.create ?? false;
  useEffect(() => onCanCreate(can), [can, onCanCreate]);
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Segmented
          value={params.status ?? 'all'}
          onChange={(v) => setParams({ ...params, status: v === 'all' ? undefined : (v as 'open'), page: 1 })}
          options={[
            { value: 'all', label: 'Tất cả' },
            { value: 'open', label: 'Đang lấy ý kiến' },
            { value: 'draft', label: 'Chưa đăng' },
            { value: 'closed', label: 'Đã kết thúc' },
          ]}
        />
        <Input.Search
          allowClear
          placeholder="Tìm theo tiêu đề hoặc mã hồ sơ"
          onSearch={(q) => setParams({ ...params, q, page: 1 })}
          style={{ width: 320 }}
        />
      </Space>
      <DataTable<DisclosureListItem>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText="Chưa có đợt công khai lấy ý kiến nào"
        paging={
          query.data
            ? {
                page: query.data.page,
                pageSize: query.data.pageSize,
                total: query.data.total,
                onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
              }
            : false
        }
        columns={[
          {
            title: 'Đợt công khai',
            key: 'title',
            render: (_, d) => <Link to={`/cong-khai-lay-y-kien/${d.id}`}>{d.title}</Link>,
          },
          {
            title: 'Hồ sơ',
            key: 'dossier',
            render: (_, d) => <Link to={`/ho-so/${d.dossier.id}`}>{d.dossier.code}</Link>,
          },
          { title: 'Cơ quan', key: 'authority', render: (_, d) => d.authority.name },
          {
            title: 'Thời gian lấy ý kiến',
            key: 'period',
            render: (_, d) =>
              d.opensOn ? `${formatDate(d.opensOn)} – ${formatDate(d.closesOn)}` : 'Chưa đăng',
          },
          { title: 'Số người', dataIndex: 'nominees', align: 'right', width: 90 },
          {
            title: 'Ý kiến',
            key: 'comments',
            render: (_, d) => (
              <Badge count={d.newComments} offset={[10, 0]} title="Ý kiến chưa xử lý">
                {d.comments}
              </Badge>
            ),
          },
          {
            title: 'Tình trạng',
            key: 'status',
            render: (_, d) => (
              <Space orientation="vertical" size={0}>
                <DisclosureStatusTag status={d.status} />
                {d.outcome ? (
                  <span style={{ fontSize: 12 }}>{DISCLOSURE_OUTCOME_LABELS[d.outcome]}</span>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
