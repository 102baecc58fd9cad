// Adds a unit to the plan or changes its schedule and the team member in charge of it.
import { App, Col, DatePicker, Form, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import type { PlanView, TargetView } from '../../../../contracts/inspections';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useAddTarget, useUpdateTarget } from '../api/inspections-api';

interface Values {
  unitId: string;
  scheduledFrom: Dayjs;
  scheduledTo?: Dayjs | null;
  leadPersonId?: string | null;
}

interface TargetModalProps {
  plan: PlanView;
  target: TargetView | null;
  onClose: () => void;
}

export function TargetModal({ plan, target, onClose }: TargetModalProps) {
  const [form] = Form.useForm<Values>();
  const add = useAddTarget(plan.id);
  const update = useUpdateTarget();
  const { message } = App.useApp();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const fields = {
      scheduledFrom: toIsoDate(values.scheduledFrom) ?? '',
      scheduledTo: toIsoDate(values.scheduledTo),
      leadPersonId: values.leadPersonId ?? null,
    };
    const done = {
      onSuccess: () => {
        message.success(target ? 'Đã lưu lịch kiểm tra' : 'Đã thêm đơn vị được kiểm tra');
        onClose();
      },
      onError: (error: unknown) => reportFormError(form, error, message.error),
    };
    if (target) update.mutate({ id: target.id, body: { ...fields, version: target.version } }, done);
    else add.mutate({ ...fields, unitId: values.unitId }, done);
  };

  return (
    <Modal
      open
      width={640}
      title={target ? `Lịch kiểm tra — ${target.unit.name}` : 'Thêm đơn vị được kiểm tra'}
      okText={target ? 'Lưu' : 'Thêm'}
      cancelText="Hủy"
      confirmLoading={add.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          unitId: target?.unit.id,
          scheduledFrom: fromIsoDate(target?.scheduledFrom),
          scheduledTo: fromIsoDate(target?.scheduledTo),
          leadPersonId: target?.lead?.id ?? null,
        }}
      >
        <Form.Item
          name="unitId"
          label="Đơn vị được kiểm tra"
          rules={[{ required: true, message: 'Chọn đơn vị' }]}
          extra={`Đơn vị trực thuộc ${plan.organiser.name}.`}
        >
          <UnitTreeSelect includeClosed disabled={!!target} disabledIds={[plan.organiser.id]} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="scheduledFrom"
              label="Từ ngày"
              rules={[{ required: true, message: 'Chọn ngày' }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="scheduledTo" label="Đến ngày (nếu nhiều ngày)">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="leadPersonId" label="Thành viên đoàn phụ trách">
          <Select
            allowClear
            placeholder={plan.team.length ? 'Chọn thành viên' : 'Đoàn kiểm tra chưa có thành viên'}
            options={plan.team.map((m) => ({ value: m.personId, label: m.fullName }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
