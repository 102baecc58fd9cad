// /dang-nhap: the sign-in page.
import { Card, Flex, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoginForm } from '../../features/auth/components/login-form';
import { useMe } from '../../lib/session';

/** Only local paths are followed after sign-in (no open redirect). */
function safeNext(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}

export default function LoginPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const next = safeNext(params.get('tiep'));
  if (me) return <Navigate to={next} replace />;
  return (
    <Flex
      align="center"
      justify="center"
      style={{
        minHeight: '100vh',
        padding: 16,
        background: 'linear-gradient(160deg, #0f3d73 0%, #1557a0 55%, #e9eef5 55%)',
      }}
    >
      <Card style={{ width: '100%', maxWidth: 420 }} styles={{ body: { padding: 32 } }}>
        <Typography.Title level={2} style={{ marginBottom: 0, color: '#1557a0' }}>
          vinhdanh
        </Typography.Title>
        <Typography.Title level={5} style={{ marginTop: 4, fontWeight: 400 }} type="secondary">
          Quản lý công tác thi đua, khen thưởng
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
          Đăng nhập bằng tài khoản được quản trị viên cấp cho đơn vị của bạn.
        </Typography.Paragraph>
        <LoginForm onSuccess={() => navigate(next, { replace: true })} />
      </Card>
    </Flex>
  );
}
