// The models the user sees: search without diacritics, filters by category, field and publication.
import { useQuery } from '@tanstack/react-query';
import { Flex, Input, Select, Space, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import {
  MODEL_CATEGORIES,
  MODEL_CATEGORY_LABELS,
  MODEL_FIELD_LABELS,
  MODEL_FIELDS,
  type ModelListItem,
} from '../../../../contracts/models';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import { type ModelListParams, modelsQuery } from '../api/models-api';
import { CategoryTag, PublishedTag } from './labels';

interface ModelsTableProps {
  params: ModelListParams;
  onChange: (next: ModelListParams) => void;
  onCanCreate?: (can: boolean) => void;
}

export function ModelsTable({ params, onChange, onCanCreate }: ModelsTableProps) {
  const query = useQuery(modelsQuery(params));
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
          placeholder="Tìm theo tên, đối tượng, đơn vị, lĩnh vực (không cần dấu)"
          style={{ width: 380 }}
          onSearch={(q) => onChange({ ...params, q, page: 1 })}
        />
        <Select
          allowClear
          placeholder="Loại điển hình"
          style={{ width: 300 }}
          value={params.category}
          onChange={(category) => onChange({ ...params, category, page: 1 })}
          options={MODEL_CATEGORIES.map((c) => ({ value: c, label: MODEL_CATEGORY_LABELS[c] }))}
        />
        <Select
          allowClear
          placeholder="Lĩnh vực"
          style={{ width: 240 }}
          value={params.field}
          onChange={(field) => onChange({ ...params, field, page: 1 })}
          options={MODEL_FIELDS.map((f) => ({ value: f, label: MODEL_FIELD_LABELS[f] }))}
        />
        <Select
          allowClear
          placeholder="Công bố"
          style={{ width: 160 }}
          value={params.published === undefined ? undefined : String(params.published)}
          onChange={(v?: string) =>
            onChange({ ...params, published: v === undefined ? undefined : v === 'true', page: 1 })
          }
          options={[
            { value: 'true', label: 'Đã công bố' },
            { value: 'false', label: 'Chưa công bố' },
          ]}
        />
      </Space>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<ModelListItem>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText="Chưa có điển hình nào"
        scroll={{ x: 1000 }}
        paging={{
          page: params.page,
          pageSize: params.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => onChange({ ...params, page, pageSize }),
        }}
        columns={[
          {
            title: 'Điển hình',
            key: 'title',
            width: '34%',
            render: (_, m) => (
              <Flex vertical gap={4} align="flex-start">
                <Link to={`/dien-hinh-tien-tien/${m.id}`}>{m.title}</Link>
                <CategoryTag category={m.category} />
              </Flex>
            ),
          },
          {
            title: 'Đối tượng',
            key: 'subject',
            render: (_, m) => (
              <Flex vertical>
                <b>{m.subject.name}</b>
                {m.subject.description ? (
                  <Typography.Text type="secondary">{m.subject.description}</Typography.Text>
                ) : null}
              </Flex>
            ),
          },
          {
            title: 'Lĩnh vực',
            dataIndex: 'field',
            render: (f: ModelListItem['field']) => MODEL_FIELD_LABELS[f],
          },
          {
            title: 'Công nhận',
            key: 'recognized',
            render: (_, m) =>
              m.recognizedBy || m.recognizedOn
                ? [m.recognizedBy, m.recognizedOn ? formatDate(m.recognizedOn) : null]
                    .filter(Boolean)
                    .join(', ')
                : '—',
          },
          {
            title: 'Tuyên truyền',
            key: 'activities',
            render: (_, m) =>
              m.activityCount
                ? `${m.activityCount} hoạt động, gần nhất ${formatDate(m.lastActivityOn)}`
                : '—',
          },
          {
            title: 'Công bố',
            dataIndex: 'published',
            render: (p: boolean) => <PublishedTag published={p} />,
          },
        ]}
      />
    </>
  );
}
