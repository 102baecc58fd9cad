// The documents of a dossier by kind (tờ trình, biên bản bình xét, báo cáo thành tích, chứng nhận sáng kiến,
// khác), each with its size and checksum; upload while the dossier may be changed.
import { DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, Popconfirm, Select, Space, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import {
  ATTACHMENT_KIND_LABELS,
  ATTACHMENT_KINDS,
  type AttachmentView,
  type DossierView,
} from '../../../../contracts/dossiers';
import { DataTable } from '../../../components/data-table';
import { errorMessage } from '../../../lib/api';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { fileUrl, useAddAttachment, useDeleteAttachment } from '../api/dossiers-api';

const size = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`
    : `${formatNumber(Math.ceil(bytes / 1024))} KB`;

export function AttachmentsCard({ dossier }: { dossier: DossierView }) {
  const { message } = App.useApp();
  const add = useAddAttachment(dossier.id);
  const remove = useDeleteAttachment(dossier.id);
  const [kind, setKind] = useState<string>('to_trinh');
  const [note, setNote] = useState('');
  return (
    <Card title={`Tài liệu kèm theo (${dossier.attachments.length})`}>
      {dossier.can.attach ? (
        <Form layout="inline" style={{ marginBottom: 16, rowGap: 8 }}>
          <Form.Item label="Loại tài liệu">
            <Select
              style={{ width: 230 }}
              value={kind}
              onChange={setKind}
              options={ATTACHMENT_KINDS.map((k) => ({ value: k, label: ATTACHMENT_KIND_LABELS[k] }))}
            />
          </Form.Item>
          <Form.Item label="Ghi chú">
            <Input
              value={note}
              onChange={(e) => setNote(e.target.value)}
              maxLength={500}
              style={{ width: 220 }}
            />
          </Form.Item>
          <Form.Item>
            <Upload
              accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
              showUploadList={false}
              beforeUpload={(file) => {
                add.mutate(
                  { file, kind, note },
                  {
                    onSuccess: () => {
                      message.success(`Đã đính kèm ${file.name}`);
                      setNote('');
                    },
                    onError: (e) => message.error(errorMessage(e)),
                  },
                );
                return false;
              }}
            >
              <Button icon={<UploadOutlined />} loading={add.isPending}>
                Chọn tệp và tải lên
              </Button>
            </Upload>
          </Form.Item>
          <Typography.Text type="secondary">
            PDF, Word, Excel, ảnh JPEG/PNG; tối đa 10 MB mỗi tệp.
          </Typography.Text>
        </Form>
      ) : null}
      <DataTable<AttachmentView>
        rowKey="id"
        dataSource={dossier.attachments}
        emptyText={
          dossier.can.attach
            ? 'Chưa có tài liệu. Hồ sơ thường gồm tờ trình, biên bản bình xét và báo cáo thành tích.'
            : 'Hồ sơ không có tài liệu kèm theo'
        }
        columns={[
          { title: 'Loại', dataIndex: 'kindLabel', width: 190 },
          {
            title: 'Tệp',
            key: 'file',
            render: (_, a) => (
              <Space direction="vertical" size={0}>
                <a href={fileUrl(dossier.id, a.file.id)} target="_blank" rel="noreferrer">
                  <FileOutlined /> {a.file.name}
                </a>
                {a.note ? <Typography.Text type="secondary">{a.note}</Typography.Text> : null}
              </Space>
            ),
          },
          { title: 'Dung lượng', key: 'size', width: 110, render: (_, a) => size(a.file.size) },
          {
            title: 'Mã kiểm tra (SHA-256)',
            key: 'sha',
            width: 170,
            render: (_, a) => (
              <Tooltip title={a.file.sha256}>
                <Typography.Text code>{a.file.sha256.slice(0, 12)}…</Typography.Text>
              </Tooltip>
            ),
          },
          {
            title: 'Người tải lên',
            key: 'by',
            render: (_, a) => `${a.createdByName ?? 'Hệ thống'} · ${formatDateTime(a.createdAt)}`,
          },
          {
            title: '',
            key: 'delete',
            width: 50,
            render: (_, a) =>
              a.canDelete ? (
                <Popconfirm
                  title={`Xóa tài liệu ${a.file.name}?`}
                  okText="Xóa"
                  cancelText="Không"
                  onConfirm={() =>
                    remove.mutateAsync(a.id).then(
                      () => message.success('Đã xóa tài liệu'),
                      (e: unknown) => message.error(errorMessage(e)),
                    )
                  }
                >
                  <Button size="small" danger icon={<DeleteOutlined />} aria-label="Xóa" />
                </Popconfirm>
              ) : null,
          },
        ]}
      />
    </Card>
  );
}
