// The movement's documents by role (launching, implementing, related, review), and those of the movements above
// that it implements.
import { Card, Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  DOCUMENT_ROLE_LABELS,
  DOCUMENT_ROLES,
  type MovementDocumentView,
  type MovementView,
} from '../../../../contracts/movements';
import { EmptyState } from '../../../components/empty';
import { LevelTag } from './labels';

function DocumentsTable({
  rows,
  showMovement,
  empty,
}: {
  rows: MovementDocumentView[];
  showMovement?: boolean;
  empty?: string;
}) {
  return (
    <Table<MovementDocumentView>
      rowKey={(d) => `${d.movementId}:${d.id}`}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 900 }}
      locale={{ emptyText: <EmptyState description={empty ?? 'Chưa có văn bản'} /> }}
      columns={[
        {
          title: 'Văn bản',
          key: 'ref',
          width: '40%',
          render: (_, d) => (
            <Flex vertical>
              <Link to={`/van-ban/${d.id}`}>{d.reference}</Link>
              {d.numberSymbol && d.summary ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {d.summary}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        },
        {
          title: 'Cơ quan ban hành',
          key: 'issuer',
          render: (_, d) => (
            <Flex gap={4} wrap>
              {d.issuerName ?? '—'}
              {d.issuerLevel ? <LevelTag level={d.issuerLevel} /> : null}
            </Flex>
          ),
        },
        ...(showMovement
          ? [
              {
                title: 'Của phong trào',
                key: 'movement',
                render: (_: unknown, d: MovementDocumentView) => (
                  <Link to={`/phong-trao/${d.movementId}`}>{d.movementName}</Link>
                ),
              },
            ]
          : []),
        {
          title: 'Vai trò',
          key: 'role',
          width: 220,
          render: (_, d) => <Tag>{DOCUMENT_ROLE_LABELS[d.role]}</Tag>,
        },
      ]}
    />
  );
}

export function MovementDocumentsCard({ movement: m }: { movement: MovementView }) {
  const ordered = [...m.documents].sort(
    (a, b) => DOCUMENT_ROLES.indexOf(a.role) - DOCUMENT_ROLES.indexOf(b.role),
  );
  return (
    <Card title="Văn bản">
      <DocumentsTable rows={ordered} empty="Phong trào ở cấp này chưa có văn bản riêng" />
      {m.upstreamDocuments.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            Văn bản của phong trào cấp trên
          </Typography.Title>
          <DocumentsTable rows={m.upstreamDocuments} showMovement />
        </>
      ) : null}
    </Card>
  );
}
