// The people list: search (server ignores diacritics), unit filter, paging; rows link to the person.
import { useQuery } from '@tanstack/react-query';
import { Checkbox, Flex, Input, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useEffectEvent, useState } from 'react';
import { Link } from 'react-router';
import { CADRE_CLASS_LABELS, GENDER_LABELS } from '../../../../contracts/enums';
import type { PeoplePage, PersonListItem } from '../../../../contracts/people';
import { personNameSortKey } from '../../../../domain/text';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { formatDate, viSorter } from '../../../lib/format';
import { type PeopleListParams, peopleListQuery } from '../api/people-api';

const byName = (a: PersonListItem, b: PersonListItem) => {
  const ka = personNameSortKey(a.fullName);
  const kb = personNameSortKey(b.fullName);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

const COLUMNS: ColumnsType<PersonListItem> = [
  {
    title: 'Họ và tên',
    dataIndex: 'fullName',
    minWidth: 160,
    sorter: byName,
    render: (_, p) => <Link to={`/ca-nhan/${p.id}`}>{p.fullName}</Link>,
  },
  {
    title: 'Giới tính',
    dataIndex: 'gender',
    minWidth: 90,
    render: (g: PersonListItem['gender']) => GENDER_LABELS[g],
  },
  {
    title: 'Ngày sinh',
    dataIndex: 'birthDate',
    minWidth: 110,
    sorter: (a, b) =>
      (a.birthDate ?? String(a.birthYear ?? '')).localeCompare(b.birthDate ?? String(b.birthYear ?? '')),
    // Roles that do not handle records see only the year (Nghị định 13/2023, docs/security.md).
    render: (d: string | null, p) => (d ? formatDate(d) : p.birthYear ? String(p.birthYear) : ''),
  },
  {
    title: 'Số CCCD',
    dataIndex: 'cccd',
    minWidth: 140,
    render: (c: string | null) =>
      c ? (
        <Typography.Text code style={{ whiteSpace: 'nowrap' }}>
          {c}
        </Typography.Text>
      ) : (
        '—'
      ),
  },
  {
    title: 'Đơn vị công tác hiện tại',
    key: 'unit',
    minWidth: 220,

    sorter: viSorter((p) => p.current?.unitName),
    render: (_, p) =>
      p.current?.unitName ?? <Typography.Text type="secondary">Không còn công tác</Typography.Text>,
  },
  {
    title: 'Chức vụ',
    key: 'position',
    minWidth: 160,

    sorter: viSorter((p) => p.current?.position),
    render: (_, p) => p.current?.position ?? '',
  },
  {
    title: 'Đối tượng',
    key: 'cadreClass',
    minWidth: 120,
    render: (_, p) => (p.current ? <Tag>{CADRE_CLASS_LABELS[p.current.cadreClass]}</Tag> : null),
  },
];

interface PeopleTableProps {
  params: PeopleListParams;
  onChange: (next: PeopleListParams) => void;
  onLoaded?: (page: PeoplePage) => void;
}

export function PeopleTable({ params, onChange, onLoaded }: PeopleTableProps) {
  const [text, setText] = useState(params.q ?? '');
  const query = useQuery(peopleListQuery(params));

  // Search as the user types, after a short pause.
  const searchNow = useEffectEvent((value: string) => {
    if (value !== (params.q ?? '')) onChange({ ...params, q: value, page: 1 });
  });
  useEffect(() => {
    const timer = setTimeout(() => searchNow(text), 350);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    if (query.data) onLoaded?.(query.data);
  }, [query.data, onLoaded]);

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }} align="center">
        <Input.Search
          allowClear
          placeholder="Tìm theo họ tên, gõ không dấu cũng được"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => onChange({ ...params, q: value, page: 1 })}
          style={{ width: 420, maxWidth: '100%' }}
          aria-label="Tìm cá nhân"
          data-testid="people-search"
        />
        <UnitTreeSelect
          value={params.unitId ?? null}
          onChange={(unitId) =>
            onChange({ ...params, unitId: (unitId as string | null) ?? undefined, page: 1 })
          }
          placeholder="Lọc theo đơn vị công tác"
          style={{ width: 320, maxWidth: '100%' }}
        />
        <Checkbox
          checked={params.includeSubunits ?? false}
          disabled={!params.unitId}
          onChange={(e) => onChange({ ...params, includeSubunits: e.target.checked, page: 1 })}
        >
          Gồm cả đơn vị trực thuộc
        </Checkbox>
      </Flex>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<PersonListItem>
        rowKey="id"
        columns={COLUMNS}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        emptyText={params.q ? `Không tìm thấy cá nhân nào khớp với “${params.q}”` : 'Chưa có dữ liệu'}
        paging={{
          page: params.page,
          pageSize: params.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => onChange({ ...params, page, pageSize }),
        }}
        scroll={{ x: 1000 }}
        data-testid="people-table"
      />
    </>
  );
}
