// The lists behind a bar: a drawer with the awards (or overdue dossiers), paged by the server, and a button that
// downloads the same list as .xlsx. The table's columns are the export's (contracts/dashboard), nothing more.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Drawer, Space, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  AWARD_LIST_COLUMNS,
  type DashboardAwardItem,
  type DashboardOverdueItem,
  OVERDUE_LIST_COLUMNS,
} from '../../../../contracts/dashboard';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { formatDate, formatNumber } from '../../../lib/format';
import {
  type AwardDrill,
  awardsXlsxUrl,
  dashboardAwardsQuery,
  dashboardOverdueQuery,
  type DashboardScopeParams,
  type OverdueDrill,
  overdueXlsxUrl,
} from '../api/dashboard-api';

const awardRender: Partial<
  Record<(typeof AWARD_LIST_COLUMNS)[number]['key'], (r: DashboardAwardItem) => string>
> = {
  decisionDate: (r) => formatDate(r.decisionDate),
  amount: (r) => (r.amount === null ? '' : formatNumber(r.amount)),
};

const AWARD_COLUMNS: ColumnsType<DashboardAwardItem> = AWARD_LIST_COLUMNS.map((c) => ({
  key: c.key,
  title: c.title,
  dataIndex: c.key,
  align: c.key === 'amount' || c.key === 'achievementYear' ? ('right' as const) : undefined,
  render: awardRender[c.key] ? (_: unknown, r: DashboardAwardItem) => awardRender[c.key]!(r) : undefined,
}));

/** The awards behind a bar. */
export function AwardsDrawer({
  scope,
  drill,
  onClose,
}: {
  scope: DashboardScopeParams;
  drill: AwardDrill | null;
  onClose: () => void;
}) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useQuery({
    ...dashboardAwardsQuery(scope, drill ?? { title: '' }, paging.page, paging.pageSize),
    enabled: drill !== null,
  });
  return (
    <Drawer
      open={drill !== null}
      onClose={onClose}
      title={drill?.title}
      size="min(1100px, 100vw)"
      afterOpenChange={(open) => !open && setPaging({ page: 1, pageSize: 20 })}
      extra={
        drill ? (
          <Button icon={<DownloadOutlined />} href={awardsXlsxUrl(scope, drill)}>
            Tải Excel
          </Button>
        ) : null
      }
    >
      {query.error ? <ErrorAlert error={query.error} /> : null}
      <DataTable<DashboardAwardItem>
        rowKey="id"
        loading={query.isFetching}
        columns={AWARD_COLUMNS}
        dataSource={query.data?.items ?? []}
        emptyText="Không có khen thưởng nào"
        paging={{
          page: paging.page,
          pageSize: paging.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => setPaging({ page, pageSize }),
        }}
      />
    </Drawer>
  );
}

const overdueRender: Partial<
  Record<(typeof OVERDUE_LIST_COLUMNS)[number]['key'], (r: DashboardOverdueItem) => React.ReactNode>
> = {
  code: (r) => <Link to={`/ho-so/${r.id}`}>{r.code}</Link>,
  deadlineOn: (r) => formatDate(r.deadlineOn),
};

const OVERDUE_COLUMNS: ColumnsType<DashboardOverdueItem> = OVERDUE_LIST_COLUMNS.map((c) => ({
  key: c.key,
  title: c.title,
  dataIndex: c.key,
  align: c.key === 'daysOverdue' ? ('right' as const) : undefined,
  render: overdueRender[c.key]
    ? (_: unknown, r: DashboardOverdueItem) => overdueRender[c.key]!(r)
    : undefined,
}));

/** The overdue dossiers behind a bar. */
export function OverdueDrawer({
  unitId,
  drill,
  onClose,
}: {
  unitId: string | undefined;
  drill: OverdueDrill | null;
  onClose: () => void;
}) {
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const query = useQuery({
    ...dashboardOverdueQuery(unitId, drill ?? { title: '' }, paging.page, paging.pageSize),
    enabled: drill !== null,
  });
  return (
    <Drawer
      open={drill !== null}
      onClose={onClose}
      title={drill?.title}
      size="min(1100px, 100vw)"
      afterOpenChange={(open) => !open && setPaging({ page: 1, pageSize: 20 })}
      extra={
        drill ? (
          <Button icon={<DownloadOutlined />} href={overdueXlsxUrl(unitId, drill)}>
            Tải Excel
          </Button>
        ) : null
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">
          Hồ sơ đang chờ cơ quan có thẩm quyền xử lý đã quá hạn (tính theo ngày làm việc).
        </Typography.Text>
        {query.error ? <ErrorAlert error={query.error} /> : null}
        <DataTable<DashboardOverdueItem>
          rowKey="id"
          loading={query.isFetching}
          columns={OVERDUE_COLUMNS}
          dataSource={query.data?.items ?? []}
          emptyText="Không có hồ sơ quá hạn"
          paging={{
            page: paging.page,
            pageSize: paging.pageSize,
            total: query.data?.total ?? 0,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      </Space>
    </Drawer>
  );
}
