// An issued (or recorded) decision's particulars as the document states them: authority, number and date,
// signer, căn cứ, proposal; a revocation act's reason and the decision it revokes from.
import { Card, Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { DecisionView } from '../../../../contracts/decisions';
import { AWARD_TYPE_LABELS } from '../../../../contracts/history-enums';
import { signatureLines } from '../../../../domain/decisions';
import { formatDate, formatDateTime } from '../../../lib/format';

export function DecisionSummary({ decision: d }: { decision: DecisionView }) {
  const signer = [...signatureLines(d), d.signerName].filter(Boolean).join(' — ');
  const items: { key: string; label: string; children: ReactNode }[] = [
    { key: 'authority', label: 'Cơ quan, người có thẩm quyền', children: d.authorityLabel },
    {
      key: 'number',
      label: 'Số, ký hiệu',
      children: d.number ?? `Cấp khi ban hành (…${d.numberPreview.replace(/^Số:\s*/u, '').trim()})`,
    },
    { key: 'date', label: 'Ngày ký', children: formatDate(d.decisionDate) },
    { key: 'type', label: 'Loại hình', children: AWARD_TYPE_LABELS[d.awardType] },
    { key: 'signer', label: 'Người ký', children: signer || 'Chưa ghi' },
  ];
  if (d.revokes) {
    items.push({
      key: 'revokes',
      label: 'Thu hồi khen thưởng tại',
      children: (
        <Link to={`/quyet-dinh/${d.revokes.id}`}>
          Quyết định số {d.revokes.number} ngày {formatDate(d.revokes.decisionDate)}
        </Link>
      ),
    });
  }
  if (d.reason) items.push({ key: 'reason', label: 'Lý do thu hồi', children: d.reason });
  if (d.issuedAt) {
    items.push({
      key: 'issued',
      label: d.origin === 'external' ? 'Ghi nhận lúc' : 'Ban hành trong hệ thống lúc',
      children: `${formatDateTime(d.issuedAt)}${d.issuedByName ? ` bởi ${d.issuedByName}` : ''}`,
    });
  }
  if (d.note) items.push({ key: 'note', label: 'Ghi chú', children: d.note });
  return (
    <Card title="Thông tin quyết định" size="small">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} items={items} />
      {d.legalBases.length > 0 ? (
        <>
          <Typography.Text strong>Căn cứ ban hành</Typography.Text>
          <ul style={{ marginTop: 4 }}>
            {d.legalBases.map((b) => (
              <li key={b}>
                <Typography.Text italic>{b}</Typography.Text>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {d.proposedBy ? <Typography.Paragraph>Theo đề nghị của {d.proposedBy}.</Typography.Paragraph> : null}
    </Card>
  );
}
