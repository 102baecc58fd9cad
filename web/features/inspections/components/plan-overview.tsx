// The plan's documents (plan, decision establishing the team), its content, figures of progress, and the team.
import { EditOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Row, Statistic, Typography } from 'antd';
import { useState } from 'react';
import { TEAM_ROLE_LABELS, type PlanView, type TeamMemberView } from '../../../../contracts/inspections';
import { splitParagraphs } from '../../../../contracts/paragraphs';
import { DataTable } from '../../../components/data-table';
import { formatDate } from '../../../lib/format';
import { TeamModal } from './team-modal';

const docText = (number: string | null, date: string | null) =>
  number
    ? `${number}${date ? ` ngày ${formatDate(date)}` : ''}`
    : date
      ? `Ngày ${formatDate(date)}`
      : 'Chưa ghi';

export function PlanFigures({ plan }: { plan: PlanView }) {
  const done = plan.targets.filter((t) => t.status === 'done').length;
  return (
    <Row gutter={16}>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title="Đơn vị đã kiểm tra" value={done} suffix={`/ ${plan.targets.length}`} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic title="Kiến nghị" value={plan.followUps.total} />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title="Kiến nghị đã thực hiện"
            value={plan.followUps.done}
            suffix={`/ ${plan.followUps.total}`}
          />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title="Kiến nghị quá hạn"
            value={plan.followUps.overdue}
            styles={{ content: { color: plan.followUps.overdue > 0 ? '#cf1322' : undefined } }}
          />
        </Card>
      </Col>
    </Row>
  );
}

export function PlanDocuments({ plan }: { plan: PlanView }) {
  const paragraphs = splitParagraphs(plan.content);
  return (
    <Card title="Kế hoạch và quyết định thành lập đoàn">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'org', label: 'Đơn vị tổ chức', children: plan.organiser.name },
          { key: 'year', label: 'Năm', children: plan.year },
          { key: 'plan', label: 'Kế hoạch', children: docText(plan.planNumber, plan.planDate) },
          {
            key: 'decision',
            label: 'Quyết định thành lập đoàn',
            children: docText(plan.teamDecisionNumber, plan.teamDecisionDate),
          },
          ...(plan.note ? [{ key: 'note', label: 'Ghi chú', children: plan.note, span: 2 }] : []),
        ]}
      />
      {paragraphs.length ? (
        <div style={{ marginTop: 12 }}>
          {paragraphs.map((p, i) => (
            <Typography.Paragraph key={i} style={{ marginBottom: 6 }}>
              {p}
            </Typography.Paragraph>
          ))}
        </div>
      ) : null}
    </Card>
  );
}

export function TeamCard({ plan }: { plan: PlanView }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      title={
        <span>
          <TeamOutlined /> Đoàn kiểm tra
        </span>
      }
      data-testid="team-card"
      extra={
        plan.can.manageTeam ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            Cập nhật thành phần đoàn
          </Button>
        ) : null
      }
    >
      <DataTable<TeamMemberView>
        rowKey="id"
        dataSource={plan.team}
        emptyText="Chưa có thành phần đoàn (ghi theo quyết định thành lập đoàn)"
        columns={[
          { title: 'Họ và tên', dataIndex: 'fullName', render: (v: string) => <b>{v}</b> },
          { title: 'Vai trò', dataIndex: 'role', render: (r: TeamMemberView['role']) => TEAM_ROLE_LABELS[r] },
          { title: 'Chức vụ', dataIndex: 'position', render: (v: string | null) => v ?? '—' },
          {
            title: 'Nhiệm vụ được phân công',
            dataIndex: 'assignment',
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
      {editing ? <TeamModal plan={plan} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}
