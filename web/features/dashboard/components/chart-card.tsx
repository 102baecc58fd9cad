// A chart in a card: the chart or its table of figures (the same table the Excel export writes), and the export.
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Segmented, Table } from 'antd';
import { type ReactNode, useState } from 'react';
import {
  chartTable,
  DASHBOARD_CHART_TITLES,
  type DashboardChart,
  type DashboardView,
} from '../../../../contracts/dashboard';
import { EmptyState } from '../../../components/empty';
import { formatNumber } from '../../../lib/format';
import { chartXlsxUrl, type DashboardScopeParams } from '../api/dashboard-api';

export function ChartCard({
  chart,
  view,
  scope,
  empty,
  note,
  children,
}: {
  chart: DashboardChart;
  view: DashboardView;
  scope: DashboardScopeParams;
  empty: boolean;
  note?: ReactNode;
  children: ReactNode;
}) {
  const [mode, setMode] = useState<'chart' | 'table'>('chart');
  const title = DASHBOARD_CHART_TITLES[chart];
  const table = chartTable(view, chart);
  return (
    <Card
      title={title}
      size="small"
      style={{ height: '100%' }}
      extra={
        <span style={{ display: 'inline-flex', gap: 8 }}>
          <Segmented
            size="small"
            value={mode}
            onChange={(v) => setMode(v as 'chart' | 'table')}
            options={[
              { value: 'chart', label: 'Biểu đồ' },
              { value: 'table', label: 'Bảng số liệu' },
            ]}
          />
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={chartXlsxUrl(scope, chart)}
            aria-label={`Tải Excel: ${title}`}
            title="Tải bảng số liệu (Excel)"
          />
        </span>
      }
    >
      {note ? <div style={{ fontSize: 12, color: '#595959', marginBottom: 8 }}>{note}</div> : null}
      {empty ? (
        <EmptyState description="Không có số liệu" />
      ) : mode === 'chart' ? (
        children
      ) : (
        <Table
          size="small"
          pagination={false}
          rowKey={(_, i) => String(i)}
          dataSource={table.rows.map((cells) => ({ cells }))}
          columns={table.headers.map((h, i) => ({
            key: String(i),
            title: h,
            align: i === 0 ? undefined : ('right' as const),
            render: (_: unknown, row: { cells: (string | number | null)[] }) => {
              const v = row.cells[i];
              return typeof v === 'number' && i > 0 && !(chart === 'byYear' && i === 0)
                ? formatNumber(v)
                : (v ?? '');
            },
          }))}
        />
      )}
    </Card>
  );
}
