// One document: its reference, issuer and level, validity and replacements, its file, and the movements it serves.
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, List, Popconfirm, Tag, Typography, Upload } from 'antd';
import { Link } from 'react-router';
import type { DocumentView } from '../../../../contracts/documents';
import { DOCUMENT_ROLE_LABELS, type DocumentRole } from '../../../../contracts/movements';
import { errorMessage } from '../../../lib/api';
import { formatDate, formatNumber } from '../../../lib/format';
import { documentFileUrl, useRemoveDocumentFile, useUploadDocumentFile } from '../api/documents-api';
import { LevelTag } from './labels';

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function DocumentFacts({ document: d }: { document: DocumentView }) {
  return (
    <Card title="Thông tin văn bản">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'type', label: 'Loại văn bản', children: d.typeLabel },
          { key: 'number', label: 'Số, ký hiệu', children: d.numberSymbol ?? 'Không có số, ký hiệu' },
          {
            key: 'date',
            label: 'Ngày ban hành',
            children: d.issuedOn ? formatDate(d.issuedOn) : 'Không ghi ngày',
          },
          { key: 'year', label: 'Năm', children: d.year ?? dash },
          {
            key: 'issuer',
            label: 'Cơ quan ban hành',
            children: (
              <Flex gap={6} wrap>
                {d.issuerName ?? 'Không ghi'}
                <LevelTag level={d.issuerLevel} />
              </Flex>
            ),
          },
          { key: 'keeper', label: 'Sổ văn bản của', children: d.unit.name },
          { key: 'summary', label: 'Trích yếu', span: 2, children: d.summary ?? dash },
          {
            key: 'validity',
            label: 'Hiệu lực',
            children:
              d.effectiveFrom || d.effectiveTo
                ? `${d.effectiveFrom ? `từ ${formatDate(d.effectiveFrom)}` : ''}${d.effectiveTo ? ` đến hết ${formatDate(d.effectiveTo)}` : ''}`
                : dash,
          },
          {
            key: 'state',
            label: 'Tình trạng',
            children: d.superseded ? <Tag>Hết hiệu lực</Tag> : <Tag color="green">Đang có hiệu lực</Tag>,
          },
          ...(d.supersededBy
            ? [
                {
                  key: 'by',
                  label: 'Được thay thế bởi',
                  span: 2,
                  children: <Link to={`/van-ban/${d.supersededBy.id}`}>{d.supersededBy.reference}</Link>,
                },
              ]
            : []),
          ...(d.supersedes.length
            ? [
                {
                  key: 'replaces',
                  label: 'Thay thế văn bản',
                  span: 2,
                  children: (
                    <Flex vertical>
                      {d.supersedes.map((s) => (
                        <Link key={s.id} to={`/van-ban/${s.id}`}>
                          {s.reference}
                        </Link>
                      ))}
                    </Flex>
                  ),
                },
              ]
            : []),
          ...(d.note ? [{ key: 'note', label: 'Ghi chú', span: 2, children: d.note }] : []),
        ]}
      />
    </Card>
  );
}

export function DocumentFile({ document: d }: { document: DocumentView }) {
  const upload = useUploadDocumentFile(d.id);
  const remove = useRemoveDocumentFile(d.id);
  const { message } = App.useApp();
  return (
    <Card
      title="Tệp văn bản"
      extra={
        d.can.update ? (
          <Upload
            accept=".pdf,.docx,.doc,.jpg,.jpeg,.png"
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutate(
                { file, version: d.version },
                {
                  onSuccess: () => message.success('Đã đính kèm tệp'),
                  onError: (e) => message.error(errorMessage(e)),
                },
              );
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {d.file ? 'Thay tệp' : 'Đính kèm tệp'}
            </Button>
          </Upload>
        ) : null
      }
    >
      {d.file ? (
        <Flex gap={12} align="center" wrap>
          <a href={documentFileUrl(d.id)} target="_blank" rel="noreferrer">
            <DownloadOutlined /> {d.file.name}
          </a>
          <Typography.Text type="secondary">{formatNumber(Math.ceil(d.file.size / 1024))} KB</Typography.Text>
          {d.can.update ? (
            <Popconfirm
              title="Gỡ tệp khỏi văn bản?"
              okText="Gỡ tệp"
              cancelText="Không"
              onConfirm={() =>
                remove.mutate(undefined, {
                  onSuccess: () => message.success('Đã gỡ tệp'),
                  onError: (e) => message.error(errorMessage(e)),
                })
              }
            >
              <Button type="text" danger icon={<DeleteOutlined />} aria-label="Gỡ tệp" />
            </Popconfirm>
          ) : null}
        </Flex>
      ) : (
        <Typography.Text type="secondary">
          Chưa có tệp. Nhận PDF, Word hoặc ảnh chụp bản ký (JPEG, PNG), tối đa 10 MB.
        </Typography.Text>
      )}
    </Card>
  );
}

export function DocumentMovements({ document: d }: { document: DocumentView }) {
  return (
    <Card title="Phong trào thi đua sử dụng văn bản này">
      <List
        size="small"
        locale={{ emptyText: 'Văn bản chưa gắn với phong trào nào' }}
        dataSource={d.movements}
        renderItem={(m) => (
          <List.Item>
            <Flex gap={8} wrap>
              <Link to={`/phong-trao/${m.id}`}>{m.name}</Link>
              <Tag>{DOCUMENT_ROLE_LABELS[m.role as DocumentRole] ?? m.role}</Tag>
            </Flex>
          </List.Item>
        )}
      />
    </Card>
  );
}
