// Accounts: search, paging, roles with their units, lock/unlock (confirmed), edit, password reset.
import { EditOutlined, KeyOutlined, LockOutlined, PlusOutlined, UnlockOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Input, Popconfirm, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { ROLE_LABELS } from '../../../../contracts/enums';
import type { UserView } from '../../../../contracts/users';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { errorMessage } from '../../../lib/api';
import { formatDateTime, viSorter } from '../../../lib/format';
import { type UsersParams, usersQuery, useUpdateUser } from '../api/users-api';
import { ResetPasswordModal } from './reset-password-modal';
import { UserFormModal } from './user-form-modal';

export function UsersTable() {
  const [params, setParams] = useState<UsersParams>({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<UserView | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);
  const query = useQuery(usersQuery(params));
  const update = useUpdateUser();
  const { message } = App.useApp();

  const toggleActive = (user: UserView) =>
    update.mutateAsync({ id: user.id, body: { active: !user.active, version: user.version } }).then(
      () =>
        message.success(user.active ? `Đã khóa tài khoản ${user.username}` : `Đã mở khóa ${user.username}`),
      (error: unknown) => message.error(errorMessage(error)),
    );

  const columns: ColumnsType<UserView> = [
    { title: 'Tên đăng nhập', dataIndex: 'username', sorter: viSorter((u) => u.username) },
    { title: 'Họ và tên', dataIndex: 'fullName', sorter: viSorter((u) => u.fullName) },
    {
      title: 'Vai trò và đơn vị',
      key: 'roles',
      render: (_, u) => (
        <Flex vertical gap={4}>
          {u.roles.map((r, i) => (
            <span key={i}>
              <Tag color={r.role === 'admin' ? 'red' : 'blue'}>{ROLE_LABELS[r.role]}</Tag>
              <Typography.Text type="secondary">{r.unitName}</Typography.Text>
            </span>
          ))}
        </Flex>
      ),
    },
    {
      title: 'Trạng thái',
      dataIndex: 'active',
      render: (active: boolean) => (active ? <Tag color="green">Đang hoạt động</Tag> : <Tag>Đã khóa</Tag>),
    },
    {
      title: 'Đăng nhập lần cuối',
      dataIndex: 'lastLoginAt',
      render: (v: string | null) =>
        v ? formatDateTime(v) : <Typography.Text type="secondary">Chưa đăng nhập</Typography.Text>,
    },
    {
      title: '',
      key: 'actions',
      render: (_, u) => (
        <Space>
          {u.can.update ? (
            <Tooltip title="Sửa họ tên, vai trò">
              <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(u)} aria-label="Sửa" />
            </Tooltip>
          ) : null}
          {u.can.resetPassword ? (
            <Tooltip title="Đặt lại mật khẩu">
              <Button
                size="small"
                icon={<KeyOutlined />}
                onClick={() => setResetting(u)}
                aria-label="Đặt lại mật khẩu"
              />
            </Tooltip>
          ) : null}
          {u.can.update ? (
            <Popconfirm
              title={u.active ? `Khóa tài khoản ${u.username}?` : `Mở khóa tài khoản ${u.username}?`}
              description={u.active ? 'Người dùng bị đăng xuất và không đăng nhập được nữa.' : undefined}
              okText={u.active ? 'Khóa' : 'Mở khóa'}
              cancelText="Hủy"
              okButtonProps={{ danger: u.active }}
              onConfirm={() => toggleActive(u)}
            >
              <Button size="small" danger={u.active} icon={u.active ? <LockOutlined /> : <UnlockOutlined />}>
                {u.active ? 'Khóa' : 'Mở khóa'}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
      ),
    },
  ];

  return (
    <>
      <Flex justify="space-between" gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          placeholder="Tìm theo tên đăng nhập hoặc họ tên"
          onSearch={(q) => setParams({ ...params, q, page: 1 })}
          style={{ width: 360, maxWidth: '100%' }}
        />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          Tạo tài khoản
        </Button>
      </Flex>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<UserView>
        rowKey="id"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        paging={{
          page: params.page,
          pageSize: params.pageSize,
          total: query.data?.total ?? 0,
          onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
        }}
      />
      {editing ? (
        <UserFormModal user={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
      {resetting ? <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} /> : null}
    </>
  );
}
