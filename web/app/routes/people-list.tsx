// /ca-nhan: the people list (filters kept in the address: ?q=&donvi=&trucThuoc=&trang=&soDong=).
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { PeoplePage } from '../../../contracts/people';
import { PageHeader } from '../../components/page-header';
import type { PeopleListParams } from '../../features/people/api/people-api';
import { PeopleTable } from '../../features/people/components/people-table';
import { PersonCreateModal } from '../../features/people/components/person-create-modal';

function readParams(search: URLSearchParams): PeopleListParams {
  const positive = (v: string | null, d: number) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : d);
  return {
    q: search.get('q') ?? undefined,
    unitId: search.get('donvi') ?? undefined,
    includeSubunits: search.get('trucThuoc') === '1',
    page: positive(search.get('trang'), 1),
    pageSize: Math.min(positive(search.get('soDong'), 20), 200),
  };
}

export default function PeopleListPage() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const [creating, setCreating] = useState(false);
  const [can, setCan] = useState<PeoplePage['can']>({ create: false, import: false });

  const change = useCallback(
    (next: PeopleListParams) => {
      const out: Record<string, string> = {};
      if (next.q) out.q = next.q;
      if (next.unitId) out.donvi = next.unitId;
      if (next.unitId && next.includeSubunits) out.trucThuoc = '1';
      if (next.page > 1) out.trang = String(next.page);
      if (next.pageSize !== 20) out.soDong = String(next.pageSize);
      setSearch(out, { replace: true });
    },
    [setSearch],
  );
  const loaded = useCallback((page: PeoplePage) => setCan(page.can), []);

  return (
    <>
      <PageHeader
        title="Cá nhân"
        subtitle="Cán bộ, công chức, viên chức, người lao động và quá trình công tác của họ."
        extra={
          <>
            {can.import ? (
              <Link to="/ca-nhan/nhap-excel">
                <Button icon={<FileExcelOutlined />}>Nhập từ Excel</Button>
              </Link>
            ) : null}
            {can.create ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                Thêm cá nhân
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <PeopleTable params={params} onChange={change} onLoaded={loaded} />
      </Card>
      <PersonCreateModal open={creating} defaultUnitId={params.unitId} onClose={() => setCreating(false)} />
    </>
  );
}
