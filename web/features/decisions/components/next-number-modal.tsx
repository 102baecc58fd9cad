// Sets the number the next act of a year takes (e.g. when the register continues a paper register); it cannot go
// back to or below a number already issued.
import { App, Form, InputNumber, Modal, Typography } from 'antd';
import type { RegisterView } from '../../../../contracts/decisions';
import { formatDecisionNumber } from '../../../../domain/decision-number';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useSetRegisterYear } from '../api/decisions-api';

export function NextNumberModal({
  register,
  year,
  onClose,
}: {
  register: RegisterView;
  year: RegisterView['years'][number];
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ nextNumber: number }>();
  const set = useSetRegisterYear(register.id);
  const { message } = App.useApp();
  const next = Form.useWatch('nextNumber', form);
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    set.mutate(
      { year: year.year, nextNumber: v.nextNumber },
      {
        onSuccess: () => {
          message.success('Đã đặt số tiếp theo');
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      title={`Số tiếp theo năm ${year.year} — ${register.authorityLabel}`}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={set.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        Dùng khi sổ tiếp nối sổ giấy đã ghi đến một số nào đó trong năm.
        {year.highestIssued ? ` Trong hệ thống đã ban hành đến số ${year.highestIssued}.` : ''}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ nextNumber: year.nextNumber }}>
        <Form.Item
          name="nextNumber"
          label="Số tiếp theo"
          rules={[{ required: true, message: 'Nhập số tiếp theo' }]}
          extra={
            next
              ? `Quyết định tiếp theo sẽ mang số ${formatDecisionNumber(register.pattern, next, year.year)}`
              : null
          }
        >
          <InputNumber min={(year.highestIssued ?? 0) + 1} max={9_999_999} style={{ width: 200 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
