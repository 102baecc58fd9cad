// Records the outcome of a disclosure once its period has ended and every comment is handled: no objections,
// objections examined and resolved, or objections found right (reported to the council) — with a note.
import { Alert, App, Form, Input, Modal, Radio } from 'antd';
import {
  DISCLOSURE_OUTCOME_LABELS,
  DISCLOSURE_OUTCOMES,
  type DisclosureOutcome,
  type DisclosureView,
} from '../../../../contracts/disclosures';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useCloseDisclosure } from '../api/disclosures-api';

export function CloseDisclosureModal({
  disclosure,
  onClose,
}: {
  disclosure: DisclosureView;
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ outcome: DisclosureOutcome; outcomeNote?: string }>();
  const close = useCloseDisclosure(disclosure.id);
  const { message } = App.useApp();
  const outcome = Form.useWatch('outcome', form);
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    close.mutate(
      {
        version: disclosure.version,
        outcome: values.outcome,
        outcomeNote: values.outcomeNote?.trim() || null,
      },
      {
        onSuccess: () => {
          message.success('Đã ghi nhận kết quả công khai; Hội đồng có thể bỏ phiếu');
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  const noteRequired = outcome !== 'no_objections' || disclosure.comments.length > 0;
  return (
    <Modal
      open
      width={640}
      title="Kết thúc công khai, ghi nhận kết quả"
      okText="Kết thúc công khai"
      cancelText="Hủy"
      confirmLoading={close.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="Sau khi kết thúc, trang công khai không nhận thêm ý kiến và kết quả được đưa vào biên bản họp Hội đồng. Không thể hoàn tác."
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ outcome: disclosure.comments.length > 0 ? 'objections_resolved' : 'no_objections' }}
      >
        <Form.Item name="outcome" label="Kết quả" rules={[{ required: true, message: 'Chọn kết quả' }]}>
          <Radio.Group
            options={DISCLOSURE_OUTCOMES.map((o) => ({ value: o, label: DISCLOSURE_OUTCOME_LABELS[o] }))}
            style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
          />
        </Form.Item>
        <Form.Item
          name="outcomeNote"
          label="Các ý kiến và cách giải quyết"
          rules={
            noteRequired
              ? [{ required: true, message: 'Ghi rõ các ý kiến phản ánh và kết quả giải quyết' }]
              : []
          }
        >
          <Input.TextArea rows={4} maxLength={5000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
