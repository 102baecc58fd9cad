// The dossiers the user sees, with filters: words (code, title, a nominee's name), status, year, unit, overdue.
import { useQuery } from '@tanstack/react-query';
import { Checkbox, Flex, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import {
  DOSSIER_STATUS_LABELS,
  DOSSIER_STATUSES,
  type DossierListItem,
} from '../../../../contracts/dossiers';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { formatDateTime } from '../../../lib/format';
import { type DossierListParams, dossiersQuery } from '../api/dossiers-api';
import { DeadlineTag, StatusTag } from './labels';

interface Props {
  params: DossierListParams;
  onChange: (next: DossierListParams) => void;
  onCanCreate?: (can: boolean) => void;
  emptyText: string;
}

export function DossiersTable({ params, onChange, onCanCreate, emptyText }: Props) {
  const query = useQuery(dossiersQuery(params));
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
          placeholder="Tìm theo số hồ sơ, trích yếu, tên người được đề nghị"
          style={{ width: 380 }}
          onSearch={(q) => onChange({ ...params, q, page: 1 })}
        />
        <Select
          allowClear
          placeholder="Trạng thái"
          style={{ width: 200 }}
          value={params.status}
          onChange={(status) => onChange({ ...params, status, page: 1 })}
          options={DOSSIER_STATUSES.map((s) => ({ value: s, label: DOSSIER_STATUS_LABELS[s] }))}
        />
        <InputNumber
          placeholder="Năm thành tích"
          min={2000}
          max={2100}
          style={{ width: 150 }}
          value={params.year}
          onChange={(year) => onChange({ ...params, year: year ?? undefined, page: 1 })}
        />
        <UnitTreeSelect
          style={{ width: 280 }}
          placeholder="Đơn vị đề nghị (cả đơn vị trực thuộc)"
          value={params.unitId ?? null}
          onChange={(unitId) =>
            onChange({ ...params, unitId: (unitId as string | null) ?? undefined, page: 1 })
          }
        />
        <Checkbox
          checked={params.overdue === true}
          onChange={(e) => onChange({ ...params, overdue: e.target.checked ? true : undefined, page: 1 })}
        >
          Chỉ hồ sơ quá hạn
        </Checkbox>
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<DossierListItem>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText={emptyText}
        data-testid="dossiers-table"
        scroll={{ x: 980 }}
        paging={{
          page: params.page,
          pageSize: params.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => onChange({ ...params, page, pageSize }),
        }}
        columns={[
          {
            title: 'Hồ sơ',
            key: 'title',
            render: (_, d) => (
              <Flex vertical>
                <Link to={`/ho-so/${d.id}`}>{d.title}</Link>
                <Typography.Text type="secondary">
                  {d.code} · năm thành tích {d.achievementYear} · {d.nomineeCount} đề nghị
                  {d.forwardedFromId ? ' · trình tiếp từ cấp dưới' : ''}
                </Typography.Text>
              </Flex>
            ),
          },
          { title: 'Đơn vị đề nghị', dataIndex: ['proposingUnit', 'name'], width: 160 },
          { title: 'Trình', dataIndex: 'authorityLabel', width: 200 },
          {
            title: 'Trạng thái',
            key: 'status',
            width: 230,
            render: (_, d) => (
              <Flex vertical gap={4} align="flex-start">
                <StatusTag status={d.status} />
                <DeadlineTag deadline={d.deadline} />
              </Flex>
            ),
          },
          { title: 'Cập nhật', key: 'updatedAt', render: (_, d) => formatDateTime(d.updatedAt), width: 130 },
        ]}
      />
    </>
  );
}
