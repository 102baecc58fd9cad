// The awards proposed and granted for the movement: the nomination dossiers naming it and their nominees.
import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Flex, Table, Tag, Typography } from 'antd';
import { DOSSIER_STATUS_LABELS } from '../../../../contracts/dossiers';
import type { MovementAwardView, MovementView } from '../../../../contracts/movements';
import { EmptyState } from '../../../components/empty';
import { awardKindOptionsQuery } from '../../../lib/award-kinds';
import { todayIso } from '../../../lib/format';

type Nominee = MovementAwardView['nominees'][number];

export function AwardsCard({ movement: m }: { movement: MovementView }) {
  const kinds = useQuery(awardKindOptionsQuery(todayIso()));
  const kindName = (code: string) => kinds.data?.find((k) => k.value === code)?.label ?? code;
  return (
    <Card title="Khen thưởng trong phong trào">
      {m.awards.length === 0 ? (
        <EmptyState description="Chưa có hồ sơ đề nghị khen thưởng nào gắn với phong trào này" />
      ) : (
        <Collapse
          items={m.awards.map((a) => ({
            key: a.dossierId,
            label: (
              <Flex gap={8} wrap align="center">
                <Typography.Text strong>{a.code}</Typography.Text>
                <span>{a.title}</span>
                <Tag>{DOSSIER_STATUS_LABELS[a.status as keyof typeof DOSSIER_STATUS_LABELS] ?? a.status}</Tag>
                <Typography.Text type="secondary">
                  {a.proposingUnit.name} → {a.authorityLabel} · năm {a.achievementYear} · {a.nominees.length}{' '}
                  đề nghị
                </Typography.Text>
              </Flex>
            ),
            children: (
              <Table<Nominee>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={a.nominees}
                columns={[
                  { title: 'Đối tượng', dataIndex: 'subjectName' },
                  { title: 'Đề nghị', key: 'kind', render: (_, n) => kindName(n.awardKind) },
                  {
                    title: 'Kết quả',
                    key: 'outcome',
                    render: (_, n) =>
                      n.decided ? (
                        <Tag color="green">
                          Đã khen thưởng{n.outcomeAwardKind ? `: ${kindName(n.outcomeAwardKind)}` : ''}
                        </Tag>
                      ) : n.outcome === 'failed' ? (
                        <Tag>Hội đồng không thông qua</Tag>
                      ) : (
                        <Tag color="blue">Đang xét</Tag>
                      ),
                  },
                ]}
              />
            ),
          }))}
        />
      )}
    </Card>
  );
}
