// /hoi-dong: the councils (Hội đồng Thi đua - Khen thưởng) in the user's scope and their meetings.
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Tabs } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../components/page-header';
import { CouncilFormModal } from '../../features/councils/components/council-form-modal';
import { CouncilsTable } from '../../features/councils/components/councils-table';
import { MeetingsTable } from '../../features/councils/components/meetings-table';

export default function CouncilsPage() {
  const [creating, setCreating] = useState(false);
  const [canCreate, setCanCreate] = useState(false);
  return (
    <>
      <PageHeader
        title="Hội đồng Thi đua - Khen thưởng"
        subtitle="Thành phần Hội đồng qua các lần kiện toàn, phiên họp, điểm danh, bỏ phiếu và biên bản họp."
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Thành lập Hội đồng
            </Button>
          ) : null
        }
      />
      <Card>
        <Tabs
          items={[
            { key: 'councils', label: 'Hội đồng', children: <CouncilsTable onCanCreate={setCanCreate} /> },
            { key: 'meetings', label: 'Phiên họp', children: <MeetingsTable /> },
          ]}
        />
      </Card>
      {creating ? <CouncilFormModal council={null} onClose={() => setCreating(false)} /> : null}
    </>
  );
}
