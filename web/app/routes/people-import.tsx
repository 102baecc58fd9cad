// /ca-nhan/nhap-excel: importing people from an Excel file.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { PeopleImport } from '../../features/people/components/people-import';

export default function PeopleImportPage() {
  return (
    <>
      <Link to="/ca-nhan">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Danh sách cá nhân
        </Button>
      </Link>
      <PageHeader
        title="Nhập danh sách cá nhân từ Excel"
        subtitle="Nhập nhiều cá nhân cùng lúc; tất cả các dòng được nhập, hoặc không dòng nào nếu có lỗi."
      />
      <PeopleImport />
    </>
  );
}
