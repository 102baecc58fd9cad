// /quan-tri/nhat-ky: the tamper-evident audit trail.
import { Card } from 'antd';
import { PageHeader } from '../../components/page-header';
import { AuditTable } from '../../features/audit/components/audit-table';
import { VerifyChainPanel } from '../../features/audit/components/verify-chain-button';

export default function AuditPage() {
  return (
    <>
      <PageHeader
        title="Nhật ký hệ thống"
        subtitle="Mọi thao tác thay đổi dữ liệu: ai, làm gì, lúc nào, từ máy nào, dữ liệu trước và sau. Bấm vào một dòng để xem chi tiết."
      />
      <Card>
        <VerifyChainPanel />
        <AuditTable />
      </Card>
    </>
  );
}
