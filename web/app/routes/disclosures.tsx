// /cong-khai-lay-y-kien: the lists of nominees published for public comment before the council votes, and
// the award kinds each authority publishes.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { CreateDisclosureModal } from '../../features/disclosures/components/create-modal';
import { DisclosuresTable } from '../../features/disclosures/components/disclosures-table';
import { SettingsCard } from '../../features/disclosures/components/settings-card';

export default function DisclosuresPage() {
  const [creating, setCreating] = useState(false);
  const [canCreate, setCanCreate] = useState(false);
  return (
    <>
      <PageHeader
        title="Công khai lấy ý kiến Nhân dân"
        subtitle="Danh sách đề nghị khen thưởng được đăng trên trang công khai (/cong-khai) để Nhân dân góp ý trước khi Hội đồng bỏ phiếu."
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Lập đợt công khai
            </Button>
          ) : null
        }
      />
      <Card>
        <Tabs
          items={[
            {
              key: 'list',
              label: 'Đợt công khai',
              children: <DisclosuresTable onCanCreate={setCanCreate} />,
            },
            { key: 'settings', label: 'Loại khen thưởng phải công khai', children: <SettingsCard /> },
          ]}
        />
      </Card>
      {creating ? <CreateDisclosureModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
