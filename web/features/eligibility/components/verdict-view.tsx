// The full explained verdict: overall badge, regime, every criterion with its evidence and legal basis, and
// the warnings — what an official needs to defend a proposal.
import {
  BulbOutlined,
  CheckCircleFilled,
  CloseCircleFilled,
  FileTextOutlined,
  IdcardOutlined,
  InfoCircleOutlined,
  QuestionCircleFilled,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Alert, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { CriterionResult, CriterionStatus, Evidence, Verdict } from '../../../../domain/regimes/types';
import { LegalBasisText } from '../../../components/legal-basis';
import { formatDate } from '../../../lib/format';
import { REGIME_LABELS, REGIME_PERIODS, STATUS_LABELS } from '../labels';
import { VerdictBadge } from './verdict-badge';

const STATUS_STYLE: Record<CriterionStatus, { color: string; icon: ReactNode }> = {
  pass: { color: '#389e0d', icon: <CheckCircleFilled /> },
  fail: { color: '#cf1322', icon: <CloseCircleFilled /> },
  unknown: { color: '#d48806', icon: <QuestionCircleFilled /> },
};

const EVIDENCE_ICONS: Record<string, ReactNode> = {
  award: <TrophyOutlined />,
  rating: <StarOutlined />,
  initiative: <BulbOutlined />,
  discipline: <WarningOutlined />,
  memberStats: <TeamOutlined />,
  recruitment: <IdcardOutlined />,
  presumption: <InfoCircleOutlined />,
};

export interface VerdictContext {
  /** Achievement year of the request. */
  year?: number;
  /** The date the history was judged at ('YYYY-MM-DD'). */
  asOf?: string;
  /** Who was evaluated: "Nguyễn Văn A", "Phòng Nội vụ". */
  subjectName?: string;
}

/** The status icon of a criterion, with its Vietnamese label as a tooltip. */
export function StatusIcon({ status }: { status: CriterionStatus }) {
  const s = STATUS_STYLE[status];
  return (
    <Tooltip title={STATUS_LABELS[status]}>
      <span style={{ color: s.color, fontSize: 18 }} aria-label={STATUS_LABELS[status]} role="img">
        {s.icon}
      </span>
    </Tooltip>
  );
}

function EvidenceLines({ evidence, status }: { evidence: Evidence[]; status: CriterionStatus }) {
  if (evidence.length === 0) {
    return (
      <Typography.Text type="secondary" italic>
        {status === 'unknown'
          ? 'Không có hồ sơ để xác định — cần bổ sung dữ liệu hoặc đánh giá trực tiếp.'
          : 'Không dẫn chứng hồ sơ cụ thể.'}
      </Typography.Text>
    );
  }
  return (
    <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
      {evidence.map((e, i) => (
        <li key={`${e.ref ?? ''}-${i}`} style={{ display: 'flex', gap: 8, alignItems: 'baseline' }}>
          <Typography.Text type="secondary">{EVIDENCE_ICONS[e.kind] ?? <FileTextOutlined />}</Typography.Text>
          <span>{e.text}</span>
        </li>
      ))}
    </ul>
  );
}

function CriterionBlock({ criterion }: { criterion: CriterionResult }) {
  const s = STATUS_STYLE[criterion.status];
  return (
    <div
      data-testid="criterion"
      data-status={criterion.status}
      data-criterion={criterion.id}
      style={{
        borderInlineStart: `4px solid ${s.color}`,
        background: '#fafafa',
        borderRadius: 6,
        padding: '10px 14px',
      }}
    >
      <Flex gap={10} align="flex-start">
        <StatusIcon status={criterion.status} />
        <Flex vertical gap={6} style={{ flex: 1, minWidth: 0 }}>
          <Flex gap={8} wrap align="center">
            <Typography.Text strong>{criterion.text}</Typography.Text>
            <Tag color={criterion.status === 'pass' ? 'green' : criterion.status === 'fail' ? 'red' : 'gold'}>
              {STATUS_LABELS[criterion.status]}
            </Tag>
            {criterion.presumed ? (
              <Tooltip title="Điều kiện chung được coi là đáp ứng khi hồ sơ không có kỷ luật, thanh tra, khiếu nại nào cho thấy điều ngược lại; người xét duyệt cần lưu ý.">
                <Tag color="blue">Mặc nhiên đáp ứng</Tag>
              </Tooltip>
            ) : null}
            {criterion.judgement ? (
              <Tooltip title="Dữ liệu không tự quyết định được tiêu chí này: Hội đồng hoặc người có thẩm quyền cần đánh giá.">
                <Tag color="purple">Cần đánh giá</Tag>
              </Tooltip>
            ) : null}
          </Flex>
          <EvidenceLines evidence={criterion.evidence} status={criterion.status} />
          <div>
            <Typography.Text type="secondary">Căn cứ: </Typography.Text>
            <LegalBasisText basis={criterion.basis} />
          </div>
        </Flex>
      </Flex>
    </div>
  );
}

function summary(criteria: CriterionResult[]): string {
  const count = (status: CriterionStatus) => criteria.filter((c) => c.status === status).length;
  const parts = [`${count('pass')} đạt`, `${count('fail')} không đạt`];
  if (count('unknown') > 0) parts.push(`${count('unknown')} chưa đủ dữ liệu`);
  return `${criteria.length} tiêu chí: ${parts.join(', ')}`;
}

/** The explained verdict; `context` adds the year, the as-of date and the subject to the heading. */
export function VerdictView({ verdict, context = {} }: { verdict: Verdict; context?: VerdictContext }) {
  const facts = [
    context.subjectName,
    context.year ? `năm thành tích ${context.year}` : null,
    context.asOf ? `xét theo dữ liệu đến ngày ${formatDate(context.asOf)}` : null,
  ].filter(Boolean);
  return (
    <Flex vertical gap={12} data-testid="verdict-view" data-verdict={verdict.verdict}>
      <Flex gap={12} align="center" wrap>
        <VerdictBadge verdict={verdict.verdict} large />
        <Typography.Title level={5} style={{ margin: 0 }}>
          {verdict.awardKindName}
        </Typography.Title>
      </Flex>
      {facts.length ? <Typography.Text type="secondary">{facts.join(' — ')}</Typography.Text> : null}
      <div>
        <Typography.Text type="secondary">Quy định áp dụng: </Typography.Text>
        <Typography.Text strong data-testid="verdict-regime">
          {REGIME_LABELS[verdict.regime]}
        </Typography.Text>
        <Typography.Text type="secondary"> ({REGIME_PERIODS[verdict.regime]})</Typography.Text>
      </div>
      {verdict.warnings.length ? (
        <Alert
          type="warning"
          showIcon
          title="Lưu ý"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {verdict.warnings.map((w, i) => (
                <li key={i}>{w}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Typography.Text type="secondary">{summary(verdict.criteria)}</Typography.Text>
      <Flex vertical gap={8}>
        {verdict.criteria.map((c) => (
          <CriterionBlock key={c.id} criterion={c} />
        ))}
      </Flex>
    </Flex>
  );
}
