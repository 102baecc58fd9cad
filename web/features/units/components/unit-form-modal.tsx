// Create a child unit, or correct a unit's fields (a dated rename is a lineage event instead).
import { Alert, App, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { AdminLevel, UnitKind } from '../../../../contracts/enums';
import type { UnitDetail } from '../../../../contracts/units';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { useCreateUnit, useUpdateUnit } from '../api/units-api';
import { UnitFields } from './unit-fields';

interface Values {
  name: string;
  shortName?: string | null;
  code?: string | null;
  kind: UnitKind;
  level: AdminLevel;
  validFrom?: Dayjs | null;
}

interface UnitFormModalProps {
  mode: 'create' | 'edit';
  unit: UnitDetail;
  onClose: () => void;
  onSaved: (id: string) => void;
}

export function UnitFormModal({ mode, unit, onClose, onSaved }: UnitFormModalProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreateUnit();
  const update = useUpdateUnit(unit.id);
  const { message } = App.useApp();
  const pending = create.isPending || update.isPending;

  const initial: Partial<Values> =
    mode === 'edit'
      ? { name: unit.name, shortName: unit.shortName, code: unit.code, kind: unit.kind, level: unit.level }
      : { validFrom: dayjs(), level: unit.level };

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const onError = (error: unknown) => {
      reportFormError(form, error, message.error);
    };
    const common = {
      name: values.name,
      shortName: values.shortName ?? null,
      code: values.code ?? null,
      kind: values.kind,
      level: values.level,
    };
    if (mode === 'create') {
      create.mutate(
        { ...common, parentId: unit.id, validFrom: toIsoDate(values.validFrom) ?? undefined },
        {
          onSuccess: (created) => {
            message.success(`Đã thêm đơn vị ${created.name}`);
            onSaved(created.id);
          },
          onError,
        },
      );
    } else {
      update.mutate(
        { ...common, version: unit.version },
        {
          onSuccess: (saved) => {
            message.success('Đã lưu thay đổi');
            onSaved(saved.id);
          },
          onError,
        },
      );
    }
  };

  return (
    <Modal
      open
      title={mode === 'create' ? `Thêm đơn vị trực thuộc ${unit.name}` : `Sửa thông tin ${unit.name}`}
      okText={mode === 'create' ? 'Thêm đơn vị' : 'Lưu'}
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={pending}
      width={640}
      destroyOnHidden
    >
      {mode === 'edit' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="Chỉ dùng để đính chính thông tin nhập sai."
          description="Nếu đơn vị đổi tên hoặc chuyển trực thuộc theo quyết định từ một ngày cụ thể, hãy dùng “Ghi nhận thay đổi” để giữ lịch sử."
        />
      ) : null}
      <Form form={form} layout="vertical" initialValues={initial}>
        <UnitFields parentLevel={mode === 'create' ? unit.level : null} />
        {mode === 'create' ? (
          <Form.Item
            name="validFrom"
            label="Hoạt động từ ngày"
            tooltip="Ngày thành lập hoặc bắt đầu hoạt động; mặc định là hôm nay"
          >
            <DatePicker format={DATE_FORMAT} style={{ width: 200 }} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
