// The movement's facts (who launched it, at which level, kind, period, participating units, other names) and its
// place in the tree: the movements above, from the top, and those below.
import { ApartmentOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import {
  MOVEMENT_KIND_LABELS,
  type MovementRefView,
  type MovementView,
} from '../../../../contracts/movements';
import { splitParagraphs } from '../../../../contracts/paragraphs';
import { formatDate } from '../../../lib/format';
import { LevelTag, StatusTag } from './labels';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function MovementFacts({ movement: m }: { movement: MovementView }) {
  const paragraphs = splitParagraphs(m.description);
  return (
    <Card title="Thông tin phong trào">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'authority',
            label: 'Cơ quan phát động',
            children: (
              <Flex gap={6} wrap>
                {m.authorityName ?? 'Báo cáo không nêu'}
                <LevelTag level={m.authorityLevel} />
              </Flex>
            ),
          },
          { key: 'unit', label: 'Đơn vị theo dõi', children: m.unit.name },
          { key: 'kind', label: 'Loại', children: MOVEMENT_KIND_LABELS[m.kind] },
          { key: 'status', label: 'Trạng thái', children: <StatusTag status={m.status} /> },
          { key: 'period', label: 'Thời gian', children: m.period || dash },
          {
            key: 'launched',
            label: 'Ngày phát động',
            children: m.launchedOn ? formatDate(m.launchedOn) : dash,
          },
          ...(m.nameVariants.length
            ? [
                {
                  key: 'variants',
                  label: 'Tên gọi khác',
                  span: 2,
                  children: (
                    <Flex vertical>
                      {m.nameVariants.map((v) => (
                        <span key={v}>{v}</span>
                      ))}
                    </Flex>
                  ),
                },
              ]
            : []),
          {
            key: 'participants',
            label: 'Đơn vị tham gia',
            span: 2,
            children: m.participants.length ? (
              <Flex gap={4} wrap>
                {m.participants.map((p) => (
                  <Tag key={p.id}>{p.name}</Tag>
                ))}
              </Flex>
            ) : (
              'Các đơn vị trực thuộc đơn vị phát động'
            ),
          },
          ...(m.note ? [{ key: 'note', label: 'Ghi chú', span: 2, children: m.note }] : []),
        ]}
      />
      {paragraphs.map((p, i) => (
        <Typography.Paragraph key={i} style={{ marginTop: i === 0 ? 12 : 0, marginBottom: 6 }}>
          {p}
        </Typography.Paragraph>
      ))}
      {m.activities.length ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            Hoạt động đã triển khai
          </Typography.Title>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {m.activities.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
}

function RefLine({ movement: r, current }: { movement: MovementRefView; current?: boolean }) {
  return (
    <Flex gap={8} align="flex-start">
      <LevelTag level={r.authorityLevel} />
      <Flex vertical>
        {current ? (
          <Typography.Text strong>{r.name}</Typography.Text>
        ) : r.accessible ? (
          <Link to={`/phong-trao/${r.id}`}>{r.name}</Link>
        ) : (
          <Typography.Text>{r.name}</Typography.Text>
        )}
        {r.authorityName ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.authorityName}
          </Typography.Text>
        ) : null}
      </Flex>
    </Flex>
  );
}

export function MovementTreeCard({
  movement: m,
  onAddChild,
}: {
  movement: MovementView;
  onAddChild?: () => void;
}) {
  const self: MovementRefView = {
    id: m.id,
    name: m.name,
    authorityName: m.authorityName,
    authorityLevel: m.authorityLevel,
    status: m.status,
    accessible: true,
  };
  return (
    <Card
      title={
        <span>
          <ApartmentOutlined /> Cấp trên, cấp dưới
        </span>
      }
      extra={
        onAddChild ? (
          <Button size="small" icon={<PlusOutlined />} onClick={onAddChild}>
            Thêm cấp dưới
          </Button>
        ) : null
      }
    >
      <Flex vertical gap={6}>
        {[...m.ancestors, self].map((r, depth) => (
          <div key={r.id} style={{ paddingLeft: depth * 20 }}>
            <RefLine movement={r} current={r.id === m.id} />
          </div>
        ))}
        {m.children.length ? (
          <List
            size="small"
            style={{ paddingLeft: (m.ancestors.length + 1) * 20 }}
            dataSource={m.children}
            renderItem={(c) => (
              <List.Item style={{ paddingLeft: 0 }}>
                <RefLine movement={c} />
              </List.Item>
            )}
          />
        ) : (
          <Typography.Text type="secondary" style={{ paddingLeft: (m.ancestors.length + 1) * 20 }}>
            Chưa có phong trào cấp dưới
          </Typography.Text>
        )}
      </Flex>
    </Card>
  );
}
