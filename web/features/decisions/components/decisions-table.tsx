// The decisions the user sees: drafts first, then issued acts newest first; filters by state, kind, year, and a
// search by number, words of the trích yếu or an awardee's name (diacritics optional).
import { useQuery } from '@tanstack/react-query';
import { Flex, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { DecisionListItem } from '../../../../contracts/decisions';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatMoney } from '../../../lib/format';
import { type DecisionListParams, decisionsQuery } from '../api/decisions-api';
import { DecisionTags } from './labels';

interface DecisionsTableProps {
  params: DecisionListParams;
  onChange: (next: DecisionListParams) => void;
  onAbilities?: (can: { draft: boolean; recordExternal: boolean }) => void;
}

const STATUS_OPTIONS = [
  { value: 'draft', label: 'Dự thảo' },
  { value: 'issued', label: 'Đã ban hành' },
  { value: 'revoked', label: 'Có khen thưởng bị thu hồi' },
];

const KIND_OPTIONS = [
  { value: 'award', label: 'Quyết định khen thưởng' },
  { value: 'revocation', label: 'Quyết định thu hồi' },
];

export function DecisionsTable({ params, onChange, onAbilities }: DecisionsTableProps) {
  const query = useQuery(decisionsQuery(params));
  const can = query.data?.can;
  useEffect(() => {
    if (can) onAbilities?.(can);
  }, [can, onAbilities]);
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={params.q}
          placeholder="Số, trích yếu hoặc tên người được khen"
          style={{ width: 340 }}
          onSearch={(q) => onChange({ ...params, q, page: 1 })}
        />
        <Select
          allowClear
          placeholder="Trạng thái"
          style={{ width: 200 }}
          value={params.status}
          options={STATUS_OPTIONS}
          onChange={(status) => onChange({ ...params, status, page: 1 })}
        />
        <Select
          allowClear
          placeholder="Loại quyết định"
          style={{ width: 200 }}
          value={params.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => onChange({ ...params, kind, page: 1 })}
        />
        <InputNumber
          placeholder="Năm"
          min={1945}
          max={2100}
          value={params.year}
          onChange={(year) => onChange({ ...params, year: year ?? undefined, page: 1 })}
        />
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<DecisionListItem>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText="Chưa có quyết định nào phù hợp"
        scroll={{ x: 960 }}
        paging={{
          page: params.page,
          pageSize: params.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => onChange({ ...params, page, pageSize }),
        }}
        columns={[
          {
            title: 'Số, ngày',
            key: 'number',
            width: 170,
            render: (_, d) => (
              <Flex vertical>
                <Link to={`/quyet-dinh/${d.id}`}>{d.number ?? 'Chưa có số'}</Link>
                <Typography.Text type="secondary">{formatDate(d.decisionDate)}</Typography.Text>
              </Flex>
            ),
          },
          {
            title: 'Trích yếu',
            key: 'title',
            render: (_, d) => (
              <Flex vertical>
                <Link to={`/quyet-dinh/${d.id}`}>{d.title}</Link>
                {d.revokes ? (
                  <Typography.Text type="secondary">
                    Thu hồi khen thưởng tại Quyết định số {d.revokes.number ?? '…'}
                  </Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          { title: 'Cơ quan ban hành', dataIndex: 'authorityLabel' },
          {
            title: 'Số đối tượng',
            key: 'count',
            align: 'right',
            render: (_, d) =>
              d.revokedCount ? `${d.awardeeCount} (thu hồi ${d.revokedCount})` : d.awardeeCount,
          },
          {
            title: 'Tiền thưởng',
            dataIndex: 'totalAmount',
            align: 'right',
            render: (v: number) => (v ? formatMoney(v) : ''),
          },
          { title: 'Trạng thái', key: 'status', render: (_, d) => <DecisionTags d={d} /> },
        ]}
      />
    </>
  );
}
