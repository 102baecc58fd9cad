// The public page of exemplary models (no sign-in): a searchable grid of published models and one model's page.
// Only what the public API answers is shown — never a CCCD, a birth date or internal notes.
import { ArrowLeftOutlined, TrophyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Image,
  Input,
  Pagination,
  Result,
  Row,
  Tag,
  Skeleton,
  Timeline,
  Typography,
} from 'antd';
import { Link } from 'react-router';
import {
  ACTIVITY_KIND_LABELS,
  MODEL_CATEGORIES,
  MODEL_CATEGORY_LABELS,
  MODEL_FIELD_LABELS,
  type PublicModelListItem,
} from '../../../../contracts/models';
import { splitParagraphs } from '../../../../contracts/paragraphs';
import { ErrorAlert } from '../../../components/error-alert';
import { ApiError } from '../../../lib/api';
import { formatDate, formatNumber } from '../../../lib/format';
import {
  PUBLIC_PAGE_SIZE,
  type PublicListParams,
  publicModelQuery,
  publicModelsQuery,
} from '../api/models-api';
import { CategoryTag } from './labels';

const recognition = (by: string | null, on: string | null) =>
  [by, on ? `ngày ${formatDate(on)}` : null].filter(Boolean).join(', ');

function ModelCard({ model }: { model: PublicModelListItem }) {
  return (
    <Link to={`/dien-hinh/${model.id}`} style={{ display: 'block', height: '100%' }}>
      <Card
        hoverable
        style={{ height: '100%' }}
        cover={
          model.coverPhotoUrl ? (
            <img src={model.coverPhotoUrl} alt={model.title} style={{ height: 180, objectFit: 'cover' }} />
          ) : (
            // The cover's direct child is forced to display: block; the centred box goes one level down.
            <div>
              <Flex
                align="center"
                justify="center"
                style={{ height: 180, background: '#f0f5ff', color: '#1557a0' }}
              >
                <TrophyOutlined style={{ fontSize: 56 }} />
              </Flex>
            </div>
          )
        }
        data-testid="public-model-card"
      >
        <Flex vertical gap={8} align="flex-start">
          <CategoryTag category={model.category} />
          <Typography.Title level={5} style={{ margin: 0 }}>
            {model.title}
          </Typography.Title>
          <Typography.Text strong>{model.subject.name}</Typography.Text>
          {model.subject.description ? (
            <Typography.Text type="secondary">{model.subject.description}</Typography.Text>
          ) : null}
          <Typography.Paragraph ellipsis={{ rows: 3 }} style={{ marginBottom: 0 }}>
            {model.excerpt}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {MODEL_FIELD_LABELS[model.field]}
            {model.recognizedBy || model.recognizedOn
              ? ` · ${recognition(model.recognizedBy, model.recognizedOn)}`
              : ''}
          </Typography.Text>
        </Flex>
      </Card>
    </Link>
  );
}

interface PublicModelListProps {
  params: PublicListParams;
  onChange: (next: PublicListParams) => void;
}

export function PublicModelList({ params, onChange }: PublicModelListProps) {
  const query = useQuery(publicModelsQuery(params));
  const items = query.data?.items ?? [];
  return (
    <Flex vertical gap={16}>
      <Input.Search
        allowClear
        size="large"
        defaultValue={params.q}
        placeholder="Tìm theo tên, lĩnh vực, đơn vị (gõ không dấu cũng được)"
        onSearch={(q) => onChange({ ...params, q, page: 1 })}
        enterButton="Tìm"
        aria-label="Tìm điển hình"
      />
      <Flex wrap gap={8} role="group" aria-label="Loại điển hình">
        {[undefined, ...MODEL_CATEGORIES].map((c) => (
          <Tag.CheckableTag
            key={c ?? 'all'}
            checked={params.category === c}
            onChange={() => onChange({ ...params, category: c, page: 1 })}
            style={{ fontSize: 14, padding: '4px 12px', border: '1px solid #d9d9d9' }}
          >
            {c ? MODEL_CATEGORY_LABELS[c] : 'Tất cả'}
          </Tag.CheckableTag>
        ))}
      </Flex>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 6 }} />
      ) : items.length === 0 ? (
        <Empty
          description={params.q ? 'Không tìm thấy điển hình phù hợp' : 'Chưa có điển hình nào được công bố'}
        />
      ) : (
        <>
          <Typography.Text type="secondary">{formatNumber(query.data?.total ?? 0)} điển hình</Typography.Text>
          <Row gutter={[16, 16]}>
            {items.map((m) => (
              <Col key={m.id} xs={24} sm={12} lg={8} xl={6}>
                <ModelCard model={m} />
              </Col>
            ))}
          </Row>
          <Pagination
            align="center"
            current={params.page}
            pageSize={PUBLIC_PAGE_SIZE}
            total={query.data?.total ?? 0}
            showSizeChanger={false}
            onChange={(page) => onChange({ ...params, page })}
          />
        </>
      )}
    </Flex>
  );
}

export function PublicModelPage({ id }: { id: string }) {
  const query = useQuery(publicModelQuery(id));
  const back = (
    <Link to="/dien-hinh">
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
        Tất cả điển hình
      </Button>
    </Link>
  );
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy điển hình"
        subTitle="Điển hình không tồn tại hoặc chưa được công bố."
        extra={back}
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const m = query.data;
  return (
    <Flex vertical gap={16}>
      {back}
      <Flex vertical gap={8} align="flex-start">
        <CategoryTag category={m.category} />
        <Typography.Title level={2} style={{ margin: 0 }}>
          {m.title}
        </Typography.Title>
        <Typography.Text style={{ fontSize: 16 }}>
          <b>{m.subject.name}</b>
          {m.subject.description ? ` — ${m.subject.description}` : ''}
        </Typography.Text>
        <Typography.Text type="secondary">
          {MODEL_FIELD_LABELS[m.field]}
          {m.recognizedBy || m.recognizedOn
            ? ` · Công nhận: ${recognition(m.recognizedBy, m.recognizedOn)}`
            : ''}
          {m.recognitionDocument ? ` · ${m.recognitionDocument}` : ''}
        </Typography.Text>
        {m.movementName ? <Typography.Text>Phong trào thi đua: {m.movementName}</Typography.Text> : null}
      </Flex>
      {m.photos.length ? (
        <Image.PreviewGroup>
          <Flex wrap gap={12}>
            {m.photos.map((p) => (
              <figure key={p.id} style={{ margin: 0, width: 260 }}>
                <Image
                  src={p.url}
                  alt={p.caption ?? m.title}
                  width={260}
                  height={190}
                  style={{ objectFit: 'cover' }}
                />
                {p.caption ? (
                  <figcaption>
                    <Typography.Text type="secondary">{p.caption}</Typography.Text>
                  </figcaption>
                ) : null}
              </figure>
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : null}
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Card>
            {splitParagraphs(m.story).map((p, i) => (
              <Typography.Paragraph key={i} style={{ fontSize: 16 }}>
                {p}
              </Typography.Paragraph>
            ))}
            {m.links.length ? (
              <>
                <Typography.Title level={5}>Bài viết, phóng sự, video</Typography.Title>
                <ul style={{ paddingLeft: 20, margin: 0 }}>
                  {m.links.map((l) => (
                    <li key={l.url}>
                      <a href={l.url} target="_blank" rel="noopener noreferrer nofollow">
                        {l.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} lg={8}>
          <Card title="Tuyên truyền, biểu dương">
            {m.activities.length ? (
              <Timeline
                items={m.activities.map((a) => ({
                  content: (
                    <span>
                      <b>{formatDate(a.heldOn)}</b> — {ACTIVITY_KIND_LABELS[a.kind]}
                      {a.partner ? ` (${a.partner})` : ''}
                    </span>
                  ),
                }))}
              />
            ) : (
              <Typography.Text type="secondary">Chưa có hoạt động.</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
