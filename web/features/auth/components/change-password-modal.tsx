// Changing one's own password; other sessions of the account are signed out by the server.
import { App, Form, Input, Modal, Typography } from 'antd';
import { errorMessage } from '../../../lib/api';
import { applyFieldErrors, validated } from '../../../lib/form-errors';
import { useChangePassword } from '../api/session-mutations';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const change = useChangePassword();
  const { message } = App.useApp();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    change.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          message.success('Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã bị đăng xuất.');
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          if (!applyFieldErrors(form, error)) message.error(errorMessage(error));
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title="Đổi mật khẩu"
      okText="Đổi mật khẩu"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      confirmLoading={change.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        Mật khẩu mới có ít nhất 8 ký tự, gồm cả chữ và số, và khác tên đăng nhập.
      </Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="currentPassword"
          label="Mật khẩu hiện tại"
          rules={[{ required: true, message: 'Nhập mật khẩu hiện tại' }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label="Mật khẩu mới"
          rules={[
            { required: true, message: 'Nhập mật khẩu mới' },
            { min: 8, message: 'Mật khẩu phải có ít nhất 8 ký tự' },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label="Nhập lại mật khẩu mới"
          dependencies={['newPassword']}
          rules={[
            { required: true, message: 'Nhập lại mật khẩu mới' },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error('Mật khẩu nhập lại không khớp')),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
