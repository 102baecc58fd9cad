// The actions on a registration the user may take: submit (or resubmit), accept, return with a reason, and
// "Tạo hồ sơ từ đăng ký" (a draft dossier from the accepted lines of chosen titles).
import { CheckOutlined, FileAddOutlined, RollbackOutlined, SendOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Form, Input, Modal, Popconfirm, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { RegistrationView } from '../../../../contracts/registrations';
import { errorMessage } from '../../../lib/api';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useRegistrationDossier, useRegistrationMove } from '../api/registrations-api';

function ReturnModal({ registration, onClose }: { registration: RegistrationView; onClose: () => void }) {
  const [form] = Form.useForm<{ reason: string }>();
  const move = useRegistrationMove(registration.id);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    move.mutate(
      { move: 'return', body: { version: registration.version, reason: values.reason } },
      {
        onSuccess: () => {
          message.success('Đã trả lại bản đăng ký');
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      title={`Trả lại bản đăng ký của ${registration.unit.name}`}
      okText="Trả lại"
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      confirmLoading={move.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label="Lý do trả lại"
          rules={[{ required: true, min: 3, message: 'Nêu lý do trả lại (ít nhất 3 ký tự)' }]}
          extra="Đơn vị sẽ thấy lý do này, sửa danh sách rồi gửi lại."
        >
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function DossierModal({ registration, onClose }: { registration: RegistrationView; onClose: () => void }) {
  const kinds = [...new Map(registration.lines.map((l) => [l.awardKind, l.awardKindName])).entries()];
  const [chosen, setChosen] = useState<string[]>(kinds.length > 0 ? [kinds[0]![0]] : []);
  const create = useRegistrationDossier(registration.id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <Modal
      open
      title="Tạo hồ sơ đề nghị từ bản đăng ký"
      okText="Tạo hồ sơ"
      cancelText="Hủy"
      okButtonProps={{ disabled: chosen.length === 0 }}
      confirmLoading={create.isPending}
      onCancel={onClose}
      onOk={() =>
        create.mutate(
          { awardKinds: chosen as RegistrationView['lines'][number]['awardKind'][] },
          {
            onSuccess: (r) => {
              message.success(`Đã tạo hồ sơ ${r.code} với ${r.nominees} người, tập thể được đề nghị`);
              onClose();
              void navigate(`/ho-so/${r.dossierId}`);
            },
            onError: (e) => message.error(errorMessage(e)),
          },
        )
      }
    >
      <Typography.Paragraph>
        Chọn các danh hiệu đưa vào hồ sơ. Danh sách đề nghị lấy từ các dòng đã được chấp nhận của bản đăng ký;
        các danh hiệu trong một hồ sơ phải cùng cấp có thẩm quyền khen thưởng.
      </Typography.Paragraph>
      <Checkbox.Group
        value={chosen}
        onChange={(v) => setChosen(v as string[])}
        options={kinds.map(([value, label]) => ({
          value,
          label: `${label} (${registration.lines.filter((l) => l.awardKind === value).length})`,
        }))}
        style={{ display: 'flex', flexDirection: 'column', gap: 8 }}
      />
    </Modal>
  );
}

export function RegistrationActions({ registration }: { registration: RegistrationView }) {
  const move = useRegistrationMove(registration.id);
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);
  const [dossier, setDossier] = useState(false);
  const act = (name: 'submit' | 'accept', done: string) =>
    move.mutate(
      { move: name, body: { version: registration.version } },
      { onSuccess: () => message.success(done), onError: (e) => message.error(errorMessage(e)) },
    );
  const { can } = registration;
  return (
    <>
      {can.submit ? (
        <Popconfirm
          title={
            registration.status === 'returned' ? 'Gửi lại bản đăng ký?' : 'Gửi bản đăng ký lên cấp trên?'
          }
          description={`Gửi ${registration.parent.name}; sau khi gửi không sửa được, trừ khi bị trả lại.`}
          okText="Gửi"
          cancelText="Không"
          onConfirm={() => act('submit', 'Đã gửi bản đăng ký')}
        >
          <Button type="primary" icon={<SendOutlined />} loading={move.isPending}>
            {registration.status === 'returned' ? 'Gửi lại' : 'Gửi đăng ký'}
          </Button>
        </Popconfirm>
      ) : null}
      {can.accept ? (
        <Popconfirm
          title="Chấp nhận bản đăng ký này?"
          okText="Chấp nhận"
          cancelText="Không"
          onConfirm={() => act('accept', 'Đã chấp nhận bản đăng ký')}
        >
          <Button type="primary" icon={<CheckOutlined />} loading={move.isPending}>
            Chấp nhận
          </Button>
        </Popconfirm>
      ) : null}
      {can.return ? (
        <Button danger icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
          Trả lại
        </Button>
      ) : null}
      {can.createDossier ? (
        <Button icon={<FileAddOutlined />} onClick={() => setDossier(true)}>
          Tạo hồ sơ từ đăng ký
        </Button>
      ) : null}
      {returning ? <ReturnModal registration={registration} onClose={() => setReturning(false)} /> : null}
      {dossier ? <DossierModal registration={registration} onClose={() => setDossier(false)} /> : null}
    </>
  );
}
