// Proposals sent to a higher authority that still wait for its decision (a nominee forwarded up, or a dossier
// addressed to an authority outside the system); recording that authority's decision closes them.
import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import type { PendingProposalView } from '../../../../contracts/decisions';
import { SUBJECT_KIND_LABELS } from '../../../../contracts/history-enums';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { pendingProposalsQuery } from '../api/decisions-api';

export function PendingTable() {
  const query = useQuery(pendingProposalsQuery);
  return (
    <>
      <Typography.Paragraph type="secondary">
        Các đề nghị đã trình cấp trên nhưng chưa có quyết định. Khi nhận được quyết định của cấp trên, dùng
        “Ghi nhận quyết định của cấp trên” và gắn với đề nghị tương ứng để khép lại đề nghị.
      </Typography.Paragraph>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <DataTable<PendingProposalView>
        rowKey="nomineeId"
        loading={query.isFetching}
        dataSource={query.data?.items ?? []}
        emptyText="Không có đề nghị nào đang chờ cấp trên quyết định"
        columns={[
          {
            title: 'Đối tượng',
            key: 'name',
            render: (_, p) => `${p.displayName} (${SUBJECT_KIND_LABELS[p.subjectKind].toLowerCase()})`,
          },
          { title: 'Đề nghị', key: 'kind', render: (_, p) => `${p.awardKindName} năm ${p.achievementYear}` },
          { title: 'Cấp có thẩm quyền', dataIndex: 'authorityLabel' },
          { title: 'Hồ sơ trình', dataIndex: 'dossierCode' },
          {
            title: 'Đề nghị ban đầu',
            key: 'origin',
            render: (_, p) => `${p.origin.dossierCode} — ${p.origin.proposingUnitName}`,
          },
        ]}
      />
    </>
  );
}
