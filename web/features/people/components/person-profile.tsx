// A person's own data: shown as facts, edited in place when the server allows it (optimistic locking).
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Flex, Form, Tooltip } from 'antd';
import { useState } from 'react';
import { GENDER_LABELS } from '../../../../contracts/enums';
import type { PersonView } from '../../../../contracts/people';
import { Can } from '../../../components/can';
import { reportFormError, validated } from '../../../lib/form-errors';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useUpdatePerson } from '../api/people-api';
import { PersonFields } from './person-fields';
import { fromPerson, type PersonFormValues, toPersonFields } from './person-values';

export function PersonProfile({ person }: { person: PersonView }) {
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm<PersonFormValues>();
  const update = useUpdatePerson(person.id);
  const { message } = App.useApp();

  const save = async () => {
    const values = await validated(form);
    if (!values) return;
    const fields = toPersonFields(values);
    // A masked CCCD was not loaded into the form: leave it unchanged unless the user typed a new one.
    const body = {
      ...fields,
      version: person.version,
      ...(values.cccd === undefined ? { cccd: undefined } : {}),
    };
    update.mutate(body, {
      onSuccess: () => {
        message.success('Đã lưu thông tin cá nhân');
        setEditing(false);
      },
      onError: (error) => {
        reportFormError(form, error, message.error);
      },
    });
  };

  const actions = editing ? (
    <Flex gap={8}>
      <Button onClick={() => setEditing(false)}>Hủy</Button>
      <Button type="primary" loading={update.isPending} onClick={() => void save()}>
        Lưu
      </Button>
    </Flex>
  ) : (
    <Can when={person.can.update}>
      <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
        Sửa
      </Button>
    </Can>
  );

  return (
    <Card title="Thông tin cá nhân" extra={actions}>
      {editing ? (
        <Form form={form} layout="vertical" initialValues={fromPerson(person)}>
          <PersonFields
            cccdHelp={
              person.cccdMasked
                ? 'Số CCCD đang được che; để trống nếu không đổi, hoặc nhập đủ 12 chữ số để thay'
                : undefined
            }
          />
        </Form>
      ) : (
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label="Họ và tên">{person.fullName}</Descriptions.Item>
          <Descriptions.Item label="Giới tính">{GENDER_LABELS[person.gender]}</Descriptions.Item>
          <Descriptions.Item label={person.birthDateMasked ? 'Năm sinh' : 'Ngày sinh'}>
            {person.birthDateMasked ? (
              <Tooltip title="Chỉ hiển thị năm sinh để bảo vệ dữ liệu cá nhân">
                <span>{person.birthYear}</span>
              </Tooltip>
            ) : (
              formatDate(person.birthDate) || '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Dân tộc">{person.ethnicity}</Descriptions.Item>
          <Descriptions.Item label="Số CCCD">
            {person.cccd ? (
              <Tooltip
                title={person.cccdMasked ? 'Số CCCD được che một phần để bảo vệ dữ liệu cá nhân' : undefined}
              >
                <span>{person.cccd}</span>
              </Tooltip>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Số điện thoại">{person.phone ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Email">{person.email ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Địa chỉ" span={2}>
            {person.address ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label="Cập nhật lần cuối">{formatDateTime(person.updatedAt)}</Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}
