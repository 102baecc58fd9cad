// Creating an account, or changing its name and roles; each role is bound to a unit and its subtree.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Col, Form, Input, Modal, Row, Select, Typography } from 'antd';
import { ROLES, ROLE_LABELS, type Role } from '../../../../contracts/enums';
import type { UserView } from '../../../../contracts/users';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useCreateUser, useUpdateUser } from '../api/users-api';

const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }));

interface Values {
  username: string;
  fullName: string;
  password: string;
  roles: { role: Role; unitId: string }[];
}

export function UserFormModal({ user, onClose }: { user: UserView | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateUser();
  const update = useUpdateUser();
  const { message } = App.useApp();
  const isNew = user === null;

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const onError = (error: unknown) => {
      reportFormError(form, error, message.error);
    };
    const roles = values.roles.map((r) => ({ role: r.role, unitId: r.unitId }));
    if (isNew) {
      create.mutate(
        { username: values.username, fullName: values.fullName, password: values.password, roles },
        {
          onSuccess: (created) => {
            message.success(`Đã tạo tài khoản ${created.username}`);
            onClose();
          },
          onError,
        },
      );
    } else {
      update.mutate(
        { id: user.id, body: { fullName: values.fullName, roles, version: user.version } },
        {
          onSuccess: () => {
            message.success('Đã lưu tài khoản');
            onClose();
          },
          onError,
        },
      );
    }
  };

  return (
    <Modal
      open
      title={isNew ? 'Tạo tài khoản' : `Sửa tài khoản ${user.username}`}
      okText={isNew ? 'Tạo tài khoản' : 'Lưu'}
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      width={720}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          isNew
            ? { roles: [{ role: 'officer' }] }
            : { fullName: user.fullName, roles: user.roles.map((r) => ({ role: r.role, unitId: r.unitId })) }
        }
      >
        <Row gutter={12}>
          {isNew ? (
            <Col xs={24} md={12}>
              <Form.Item
                name="username"
                label="Tên đăng nhập"
                tooltip="3–50 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới"
                rules={[
                  { required: true, message: 'Nhập tên đăng nhập' },
                  {
                    pattern: /^[a-z0-9._-]{3,50}$/,
                    message: 'Chỉ gồm chữ thường không dấu, số, . _ - (3–50 ký tự)',
                  },
                ]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
          ) : null}
          <Col xs={24} md={isNew ? 12 : 24}>
            <Form.Item
              name="fullName"
              label="Họ và tên"
              rules={[{ required: true, whitespace: true, message: 'Nhập họ và tên người dùng' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        {isNew ? (
          <Form.Item
            name="password"
            label="Mật khẩu ban đầu"
            tooltip="Ít nhất 8 ký tự, có cả chữ và số; người dùng nên đổi sau lần đăng nhập đầu"
            rules={[
              { required: true, message: 'Nhập mật khẩu' },
              { min: 8, message: 'Mật khẩu phải có ít nhất 8 ký tự' },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        ) : null}
        <Typography.Title level={5}>Vai trò</Typography.Title>
        <Typography.Paragraph type="secondary">
          Mỗi vai trò gắn với một đơn vị và có hiệu lực cho cả các đơn vị trực thuộc.
        </Typography.Paragraph>
        <Form.List
          name="roles"
          rules={[
            {
              validator: (_, roles?: unknown[]) =>
                roles && roles.length > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error('Cần gán ít nhất một vai trò')),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((field) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={24} md={10}>
                    <Form.Item
                      name={[field.name, 'role']}
                      rules={[{ required: true, message: 'Chọn vai trò' }]}
                    >
                      <Select options={ROLE_OPTIONS} placeholder="Vai trò" />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={12}>
                    <Form.Item
                      name={[field.name, 'unitId']}
                      rules={[{ required: true, message: 'Chọn đơn vị' }]}
                    >
                      <UnitTreeSelect />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={2}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label="Bỏ vai trò"
                    />
                  </Col>
                </Row>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ role: 'viewer' })}>
                Thêm vai trò
              </Button>
              <Form.ErrorList errors={errors} />
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
