// /quan-tri/tai-khoan: user accounts and their roles.
import { Card } from 'antd';
import { PageHeader } from '../../components/page-header';
import { UsersTable } from '../../features/users/components/users-table';

export default function UsersPage() {
  return (
    <>
      <PageHeader
        title="Tài khoản"
        subtitle="Tài khoản người dùng, vai trò theo đơn vị (có hiệu lực cho cả đơn vị trực thuộc), khóa và đặt lại mật khẩu."
      />
      <Card>
        <UsersTable />
      </Card>
    </>
  );
}
