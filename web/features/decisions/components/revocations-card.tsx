// The revocation acts against a decision: number, date, reason, signer, how many awards each revoked.
import { Card, List, Typography } from 'antd';
import { Link } from 'react-router';
import type { DecisionView } from '../../../../contracts/decisions';
import { formatDate } from '../../../lib/format';

export function RevocationsCard({ decision }: { decision: DecisionView }) {
  if (decision.revocations.length === 0) return null;
  return (
    <Card title="Quyết định thu hồi" size="small">
      <List
        dataSource={decision.revocations}
        renderItem={(r) => (
          <List.Item>
            <List.Item.Meta
              title={
                <Link to={`/quyet-dinh/${r.id}`}>
                  Quyết định số {r.number} ngày {formatDate(r.decisionDate)}
                </Link>
              }
              description={
                <>
                  <Typography.Text>
                    Thu hồi {r.awardCount} khen thưởng. Lý do: {r.reason}
                  </Typography.Text>
                  {r.signerName ? (
                    <Typography.Text type="secondary"> — Người ký: {r.signerName}</Typography.Text>
                  ) : null}
                </>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
