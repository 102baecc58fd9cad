// The audit trail: filters (text, action, object, actor, period), paging, and a before/after drawer.
import { CloseOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, DatePicker, Flex, Input, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import type { AuditEntryView } from '../../../../contracts/audit';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { DATE_FORMAT, formatDateTime, fromIsoDate, toIsoDate } from '../../../lib/format';
import {
  ACTION_LABELS,
  actionLabel,
  type AuditParams,
  auditQuery,
  ENTITY_LABELS,
  entityLabel,
} from '../api/audit-api';
import { AuditDiffDrawer } from './audit-diff-drawer';

const ACTION_OPTIONS = Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label }));
const ENTITY_OPTIONS = Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label }));

export function AuditTable() {
  const [params, setParams] = useState<AuditParams>({ page: 1, pageSize: 50 });
  const [actorName, setActorName] = useState<string | null>(null);
  const [open, setOpen] = useState<AuditEntryView | null>(null);
  const query = useQuery(auditQuery(params));
  const set = (patch: Partial<AuditParams>) => setParams({ ...params, ...patch, page: 1 });

  const columns: ColumnsType<AuditEntryView> = [
    { title: '#', dataIndex: 'seq', width: 80 },
    { title: 'Thời gian', dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v) },
    {
      title: 'Người thực hiện',
      key: 'actor',
      render: (_, e) =>
        e.actorId ? (
          <Typography.Link
            onClick={(ev) => {
              ev.stopPropagation();
              setActorName(e.actorFullName ?? e.actorName);
              set({ actorId: e.actorId ?? undefined });
            }}
          >
            {e.actorFullName ?? e.actorName}
          </Typography.Link>
        ) : (
          (e.actorName ?? 'Hệ thống')
        ),
    },
    { title: 'Hành động', dataIndex: 'action', render: (a: string) => actionLabel(a) },
    {
      title: 'Đối tượng',
      key: 'entity',
      render: (_, e) => (
        <>
          {entityLabel(e.entity)}{' '}
          {e.entityId ? (
            <Typography.Link
              type="secondary"
              onClick={(ev) => {
                ev.stopPropagation();
                set({ entity: e.entity, entityId: e.entityId ?? undefined });
              }}
            >
              {e.entityId.slice(0, 8)}
            </Typography.Link>
          ) : null}
        </>
      ),
    },
    { title: 'Đơn vị', dataIndex: 'unitName', render: (v: string | null) => v ?? '' },
    { title: 'Địa chỉ máy', dataIndex: 'client', render: (v: string | null) => v ?? '' },
  ];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="Tìm trong nhật ký"
          onSearch={(q) => set({ q: q || undefined })}
          style={{ width: 260 }}
        />
        <Select
          allowClear
          placeholder="Hành động"
          options={ACTION_OPTIONS}
          value={params.action}
          onChange={(action?: string) => set({ action })}
          style={{ width: 230 }}
        />
        <Select
          allowClear
          placeholder="Loại đối tượng"
          options={ENTITY_OPTIONS}
          value={params.entity}
          onChange={(entity?: string) => set({ entity, entityId: undefined })}
          style={{ width: 170 }}
        />
        <DatePicker.RangePicker
          format={DATE_FORMAT}
          placeholder={['Từ ngày', 'Đến ngày']}
          value={[fromIsoDate(params.from), fromIsoDate(params.to)]}
          onChange={(range) => {
            const [from, to] = (range ?? [null, null]) as [Dayjs | null, Dayjs | null];
            set({ from: toIsoDate(from) ?? undefined, to: toIsoDate(to) ?? undefined });
          }}
        />
      </Flex>
      {params.actorId || params.entityId ? (
        <Flex gap={8} style={{ marginBottom: 12 }}>
          {params.actorId ? (
            <Tag closable closeIcon={<CloseOutlined />} onClose={() => set({ actorId: undefined })}>
              Người thực hiện: {actorName ?? params.actorId}
            </Tag>
          ) : null}
          {params.entityId ? (
            <Tag closable onClose={() => set({ entityId: undefined })}>
              {entityLabel(params.entity ?? '')}: {params.entityId}
            </Tag>
          ) : null}
          <Button size="small" type="link" onClick={() => setParams({ page: 1, pageSize: params.pageSize })}>
            Bỏ tất cả bộ lọc
          </Button>
        </Flex>
      ) : null}
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<AuditEntryView>
        rowKey="seq"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        onRow={(entry) => ({ onClick: () => setOpen(entry), style: { cursor: 'pointer' } })}
        paging={{
          page: params.page,
          pageSize: params.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
        }}
      />
      <AuditDiffDrawer entry={open} onClose={() => setOpen(null)} />
    </>
  );
}
