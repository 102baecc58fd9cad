// "Gợi ý khen thưởng": who in a unit's subtree meets the criteria of a chosen award kind for a year, with the
// reasons (each row expands to the full explained verdict).
import { useQuery } from '@tanstack/react-query';
import { Flex, InputNumber, Modal, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AwardKindCode } from '../../../../domain/regimes/types';
import { ErrorAlert } from '../../../components/error-alert';
import { awardKindOptionsQuery } from '../../../lib/award-kinds';
import { formatNumber } from '../../../lib/format';
import { type Suggestion, suggestionsQuery } from '../api/eligibility-api';
import { verdictReason } from './subject-verdicts';
import { VerdictBadge } from './verdict-badge';
import { VerdictView } from './verdict-view';

interface SuggestionsModalProps {
  unitId: string;
  unitName: string;
  onClose: () => void;
}

export function SuggestionsModal({ unitId, unitName, onClose }: SuggestionsModalProps) {
  const [year, setYear] = useState(() => dayjs().year() - (dayjs().month() >= 10 ? 0 : 1));
  const [awardKind, setAwardKind] = useState<AwardKindCode>('CSTDCS');
  const kinds = useQuery(awardKindOptionsQuery(`${year}-12-31`));
  const query = useQuery({ ...suggestionsQuery({ unitId, year, awardKind }), enabled: year >= 2017 });
  const items = query.data?.items ?? [];
  return (
    <Modal
      open
      width={1000}
      title={`Gợi ý khen thưởng — ${unitName}`}
      footer={null}
      onCancel={onClose}
      data-testid="suggestions-modal"
    >
      <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
        <span>Danh hiệu, hình thức:</span>
        <Select<AwardKindCode>
          value={awardKind}
          onChange={setAwardKind}
          loading={kinds.isPending}
          showSearch={{ optionFilterProp: 'label' }}
          options={kinds.data ?? []}
          style={{ minWidth: 320 }}
        />
        <span>Năm thành tích:</span>
        <InputNumber min={2017} max={2100} value={year} onChange={(v) => v && setYear(v)} />
      </Flex>
      <Typography.Paragraph type="secondary">
        Danh sách cá nhân, tập thể thuộc {unitName} (kể cả đơn vị trực thuộc) đáp ứng hoặc có thể đáp ứng tiêu
        chuẩn, theo dữ liệu đã ghi nhận. Đây là gợi ý để rà soát, không thay cho bình xét của Hội đồng.
      </Typography.Paragraph>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Table<Suggestion>
        size="small"
        rowKey={(s) => `${s.subjectKind}-${s.subjectId}`}
        loading={query.isFetching}
        dataSource={items}
        pagination={{ pageSize: 20, showTotal: (total) => `${formatNumber(total)} gợi ý` }}
        locale={{ emptyText: 'Không có ai đáp ứng tiêu chuẩn theo dữ liệu hiện có' }}
        expandable={{
          expandedRowRender: (s) => (
            <VerdictView verdict={s.verdict} context={{ year, subjectName: s.name }} />
          ),
        }}
        columns={[
          {
            title: 'Cá nhân, tập thể',
            key: 'name',
            render: (_, s) =>
              s.subjectKind === 'collective' ? (
                <Link to={`/don-vi?chon=${s.subjectId}`}>{s.name}</Link>
              ) : (
                <Link to={`/ca-nhan/${s.subjectId}`}>{s.name}</Link>
              ),
          },
          { title: 'Đơn vị', key: 'unit', render: (_, s) => s.unitName ?? '' },
          {
            title: 'Kết quả',
            key: 'verdict',
            render: (_, s) => <VerdictBadge verdict={s.verdict.verdict} />,
          },
          { title: 'Lý do', key: 'reason', render: (_, s) => verdictReason(s.verdict) },
        ]}
      />
      {query.data?.evaluated != null ? (
        <Typography.Text type="secondary">
          Đã xét {formatNumber(query.data.evaluated)} đối tượng trong phạm vi đơn vị.
        </Typography.Text>
      ) : null}
    </Modal>
  );
}
