// The councils in the user's scope: authority, members today, last kiện toàn, open meetings.
import { useQuery } from '@tanstack/react-query';
import { Input, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { CouncilListItem } from '../../../../contracts/councils';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import { councilsQuery } from '../api/councils-api';

export function CouncilsTable({ onCanCreate }: { onCanCreate: (can: boolean) => void }) {
  const [q, setQ] = useState('');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useQuery(councilsQuery({ q, ...paging }));
  const can = query.data?.can.create ?? false;
  useEffect(() => onCanCreate(can), [can, onCanCreate]);
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input.Search
        allowClear
        placeholder="Tìm theo tên Hội đồng hoặc đơn vị (có thể không dấu)"
        onSearch={(v) => {
          setQ(v);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        style={{ maxWidth: 420 }}
      />
      <DataTable<CouncilListItem>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText="Chưa có Hội đồng nào trong phạm vi của bạn"
        paging={
          query.data
            ? {
                page: query.data.page,
                pageSize: query.data.pageSize,
                total: query.data.total,
                onChange: (page, pageSize) => setPaging({ page, pageSize }),
              }
            : false
        }
        columns={[
          {
            title: 'Hội đồng',
            key: 'name',
            render: (_, c) => <Link to={`/hoi-dong/${c.id}`}>{c.name}</Link>,
          },
          { title: 'Cơ quan có thẩm quyền', key: 'authority', render: (_, c) => c.authority.name },
          { title: 'Thành viên hiện nay', dataIndex: 'membersTotal', align: 'right', width: 120 },
          {
            title: 'Thành lập / kiện toàn gần nhất',
            key: 'dates',
            render: (_, c) =>
              c.lastChangeOn === c.establishedOn
                ? formatDate(c.establishedOn)
                : `${formatDate(c.establishedOn)} / ${formatDate(c.lastChangeOn)}`,
          },
          {
            title: 'Tình trạng',
            key: 'state',
            render: (_, c) =>
              c.dissolvedOn ? (
                <Tag>Kết thúc ngày {formatDate(c.dissolvedOn)}</Tag>
              ) : c.openMeetings > 0 ? (
                <Tag color="processing">{c.openMeetings} phiên họp chưa kết thúc</Tag>
              ) : (
                <Tag color="green">Đang hoạt động</Tag>
              ),
          },
        ]}
      />
    </Space>
  );
}
