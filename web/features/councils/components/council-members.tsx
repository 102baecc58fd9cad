// A council's composition on a chosen date (members by role, with their period), every membership period, and
// the decisions that established and recomposed it (who joined, who left).
import { Card, DatePicker, Flex, Table, Tag, Timeline, Typography } from 'antd';
import type { CouncilMemberView, CouncilView } from '../../../../contracts/councils';
import { DATE_FORMAT, formatDate, formatPeriod, fromIsoDate, toIsoDate } from '../../../lib/format';
import { RoleText } from './labels';

const columns = [
  { title: 'STT', key: 'stt', width: 60, render: (_: unknown, __: CouncilMemberView, i: number) => i + 1 },
  { title: 'Họ và tên', dataIndex: 'fullName', key: 'name' },
  {
    title: 'Chức danh trong Hội đồng',
    key: 'role',
    render: (_: unknown, m: CouncilMemberView) => <RoleText role={m.role} />,
  },
  {
    title: 'Chức vụ, đơn vị',
    key: 'position',
    render: (_: unknown, m: CouncilMemberView) => [m.position, m.organisation].filter(Boolean).join(', '),
  },
  {
    title: 'Thời gian',
    key: 'period',
    render: (_: unknown, m: CouncilMemberView) => formatPeriod(m.from, m.to),
  },
];

export function CouncilMembersCard({
  council,
  onDate,
}: {
  council: CouncilView;
  onDate: (date: string | undefined) => void;
}) {
  return (
    <Card
      title={`Thành phần Hội đồng ngày ${formatDate(council.date)}: ${council.membersTotal} thành viên`}
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">Xem tại ngày</Typography.Text>
          <DatePicker
            format={DATE_FORMAT}
            value={fromIsoDate(council.date)}
            allowClear
            onChange={(d) => onDate(toIsoDate(d) ?? undefined)}
          />
        </Flex>
      }
    >
      {council.termError ? (
        <Typography.Paragraph type="warning">{council.termError}</Typography.Paragraph>
      ) : null}
      <Table<CouncilMemberView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={council.members}
        columns={columns}
        locale={{ emptyText: 'Hội đồng không có thành viên tại ngày này' }}
      />
    </Card>
  );
}

export function CouncilHistoryCard({ council }: { council: CouncilView }) {
  return (
    <Card title="Thành lập và các lần kiện toàn">
      <Timeline
        items={council.changes.map((c) => ({
          color: c.kind === 'establish' ? 'green' : 'blue',
          content: (
            <div>
              <Typography.Text strong>
                {c.kind === 'establish' ? 'Thành lập' : 'Kiện toàn'} từ ngày {formatDate(c.effectiveOn)} —{' '}
                {c.membersTotal} thành viên
              </Typography.Text>
              <div>{c.decision}</div>
              {c.note ? <Typography.Text type="secondary">{c.note}</Typography.Text> : null}
              {c.kind === 'recompose' ? (
                <div style={{ marginTop: 4 }}>
                  {c.joined.length > 0 ? (
                    <div>
                      <Tag color="green">Tham gia / đổi chức danh</Tag>
                      {c.joined.join(', ')}
                    </div>
                  ) : null}
                  {c.left.length > 0 ? (
                    <div>
                      <Tag>Thôi tham gia</Tag>
                      {c.left.join(', ')}
                    </div>
                  ) : null}
                </div>
              ) : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                Ghi nhận bởi {c.recordedByName}
              </Typography.Text>
            </div>
          ),
        }))}
      />
      <Typography.Title level={5}>Tất cả thành viên qua các thời kỳ</Typography.Title>
      <Table<CouncilMemberView>
        rowKey="id"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={council.history}
        columns={columns.filter((c) => c.key !== 'stt')}
      />
    </Card>
  );
}
