// /xac-thuc/:code — the public verification page an award's QR code opens: no sign-in, outside the app layout.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Flex, Layout, Typography } from 'antd';
import { useParams } from 'react-router';
import { CodeForm, VerifyAward } from '../../features/certificates/components/verify-award';

export default function VerifyPage() {
  const { code } = useParams();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#1557a0', paddingInline: 24, height: 'auto', lineHeight: 1.4 }}>
        <Flex
          gap={12}
          align="center"
          style={{ maxWidth: 900, margin: '0 auto', padding: '14px 0', color: '#fff' }}
        >
          <SafetyCertificateOutlined style={{ fontSize: 28 }} />
          <div>
            <div style={{ fontSize: 20, fontWeight: 600 }}>Xác thực khen thưởng</div>
            <div style={{ fontSize: 13, opacity: 0.85 }}>Tra cứu giấy khen, bằng khen theo mã QR</div>
          </div>
        </Flex>
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        <div style={{ maxWidth: 900, margin: '0 auto' }}>
          {code ? (
            <VerifyAward code={code} />
          ) : (
            <Flex vertical gap={16} align="center" style={{ paddingTop: 48 }}>
              <Typography.Title level={3}>Nhập mã xác thực in dưới mã QR của giấy khen</Typography.Title>
              <CodeForm />
            </Flex>
          )}
        </div>
      </Layout.Content>
      <Layout.Footer style={{ textAlign: 'center' }}>
        <Typography.Text type="secondary">
          Thông tin do cơ quan làm công tác thi đua, khen thưởng cung cấp để xác thực giấy khen, bằng khen.
        </Typography.Text>
      </Layout.Footer>
    </Layout>
  );
}
