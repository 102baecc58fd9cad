// /ho-so: nomination dossiers — those the user's units propose, those waiting for the user's appraisal, or all
// in scope (filters in the address: ?xem=&q=&trangThai=&nam=&donVi=&quaHan=&trang=).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { DOSSIER_STATUSES, type DossierStatus } from '../../../contracts/dossiers';
import { PageHeader } from '../../components/page-header';
import type { DossierListParams } from '../../features/dossiers/api/dossiers-api';
import { DossierFormModal } from '../../features/dossiers/components/dossier-form-modal';
import { DossiersTable } from '../../features/dossiers/components/dossiers-table';
import { hasAnyRole, useMe } from '../../lib/session';

type View = 'proposer' | 'authority' | 'all';

function readParams(search: URLSearchParams, view: View): DossierListParams {
  const positive = (v: string | null) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);
  const status = search.get('trangThai');
  return {
    q: search.get('q') ?? undefined,
    status: DOSSIER_STATUSES.includes(status as DossierStatus) ? (status as DossierStatus) : undefined,
    year: positive(search.get('nam')),
    unitId: search.get('donVi') ?? undefined,
    overdue: search.get('quaHan') === '1' ? true : undefined,
    side: view === 'all' ? undefined : view,
    page: positive(search.get('trang')) ?? 1,
    pageSize: Math.min(positive(search.get('soDong')) ?? 20, 200),
  };
}

const EMPTY: Record<View, string> = {
  proposer:
    'Chưa có hồ sơ nào của đơn vị bạn. Bấm “Lập hồ sơ đề nghị” để đề nghị khen thưởng cho cá nhân, tập thể.',
  authority: 'Không có hồ sơ nào gửi đến cơ quan bạn thẩm định.',
  all: 'Không có hồ sơ nào phù hợp.',
};

export default function DossiersPage() {
  const { data: me } = useMe();
  const [search, setSearch] = useSearchParams();
  const proposes = hasAnyRole(me, ['officer']);
  const appraises = hasAnyRole(me, ['specialist', 'leader']);
  const fallback: View = proposes ? 'proposer' : appraises ? 'authority' : 'all';
  const requested = search.get('xem') as View | null;
  const view: View = requested && ['proposer', 'authority', 'all'].includes(requested) ? requested : fallback;
  const params = readParams(search, view);
  const [creating, setCreating] = useState(false);
  const [canCreate, setCanCreate] = useState(false);
  const change = useCallback(
    (next: DossierListParams, nextView: View = view) => {
      const out: Record<string, string> = {};
      if (nextView !== fallback) out.xem = nextView;
      if (next.q) out.q = next.q;
      if (next.status) out.trangThai = next.status;
      if (next.year) out.nam = String(next.year);
      if (next.unitId) out.donVi = next.unitId;
      if (next.overdue) out.quaHan = '1';
      if (next.page > 1) out.trang = String(next.page);
      if (next.pageSize !== 20) out.soDong = String(next.pageSize);
      setSearch(out, { replace: true });
    },
    [setSearch, view, fallback],
  );
  const tabs: { key: View; label: string }[] = [
    ...(proposes ? [{ key: 'proposer' as const, label: 'Hồ sơ của đơn vị' }] : []),
    ...(appraises ? [{ key: 'authority' as const, label: 'Hồ sơ cần thẩm định' }] : []),
    { key: 'all', label: 'Tất cả hồ sơ trong phạm vi' },
  ];
  return (
    <>
      <PageHeader
        title="Hồ sơ đề nghị khen thưởng"
        subtitle="Lập hồ sơ, gửi cơ quan có thẩm quyền, thẩm định, trình Hội đồng và trình cấp trên; mỗi bước được ghi lại kèm người thực hiện và thời hạn xử lý (ngày làm việc)."
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Lập hồ sơ đề nghị
            </Button>
          ) : null
        }
      />
      <Card>
        <Tabs
          activeKey={view}
          onChange={(key) => change({ ...params, page: 1 }, key as View)}
          items={tabs.map((t) => ({
            key: t.key,
            label: t.label,
            children:
              t.key === view ? (
                <DossiersTable
                  params={params}
                  onChange={change}
                  onCanCreate={setCanCreate}
                  emptyText={EMPTY[t.key]}
                />
              ) : null,
          }))}
        />
      </Card>
      {creating ? <DossierFormModal dossier={null} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
