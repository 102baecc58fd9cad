// The members of a cluster or block: leader and deputy, the rotation order and next year's proposal by
// rotation; the organiser edits the list.
import { DeleteOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, InputNumber, Modal, Row, Select, Typography } from 'antd';
import { useState } from 'react';
import {
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  type GroupView,
  type MemberRole,
  type MemberView,
} from '../../../../contracts/clusters';
import { DataTable } from '../../../components/data-table';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useReplaceMembers } from '../api/clusters-api';
import { RoleTag } from './labels';

interface MemberValues {
  unitId: string;
  role: MemberRole;
  rotationOrder: number;
}

function MembersModal({ group, onClose }: { group: GroupView; onClose: () => void }) {
  const [form] = Form.useForm<{ members: MemberValues[] }>();
  const save = useReplaceMembers(group.id);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    save.mutate(
      { version: group.version, members: values.members ?? [] },
      {
        onSuccess: () => {
          message.success('Đã lưu thành viên cụm, khối');
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      width={820}
      title="Thành viên, trưởng và phó cụm, khối"
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        Thứ tự luân phiên quyết định trưởng, phó năm sau: đơn vị kế tiếp trưởng cụm năm nay làm trưởng cụm,
        đơn vị kế tiếp nữa làm phó cụm (có thể sửa khi lập cụm năm sau).
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          members: group.members.map((m) => ({
            unitId: m.unit.id,
            role: m.role,
            rotationOrder: m.rotationOrder,
          })),
        }}
      >
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Row key={field.key} gutter={8}>
                  <Col xs={24} md={13}>
                    <Form.Item
                      name={[field.name, 'unitId']}
                      label={field.name === 0 ? 'Đơn vị' : ''}
                      rules={[{ required: true, message: 'Chọn đơn vị' }]}
                    >
                      <UnitTreeSelect includeClosed />
                    </Form.Item>
                  </Col>
                  <Col xs={12} md={6}>
                    <Form.Item name={[field.name, 'role']} label={field.name === 0 ? 'Vai trò' : ''}>
                      <Select
                        options={MEMBER_ROLES.map((r) => ({ value: r, label: MEMBER_ROLE_LABELS[r] }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={4}>
                    <Form.Item
                      name={[field.name, 'rotationOrder']}
                      label={field.name === 0 ? 'Thứ tự luân phiên' : ''}
                      rules={[{ required: true, message: 'Nhập thứ tự' }]}
                    >
                      <InputNumber min={1} max={500} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} md={1}>
                    <Form.Item label={field.name === 0 ? ' ' : ''}>
                      <Button
                        type="text"
                        danger
                        aria-label="Bỏ đơn vị"
                        icon={<DeleteOutlined />}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ role: 'member', rotationOrder: fields.length + 1 })}
              >
                Thêm đơn vị
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

export function MembersCard({ group }: { group: GroupView }) {
  const [editing, setEditing] = useState(false);
  return (
    <Card
      size="small"
      title={
        <span>
          <TeamOutlined /> Thành viên ({group.members.length})
        </span>
      }
      extra={
        group.can.manageMembers ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            Sửa thành viên
          </Button>
        ) : null
      }
    >
      <DataTable<MemberView>
        rowKey={(m) => m.unit.id}
        dataSource={group.members}
        emptyText="Chưa có đơn vị thành viên"
        columns={[
          { title: 'Thứ tự', dataIndex: 'rotationOrder', width: 80 },
          { title: 'Đơn vị', key: 'unit', render: (_v, m) => <b>{m.unit.name}</b> },
          { title: 'Vai trò', dataIndex: 'role', render: (r: MemberRole) => <RoleTag role={r} /> },
        ]}
      />
      {group.rotation.leader ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          Đề xuất năm {group.year + 1} theo thứ tự luân phiên: trưởng cụm, khối{' '}
          <b>{group.rotation.leader.name}</b>
          {group.rotation.deputy ? (
            <>
              , phó cụm, khối <b>{group.rotation.deputy.name}</b>
            </>
          ) : null}
          .
        </Typography.Paragraph>
      ) : null}
      {editing ? <MembersModal group={group} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}
