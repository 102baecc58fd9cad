// One criterion of a verdict: status icon, text, marks (presumed, needs judgement, assumption), the records that
// prove or disprove it, and its legal basis. A group of alternatives shows each option with its own criteria.
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
import { Flex, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { VerdictView as VerdictData } from '../../../../contracts/eligibility';
import { LegalBasisText } from '../../../components/legal-basis';
import { STATUS_LABELS } from '../labels';

export type CriterionData = VerdictData['criteria'][number];
type Status = CriterionData['status'];

export const STATUS_STYLE: Record<Status, { color: string; tag: string; icon: ReactNode }> = {
  pass: { color: '#389e0d', tag: 'green', icon: <CheckCircleFilled /> },
  fail: { color: '#cf1322', tag: 'red', icon: <CloseCircleFilled /> },
  unknown: { color: '#d48806', tag: 'gold', icon: <QuestionCircleFilled /> },
};

const EVIDENCE_ICONS: Record<string, ReactNode> = {
  award: <TrophyOutlined />,
  rating: <StarOutlined />,
  initiative: <BulbOutlined />,
  discipline: <WarningOutlined />,
  memberStats: <TeamOutlined />,
  recruitment: <IdcardOutlined />,
  presumption: <InfoCircleOutlined />,
  judgement: <InfoCircleOutlined />,
};

/** The status icon of a criterion, with its Vietnamese label as a tooltip. */
export function StatusIcon({ status }: { status: Status }) {
  const s = STATUS_STYLE[status];
  return (
    <Tooltip title={STATUS_LABELS[status]}>
      <span style={{ color: s.color, fontSize: 18 }} aria-label={STATUS_LABELS[status]} role="img">
        {s.icon}
      </span>
    </Tooltip>
  );
}

function Marks({ c }: { c: CriterionData }) {
  return (
    <>
      <Tag color={STATUS_STYLE[c.status].tag}>{STATUS_LABELS[c.status]}</Tag>
      {c.presumed ? (
        <Tooltip title="Điều kiện chung được coi là đáp ứng khi hồ sơ không có kỷ luật, thanh tra, khiếu nại nào cho thấy điều ngược lại; người xét duyệt cần lưu ý.">
          <Tag color="blue">Mặc nhiên đáp ứng</Tag>
        </Tooltip>
      ) : null}
      {c.judgement ? (
        <Tooltip title="Dữ liệu không tự quyết định được tiêu chí này: Hội đồng hoặc người có thẩm quyền cần đánh giá.">
          <Tag color="purple">Cần đánh giá</Tag>
        </Tooltip>
      ) : null}
      {c.assumption ? (
        <Tooltip title="Tiêu chí dựa trên quy định chưa kiểm chứng với văn bản gốc; quản trị viên có thể điều chỉnh.">
          <Tag color="orange">Giả định — chưa xác minh</Tag>
        </Tooltip>
      ) : null}
    </>
  );
}

function EvidenceLines({ c, only }: { c: CriterionData; only?: string }) {
  const evidence = only ? c.evidence.filter((e) => e.kind === only) : c.evidence;
  if (evidence.length === 0) {
    if (only) return null;
    return (
      <Typography.Text type="secondary" italic>
        {c.status === 'unknown'
          ? 'Không có hồ sơ để xác định — cần bổ sung dữ liệu hoặc đánh giá trực tiếp.'
          : 'Không dẫn chứng hồ sơ cụ thể.'}
      </Typography.Text>
    );
  }
  return (
    <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}>
      {evidence.map((e, i) => {
        // The engine writes the reasoning of a prerequisite as sub-lines ("– …", "· …"): indent them.
        const depth = e.text.startsWith('– ') ? 1 : e.text.startsWith('· ') ? 2 : 0;
        return (
          <li
            key={`${e.ref ?? ''}-${i}`}
            style={{ display: 'flex', gap: 8, alignItems: 'baseline', paddingInlineStart: depth * 22 }}
          >
            <Typography.Text type="secondary">
              {depth ? '•' : (EVIDENCE_ICONS[e.kind] ?? <FileTextOutlined />)}
            </Typography.Text>
            <span>{depth ? e.text.slice(2) : e.text}</span>
          </li>
        );
      })}
    </ul>
  );
}

function Frame({ c, children, nested }: { c: CriterionData; children: ReactNode; nested?: boolean }) {
  return (
    <div
      data-testid={nested ? 'criterion-option-row' : 'criterion'}
      data-status={c.status}
      data-criterion={c.id}
      style={{
        borderInlineStart: `4px solid ${STATUS_STYLE[c.status].color}`,
        background: nested ? '#fff' : '#fafafa',
        border: nested ? '1px solid #f0f0f0' : undefined,
        borderRadius: 6,
        padding: nested ? '8px 12px' : '10px 14px',
      }}
    >
      <Flex gap={10} align="flex-start">
        <StatusIcon status={c.status} />
        <Flex vertical gap={6} style={{ flex: 1, minWidth: 0 }}>
          {children}
        </Flex>
      </Flex>
    </div>
  );
}

/** A criterion on its own. */
export function CriterionBlock({ c, nested = false }: { c: CriterionData; nested?: boolean }) {
  return (
    <Frame c={c} nested={nested}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{c.text}</Typography.Text>
        <Marks c={c} />
      </Flex>
      <EvidenceLines c={c} />
      <div>
        <Typography.Text type="secondary">Căn cứ: </Typography.Text>
        <LegalBasisText basis={c.basis} />
      </div>
    </Frame>
  );
}

/** A group of alternatives: its summary status, then each option ("Trường hợp (d)") with its criteria. */
export function GroupBlock({ summary, members }: { summary: CriterionData; members: CriterionData[] }) {
  const options = summary.alternatives ?? [];
  return (
    <Frame c={summary}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>Đạt ít nhất một trong các trường hợp sau</Typography.Text>
        <Marks c={summary} />
      </Flex>
      <EvidenceLines c={summary} only="judgement" />
      <Flex vertical gap={8}>
        {options.map((o) => (
          <div key={o.option} data-testid="criterion-option" data-status={o.status}>
            <Flex gap={6} align="center" style={{ marginBottom: 4 }}>
              <Typography.Text strong>Trường hợp ({o.option})</Typography.Text>
              <Tag color={STATUS_STYLE[o.status].tag}>
                {o.status === 'unknown' && o.judgement ? 'Cần thẩm định' : STATUS_LABELS[o.status]}
              </Tag>
            </Flex>
            <Flex vertical gap={6}>
              {members
                .filter((m) => m.option === o.option)
                .map((m) => (
                  <CriterionBlock key={m.id} c={m} nested />
                ))}
            </Flex>
          </div>
        ))}
      </Flex>
      <div>
        <Typography.Text type="secondary">Căn cứ: </Typography.Text>
        <LegalBasisText basis={summary.basis} />
      </div>
    </Frame>
  );
}
