// The signed-in layout: side menu of the whole product (built modules the user may open), header, page.
import { Flex, Layout, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { PageSpinner } from '../../components/page-spinner';
import { UserMenu } from '../../features/auth/components/user-menu';
import { InboxBadge } from '../../features/inbox/components/inbox-badge';
import { useMe } from '../../lib/session';
import { PageErrorBoundary } from '../error-boundary';
import { SideMenu } from './side-menu';

export function AppLayout() {
  const { data: me } = useMe();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  if (!me) return null;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        collapsed={collapsed}
        onCollapse={setCollapsed}
        width={240}
        breakpoint="lg"
        theme="dark"
        style={{ position: 'sticky', top: 0, height: '100vh', overflow: 'auto' }}
      >
        <div style={{ padding: collapsed ? '16px 8px' : '16px 20px', color: '#fff' }}>
          <div style={{ fontSize: 20, fontWeight: 700, letterSpacing: 0.5 }}>
            {collapsed ? 'vd' : 'vinhdanh'}
          </div>
          {collapsed ? null : <div style={{ fontSize: 12, opacity: 0.75 }}>Quản lý thi đua, khen thưởng</div>}
        </div>
        <SideMenu modules={me.modules} pathname={location.pathname} />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            padding: '0 24px',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between',
            borderBottom: '1px solid #f0f0f0',
            position: 'sticky',
            top: 0,
            zIndex: 10,
          }}
        >
          <Typography.Text type="secondary">Hệ thống quản lý công tác thi đua, khen thưởng</Typography.Text>
          <Flex align="center" gap={16}>
            {me.modules.includes('inbox') ? <InboxBadge /> : null}
            <UserMenu me={me} />
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <PageErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </PageErrorBoundary>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', color: '#8c8c8c', padding: '12px 24px' }}>
          vinhdanh — Quản lý thi đua, khen thưởng
        </Layout.Footer>
      </Layout>
    </Layout>
  );
}
