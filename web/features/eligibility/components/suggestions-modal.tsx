// "Gợi ý khen thưởng": who in a unit's subtree meets the criteria of a chosen award kind for a year, with the
// reasons (each row expands to the full explained verdict). Paged by the server.
import { useQuery } from '@tanstack/react-query';
import { Flex, InputNumber, Modal, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { SuggestionItem } from '../../../../contracts/eligibility';
import type { AwardKindCode } from '../../../../domain/regimes/types';
import { ErrorAlert } from '../../../components/error-alert';
import { awardKindOptionsQuery } from '../../../lib/award-kinds';
import { formatDate, formatNumber } from '../../../lib/format';
import { suggestionsQuery } from '../api/eligibility-api';
import { verdictReason } from './subject-verdicts';
import { VerdictBadge } from './verdict-badge';
import { VerdictView } from './verdict-view';

interface SuggestionsModalProps {
  unitId: string;
  unitName: string;
  onClose: () => void;
}

/** Eligible: the compact summary (details on expanding); otherwise what is missing, two lines each. */
function Reasons({ s }: { s: SuggestionItem }) {
  if (s.verdict.verdict === 'eligible' || s.reasons.length === 0)
    return <span>{verdictReason(s.verdict)}</span>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {s.reasons.slice(0, 2).map((r, i) => (
        <li key={i}>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: r }} style={{ margin: 0 }}>
            {r}
          </Typography.Paragraph>
        </li>
      ))}
      {s.reasons.length > 2 ? <li>… và {s.reasons.length - 2} lý do khác (bấm + để xem chi tiết)</li> : null}
    </ul>
  );
}

export function SuggestionsModal({ unitId, unitName, onClose }: SuggestionsModalProps) {
  const [year, setYear] = useState(() => dayjs().year() - 1);
  const [awardKind, setAwardKind] = useState<AwardKindCode>('CSTDCS');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const kinds = useQuery(awardKindOptionsQuery(`${Math.max(year, 2017)}-12-31`));
  const query = useQuery({
    ...suggestionsQuery({ unitId, year, awardKind, ...paging }),
    enabled: year >= 2017,
  });
  const data = query.data;
  return (
    <Modal open width={1080} title={`Gợi ý khen thưởng — ${unitName}`} footer={null} onCancel={onClose}>
      <div data-testid="suggestions-modal">
        <Flex gap={12} wrap align="center" style={{ marginBottom: 12 }}>
          <span>Danh hiệu, hình thức:</span>
          <Select<AwardKindCode>
            value={awardKind}
            onChange={(v) => {
              setAwardKind(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
            loading={kinds.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={kinds.data ?? []}
            style={{ minWidth: 320 }}
            data-testid="suggestions-kind"
          />
          <span>Năm thành tích:</span>
          <InputNumber
            min={2017}
            max={2100}
            value={year}
            onChange={(v) => {
              if (!v) return;
              setYear(v);
              setPaging((p) => ({ ...p, page: 1 }));
            }}
          />
        </Flex>
        <Typography.Paragraph type="secondary">
          Cá nhân, tập thể thuộc {unitName} (kể cả đơn vị trực thuộc) đủ điều kiện hoặc cần xem xét thêm theo
          dữ liệu đã ghi nhận{data ? ` đến ngày ${formatDate(data.asOf)}` : ''}. Đây là gợi ý để rà soát,
          không thay cho bình xét của Hội đồng thi đua, khen thưởng.
        </Typography.Paragraph>
        {data ? (
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <Tag color="success">Đủ điều kiện: {formatNumber(data.counts.eligible)}</Tag>
            <Tag color="warning">Cần xem xét thêm: {formatNumber(data.counts.needsReview)}</Tag>
            <Tag color="error">Không đủ điều kiện: {formatNumber(data.counts.notEligible)}</Tag>
          </Flex>
        ) : null}
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        <Table<SuggestionItem>
          size="small"
          rowKey={(s) => `${s.subjectKind}-${s.subjectId}`}
          loading={query.isFetching}
          dataSource={data?.items ?? []}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: data?.total ?? 0,
            showTotal: (total) => `${formatNumber(total)} gợi ý`,
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
          locale={{ emptyText: 'Không có ai đủ điều kiện hoặc cần xem xét theo dữ liệu hiện có' }}
          expandable={{
            expandedRowRender: (s) => (
              <VerdictView verdict={s.verdict} context={{ year, asOf: data?.asOf, subjectName: s.name }} />
            ),
          }}
          columns={[
            {
              title: 'Cá nhân, tập thể',
              key: 'name',
              render: (_, s) =>
                s.subjectKind === 'collective' ? (
                  <Link to={`/don-vi?chon=${s.subjectId}`} onClick={onClose}>
                    {s.name}
                  </Link>
                ) : (
                  <Link to={`/ca-nhan/${s.subjectId}`}>{s.name}</Link>
                ),
            },
            { title: 'Đơn vị', key: 'unit', width: 170, render: (_, s) => s.unitName ?? '' },
            {
              title: 'Kết quả',
              key: 'verdict',
              render: (_, s) => <VerdictBadge verdict={s.verdict.verdict} />,
            },
            { title: 'Lý do', key: 'reasons', render: (_, s) => <Reasons s={s} /> },
          ]}
        />
      </div>
    </Modal>
  );
}
