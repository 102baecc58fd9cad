// /tong-quan: the dashboard of a unit (default: the user's own) over a range of years (?donVi=&tuNam=&denNam=).
import { Card, Flex, InputNumber, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageSpinner } from '../../components/page-spinner';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { dashboardQuery, type DashboardScopeParams } from '../../features/dashboard/api/dashboard-api';
import { DashboardBoard } from '../../features/dashboard/components/dashboard-board';

const year = (v: string | null) => (v && /^\d{4}$/.test(v) ? Number(v) : undefined);

export default function DashboardPage() {
  const [search, setSearch] = useSearchParams();
  const scope: DashboardScopeParams = {
    unitId: search.get('donVi') ?? undefined,
    fromYear: year(search.get('tuNam')),
    toYear: year(search.get('denNam')),
  };
  const query = useQuery(dashboardQuery(scope));
  const view = query.data;
  const change = (next: DashboardScopeParams) => {
    const out: Record<string, string> = {};
    if (next.unitId) out.donVi = next.unitId;
    if (next.fromYear) out.tuNam = String(next.fromYear);
    if (next.toYear) out.denNam = String(next.toYear);
    setSearch(out, { replace: true });
  };
  const from = scope.fromYear ?? view?.fromYear;
  const to = scope.toYear ?? view?.toYear;
  return (
    <>
      <PageHeader
        title="Tổng quan công tác khen thưởng"
        subtitle={
          view
            ? `${view.unit.name} và các đơn vị trực thuộc — năm ký quyết định ${view.fromYear === view.toYear ? view.fromYear : `${view.fromYear}–${view.toYear}`}. Bấm vào cột, phần biểu đồ để xem danh sách.`
            : undefined
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="center">
          <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
            <Typography.Text>Đơn vị</Typography.Text>
            <UnitTreeSelect
              includeClosed
              style={{ width: 360 }}
              value={scope.unitId ?? view?.unit.id ?? null}
              allowClear={false}
              onChange={(v) => change({ ...scope, unitId: (v as string | null) ?? undefined })}
              aria-label="Đơn vị"
            />
          </label>
          <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
            <Typography.Text>Từ năm</Typography.Text>
            <InputNumber
              aria-label="Từ năm"
              min={1945}
              max={2100}
              value={from}
              onChange={(v) => typeof v === 'number' && v >= 1945 && change({ ...scope, fromYear: v })}
            />
          </label>
          <label style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}>
            <Typography.Text>Đến năm</Typography.Text>
            <InputNumber
              aria-label="Đến năm"
              min={1945}
              max={2100}
              value={to}
              onChange={(v) => typeof v === 'number' && v >= 1945 && change({ ...scope, toYear: v })}
            />
          </label>
        </Flex>
      </Card>
      {query.error ? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} /> : null}
      {view ? <DashboardBoard view={view} scope={scope} /> : query.isPending ? <PageSpinner /> : null}
    </>
  );
}
