// /giay-khen — printing certificates onto pre-printed blanks: the print list, and the layouts of the blanks.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Table, Tabs, Tag } from 'antd';
import { Link, useSearchParams } from 'react-router';
import type { LayoutView } from '../../../contracts/certificates';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { layoutsQuery } from '../../features/certificates/api/certificates-api';
import { PrintPanel } from '../../features/certificates/components/print-panel';
import { hasAnyRole, useMe } from '../../lib/session';

function LayoutsTab() {
  const layouts = useQuery(layoutsQuery());
  const { data: me } = useMe();
  return (
    <>
      <ErrorAlert error={layouts.error} onRetry={() => void layouts.refetch()} />
      {hasAnyRole(me, ['admin', 'specialist']) ? (
        <Link to="/giay-khen/mau/moi">
          <Button type="primary" icon={<PlusOutlined />} style={{ marginBottom: 12 }}>
            Tạo mẫu in
          </Button>
        </Link>
      ) : null}
      <Table<LayoutView>
        size="small"
        rowKey="id"
        loading={layouts.isPending}
        dataSource={layouts.data ?? []}
        pagination={false}
        locale={{
          emptyText:
            'Chưa có mẫu in nào. Chuyên viên hoặc quản trị viên của cơ quan khen thưởng tạo mẫu in theo phôi.',
        }}
        columns={[
          {
            title: 'Tên mẫu in',
            render: (_, l) => <Link to={`/giay-khen/mau/${l.id}`}>{l.name}</Link>,
          },
          { title: 'Cơ quan khen thưởng', render: (_, l) => l.authorityUnit.name },
          {
            title: 'Khổ giấy',
            width: 170,
            render: (_, l) =>
              `${l.paper === 'custom' ? 'Khổ khác' : l.paper} ${l.pageWidthMm > l.pageHeightMm ? 'ngang' : 'dọc'} (${l.pageWidthMm} × ${l.pageHeightMm} mm)`,
          },
          {
            title: 'Hình thức',
            render: (_, l) =>
              l.awardKinds.length === 0 ? (
                <Tag>Mọi hình thức</Tag>
              ) : (
                l.awardKinds.map((k) => <Tag key={k}>{k}</Tag>)
              ),
          },
        ]}
      />
    </>
  );
}

export default function CertificatesPage() {
  const [search, setSearch] = useSearchParams();
  const tab = search.get('the') === 'mau' ? 'layouts' : 'print';
  return (
    <>
      <PageHeader
        title="In giấy khen, bằng khen"
        subtitle="In lên phôi in sẵn theo mẫu của cơ quan khen thưởng; mỗi giấy khen có mã QR dẫn tới trang xác thực công khai."
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => setSearch(k === 'layouts' ? { the: 'mau' } : {}, { replace: true })}
        items={[
          { key: 'print', label: 'In giấy khen', children: <PrintPanel /> },
          { key: 'layouts', label: 'Mẫu in (bố cục phôi)', children: <LayoutsTab /> },
        ]}
      />
    </>
  );
}
