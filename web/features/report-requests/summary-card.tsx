// The aggregated table: award results summed over the answering units' issued reports — awarded in the period,
// then proposed upward — by level, award kind and subject kind, one column per unit and a total; .xlsx download.
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Skeleton, Table, Typography } from 'antd';
import type { RequestSummary, SummaryRow } from '../../../contracts/report-requests';
import { ErrorAlert } from '../../components/error-alert';
import { apiUrl } from '../../lib/api';
import { summaryQuery } from './api';
import { AnswerTag } from './labels';

type Line = { key: string; section?: string; row?: SummaryRow; counts: number[]; total: number };

function lines(s: RequestSummary): Line[] {
  const out: Line[] = [];
  const section = (status: 'awarded' | 'proposed', label: string, counts: number[], total: number) => {
    out.push({ key: status, section: label, counts, total });
    s.rows
      .filter((r) => r.status === status)
      .forEach((r, i) => out.push({ key: `${status}-${i}`, row: r, counts: r.counts, total: r.total }));
  };
  section('awarded', 'I. Đã khen thưởng trong kỳ', s.totals.awarded, s.totals.awardedTotal);
  section(
    'proposed',
    'II. Đề nghị cấp trên khen thưởng (chưa có quyết định)',
    s.totals.proposed,
    s.totals.proposedTotal,
  );
  return out;
}

export function SummaryCard({ requestId }: { requestId: string }) {
  const query = useQuery(summaryQuery(requestId, true));
  if (query.isPending) return <Skeleton active />;
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const s = query.data;
  return (
    <Card
      title="Bảng tổng hợp kết quả khen thưởng"
      extra={
        <a href={apiUrl(`/api/report-requests/${requestId}/summary.xlsx`)} download>
          <Button icon={<DownloadOutlined />}>Tải Excel</Button>
        </a>
      }
    >
      <Typography.Paragraph type="secondary">
        Cộng từ số liệu đã chốt khi ban hành của {s.counts.answered}/{s.counts.targets} báo cáo đã gửi; đơn vị
        chưa gửi hoặc không phát sinh tính 0.
      </Typography.Paragraph>
      <Table<Line>
        rowKey="key"
        size="small"
        bordered
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={lines(s)}
        rowClassName={(l) => (l.section ? 'summary-section' : '')}
        columns={[
          {
            title: 'Cấp',
            key: 'level',
            width: 110,
            onCell: (l) => (l.section ? { colSpan: 3 } : {}),
            render: (_, l) => (l.section ? <strong>{l.section}</strong> : l.row!.levelLabel),
          },
          {
            title: 'Hình thức',
            key: 'kind',
            onCell: (l) => (l.section ? { colSpan: 0 } : {}),
            render: (_, l) => l.row?.kindName,
          },
          {
            title: 'Đối tượng',
            key: 'subject',
            width: 100,
            onCell: (l) => (l.section ? { colSpan: 0 } : {}),
            render: (_, l) => l.row?.subjectLabel,
          },
          ...s.units.map((u, i) => ({
            title: (
              <span>
                {u.name}
                <br />
                <AnswerTag status={u.status} />
              </span>
            ),
            key: u.id,
            align: 'right' as const,
            width: 140,
            render: (_: unknown, l: Line) => (l.section ? <strong>{l.counts[i]}</strong> : l.counts[i]),
          })),
          {
            title: 'Tổng cộng',
            key: 'total',
            align: 'right' as const,
            width: 100,
            render: (_, l) => <strong>{l.total}</strong>,
          },
        ]}
      />
    </Card>
  );
}
