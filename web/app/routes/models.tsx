// /dien-hinh-tien-tien: exemplary models and "Người tốt, việc tốt" (filters in the address: ?q=&loai=&linhVuc=&congBo=&trang=).
import { GlobalOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  MODEL_CATEGORIES,
  MODEL_FIELDS,
  type ModelCategory,
  type ModelField,
} from '../../../contracts/models';
import { PageHeader } from '../../components/page-header';
import type { ModelListParams } from '../../features/models/api/models-api';
import { ModelFormModal } from '../../features/models/components/model-form-modal';
import { ModelsTable } from '../../features/models/components/models-table';

function readParams(search: URLSearchParams): ModelListParams {
  const positive = (v: string | null) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);
  const category = search.get('loai') as ModelCategory | null;
  const field = search.get('linhVuc') as ModelField | null;
  const published = search.get('congBo');
  return {
    q: search.get('q') ?? undefined,
    category: category && MODEL_CATEGORIES.includes(category) ? category : undefined,
    field: field && MODEL_FIELDS.includes(field) ? field : undefined,
    published: published === '1' ? true : published === '0' ? false : undefined,
    page: positive(search.get('trang')) ?? 1,
    pageSize: Math.min(positive(search.get('soDong')) ?? 20, 200),
  };
}

export default function ModelsPage() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const [creating, setCreating] = useState(false);
  const [canCreate, setCanCreate] = useState(false);
  const change = useCallback(
    (next: ModelListParams) => {
      const out: Record<string, string> = {};
      if (next.q) out.q = next.q;
      if (next.category) out.loai = next.category;
      if (next.field) out.linhVuc = next.field;
      if (next.published !== undefined) out.congBo = next.published ? '1' : '0';
      if (next.page > 1) out.trang = String(next.page);
      if (next.pageSize !== 20) out.soDong = String(next.pageSize);
      setSearch(out, { replace: true });
    },
    [setSearch],
  );
  return (
    <>
      <PageHeader
        title="Điển hình tiên tiến"
        subtitle="Gương điển hình tiên tiến, “Người tốt, việc tốt”, tập thể và cá nhân tiêu biểu: nội dung giới thiệu, hoạt động tuyên truyền, công bố trên trang công khai."
        extra={
          <>
            <Link to="/dien-hinh" target="_blank">
              <Button icon={<GlobalOutlined />}>Trang công khai</Button>
            </Link>
            {canCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                Ghi nhận điển hình
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <ModelsTable params={params} onChange={change} onCanCreate={setCanCreate} />
      </Card>
      {creating ? <ModelFormModal model={null} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
