// Adds a person together with their first employment at a unit.
import { App, Divider, Form, Modal } from 'antd';
import dayjs from 'dayjs';
import { reportFormError, validated } from '../../../lib/form-errors';
import { useCreatePerson } from '../api/people-api';
import { EmploymentFields } from './employment-fields';
import { PersonFields } from './person-fields';
import {
  type EmploymentFormValues,
  type PersonFormValues,
  toEmployment,
  toPersonFields,
} from './person-values';

type Values = PersonFormValues & { employment: EmploymentFormValues };

interface PersonCreateModalProps {
  open: boolean;
  defaultUnitId?: string;
  onClose: () => void;
}

export function PersonCreateModal({ open, defaultUnitId, onClose }: PersonCreateModalProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreatePerson();
  const { message } = App.useApp();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    create.mutate(
      { ...toPersonFields(values), employment: toEmployment(values.employment) },
      {
        onSuccess: (person) => {
          message.success(`Đã thêm cá nhân ${person.fullName}`);
          form.resetFields();
          onClose();
        },
        onError: (error) => {
          reportFormError(form, error, message.error);
        },
      },
    );
  };

  return (
    <Modal
      open={open}
      title="Thêm cá nhân"
      okText="Thêm cá nhân"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={760}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          gender: 'male',
          ethnicity: 'Kinh',
          employment: {
            unitId: defaultUnitId,
            cadreClass: 'cong_chuc',
            isDirectWorker: false,
            fromDate: dayjs(),
          },
        }}
      >
        <PersonFields />
        <Divider titlePlacement="start" style={{ marginTop: 0 }}>
          Nơi công tác hiện tại
        </Divider>
        <EmploymentFields prefix={['employment']} />
      </Form>
    </Modal>
  );
}
