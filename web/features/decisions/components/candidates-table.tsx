// The nominees the council passed for an authority that no decision takes yet, to pick for a draft: several
// dossiers may go into one decision.
import { Alert, Typography } from 'antd';
import type { CandidateView } from '../../../../contracts/decisions';
import { SUBJECT_KIND_LABELS } from '../../../../contracts/history-enums';
import { DataTable } from '../../../components/data-table';

interface CandidatesTableProps {
  items: readonly CandidateView[];
  loading: boolean;
  selected: readonly string[];
  onSelect: (ids: string[]) => void;
}

export function CandidatesTable({ items, loading, selected, onSelect }: CandidatesTableProps) {
  return (
    <DataTable<CandidateView>
      rowKey="nomineeId"
      loading={loading}
      dataSource={[...items]}
      emptyText="Không có đề nghị nào đã được Hội đồng thông qua mà chưa có quyết định"
      rowSelection={{
        selectedRowKeys: [...selected],
        onChange: (keys) => onSelect(keys.map(String)),
      }}
      columns={[
        {
          title: 'Hồ sơ',
          key: 'dossier',
          render: (_, c) => (
            <>
              <div>{c.dossierCode}</div>
              <Typography.Text type="secondary">{c.proposingUnitName}</Typography.Text>
            </>
          ),
        },
        {
          title: 'Đối tượng',
          key: 'name',
          render: (_, c) => (
            <>
              <div>{c.displayName}</div>
              <Typography.Text type="secondary">{SUBJECT_KIND_LABELS[c.subjectKind]}</Typography.Text>
            </>
          ),
        },
        { title: 'Đơn vị', dataIndex: 'unitName' },
        {
          title: 'Danh hiệu, hình thức',
          key: 'kind',
          render: (_, c) => `${c.awardKindName} năm ${c.achievementYear}`,
        },
        {
          title: 'Lưu ý',
          key: 'warnings',
          render: (_, c) =>
            c.warnings.length ? <Alert type="warning" showIcon title={c.warnings.join('; ')} /> : null,
        },
      ]}
    />
  );
}
