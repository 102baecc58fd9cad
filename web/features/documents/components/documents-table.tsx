// The documents register: search by number or words without diacritics, type, issuing level, issuer and dates.
import { PaperClipOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { DatePicker, Flex, Input, Select, Space, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { AuthorityLevel, DocumentListItem, DocumentType } from '../../../../contracts/documents';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/format';
import { type DocumentListParams, documentsQuery } from '../api/documents-api';
import { LEVEL_OPTIONS, LevelTag, TYPE_OPTIONS } from './labels';

interface DocumentsTableProps {
  params: DocumentListParams;
  onChange: (next: DocumentListParams) => void;
  onCanCreate?: (can: boolean) => void;
}

export function DocumentsTable({ params, onChange, onCanCreate }: DocumentsTableProps) {
  const query = useQuery(documentsQuery(params));
  const canCreate = query.data?.can.create;
  useEffect(() => {
    if (canCreate !== undefined) onCanCreate?.(canCreate);
  }, [canCreate, onCanCreate]);
  const set = (patch: Partial<DocumentListParams>) => onChange({ ...params, ...patch, page: 1 });
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={params.q}
          placeholder="Số, ký hiệu hoặc trích yếu (không cần dấu), ví dụ 3382/UBND-KH, btdkt"
          style={{ width: 380 }}
          onSearch={(q) => set({ q })}
        />
        <Select<DocumentType>
          allowClear
          placeholder="Loại văn bản"
          style={{ width: 160 }}
          value={params.type}
          options={TYPE_OPTIONS}
          onChange={(type) => set({ type })}
        />
        <Select<AuthorityLevel>
          allowClear
          placeholder="Cấp ban hành"
          style={{ width: 150 }}
          value={params.level}
          options={LEVEL_OPTIONS}
          onChange={(level) => set({ level })}
        />
        <Input.Search
          allowClear
          defaultValue={params.issuer}
          placeholder="Cơ quan ban hành"
          style={{ width: 220 }}
          onSearch={(issuer) => set({ issuer })}
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          placeholder={['Ban hành từ ngày', 'đến ngày']}
          value={[fromIsoDate(params.from), fromIsoDate(params.to)]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            set({ from: toIsoDate(range?.[0]) ?? undefined, to: toIsoDate(range?.[1]) ?? undefined })
          }
        />
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<DocumentListItem>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText="Không có văn bản phù hợp"
        scroll={{ x: 1000 }}
        paging={{
          page: params.page,
          pageSize: params.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => onChange({ ...params, page, pageSize }),
        }}
        columns={[
          {
            title: 'Số, ký hiệu',
            key: 'number',
            width: 170,
            render: (_, d) => <Link to={`/van-ban/${d.id}`}>{d.numberSymbol ?? <i>Không số</i>}</Link>,
          },
          { title: 'Loại', dataIndex: 'typeLabel', width: 110 },
          {
            title: 'Ngày ban hành',
            dataIndex: 'issuedOn',
            width: 120,
            render: (v: string | null) =>
              v ? formatDate(v) : <Typography.Text type="secondary">—</Typography.Text>,
          },
          {
            title: 'Trích yếu',
            key: 'summary',
            width: '40%',
            render: (_, d) => (
              <Flex gap={6} align="flex-start">
                <span>{d.summary ?? d.reference}</span>
                {d.hasFile ? <PaperClipOutlined title="Có tệp đính kèm" /> : null}
                {d.superseded ? <Tag>Hết hiệu lực</Tag> : null}
              </Flex>
            ),
          },
          {
            title: 'Cơ quan ban hành',
            key: 'issuer',
            render: (_, d) => (
              <Space size={4} wrap>
                <span>{d.issuerName ?? '—'}</span>
                <LevelTag level={d.issuerLevel} />
              </Space>
            ),
          },
        ]}
      />
    </>
  );
}
