// /dang-ky/:id: one registration — its titles, deadline, history, and the actions of the unit or of its parent.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Result, Skeleton } from 'antd';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { registrationQuery } from '../../features/registrations/api/registrations-api';
import { RegistrationActions } from '../../features/registrations/components/registration-actions';
import { RegistrationDetail } from '../../features/registrations/components/registration-detail';
import { ApiError } from '../../lib/api';

export default function RegistrationPage() {
  const { id = '' } = useParams();
  const query = useQuery(registrationQuery(id));
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy bản đăng ký thi đua"
        subTitle="Bản đăng ký không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/dang-ky">
            <Button type="primary">Về trang đăng ký thi đua</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const r = query.data;
  return (
    <>
      <Link to={`/dang-ky?donVi=${r.parent.id}&nam=${r.year}&tab=truc-thuoc`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Đăng ký của các đơn vị trực thuộc {r.parent.name}
        </Button>
      </Link>
      <PageHeader
        title={`Đăng ký thi đua năm ${r.year} — ${r.unit.name}`}
        subtitle={`Gửi ${r.parent.name}`}
        extra={<RegistrationActions registration={r} />}
      />
      <RegistrationDetail registration={r} />
    </>
  );
}
