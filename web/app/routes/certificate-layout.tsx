// /giay-khen/mau/:id — edit a certificate layout with its live preview ("moi": a new one).
import { useQuery } from '@tanstack/react-query';
import { Breadcrumb, Skeleton } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { layoutQuery } from '../../features/certificates/api/certificates-api';
import { LayoutEditor } from '../../features/certificates/components/layout-editor';

const breadcrumb = (
  <Breadcrumb
    style={{ marginBottom: 8 }}
    items={[{ title: <Link to="/giay-khen?the=mau">Mẫu in giấy khen</Link> }, { title: 'Bố cục' }]}
  />
);

export default function CertificateLayoutPage() {
  const { id = 'moi' } = useParams();
  const navigate = useNavigate();
  const isNew = id === 'moi';
  const layout = useQuery({ ...layoutQuery(id), enabled: !isNew });
  if (!isNew && layout.isPending) return <Skeleton active />;
  if (!isNew && layout.error) return <ErrorAlert error={layout.error} title="Không mở được mẫu in" />;
  const view = isNew ? null : layout.data!;
  return (
    <>
      <PageHeader
        breadcrumb={breadcrumb}
        title={view ? `Mẫu in: ${view.name}` : 'Tạo mẫu in giấy khen'}
        subtitle={
          view
            ? `${view.authorityUnit.name}${view.can.update ? '' : ' — bạn chỉ được xem mẫu này'}`
            : 'Đo vị trí các dòng kẻ trên phôi (mm, từ góc trên bên trái), nhập vào từng trường rồi in thử để đối chiếu.'
        }
      />
      <LayoutEditor
        key={view ? `${view.id}-${view.version}` : 'new'}
        layout={view}
        onSaved={(v) => {
          if (isNew) navigate(`/giay-khen/mau/${v.id}`, { replace: true });
        }}
        onDeleted={() => navigate('/giay-khen?the=mau')}
      />
    </>
  );
}
