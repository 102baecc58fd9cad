// Any unknown address inside the app.
import { Button, Result } from 'antd';
import { Link, useLocation } from 'react-router';

export default function NotFoundPage() {
  const location = useLocation();
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      subTitle={`Địa chỉ ${location.pathname} không tồn tại hoặc đã được chuyển đi.`}
      extra={
        <Link to="/">
          <Button type="primary">Về trang chủ</Button>
        </Link>
      }
    />
  );
}
