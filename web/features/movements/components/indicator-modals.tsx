// Modals of the indicators card: an indicator (name, unit of measure, overall target) and a unit's figures for a
// period (target, actual with "hơn", "gần" …, as of a date).
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  type IndicatorValueView,
  type IndicatorView,
  VALUE_QUALIFIER_LABELS,
  VALUE_QUALIFIERS,
  type ValueQualifier,
} from '../../../../contracts/movements';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useAddIndicator, useRecordValue, useUpdateIndicator, useUpdateValue } from '../api/movements-api';

const QUALIFIER_OPTIONS = VALUE_QUALIFIERS.map((q) => ({ value: q, label: VALUE_QUALIFIER_LABELS[q] }));

interface IndicatorValues {
  name: string;
  unitOfMeasure?: string | null;
  target?: number | null;
  note?: string | null;
}

export function IndicatorModal({
  movementId,
  indicator,
  onClose,
}: {
  movementId: string;
  indicator: IndicatorView | null;
  onClose: () => void;
}) {
  const [form] = Form.useForm<IndicatorValues>();
  const add = useAddIndicator(movementId);
  const update = useUpdateIndicator(movementId);
  const { message } = App.useApp();
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const body = {
      name: v.name,
      unitOfMeasure: v.unitOfMeasure || null,
      target: v.target ?? null,
      note: v.note || null,
    };
    const options = {
      onSuccess: () => {
        message.success(indicator ? 'Đã lưu chỉ tiêu' : 'Đã thêm chỉ tiêu');
        onClose();
      },
      onError: (e: unknown) => reportFormError(form, e, message.error),
    };
    if (indicator) update.mutate({ ...body, indicatorId: indicator.id, version: indicator.version }, options);
    else add.mutate(body, options);
  };
  return (
    <Modal
      open
      title={indicator ? 'Sửa chỉ tiêu' : 'Thêm chỉ tiêu'}
      okText={indicator ? 'Lưu' : 'Thêm'}
      cancelText="Hủy"
      confirmLoading={add.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          name: indicator?.name,
          unitOfMeasure: indicator?.unitOfMeasure,
          target: indicator?.target,
          note: indicator?.note,
        }}
      >
        <Form.Item
          name="name"
          label="Tên chỉ tiêu"
          rules={[{ required: true, min: 2, message: 'Nhập tên chỉ tiêu' }]}
        >
          <Input.TextArea maxLength={500} autoSize={{ minRows: 1, maxRows: 3 }} placeholder="số hợp tác xã" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="unitOfMeasure" label="Đơn vị tính">
              <Input maxLength={100} placeholder="doanh nghiệp, tỷ đồng, %" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="target" label="Chỉ tiêu chung (nếu có)">
              <InputNumber min={0} style={{ width: '100%' }} decimalSeparator="," />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label="Ghi chú">
          <Input maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface ValueValues {
  unitId?: string;
  period: [Dayjs | null, Dayjs | null];
  target?: number | null;
  actual?: number | null;
  qualifier?: ValueQualifier | null;
  asOf?: Dayjs | null;
  note?: string | null;
}

export function ValueModal({
  movementId,
  indicator,
  value,
  defaultUnitId,
  defaultPeriod,
  onClose,
}: {
  movementId: string;
  indicator: IndicatorView;
  value: IndicatorValueView | null;
  defaultUnitId: string;
  /** The movement's period, when known; else the current year. */
  defaultPeriod: { from: string | null; to: string | null };
  onClose: () => void;
}) {
  const [form] = Form.useForm<ValueValues>();
  const record = useRecordValue(movementId);
  const update = useUpdateValue(movementId);
  const { message } = App.useApp();
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const fields = {
      periodFrom: toIsoDate(v.period[0])!,
      periodTo: toIsoDate(v.period[1])!,
      target: v.target ?? null,
      actual: v.actual ?? null,
      qualifier: v.qualifier ?? null,
      asOf: toIsoDate(v.asOf),
      note: v.note || null,
    };
    const options = {
      onSuccess: () => {
        message.success('Đã lưu số liệu');
        onClose();
      },
      onError: (e: unknown) => reportFormError(form, e, message.error),
    };
    if (value) update.mutate({ ...fields, valueId: value.id, version: value.version }, options);
    else record.mutate({ ...fields, indicatorId: indicator.id, unitId: v.unitId! }, options);
  };
  const year = new Date().getFullYear();
  const from = value?.periodFrom ?? defaultPeriod.from ?? `${year}-01-01`;
  const to = value?.periodTo ?? defaultPeriod.to ?? `${year}-12-31`;
  return (
    <Modal
      open
      width={720}
      title={`${value ? 'Sửa số liệu' : 'Ghi số liệu'}: ${indicator.name}`}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={record.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          unitId: value?.unit.id ?? defaultUnitId,
          period: [fromIsoDate(from), fromIsoDate(to)],
          target: value?.target,
          actual: value?.actual,
          qualifier: value?.qualifier,
          asOf: fromIsoDate(value?.asOf),
          note: value?.note,
        }}
      >
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="unitId" label="Đơn vị" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
              <UnitTreeSelect includeClosed disabled={!!value} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="period" label="Kỳ số liệu" rules={[{ required: true, message: 'Chọn kỳ' }]}>
              <DatePicker.RangePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="asOf" label="Số liệu tính đến ngày">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="target"
              label={`Chỉ tiêu${indicator.unitOfMeasure ? ` (${indicator.unitOfMeasure})` : ''}`}
            >
              <InputNumber min={0} style={{ width: '100%' }} decimalSeparator="," />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="qualifier" label="Cách ghi" tooltip="Như báo cáo ghi: hơn 632, gần 9.164 …">
              <Select allowClear options={QUALIFIER_OPTIONS} placeholder="(đúng số)" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="actual" label="Kết quả thực hiện">
              <InputNumber min={0} style={{ width: '100%' }} decimalSeparator="," />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label="Ghi chú">
              <Input maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
