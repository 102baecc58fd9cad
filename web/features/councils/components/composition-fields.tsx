// The composition of a council as a decision names it: each member with the role in the council, the post and
// the organisation as the decision writes them.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, type FormInstance, Input, Row, Select, Typography } from 'antd';
import { COUNCIL_ROLE_LABELS, COUNCIL_ROLES, type CouncilRole } from '../../../../contracts/councils';
import { PersonPicker } from './person-picker';

export interface MemberValues {
  personId: string;
  role: CouncilRole;
  position?: string | null;
  organisation?: string | null;
}

const ROLE_OPTIONS = COUNCIL_ROLES.map((r) => ({ value: r, label: COUNCIL_ROLE_LABELS[r] }));

/** Form.List "members"; `names` gives the names of people already chosen. */
export function CompositionFields({
  form,
  names,
}: {
  form: FormInstance;
  names: ReadonlyMap<string, string>;
}) {
  const members = Form.useWatch('members', form) as MemberValues[] | undefined;
  return (
    <>
      <Typography.Paragraph type="secondary">
        Ghi đủ thành viên theo quyết định: một Chủ tịch Hội đồng, tối đa một Phó Chủ tịch thường trực và một
        Ủy viên kiêm Thư ký. Hiện có <b>{members?.length ?? 0}</b> thành viên.
      </Typography.Paragraph>
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
                <Col xs={12} md={5}>
                  <Form.Item
                    name={[field.name, 'role']}
                    label={index === 0 ? 'Chức danh trong Hội đồng' : undefined}
                    rules={[{ required: true, message: 'Chọn chức danh' }]}
                  >
                    <Select options={ROLE_OPTIONS} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name={[field.name, 'position']} label={index === 0 ? 'Chức vụ' : undefined}>
                    <Input maxLength={300} placeholder="Trưởng phòng Nội vụ" />
                  </Form.Item>
                </Col>
                <Col xs={20} md={6}>
                  <Form.Item
                    name={[field.name, 'organisation']}
                    label={index === 0 ? 'Cơ quan, đơn vị' : undefined}
                  >
                    <Input maxLength={300} placeholder="UBND huyện Cẩm Xuyên" />
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
              onClick={() => add({ role: fields.length === 0 ? 'chu_tich' : 'uy_vien' })}
            >
              Thêm thành viên
            </Button>
          </>
        )}
      </Form.List>
    </>
  );
}

/** The members of the form as the API takes them. */
export function membersBody(values: MemberValues[] | undefined) {
  return (values ?? []).map((m) => ({
    personId: m.personId,
    role: m.role,
    position: m.position || null,
    organisation: m.organisation || null,
  }));
}
