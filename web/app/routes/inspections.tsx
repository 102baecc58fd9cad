// /kiem-tra: the yearly plans for inspecting emulation & commendation work (filters in the address: ?q=&nam=&trang=).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import type { PlanListParams } from '../../features/inspections/api/inspections-api';
import { PlanFormModal } from '../../features/inspections/components/plan-form-modal';
import { PlansTable } from '../../features/inspections/components/plans-table';
import { RecommendationsTable } from '../../features/inspections/components/recommendations-table';

function readParams(search: URLSearchParams): PlanListParams {
  const positive = (v: string | null) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);
  return {
    q: search.get('q') ?? undefined,
    year: positive(search.get('nam')),
    page: positive(search.get('trang')) ?? 1,
    pageSize: Math.min(positive(search.get('soDong')) ?? 20, 200),
  };
}

export default function InspectionsPage() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const [creating, setCreating] = useState(false);
  const [canCreate, setCanCreate] = useState(false);
  const change = useCallback(
    (next: PlanListParams) => {
      const out: Record<string, string> = {};
      if (next.q) out.q = next.q;
      if (next.year) out.nam = String(next.year);
      if (next.page > 1) out.trang = String(next.page);
      if (next.pageSize !== 20) out.soDong = String(next.pageSize);
      setSearch(out, { replace: true });
    },
    [setSearch],
  );
  return (
    <>
      <PageHeader
        title="Kiểm tra công tác thi đua, khen thưởng"
        subtitle="Kế hoạch kiểm tra hằng năm, đoàn kiểm tra, đơn vị được kiểm tra, kết quả, kiến nghị và việc khắc phục."
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Lập kế hoạch kiểm tra
            </Button>
          ) : null
        }
      />
      <Card>
        <Tabs
          items={[
            {
              key: 'plans',
              label: 'Kế hoạch kiểm tra',
              children: <PlansTable params={params} onChange={change} onCanCreate={setCanCreate} />,
            },
            { key: 'recommendations', label: 'Kiến nghị cần theo dõi', children: <RecommendationsTable /> },
          ]}
        />
      </Card>
      {creating ? (
        <PlanFormModal
          plan={null}
          defaultYear={params.year ?? new Date().getFullYear()}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </>
  );
}
