// /phong-trao: the movements as a tree by level (filters in the address: ?q=&cap=&loai=&trangThai=&nam=).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import { AUTHORITY_LEVELS, type AuthorityLevel } from '../../../contracts/documents';
import {
  MOVEMENT_KINDS,
  MOVEMENT_STATUSES,
  type MovementKind,
  type MovementStatus,
} from '../../../contracts/movements';
import { PageHeader } from '../../components/page-header';
import type { MovementTreeParams } from '../../features/movements/api/movements-api';
import { MovementFormModal } from '../../features/movements/components/movement-form-modal';
import { MovementsTree } from '../../features/movements/components/movements-tree';

function readParams(search: URLSearchParams): MovementTreeParams {
  const pick = <T extends string>(values: readonly T[], v: string | null) =>
    values.includes(v as T) ? (v as T) : undefined;
  const year = search.get('nam');
  return {
    q: search.get('q') ?? undefined,
    level: pick<AuthorityLevel>(AUTHORITY_LEVELS, search.get('cap')),
    kind: pick<MovementKind>(MOVEMENT_KINDS, search.get('loai')),
    status: pick<MovementStatus>(MOVEMENT_STATUSES, search.get('trangThai')),
    year: year && /^\d{4}$/.test(year) ? Number(year) : undefined,
  };
}

export default function MovementsPage() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const [creating, setCreating] = useState(false);
  const [canCreate, setCanCreate] = useState(false);
  const change = useCallback(
    (next: MovementTreeParams) => {
      const out: Record<string, string> = {};
      if (next.q) out.q = next.q;
      if (next.level) out.cap = next.level;
      if (next.kind) out.loai = next.kind;
      if (next.status) out.trangThai = next.status;
      if (next.year) out.nam = String(next.year);
      setSearch(out, { replace: true });
    },
    [setSearch],
  );
  return (
    <>
      <PageHeader
        title="Phong trào thi đua"
        subtitle="Phong trào theo cấp: trung ương phát động, tỉnh và huyện triển khai; văn bản, chỉ tiêu, sơ kết, tổng kết và khen thưởng của từng phong trào."
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Thêm phong trào
            </Button>
          ) : null
        }
      />
      <Card>
        <MovementsTree params={params} onChange={change} onCanCreate={setCanCreate} />
      </Card>
      {creating ? <MovementFormModal movement={null} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
