// One line of a history timeline per record: an award (struck through when revoked), a yearly rating, an
// initiative (used or not), a discipline, an investigation.
import {
  BulbOutlined,
  DeleteOutlined,
  StopOutlined,
  FileSearchOutlined,
  StarOutlined,
  TeamOutlined,
  TrophyOutlined,
  WarningOutlined,
} from '@ant-design/icons';
import { Button, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import {
  AWARD_TYPE_LABELS,
  DISCIPLINE_KIND_LABELS,
  INITIATIVE_KIND_LABELS,
  INITIATIVE_LEVEL_LABELS,
  RATING_LABELS,
} from '../../../../contracts/history-enums';
import type {
  AwardView,
  DisciplineView,
  InitiativeView,
  InvestigationView,
  MemberStatsView,
  RatingView,
} from '../../../../contracts/history';
import {
  formatDate,
  formatMoney,
  formatNumber,
  formatPercent,
  formatPeriod,
  todayIso,
} from '../../../lib/format';

const RATING_COLORS: Record<RatingView['rating'], string> = {
  HTXS: 'green',
  HTT: 'blue',
  HT: 'default',
  KHT: 'red',
};

interface LineProps {
  icon: ReactNode;
  children: ReactNode;
  action?: ReactNode;
  testId?: string;
}

/** Icon, the record's text, and its actions on the right. */
function Line({ icon, children, action, testId }: LineProps) {
  return (
    <Flex gap={8} align="baseline" data-testid={testId}>
      <Typography.Text type="secondary">{icon}</Typography.Text>
      <div style={{ flex: 1, minWidth: 0 }}>{children}</div>
      {action ? <div style={{ flexShrink: 0 }}>{action}</div> : null}
    </Flex>
  );
}

/** A delete button with confirmation, for a record entered by mistake. */
export function DeleteButton({ what, onConfirm }: { what: string; onConfirm: () => Promise<unknown> }) {
  return (
    <Popconfirm
      title={`Xóa ${what}?`}
      description="Chỉ xóa bản ghi nhập nhầm. Thao tác được ghi nhật ký."
      okText="Xóa"
      cancelText="Hủy"
      okButtonProps={{ danger: true }}
      onConfirm={onConfirm}
    >
      <Tooltip title={`Xóa ${what} (nhập nhầm)`}>
        <Button type="text" size="small" icon={<DeleteOutlined />} aria-label={`Xóa ${what}`} />
      </Tooltip>
    </Popconfirm>
  );
}

/** "QĐ số 125/QĐ-UBND ngày 20/12/2023, Chủ tịch UBND huyện Cẩm Xuyên". */
export function decisionText(a: Pick<AwardView, 'decisionNumber' | 'decisionDate' | 'authority'>): string {
  return [
    a.decisionNumber ? `QĐ số ${a.decisionNumber}` : null,
    a.decisionDate ? `ngày ${formatDate(a.decisionDate)}` : null,
    a.authority,
  ]
    .filter(Boolean)
    .join(', ');
}

export function AwardLine({ award, action }: { award: AwardView; action?: ReactNode }) {
  const decision = decisionText(award);
  const body = (
    <>
      <Typography.Text strong>{award.awardKindName}</Typography.Text>
      {award.householdName ? ` (hộ ${award.householdName})` : ''}
      {decision ? ` — ${decision}` : ' — chưa có số, ngày quyết định'}
      {award.amount != null ? ` — ${formatMoney(award.amount)}` : ''}
    </>
  );
  return (
    <Line icon={<TrophyOutlined />} action={action} testId="history-award">
      <Flex gap={6} wrap align="center">
        {award.revoked ? <del data-testid="award-revoked">{body}</del> : <span>{body}</span>}
        {award.awardType !== 'cong_trang' ? <Tag>{AWARD_TYPE_LABELS[award.awardType]}</Tag> : null}
        {award.source === 'decision' ? (
          <Tooltip title="Ghi theo quyết định ban hành trên hệ thống; chỉ thay đổi được bằng quyết định thu hồi">
            <Tag color="blue">Quyết định trên hệ thống</Tag>
          </Tooltip>
        ) : null}
        {award.source === 'external' ? (
          <Tooltip title="Ghi theo quyết định của cấp trên đã được vào sổ">
            <Tag color="geekblue">Quyết định cấp trên</Tag>
          </Tooltip>
        ) : null}
        {award.revoked ? (
          <Tag color="red">Đã thu hồi{award.revokedOn ? ` ngày ${formatDate(award.revokedOn)}` : ''}</Tag>
        ) : null}
      </Flex>
      {award.revoked && award.revokedReason ? (
        <Typography.Text type="secondary">Lý do thu hồi: {award.revokedReason}</Typography.Text>
      ) : null}
    </Line>
  );
}

export function RatingLine({ rating, action }: { rating: RatingView; action?: ReactNode }) {
  return (
    <Line icon={<StarOutlined />} action={action} testId="history-rating">
      <Flex gap={6} wrap align="center">
        <span>Xếp loại:</span>
        <Tag color={RATING_COLORS[rating.rating]}>{rating.rating}</Tag>
        <span>{RATING_LABELS[rating.rating]}</span>
        {rating.ratedAtUnit ? (
          <Typography.Text type="secondary">tại {rating.ratedAtUnit.name}</Typography.Text>
        ) : null}
        {rating.document ? <Typography.Text type="secondary">({rating.document})</Typography.Text> : null}
      </Flex>
    </Line>
  );
}

export function InitiativeLine(props: {
  initiative: InitiativeView;
  usedBy: string | null;
  action?: ReactNode;
}) {
  const { initiative: i, usedBy, action } = props;
  return (
    <Line icon={<BulbOutlined />} action={action} testId="history-initiative">
      <Flex gap={6} wrap align="center">
        <span>
          {INITIATIVE_KIND_LABELS[i.kind]} <Typography.Text strong>“{i.title}”</Typography.Text> —{' '}
          {INITIATIVE_LEVEL_LABELS[i.level].toLowerCase()}, công nhận ngày {formatDate(i.recognizedOn)}
          {i.recognitionDocument ? ` (${i.recognitionDocument})` : ''}
        </span>
        {i.usedByAwardId ? (
          <Tag color="default">Đã dùng{usedBy ? ` cho ${usedBy}` : ' cho một khen thưởng'}</Tag>
        ) : (
          <Tag color="cyan">Chưa sử dụng</Tag>
        )}
      </Flex>
    </Line>
  );
}

export function DisciplineLine({
  discipline: d,
  action,
}: {
  discipline: DisciplineView;
  action?: ReactNode;
}) {
  const today = todayIso();
  const active = d.fromDate <= today && (d.toDate === null || today <= d.toDate);
  return (
    <Line icon={<WarningOutlined style={{ color: '#cf1322' }} />} action={action} testId="history-discipline">
      <Flex gap={6} wrap align="center">
        <span>
          Kỷ luật <Typography.Text strong>{DISCIPLINE_KIND_LABELS[d.kind].toLowerCase()}</Typography.Text>,{' '}
          {formatPeriod(d.fromDate, d.toDate)}
          {d.document ? ` (${d.document})` : ''}
        </span>
        {active ? <Tag color="red">Đang có hiệu lực</Tag> : null}
      </Flex>
      {d.reason ? <Typography.Text type="secondary">Lý do: {d.reason}</Typography.Text> : null}
    </Line>
  );
}

export function InvestigationLine(props: { investigation: InvestigationView; action?: ReactNode }) {
  const { investigation: v, action } = props;
  return (
    <Line icon={<FileSearchOutlined />} action={action} testId="history-investigation">
      <Flex gap={6} wrap align="center">
        <span>
          Thanh tra, điều tra, khiếu nại: {v.reason} — {formatPeriod(v.openedOn, v.closedOn)}
          {v.document ? ` (${v.document})` : ''}
        </span>
        {v.isOpen ? <Tag color="orange">Đang giải quyết — tạm dừng khen thưởng</Tag> : <Tag>Đã kết thúc</Tag>}
      </Flex>
    </Line>
  );
}

export function MemberStatsLine({ stats: m, action }: { stats: MemberStatsView; action?: ReactNode }) {
  return (
    <Line icon={<TeamOutlined />} action={action} testId="history-member-stats">
      <Flex gap={6} wrap align="center">
        <span>
          {formatNumber(m.members)} thành viên: {formatPercent(m.ldttShare)} đạt Lao động tiên tiến,{' '}
          {formatPercent(m.completedShare)} hoàn thành nhiệm vụ, {formatNumber(m.cstdcsCount)} Chiến sĩ thi
          đua cơ sở{m.document ? ` (${m.document})` : ''}
        </span>
        {m.seriousDiscipline ? <Tag color="red">Có thành viên bị kỷ luật từ cảnh cáo</Tag> : null}
      </Flex>
    </Line>
  );
}

/** Opens the revocation of an award (a revoked award stays, struck through, and stops counting). */
export function RevokeButton({ onClick }: { onClick: () => void }) {
  return (
    <Tooltip title="Thu hồi khen thưởng">
      <Button
        type="text"
        size="small"
        icon={<StopOutlined />}
        aria-label="Thu hồi khen thưởng"
        onClick={onClick}
      />
    </Tooltip>
  );
}

/** The year of an ISO date ('2025-06-01' → 2025), for grouping records on the timeline. */
export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** A year's awards (revocable) and ratings (deletable), as both the person and the unit timelines show them. */
export function AwardAndRatingLines(props: {
  awards: AwardView[];
  ratings: RatingView[];
  onRevoke: (award: AwardView) => void;
  onDeleteRating: (id: string) => Promise<unknown>;
}) {
  return (
    <>
      {props.awards.map((a) => (
        <AwardLine
          key={a.id}
          award={a}
          action={a.can.revoke ? <RevokeButton onClick={() => props.onRevoke(a)} /> : null}
        />
      ))}
      {props.ratings.map((r) => (
        <RatingLine
          key={r.id}
          rating={r}
          action={
            r.can.delete ? (
              <DeleteButton what="kết quả xếp loại" onConfirm={() => props.onDeleteRating(r.id)} />
            ) : null
          }
        />
      ))}
    </>
  );
}
