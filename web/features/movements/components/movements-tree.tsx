// The movements the user sees as a tree by level: the Prime Minister's movement, the province's plan under it,
// the district's under that. Filters keep the movements above a match (greyed) so the tree keeps its shape.
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import type { AuthorityLevel } from '../../../../contracts/documents';
import {
  MOVEMENT_KIND_LABELS,
  type MovementKind,
  type MovementListItem,
  type MovementStatus,
} from '../../../../contracts/movements';
import { EmptyState } from '../../../components/empty';
import { ErrorAlert } from '../../../components/error-alert';
import { type MovementTreeParams, movementTreeQuery } from '../api/movements-api';
import { KIND_OPTIONS, LEVEL_OPTIONS, LevelTag, STATUS_OPTIONS, StatusTag } from './labels';

interface Row extends MovementListItem {
  children?: Row[];
}

/** Nests the flat list by parent; a movement whose parent is not in the list is a root. */
function nest(items: readonly MovementListItem[]): Row[] {
  const byId = new Map<string, Row>(items.map((m) => [m.id, { ...m }]));
  const roots: Row[] = [];
  for (const item of items) {
    const row = byId.get(item.id)!;
    const parent = item.parentId ? byId.get(item.parentId) : undefined;
    if (parent) (parent.children ??= []).push(row);
    else roots.push(row);
  }
  return roots;
}

interface MovementsTreeProps {
  params: MovementTreeParams;
  onChange: (next: MovementTreeParams) => void;
  onCanCreate?: (can: boolean) => void;
}

export function MovementsTree({ params, onChange, onCanCreate }: MovementsTreeProps) {
  const query = useQuery(movementTreeQuery(params));
  const canCreate = query.data?.can.create;
  useEffect(() => {
    if (canCreate !== undefined) onCanCreate?.(canCreate);
  }, [canCreate, onCanCreate]);
  const rows = useMemo(() => nest(query.data?.items ?? []), [query.data]);
  const expanded = useMemo(() => (query.data?.items ?? []).map((m) => m.id), [query.data]);
  const set = (patch: Partial<MovementTreeParams>) => onChange({ ...params, ...patch });
  return (
    <>
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          defaultValue={params.q}
          placeholder="Tìm tên phong trào (không cần dấu)"
          style={{ width: 320 }}
          onSearch={(q) => set({ q })}
        />
        <Select<AuthorityLevel>
          allowClear
          placeholder="Cấp phát động"
          style={{ width: 150 }}
          value={params.level}
          options={LEVEL_OPTIONS}
          onChange={(level) => set({ level })}
        />
        <Select<MovementKind>
          allowClear
          placeholder="Loại"
          style={{ width: 220 }}
          value={params.kind}
          options={KIND_OPTIONS}
          onChange={(kind) => set({ kind })}
        />
        <Select<MovementStatus>
          allowClear
          placeholder="Trạng thái"
          style={{ width: 180 }}
          value={params.status}
          options={STATUS_OPTIONS}
          onChange={(status) => set({ status })}
        />
        <InputNumber
          placeholder="Năm"
          min={1945}
          max={2100}
          value={params.year}
          onChange={(year) => set({ year: year ?? undefined })}
        />
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.data?.truncated ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Có quá nhiều phong trào khớp điều kiện; chỉ hiện một phần. Hãy lọc thêm theo năm, cấp hoặc tên."
        />
      ) : null}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={query.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1000 }}
        expandable={{ expandedRowKeys: expanded, showExpandColumn: true }}
        locale={{ emptyText: <EmptyState description="Chưa có phong trào thi đua phù hợp" /> }}
        columns={[
          {
            title: 'Phong trào',
            key: 'name',
            render: (_, m) => (
              <Flex vertical>
                {m.matches ? (
                  <Link to={`/phong-trao/${m.id}`}>{m.name}</Link>
                ) : (
                  <Link to={`/phong-trao/${m.id}`} style={{ color: '#8c8c8c' }}>
                    {m.name}
                  </Link>
                )}
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[m.authorityName, m.period].filter(Boolean).join(' · ') || 'Chưa rõ cơ quan phát động'}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: 'Cấp', key: 'level', width: 120, render: (_, m) => <LevelTag level={m.authorityLevel} /> },
          { title: 'Loại', key: 'kind', width: 170, render: (_, m) => MOVEMENT_KIND_LABELS[m.kind] },
          {
            title: 'Trạng thái',
            key: 'status',
            width: 160,
            render: (_, m) => <StatusTag status={m.status} />,
          },
          { title: 'Văn bản', dataIndex: 'documentCount', width: 90, align: 'right' },
          { title: 'Chỉ tiêu', dataIndex: 'indicatorCount', width: 90, align: 'right' },
        ]}
      />
    </>
  );
}
