// The facts of a dossier: who proposes to whom, under which regime, its dates and deadline, the dossiers it
// is linked to by forwarding, and — when returned — what the specialist asked to supplement.
import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { DecisionPage } from '../../../../contracts/decisions';
import type { DossierView, LinkedDossierView } from '../../../../contracts/dossiers';
import { AWARD_TYPE_LABELS } from '../../../../contracts/history-enums';
import { api } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { movementQuery } from '../../movements/api/movements-api';
import { REGIME_LABELS } from '../../eligibility/labels';
import { DeadlineTag, StatusTag } from './labels';

function Linked({ d }: { d: LinkedDossierView }) {
  const text = `${d.code} — ${d.authorityLabel}`;
  return (
    <Space wrap>
      {d.accessible ? <Link to={`/ho-so/${d.id}`}>{text}</Link> : <span>{text}</span>}
      <StatusTag status={d.status} />
      {d.decidedCount > 0 ? (
        <Typography.Text type="success">{d.decidedCount} người đã có quyết định</Typography.Text>
      ) : null}
    </Space>
  );
}

/** The movement the dossier rewards, by name, linked to its page. */
function MovementName({ id }: { id: string }) {
  const movement = useQuery(movementQuery(id));
  if (movement.isError) return <span>Phong trào không còn truy cập được</span>;
  return <Link to={`/phong-trao/${id}`}>{movement.data?.name ?? 'Đang tải…'}</Link>;
}

/**
 * The issued decisions on this dossier's nominees — including those of the authorities it was forwarded to, so
 * that the proposing unit sees the final decision of the level above.
 */
function useDossierDecisions(dossierId: string) {
  return useQuery({
    queryKey: ['decisions', 'of-dossier', dossierId],
    queryFn: ({ signal }) =>
      api<DecisionPage>('/api/decisions', {
        query: { dossierId, status: 'issued', page: 1, pageSize: 50 },
        signal,
      }),
  });
}

export function OverviewCard({ dossier }: { dossier: DossierView }) {
  const decisions = useDossierDecisions(dossier.id).data?.items ?? [];
  return (
    <Card>
      {dossier.status === 'returned' && dossier.supplementItems?.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Hồ sơ bị trả lại, cần bổ sung:"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="supplement-items">
              {dossier.supplementItems.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label="Số hồ sơ">{dossier.code}</Descriptions.Item>
        <Descriptions.Item label="Trạng thái">
          <Space wrap>
            <StatusTag status={dossier.status} />
            <DeadlineTag deadline={dossier.deadline} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="Đơn vị đề nghị">{dossier.proposingUnit.name}</Descriptions.Item>
        <Descriptions.Item label="Cấp có thẩm quyền">{dossier.authorityLabel}</Descriptions.Item>
        <Descriptions.Item label="Cơ quan tiếp nhận, thẩm định">
          {dossier.handlingUnit?.name ?? 'Cơ quan Trung ương (ngoài hệ thống); kết quả ghi khi có quyết định'}
        </Descriptions.Item>
        <Descriptions.Item label="Loại hình">{AWARD_TYPE_LABELS[dossier.awardType]}</Descriptions.Item>
        <Descriptions.Item label="Năm thành tích">{dossier.achievementYear}</Descriptions.Item>
        <Descriptions.Item label="Chế độ áp dụng">{REGIME_LABELS[dossier.regimeId]}</Descriptions.Item>
        <Descriptions.Item label="Ngày gửi">
          {dossier.submittedAt ? formatDateTime(dossier.submittedAt) : 'Chưa gửi'}
        </Descriptions.Item>
        <Descriptions.Item label="Ngày tiếp nhận">
          {dossier.receivedAt ? formatDateTime(dossier.receivedAt) : 'Chưa tiếp nhận'}
        </Descriptions.Item>
        {dossier.movementId ? (
          <Descriptions.Item label="Phong trào thi đua" span={2}>
            <MovementName id={dossier.movementId} />
          </Descriptions.Item>
        ) : null}
        {decisions.length > 0 ? (
          <Descriptions.Item label="Quyết định khen thưởng" span={2}>
            <Space direction="vertical" data-testid="dossier-decisions">
              {decisions.map((d) => (
                <Space key={d.id} wrap>
                  <Link to={`/quyet-dinh/${d.id}`}>
                    {d.number ? `Quyết định số ${d.number}` : 'Quyết định'} ngày {formatDate(d.decisionDate)}
                  </Link>
                  <span>
                    — {d.authorityLabel}, {d.awardeeCount} cá nhân, tập thể
                  </span>
                  {d.origin === 'external' ? <Tag>Quyết định cấp trên</Tag> : null}
                </Space>
              ))}
            </Space>
          </Descriptions.Item>
        ) : null}
        {dossier.forwardedFrom ? (
          <Descriptions.Item label="Trình tiếp từ hồ sơ" span={2}>
            <Linked d={dossier.forwardedFrom} />
          </Descriptions.Item>
        ) : null}
        {dossier.forwardedTo.length > 0 ? (
          <Descriptions.Item label="Đã trình cấp trên" span={2}>
            <Space direction="vertical">
              {dossier.forwardedTo.map((d) => (
                <Linked key={d.id} d={d} />
              ))}
            </Space>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
    </Card>
  );
}
