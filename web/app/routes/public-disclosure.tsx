// /cong-khai and /cong-khai/:id: the public page of lists published for comment — no sign-in; only what was
// published (never a CCCD or birth date); a comment form while the period runs.
import { LoginOutlined, NotificationOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import {
  PublicDisclosureDetail,
  PublicDisclosureList,
} from '../../features/disclosures/components/public-disclosure';

export default function PublicDisclosurePage() {
  const { id } = useParams();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#1557a0', paddingInline: 24, height: 'auto', lineHeight: 1.4 }}>
        <Flex
          justify="space-between"
          align="center"
          style={{ maxWidth: 1280, margin: '0 auto', padding: '14px 0' }}
        >
          <Link to="/cong-khai" style={{ color: '#fff' }}>
            <Flex gap={12} align="center">
              <NotificationOutlined style={{ fontSize: 28 }} />
              <div>
                <div style={{ fontSize: 20, fontWeight: 600 }}>Công khai lấy ý kiến Nhân dân</div>
                <div style={{ fontSize: 13, opacity: 0.85 }}>
                  Danh sách đề nghị khen thưởng trước khi Hội đồng xét
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
          {id ? <PublicDisclosureDetail id={id} /> : <PublicDisclosureList />}
        </div>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">
          Ý kiến góp ý được cơ quan có thẩm quyền xem xét trước khi Hội đồng Thi đua - Khen thưởng họp xét;
          người góp ý có thể không ghi họ tên.
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
