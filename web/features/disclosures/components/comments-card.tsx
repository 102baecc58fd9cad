// The comments received from the public: the sender (if named), the contact (for those who handle them), the
// nominee concerned, the content as typed (rendered as text), and how each was examined and answered.
import { App, Button, Card, Form, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CommentView, DisclosureView } from '../../../../contracts/disclosures';
import { reportFormError, validated } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { useHandleComment } from '../api/disclosures-api';
import { CommentStatusTag } from './labels';

function HandleModal({ comment, onClose }: { comment: CommentView; onClose: () => void }) {
  const [form] = Form.useForm<{ note: string }>();
  const handle = useHandleComment();
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    handle.mutate(
      { id: comment.id, version: comment.version, note: values.note },
      {
        onSuccess: () => {
          message.success('Đã ghi nhận việc xử lý ý kiến');
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      title="Xử lý ý kiến góp ý"
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={handle.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{comment.content}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ note: comment.handledNote ?? '' }}>
        <Form.Item
          name="note"
          label="Kết quả xem xét, xác minh và trả lời"
          rules={[{ required: true, min: 3, message: 'Ghi kết quả xem xét (ít nhất 3 ký tự)' }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function CommentsCard({ disclosure }: { disclosure: DisclosureView }) {
  const [handling, setHandling] = useState<CommentView | null>(null);
  const waiting = disclosure.comments.filter((c) => c.status === 'new').length;
  return (
    <Card
      title={`Ý kiến góp ý: ${disclosure.comments.length}`}
      extra={waiting > 0 ? <Tag color="orange">{waiting} ý kiến chưa xử lý</Tag> : null}
    >
      <List<CommentView>
        dataSource={disclosure.comments}
        locale={{
          emptyText: disclosure.status === 'draft' ? 'Chưa đăng công khai' : 'Chưa có ý kiến góp ý nào',
        }}
        renderItem={(c) => (
          <List.Item
            actions={
              disclosure.can.handleComments
                ? [
                    <Button key="h" size="small" onClick={() => setHandling(c)}>
                      {c.status === 'new' ? 'Xử lý' : 'Sửa kết quả xử lý'}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  <CommentStatusTag status={c.status} />
                  <span>{c.authorName ?? 'Người góp ý không ghi tên'}</span>
                  {c.authorContact ? (
                    <Typography.Text type="secondary">({c.authorContact})</Typography.Text>
                  ) : null}
                  {c.nomineeName ? <Tag color="blue">Về: {c.nomineeName}</Tag> : <Tag>Góp ý chung</Tag>}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(c.createdAt)}
                  </Typography.Text>
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 4 }}>
                    {c.content}
                  </Typography.Paragraph>
                  {c.handledNote ? (
                    <Typography.Text type="success">
                      Đã xử lý ({c.handledByName}, {formatDateTime(c.handledAt)}): {c.handledNote}
                    </Typography.Text>
                  ) : null}
                </>
              }
            />
          </List.Item>
        )}
      />
      {handling ? <HandleModal comment={handling} onClose={() => setHandling(null)} /> : null}
    </Card>
  );
}
