// An administrator sets a new password for an account; its open sessions end.
import { App, Form, Input, Modal, Typography } from 'antd';
import type { UserView } from '../../../../contracts/users';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useResetPassword } from '../api/users-api';

export function ResetPasswordModal({ user, onClose }: { user: UserView; onClose: () => void }) {
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useResetPassword();
  const { message, modal } = App.useApp();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const { newPassword } = values;
    modal.confirm({
      title: `Đặt lại mật khẩu cho ${user.username}?`,
      content: 'Mật khẩu cũ không dùng được nữa và mọi phiên đăng nhập của tài khoản này sẽ bị đăng xuất.',
      okText: 'Đặt lại',
      okButtonProps: { danger: true },
      cancelText: 'Hủy',
      onOk: () =>
        reset.mutateAsync({ id: user.id, newPassword }).then(
          () => {
            message.success(`Đã đặt lại mật khẩu cho ${user.username}`);
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
      title={`Đặt lại mật khẩu — ${user.fullName}`}
      okText="Tiếp tục"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        Mật khẩu mới có ít nhất 8 ký tự, gồm cả chữ và số. Hãy báo mật khẩu cho người dùng qua kênh an toàn.
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
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
      </Form>
    </Modal>
  );
}
