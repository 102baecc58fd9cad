// The team as the decision establishing it names it: one trưởng đoàn, members (often members of the Hội đồng
// Thi đua - Khen thưởng), a thư ký; each with the position written in the decision and what they cover.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Form, Input, Modal, Row, Select } from 'antd';
import {
  TEAM_ROLE_LABELS,
  TEAM_ROLES,
  type PlanView,
  type TeamRole,
} from '../../../../contracts/inspections';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useReplaceTeam } from '../api/inspections-api';
import { PersonPicker } from './person-picker';

interface MemberValues {
  personId: string;
  role: TeamRole;
  position?: string | null;
  assignment?: string | null;
}

const ROLE_OPTIONS = TEAM_ROLES.map((r) => ({ value: r, label: TEAM_ROLE_LABELS[r] }));

export function TeamModal({ plan, onClose }: { plan: PlanView; onClose: () => void }) {
  const [form] = Form.useForm<{ members: MemberValues[] }>();
  const replace = useReplaceTeam(plan.id);
  const { message } = App.useApp();
  const names = new Map(plan.team.map((m) => [m.personId, m.fullName]));

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    replace.mutate(
      {
        version: plan.version,
        members: (values.members ?? []).map((m) => ({
          personId: m.personId,
          role: m.role,
          position: m.position || null,
          assignment: m.assignment || null,
        })),
      },
      {
        onSuccess: () => {
          message.success('Đã cập nhật thành phần đoàn kiểm tra');
          onClose();
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };

  return (
    <Modal
      open
      width={1000}
      title="Thành phần đoàn kiểm tra"
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={replace.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Ghi theo quyết định thành lập đoàn. Đoàn có một trưởng đoàn và tối đa một thư ký; thành viên Hội đồng Thi đua - Khen thưởng được phân công phụ trách đơn vị nào thì ghi ở cột nhiệm vụ."
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          members: plan.team.map((m) => ({
            personId: m.personId,
            role: m.role,
            position: m.position,
            assignment: m.assignment,
          })),
        }}
      >
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, index) => (
                <Row key={field.key} gutter={8} align="top">
                  <Col xs={24} md={7}>
                    <Form.Item
                      name={[field.name, 'personId']}
                      label={index === 0 ? 'Họ và tên' : undefined}
                      rules={[{ required: true, message: 'Chọn cá nhân' }]}
                    >
                      <PersonPicker
                        initialName={names.get(form.getFieldValue(['members', field.name, 'personId']))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={4}>
                    <Form.Item
                      name={[field.name, 'role']}
                      label={index === 0 ? 'Vai trò' : undefined}
                      rules={[{ required: true, message: 'Chọn vai trò' }]}
                    >
                      <Select options={ROLE_OPTIONS} />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item
                      name={[field.name, 'position']}
                      label={index === 0 ? 'Chức vụ (theo quyết định)' : undefined}
                    >
                      <Input maxLength={300} placeholder="Trưởng phòng Nội vụ, Ủy viên Hội đồng" />
                    </Form.Item>
                  </Col>
                  <Col xs={20} md={6}>
                    <Form.Item
                      name={[field.name, 'assignment']}
                      label={index === 0 ? 'Nhiệm vụ được phân công' : undefined}
                    >
                      <Input maxLength={500} placeholder="Phụ trách các xã vùng biển" />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1}>
                    <Button
                      aria-label="Bỏ thành viên"
                      icon={<DeleteOutlined />}
                      type="text"
                      danger
                      style={{ marginTop: index === 0 ? 30 : 0 }}
                      onClick={() => remove(field.name)}
                    />
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ role: fields.length === 0 ? 'truong_doan' : 'thanh_vien' })}
              >
                Thêm thành viên
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
