// Meetings of the councils in scope (or of one council): open ones first, with their agenda and ballots.
import { useQuery } from '@tanstack/react-query';
import { Segmented, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { MeetingListItem } from '../../../../contracts/councils';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate } from '../../../lib/format';
import { meetingsQuery } from '../api/councils-api';
import { MeetingStatusTag } from './labels';

export function MeetingsTable({ councilId }: { councilId?: string }) {
  const [status, setStatus] = useState<'all' | 'open' | 'closed'>('all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useQuery(
    meetingsQuery({ councilId, status: status === 'all' ? undefined : status, ...paging }),
  );
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Segmented
        value={status}
        onChange={(v) => {
          setStatus(v as typeof status);
          setPaging((p) => ({ ...p, page: 1 }));
        }}
        options={[
          { value: 'all', label: 'Tất cả' },
          { value: 'open', label: 'Chưa kết thúc' },
          { value: 'closed', label: 'Đã kết thúc' },
        ]}
      />
      <DataTable<MeetingListItem>
        rowKey="id"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText="Chưa có phiên họp nào"
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
            title: 'Ngày họp',
            key: 'heldOn',
            width: 130,
            render: (_, m) => `${formatDate(m.heldOn)}${m.startTime ? ` ${m.startTime}` : ''}`,
          },
          {
            title: 'Phiên họp',
            key: 'title',
            render: (_, m) => <Link to={`/hoi-dong/phien-hop/${m.id}`}>{m.title}</Link>,
          },
          ...(councilId
            ? []
            : [
                {
                  title: 'Hội đồng',
                  key: 'council',
                  render: (_: unknown, m: MeetingListItem) => m.council.name,
                },
              ]),
          { title: 'Hồ sơ', dataIndex: 'dossiers', align: 'right' as const, width: 80 },
          {
            title: 'Đã bỏ phiếu',
            key: 'ballots',
            align: 'right' as const,
            width: 120,
            render: (_: unknown, m: MeetingListItem) => `${m.ballots}/${m.nominees}`,
          },
          {
            title: 'Tình trạng',
            key: 'status',
            width: 140,
            render: (_: unknown, m: MeetingListItem) => <MeetingStatusTag status={m.status} />,
          },
        ]}
      />
    </Space>
  );
}
