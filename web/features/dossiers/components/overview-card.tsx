// The facts of a dossier: who proposes to whom, under which regime, its dates and deadline, the dossiers it
// is linked to by forwarding, and — when returned — what the specialist asked to supplement.
import { Alert, Card, Descriptions, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { DossierView, LinkedDossierView } from '../../../../contracts/dossiers';
import { AWARD_TYPE_LABELS } from '../../../../contracts/history-enums';
import { formatDateTime } from '../../../lib/format';
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

export function OverviewCard({ dossier }: { dossier: DossierView }) {
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
