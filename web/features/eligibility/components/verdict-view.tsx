// The full explained verdict: overall badge, regime, every criterion with its evidence and legal basis, and
// the warnings — what an official needs to defend a proposal.
import { Alert, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { VerdictView as VerdictData } from '../../../../contracts/eligibility';
import { formatDate } from '../../../lib/format';
import { REGIME_LABELS, REGIME_PERIODS } from '../labels';
import { type CriterionData, CriterionBlock, GroupBlock } from './criterion-block';
import { VerdictBadge } from './verdict-badge';

export interface VerdictContext {
  /** Achievement year of the request. */
  year?: number;
  /** The date the history was judged at ('YYYY-MM-DD'). */
  asOf?: string;
  /** Who was evaluated: "Nguyễn Văn A", "Phòng Nội vụ". */
  subjectName?: string;
}

/** The rows that decide the verdict: criteria outside groups and one summary per group of alternatives. */
export function decidingRows(criteria: CriterionData[]): CriterionData[] {
  return criteria.filter((c) => c.group === undefined);
}

function summary(criteria: CriterionData[]): string {
  const rows = decidingRows(criteria);
  const count = (status: CriterionData['status']) => rows.filter((c) => c.status === status).length;
  const parts = [`${count('pass')} đạt`, `${count('fail')} không đạt`];
  if (count('unknown') > 0) parts.push(`${count('unknown')} chưa xác định được`);
  return `${rows.length} tiêu chí: ${parts.join(', ')}`;
}

/** Criteria in catalog order; a group of alternatives is shown where its first member stands. */
function blocks(criteria: CriterionData[]): ReactNode[] {
  const out: ReactNode[] = [];
  const shown = new Set<string>();
  for (const c of criteria) {
    if (c.group === undefined && c.alternatives === undefined) {
      out.push(<CriterionBlock key={c.id} c={c} />);
      continue;
    }
    const group = c.group ?? c.id;
    if (shown.has(group)) continue;
    shown.add(group);
    const head = criteria.find((x) => x.id === group && x.alternatives);
    const members = criteria.filter((x) => x.group === group);
    if (head) out.push(<GroupBlock key={group} summary={head} members={members} />);
    else members.forEach((m) => out.push(<CriterionBlock key={m.id} c={m} />));
  }
  return out;
}

/** The explained verdict; `context` adds the year, the as-of date and the subject to the heading. */
export function VerdictView({ verdict, context = {} }: { verdict: VerdictData; context?: VerdictContext }) {
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
        {blocks(verdict.criteria)}
      </Flex>
    </Flex>
  );
}
