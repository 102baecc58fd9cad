// The header's account menu: who is signed in, their roles at which units, password change, sign-out.
import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Flex, Typography } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MeView } from '../../../../contracts/auth';
import { ROLE_LABELS } from '../../../../contracts/enums';
import { useLogout } from '../api/session-mutations';

// Loaded on first use: keeps the form machinery out of the initial download.
const ChangePasswordModal = lazy(() =>
  import('./change-password-modal').then((m) => ({ default: m.ChangePasswordModal })),
);

export function UserMenu({ me }: { me: MeView }) {
  const [changing, setChanging] = useState(false);
  const logout = useLogout();
  const navigate = useNavigate();

  const roleItems = me.user.roles.map((r, i) => ({
    key: `role-${i}`,
    disabled: true,
    label: (
      <div style={{ maxWidth: 320, whiteSpace: 'normal' }}>
        <Typography.Text strong>{ROLE_LABELS[r.role]}</Typography.Text>
        <br />
        <Typography.Text type="secondary">{r.unitName}</Typography.Text>
      </div>
    ),
  }));

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'who',
              type: 'group',
              label: `Đăng nhập: ${me.user.username}`,
              children: roleItems.length
                ? roleItems
                : [{ key: 'none', disabled: true, label: 'Chưa được gán vai trò' }],
            },
            { type: 'divider' },
            { key: 'password', icon: <KeyOutlined />, label: 'Đổi mật khẩu' },
            { key: 'logout', icon: <LogoutOutlined />, label: 'Đăng xuất', danger: true },
          ],
          onClick: ({ key }) => {
            if (key === 'password') setChanging(true);
            if (key === 'logout') {
              logout.mutate(undefined, { onSettled: () => navigate('/dang-nhap', { replace: true }) });
            }
          },
        }}
      >
        <Button type="text" style={{ height: 48 }} data-testid="user-menu">
          <Flex align="center" gap={8}>
            <Avatar size="small" icon={<UserOutlined />} />
            <Flex vertical align="flex-start" style={{ lineHeight: 1.2 }}>
              <Typography.Text strong>{me.user.fullName}</Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {summariseRoles(me)}
              </Typography.Text>
            </Flex>
            <DownOutlined style={{ fontSize: 10 }} />
          </Flex>
        </Button>
      </Dropdown>
      {changing ? (
        <Suspense fallback={null}>
          <ChangePasswordModal open={changing} onClose={() => setChanging(false)} />
        </Suspense>
      ) : null}
    </>
  );
}

function summariseRoles(me: MeView): string {
  const [first, ...rest] = me.user.roles;
  if (!first) return 'Chưa được gán vai trò';
  const text = `${ROLE_LABELS[first.role]} · ${first.unitName}`;
  return rest.length ? `${text} (+${rest.length})` : text;
}
