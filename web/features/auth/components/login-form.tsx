// The sign-in form: username and password, the server's Vietnamese errors (wrong password, throttling).
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input } from 'antd';
import { errorMessage } from '../../../lib/api';
import { applyFieldErrors } from '../../../lib/form-errors';
import { useLogin } from '../api/session-mutations';

interface LoginValues {
  username: string;
  password: string;
}

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const [form] = Form.useForm<LoginValues>();
  const login = useLogin();

  const submit = (values: LoginValues) => {
    login.mutate(values, {
      onSuccess,
      onError: (error) => applyFieldErrors(form, error),
    });
  };

  return (
    <Form<LoginValues>
      form={form}
      layout="vertical"
      requiredMark={false}
      onFinish={submit}
      onValuesChange={() => login.isError && login.reset()}
      autoComplete="on"
    >
      {login.isError ? (
        <Alert
          type="error"
          showIcon
          title={errorMessage(login.error)}
          style={{ marginBottom: 16 }}
          data-testid="login-error"
        />
      ) : null}
      <Form.Item
        name="username"
        label="Tên đăng nhập"
        rules={[{ required: true, whitespace: true, message: 'Nhập tên đăng nhập' }]}
      >
        <Input prefix={<UserOutlined />} autoComplete="username" autoFocus size="large" />
      </Form.Item>
      <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Nhập mật khẩu' }]}>
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" size="large" />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
        Đăng nhập
      </Button>
    </Form>
  );
}
