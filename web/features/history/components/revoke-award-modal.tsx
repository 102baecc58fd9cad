// Revokes an award: it stays in the history, struck through with the reason, and stops counting.
import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { AwardView } from '../../../../contracts/history';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { type SubjectRef, useRevokeAward } from '../api/history-api';
import { decisionText } from './history-lines';

interface Values {
  reason: string;
  revokedOn: Dayjs;
}

export function RevokeAwardModal(props: { subject: SubjectRef; award: AwardView; onClose: () => void }) {
  const { subject, award, onClose } = props;
  const [form] = Form.useForm<Values>();
  const revoke = useRevokeAward(subject);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    revoke.mutate(
      {
        awardId: award.id,
        body: { reason: values.reason, revokedOn: toIsoDate(values.revokedOn) ?? '', version: award.version },
      },
      {
        onSuccess: () => {
          message.success(`Đã thu hồi ${award.awardKindName} năm ${award.year}`);
          onClose();
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };
  return (
    <Modal
      open
      title="Thu hồi khen thưởng"
      okText="Thu hồi"
      cancelText="Hủy"
      okButtonProps={{ danger: true }}
      confirmLoading={revoke.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={`${award.awardKindName} năm ${award.year}`}
        description={
          <>
            {decisionText(award) || 'Chưa có số, ngày quyết định'}. Khen thưởng bị thu hồi vẫn được lưu trong
            lịch sử nhưng không còn được tính khi xét điều kiện.
          </>
        }
      />
      <Form form={form} layout="vertical" initialValues={{ revokedOn: dayjs() }}>
        <Form.Item
          name="revokedOn"
          label="Ngày thu hồi"
          rules={[{ required: true, message: 'Chọn ngày thu hồi' }]}
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do thu hồi (căn cứ quyết định thu hồi)"
          rules={[{ required: true, min: 2, message: 'Nhập lý do thu hồi' }]}
        >
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
