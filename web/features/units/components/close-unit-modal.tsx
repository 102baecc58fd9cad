// Closing a unit (ngừng hoạt động) from a date; asks for confirmation first because it cannot be undone here.
import { Alert, App, Checkbox, DatePicker, Form, Input, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { UnitDetail } from '../../../../contracts/units';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../lib/format';
import { useCloseUnit } from '../api/units-api';

interface Values {
  validTo: Dayjs;
  reason?: string;
  closeChildren?: boolean;
}

export function CloseUnitModal({ unit, onClose }: { unit: UnitDetail; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const close = useCloseUnit(unit.id);
  const { message, modal } = App.useApp();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const validTo = toIsoDate(values.validTo) ?? '';
    modal.confirm({
      title: `Đóng đơn vị ${unit.name}?`,
      content: `Đơn vị sẽ ngừng hoạt động từ ngày ${formatDate(validTo)}. Lịch sử khen thưởng, công tác vẫn được giữ nguyên.`,
      okText: 'Đóng đơn vị',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: () =>
        close
          .mutateAsync({
            validTo,
            reason: values.reason ?? null,
            closeChildren: values.closeChildren ?? false,
            version: unit.version,
          })
          .then(
            () => {
              message.success(`Đã đóng đơn vị ${unit.name}`);
              onClose();
            },
            (error: unknown) => {
              reportFormError(form, error, message.error);
            },
          ),
    });
  };

  return (
    <Modal
      open
      title={`Đóng (ngừng hoạt động) ${unit.name}`}
      okText="Tiếp tục"
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={close.isPending}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="Đơn vị đã có dữ liệu không bị xóa, chỉ ngừng hoạt động."
        description="Nếu đơn vị được sáp nhập hoặc chia tách, hãy dùng “Ghi nhận thay đổi” để lịch sử chuyển sang đơn vị kế thừa."
      />
      <Form form={form} layout="vertical" initialValues={{ validTo: dayjs(), closeChildren: false }}>
        <Form.Item
          name="validTo"
          label="Ngừng hoạt động từ ngày"
          rules={[{ required: true, message: 'Chọn ngày ngừng hoạt động' }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="reason" label="Lý do">
          <Input.TextArea rows={3} maxLength={500} placeholder="Ví dụ: Giải thể theo Quyết định số …" />
        </Form.Item>
        {unit.childCount > 0 ? (
          <Form.Item name="closeChildren" valuePropName="checked">
            <Checkbox>Đóng cả các đơn vị trực thuộc đang hoạt động</Checkbox>
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
