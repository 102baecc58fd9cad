// /dien-hinh and /dien-hinh/:id: the public page of exemplary models — no sign-in, published models only
// (search in the address: ?q=&loai=&trang=).
import { LoginOutlined, TrophyOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { useCallback } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { MODEL_CATEGORIES, type ModelCategory } from '../../../contracts/models';
import type { PublicListParams } from '../../features/models/api/models-api';
import { PublicModelList, PublicModelPage } from '../../features/models/components/public-models';

function readParams(search: URLSearchParams): PublicListParams {
  const page = search.get('trang');
  const category = search.get('loai') as ModelCategory | null;
  return {
    q: search.get('q') ?? undefined,
    category: category && MODEL_CATEGORIES.includes(category) ? category : undefined,
    page: page && /^\d+$/.test(page) && Number(page) > 0 ? Number(page) : 1,
  };
}

export default function PublicModelsPage() {
  const { id } = useParams();
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const change = useCallback(
    (next: PublicListParams) => {
      const out: Record<string, string> = {};
      if (next.q) out.q = next.q;
      if (next.category) out.loai = next.category;
      if (next.page > 1) out.trang = String(next.page);
      setSearch(out, { replace: true });
    },
    [setSearch],
  );
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#1557a0', paddingInline: 24, height: 'auto', lineHeight: 1.4 }}>
        <Flex
          justify="space-between"
          align="center"
          style={{ maxWidth: 1280, margin: '0 auto', padding: '14px 0' }}
        >
          <Link to="/dien-hinh" style={{ color: '#fff' }}>
            <Flex gap={12} align="center">
              <TrophyOutlined style={{ fontSize: 28 }} />
              <div>
                <div style={{ fontSize: 20, fontWeight: 600 }}>Điển hình tiên tiến</div>
                <div style={{ fontSize: 13, opacity: 0.85 }}>
                  Gương “Người tốt, việc tốt”, tập thể và cá nhân tiêu biểu
                </div>
              </div>
            </Flex>
          </Link>
          <Link to="/dang-nhap">
            <Button ghost icon={<LoginOutlined />}>
              Cán bộ đăng nhập
            </Button>
          </Link>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <div style={{ maxWidth: 1280, margin: '0 auto' }}>
          {id ? <PublicModelPage id={id} /> : <PublicModelList params={params} onChange={change} />}
        </div>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">
          Thông tin do cơ quan làm công tác thi đua, khen thưởng công bố để tuyên truyền, nhân rộng điển hình
          tiên tiến.
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
