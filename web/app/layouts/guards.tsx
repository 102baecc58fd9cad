// Route guards: a session is required for the app; a page needs its module in me.modules.
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageSpinner } from '../../components/page-spinner';
import { useMe } from '../../lib/session';

/** Sends visitors without a session to the sign-in page, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  if (isPending) return <PageSpinner full />;
  if (error) {
    return (
      <div style={{ maxWidth: 560, margin: '15vh auto' }}>
        <ErrorAlert error={error} title="Không kết nối được máy chủ" onRetry={() => void refetch()} />
      </div>
    );
  }
  if (!me) {
    const next = location.pathname + location.search;
    const to = next === '/' ? '/dang-nhap' : `/dang-nhap?tiep=${encodeURIComponent(next)}`;
    return <Navigate to={to} replace />;
  }
  return <>{children}</>;
}

/** Shows the page when the user may open its module, otherwise a Vietnamese 403 screen. */
export function RequireModule({ module, page }: { module: string; page: ReactNode }) {
  const { data: me } = useMe();
  if (me?.modules.includes(module)) return <>{page}</>;
  return (
    <Result
      status="403"
      title="Không có quyền truy cập"
      subTitle="Tài khoản của bạn không được phép mở chức năng này. Hãy liên hệ quản trị viên nếu cần."
      extra={
        <Link to="/">
          <Button type="primary">Về trang chủ</Button>
        </Link>
      }
    />
  );
}
