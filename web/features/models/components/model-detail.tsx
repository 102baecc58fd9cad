// One model for signed-in users: who, what, recognised by whom; the story, links, propagation activities and the
// photos (upload JPEG/PNG up to 5 MB, remove).
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Image,
  Input,
  Popconfirm,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import {
  ACTIVITY_KIND_LABELS,
  MODEL_FIELD_LABELS,
  MODEL_SUBJECT_KIND_LABELS,
  type ModelView,
} from '../../../../contracts/models';
import { splitParagraphs } from '../../../../contracts/paragraphs';
import { errorMessage } from '../../../lib/api';
import { formatDate } from '../../../lib/format';
import { useAddPhoto, useRemovePhoto } from '../api/models-api';
import { CategoryTag, PublishedTag } from './labels';

const SOURCE_TEXT = {
  person: 'trong danh sách cá nhân',
  unit: 'trong danh sách đơn vị',
  free: 'ngoài danh sách',
};

export function ModelSummary({ model }: { model: ModelView }) {
  return (
    <Card>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          {
            key: 'subject',
            label: 'Đối tượng',
            children: (
              <span>
                <b>{model.subject.name}</b> ({MODEL_SUBJECT_KIND_LABELS[model.subject.kind].toLowerCase()},{' '}
                {SOURCE_TEXT[model.subject.source]})
                {model.subject.description ? ` — ${model.subject.description}` : ''}
              </span>
            ),
            span: 2,
          },
          { key: 'category', label: 'Loại', children: <CategoryTag category={model.category} /> },
          { key: 'field', label: 'Lĩnh vực', children: MODEL_FIELD_LABELS[model.field] },
          {
            key: 'recognized',
            label: 'Công nhận',
            children:
              [model.recognizedBy, model.recognizedOn ? `ngày ${formatDate(model.recognizedOn)}` : null]
                .filter(Boolean)
                .join(', ') || 'Chưa ghi',
          },
          { key: 'document', label: 'Văn bản công nhận', children: model.recognitionDocument ?? 'Chưa ghi' },
          ...(model.movement
            ? [{ key: 'movement', label: 'Phong trào thi đua', children: model.movement.name, span: 2 }]
            : []),
          { key: 'owner', label: 'Đơn vị quản lý', children: model.ownerUnit.name },
          {
            key: 'published',
            label: 'Công bố',
            children: (
              <span>
                <PublishedTag published={model.published} />
                {model.publishedAt ? `từ ${formatDate(model.publishedAt)}` : null}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}

export function ModelStory({ model }: { model: ModelView }) {
  const paragraphs = splitParagraphs(model.story);
  return (
    <Card title="Nội dung giới thiệu">
      {paragraphs.length ? (
        paragraphs.map((p, i) => <Typography.Paragraph key={i}>{p}</Typography.Paragraph>)
      ) : (
        <Typography.Text type="secondary">Chưa có nội dung giới thiệu.</Typography.Text>
      )}
      {model.links.length ? (
        <>
          <Typography.Title level={5}>Bài viết, phóng sự, video</Typography.Title>
          <ul style={{ paddingLeft: 20, margin: 0 }}>
            {model.links.map((l) => (
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
  );
}

export function ModelActivities({ model }: { model: ModelView }) {
  return (
    <Card title="Hoạt động tuyên truyền, biểu dương">
      {model.activities.length ? (
        <Timeline
          items={model.activities.map((a) => ({
            content: (
              <span>
                <b>{formatDate(a.heldOn)}</b> — {ACTIVITY_KIND_LABELS[a.kind]}
                {a.partner ? ` (${a.partner})` : ''}
                {a.note ? <Typography.Text type="secondary"> · {a.note}</Typography.Text> : null}
              </span>
            ),
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa ghi hoạt động tuyên truyền" />
      )}
    </Card>
  );
}

export function ModelPhotos({ model }: { model: ModelView }) {
  const [caption, setCaption] = useState('');
  const add = useAddPhoto(model.id);
  const remove = useRemovePhoto(model.id);
  const { message } = App.useApp();
  return (
    <Card title="Ảnh" data-testid="model-photos">
      {model.photos.length ? (
        <Image.PreviewGroup>
          <Flex wrap gap={16}>
            {model.photos.map((p) => (
              <Flex key={p.id} vertical gap={4} style={{ width: 200 }}>
                <Image
                  src={p.url}
                  alt={p.caption ?? model.title}
                  width={200}
                  height={150}
                  style={{ objectFit: 'cover' }}
                />
                <Flex justify="space-between" align="center">
                  <Typography.Text type="secondary" ellipsis={{ tooltip: p.caption }}>
                    {p.caption ?? ''}
                  </Typography.Text>
                  {model.can.update ? (
                    <Popconfirm
                      title="Xóa ảnh này?"
                      okText="Xóa"
                      cancelText="Không"
                      onConfirm={() =>
                        remove.mutate(p.id, {
                          onSuccess: () => message.success('Đã xóa ảnh'),
                          onError: (e) => message.error(errorMessage(e)),
                        })
                      }
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label="Xóa ảnh"
                      />
                    </Popconfirm>
                  ) : null}
                </Flex>
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="Chưa có ảnh" />
      )}
      {model.can.update ? (
        <Flex gap={8} style={{ marginTop: 16 }} wrap>
          <Input
            placeholder="Chú thích ảnh (không bắt buộc)"
            maxLength={300}
            value={caption}
            onChange={(e) => setCaption(e.target.value)}
            style={{ width: 320 }}
          />
          <Upload
            accept="image/jpeg,image/png"
            showUploadList={false}
            customRequest={({ file, onSuccess, onError }) =>
              add.mutate(
                { file: file as File, caption },
                {
                  onSuccess: (view) => {
                    message.success('Đã thêm ảnh');
                    setCaption('');
                    onSuccess?.(view);
                  },
                  onError: (e) => {
                    message.error(errorMessage(e));
                    onError?.(e as Error);
                  },
                },
              )
            }
          >
            <Button icon={<UploadOutlined />} loading={add.isPending}>
              Tải ảnh lên (JPEG, PNG, tối đa 5 MB)
            </Button>
          </Upload>
        </Flex>
      ) : null}
    </Card>
  );
}
