// The money of a decision: each kind's multiplier × base pay on the decision date, rounded up, the total in
// figures and in words (the sentences of Điều 2).
import { Card, Descriptions, Typography } from 'antd';
import type { DecisionView } from '../../../../contracts/decisions';
import { formatMoney } from '../../../lib/format';

export function MoneyCard({ decision }: { decision: DecisionView }) {
  const { money } = decision;
  return (
    <Card title="Tiền thưởng (Điều 2)" size="small">
      {money.total === 0 ? (
        <Typography.Text type="secondary">
          Các danh hiệu, hình thức trong quyết định không kèm tiền thưởng.
        </Typography.Text>
      ) : (
        <>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'base', label: 'Mức lương cơ sở áp dụng', children: formatMoney(money.basePay) },
              { key: 'total', label: 'Tổng số tiền', children: <strong>{formatMoney(money.total)}</strong> },
              { key: 'words', label: 'Bằng chữ', children: money.totalWords },
            ]}
          />
          <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
            {money.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}
