// The status steps of a movement (launched → in progress → sơ kết / tổng kết with its document → closed) as a
// timeline, and the steps the user may take now.
import {
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Radio,
  Space,
  Timeline,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  MOVEMENT_STATUS_LABELS,
  type MovementView,
  REVIEW_KIND_LABELS,
  type ReviewKind,
  STATUS_ACTION_LABELS,
  type StatusAction,
} from '../../../../contracts/movements';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, formatDateTime, toIsoDate } from '../../../lib/format';
import { useStatusStep } from '../api/movements-api';
import { DocumentSelect } from './pickers';

const COLORS: Record<string, string> = {
  launch: 'blue',
  start: 'green',
  review: 'gold',
  resume: 'green',
  close: 'gray',
};

interface StepValues {
  occurredOn?: Dayjs | null;
  reviewKind?: ReviewKind;
  documentId?: string | null;
  note?: string | null;
}

function StepModal({
  movement,
  action,
  onClose,
}: {
  movement: MovementView;
  action: StatusAction;
  onClose: () => void;
}) {
  const [form] = Form.useForm<StepValues>();
  const step = useStatusStep(movement.id);
  const { message } = App.useApp();
  const finalOnly = movement.status === 'reviewed' && movement.lastReviewKind === 'final';
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    step.mutate(
      {
        version: movement.version,
        action,
        occurredOn: toIsoDate(v.occurredOn),
        reviewKind: action === 'review' ? (v.reviewKind ?? null) : null,
        documentId: action === 'review' ? v.documentId || null : null,
        note: v.note || null,
      },
      {
        onSuccess: (next) => {
          message.success(`Phong trào chuyển sang “${MOVEMENT_STATUS_LABELS[next.status]}”`);
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      title={STATUS_ACTION_LABELS[action]}
      okText="Ghi nhận"
      cancelText="Hủy"
      confirmLoading={step.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={{ reviewKind: finalOnly ? 'final' : 'interim' }}>
        {action === 'review' ? (
          <>
            <Form.Item
              name="reviewKind"
              label="Hình thức"
              rules={[{ required: true, message: 'Chọn sơ kết hoặc tổng kết' }]}
            >
              <Radio.Group
                options={[
                  { value: 'interim', label: REVIEW_KIND_LABELS.interim },
                  { value: 'final', label: REVIEW_KIND_LABELS.final },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="documentId"
              label="Báo cáo, quyết định sơ kết/tổng kết"
              extra="Văn bản phải có trong sổ văn bản."
            >
              <DocumentSelect />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="occurredOn" label="Ngày thực hiện">
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function StatusCard({ movement: m }: { movement: MovementView }) {
  const [action, setAction] = useState<StatusAction | null>(null);
  return (
    <Card
      title="Quá trình thực hiện"
      extra={
        m.can.actions.length ? (
          <Space wrap>
            {m.can.actions.map((a) => (
              <Button
                key={a}
                size="small"
                type={a === 'close' ? 'default' : 'primary'}
                ghost={a !== 'close'}
                onClick={() => setAction(a)}
              >
                {STATUS_ACTION_LABELS[a]}
              </Button>
            ))}
          </Space>
        ) : null
      }
    >
      <Timeline
        items={m.statusEvents.map((e) => ({
          key: e.id,
          color: COLORS[e.action] ?? 'blue',
          content: (
            <Flex vertical>
              <Typography.Text strong>
                {e.reviewKind ? REVIEW_KIND_LABELS[e.reviewKind] : e.actionLabel}
                {e.occurredOn ? ` — ${formatDate(e.occurredOn)}` : ''}
              </Typography.Text>
              {e.document ? <Link to={`/van-ban/${e.document.id}`}>{e.document.reference}</Link> : null}
              {e.note ? <span>{e.note}</span> : null}
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                Trạng thái: {MOVEMENT_STATUS_LABELS[e.toStatus]} · ghi nhận bởi {e.actorName},{' '}
                {formatDateTime(e.at)}
              </Typography.Text>
            </Flex>
          ),
        }))}
      />
      {action ? <StepModal movement={m} action={action} onClose={() => setAction(null)} /> : null}
    </Card>
  );
}
