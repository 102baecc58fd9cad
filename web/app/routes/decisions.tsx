// /quyet-dinh: award decisions — drafts waiting for the signature, issued and revoked acts, decisions of higher
// authorities — and the proposals still waiting for a higher authority (filters in the address).
import { BookOutlined, FileAddOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import type { DecisionListParams } from '../../features/decisions/api/decisions-api';
import { DecisionsTable } from '../../features/decisions/components/decisions-table';
import { PendingTable } from '../../features/decisions/components/pending-table';

const STATUSES = ['draft', 'issued', 'revoked'] as const;
const KINDS = ['award', 'revocation'] as const;

function readParams(search: URLSearchParams): DecisionListParams {
  const positive = (v: string | null) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);
  const pick = <T extends string>(v: string | null, list: readonly T[]) =>
    list.includes(v as T) ? (v as T) : undefined;
  return {
    q: search.get('q') ?? undefined,
    status: pick(search.get('trangThai'), STATUSES),
    kind: pick(search.get('loai'), KINDS),
    year: positive(search.get('nam')),
    page: positive(search.get('trang')) ?? 1,
    pageSize: Math.min(positive(search.get('soDong')) ?? 20, 200),
  };
}

export default function DecisionsPage() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const [can, setCan] = useState({ draft: false, recordExternal: false });
  const change = useCallback(
    (next: DecisionListParams) => {
      const out: Record<string, string> = {};
      if (next.q) out.q = next.q;
      if (next.status) out.trangThai = next.status;
      if (next.kind) out.loai = next.kind;
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
        title="Quyết định khen thưởng"
        subtitle="Lập dự thảo từ các đề nghị đã được Hội đồng thông qua, trình lãnh đạo ký ban hành (số tự động theo sổ), thu hồi khi có sai phạm, ghi nhận quyết định của cấp trên."
        extra={
          <>
            <Link to="/quyet-dinh/so">
              <Button icon={<BookOutlined />}>Sổ quyết định</Button>
            </Link>
            {can.recordExternal ? (
              <Link to="/quyet-dinh/ghi-nhan">
                <Button icon={<FileAddOutlined />}>Ghi nhận quyết định của cấp trên</Button>
              </Link>
            ) : null}
            {can.draft ? (
              <Link to="/quyet-dinh/lap-moi">
                <Button type="primary" icon={<PlusOutlined />}>
                  Lập quyết định
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Card>
        <Tabs
          items={[
            {
              key: 'decisions',
              label: 'Quyết định',
              children: <DecisionsTable params={params} onChange={change} onAbilities={setCan} />,
            },
            { key: 'pending', label: 'Đề nghị chờ cấp trên quyết định', children: <PendingTable /> },
          ]}
        />
      </Card>
    </>
  );
}
