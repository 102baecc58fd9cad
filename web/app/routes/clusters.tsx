// /cum-khoi: the clusters and blocks of a year (filters in the address: ?nam=&q=&trang=).
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Input, InputNumber, Tag } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { GroupListItem } from '../../../contracts/clusters';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { groupsQuery } from '../../features/clusters/api/clusters-api';
import { GroupFormModal } from '../../features/clusters/components/group-form-modal';
import { GroupStatusTag, KindTag } from '../../features/clusters/components/labels';

export default function ClustersPage() {
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('nam')) || undefined;
  const q = search.get('q') ?? '';
  const page = Number(search.get('trang')) || 1;
  const [creating, setCreating] = useState(false);
  const query = useQuery(groupsQuery({ q, year, page, pageSize: 20 }));
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === '') next.delete(k);
      else next.set(k, v);
    }
    setSearch(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title="Cụm, khối thi đua"
        subtitle="Thành viên, trưởng và phó cụm, khối (luân phiên hằng năm), giao ước thi đua, bảng điểm, chấm điểm và xếp hạng."
        extra={
          query.data?.can.create ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Thành lập cụm, khối
            </Button>
          ) : null
        }
      />
      <Card>
        <Flex gap={12} wrap style={{ marginBottom: 12 }}>
          <InputNumber
            min={2000}
            max={2100}
            placeholder="Năm"
            value={year ?? null}
            onChange={(v) => set({ nam: v ? String(v) : null, trang: null })}
          />
          <Input.Search
            allowClear
            placeholder="Tìm theo tên cụm, khối hoặc đơn vị (không dấu cũng được)"
            defaultValue={q}
            onSearch={(v) => set({ q: v, trang: null })}
            style={{ maxWidth: 420 }}
          />
        </Flex>
        {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
        <DataTable<GroupListItem>
          rowKey="id"
          loading={query.isFetching}
          dataSource={query.data?.items ?? []}
          emptyText="Chưa có cụm, khối thi đua nào"
          paging={{
            page,
            pageSize: 20,
            total: query.data?.total ?? 0,
            onChange: (p) => set({ trang: String(p) }),
          }}
          columns={[
            { title: 'Năm', dataIndex: 'year', width: 70 },
            {
              title: 'Cụm, khối',
              key: 'name',
              render: (_v, g) => (
                <>
                  <Link to={`/cum-khoi/${g.id}`}>
                    <b>{g.name}</b>
                  </Link>{' '}
                  <KindTag kind={g.kind} />
                </>
              ),
            },
            { title: 'Đơn vị tổ chức', key: 'org', render: (_v, g) => g.organiser.name },
            { title: 'Số thành viên', dataIndex: 'memberCount', align: 'right' },
            { title: 'Trưởng', key: 'leader', render: (_v, g) => g.leader?.name ?? '—' },
            { title: 'Phó', key: 'deputy', render: (_v, g) => g.deputy?.name ?? '—' },
            {
              title: 'Kết quả',
              key: 'status',
              render: (_v, g) => (
                <Flex vertical gap={4} align="flex-start">
                  <GroupStatusTag status={g.status} />
                  {g.leading.map((l) => (
                    <Tag key={l.id} color="gold">
                      Dẫn đầu: {l.name}
                    </Tag>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {creating ? (
        <GroupFormModal
          group={null}
          defaultYear={year ?? new Date().getFullYear()}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </>
  );
}
