// /van-ban: the documents register (filters in the address: ?q=&loai=&cap=&coQuan=&tu=&den=&trang=).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useCallback, useState } from 'react';
import { useSearchParams } from 'react-router';
import {
  AUTHORITY_LEVELS,
  type AuthorityLevel,
  DOCUMENT_TYPES,
  type DocumentType,
} from '../../../contracts/documents';
import { PageHeader } from '../../components/page-header';
import type { DocumentListParams } from '../../features/documents/api/documents-api';
import { DocumentFormModal } from '../../features/documents/components/document-form-modal';
import { DocumentsTable } from '../../features/documents/components/documents-table';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function readParams(search: URLSearchParams): DocumentListParams {
  const positive = (v: string | null) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);
  const type = search.get('loai');
  const level = search.get('cap');
  const date = (v: string | null) => (v && ISO.test(v) ? v : undefined);
  return {
    q: search.get('q') ?? undefined,
    type: DOCUMENT_TYPES.includes(type as DocumentType) ? (type as DocumentType) : undefined,
    level: AUTHORITY_LEVELS.includes(level as AuthorityLevel) ? (level as AuthorityLevel) : undefined,
    issuer: search.get('coQuan') ?? undefined,
    from: date(search.get('tu')),
    to: date(search.get('den')),
    page: positive(search.get('trang')) ?? 1,
    pageSize: Math.min(positive(search.get('soDong')) ?? 20, 200),
  };
}

export default function DocumentsPage() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const [creating, setCreating] = useState(false);
  const [canCreate, setCanCreate] = useState(false);
  const change = useCallback(
    (next: DocumentListParams) => {
      const out: Record<string, string> = {};
      if (next.q) out.q = next.q;
      if (next.type) out.loai = next.type;
      if (next.level) out.cap = next.level;
      if (next.issuer) out.coQuan = next.issuer;
      if (next.from) out.tu = next.from;
      if (next.to) out.den = next.to;
      if (next.page > 1) out.trang = String(next.page);
      if (next.pageSize !== 20) out.soDong = String(next.pageSize);
      setSearch(out, { replace: true });
    },
    [setSearch],
  );
  return (
    <>
      <PageHeader
        title="Văn bản"
        subtitle="Sổ văn bản chỉ đạo, phát động, triển khai thi đua: luật, nghị định, chỉ thị, kế hoạch, công văn … kèm số, ký hiệu, ngày, cơ quan ban hành."
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Nhập văn bản
            </Button>
          ) : null
        }
      />
      <Card>
        <DocumentsTable params={params} onChange={change} onCanCreate={setCanCreate} />
      </Card>
      {creating ? <DocumentFormModal document={null} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
