// A recommendation after an inspection (content, deadline), and a progress report on it from the inspected
// unit (status, date, what was done).
import { Alert, App, DatePicker, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  type RecommendationView,
  type TargetView,
} from '../../../../contracts/inspections';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useAddRecommendation, useReportFollowUp, useUpdateRecommendation } from '../api/inspections-api';

interface RecommendationModalProps {
  target: TargetView;
  recommendation: RecommendationView | null;
  onClose: () => void;
}

export function RecommendationModal({ target, recommendation, onClose }: RecommendationModalProps) {
  const [form] = Form.useForm<{ content: string; dueOn?: Dayjs | null }>();
  const add = useAddRecommendation();
  const update = useUpdateRecommendation();
  const { message } = App.useApp();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const fields = { content: values.content, dueOn: toIsoDate(values.dueOn) };
    const done = {
      onSuccess: () => {
        message.success(recommendation ? 'Đã lưu kiến nghị' : 'Đã thêm kiến nghị');
        onClose();
      },
      onError: (error: unknown) => reportFormError(form, error, message.error),
    };
    if (recommendation)
      update.mutate({ id: recommendation.id, body: { ...fields, version: recommendation.version } }, done);
    else add.mutate({ targetId: target.id, body: fields }, done);
  };

  return (
    <Modal
      open
      width={640}
      title={`${recommendation ? 'Sửa kiến nghị' : 'Thêm kiến nghị'} — ${target.unit.name}`}
      okText={recommendation ? 'Lưu' : 'Thêm'}
      cancelText="Hủy"
      confirmLoading={add.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ content: recommendation?.content, dueOn: fromIsoDate(recommendation?.dueOn) }}
      >
        <Form.Item
          name="content"
          label="Nội dung kiến nghị"
          rules={[{ required: true, min: 3, message: 'Nhập nội dung kiến nghị' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="dueOn"
          label="Hạn thực hiện"
          extra="Quá hạn mà chưa thực hiện xong thì kiến nghị được đánh dấu quá hạn. Không ghi hạn thì không tính quá hạn."
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface FollowUpModalProps {
  unitName: string;
  recommendation: RecommendationView;
  onClose: () => void;
}

export function FollowUpModal({ unitName, recommendation, onClose }: FollowUpModalProps) {
  const [form] = Form.useForm<{ status: FollowUpStatus; on: Dayjs; note: string }>();
  const report = useReportFollowUp();
  const { message } = App.useApp();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    report.mutate(
      {
        id: recommendation.id,
        body: {
          version: recommendation.version,
          status: values.status,
          on: toIsoDate(values.on) ?? '',
          note: values.note,
        },
      },
      {
        onSuccess: () => {
          message.success('Đã cập nhật tình hình thực hiện');
          onClose();
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };

  return (
    <Modal
      open
      width={640}
      title={`Tình hình thực hiện kiến nghị — ${unitName}`}
      okText="Cập nhật"
      cancelText="Hủy"
      confirmLoading={report.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title={recommendation.content}
        description={
          recommendation.dueOn ? `Hạn thực hiện: ${formatDate(recommendation.dueOn)}` : 'Không ghi hạn'
        }
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          status: recommendation.status === 'open' ? 'in_progress' : recommendation.status,
          on: dayjs(),
        }}
      >
        <Form.Item name="status" label="Tình hình">
          <Radio.Group
            optionType="button"
            options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: FOLLOW_UP_STATUS_LABELS[s] }))}
          />
        </Form.Item>
        <Form.Item name="on" label="Ngày cập nhật" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="note"
          label="Nội dung đã thực hiện (hoặc lý do)"
          rules={[{ required: true, message: 'Nhập nội dung đã thực hiện' }]}
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
