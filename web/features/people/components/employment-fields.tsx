// Form fields of an employment (unit, position, cadre class, direct worker, period).
import { Checkbox, Col, DatePicker, Form, Input, Row, Select } from 'antd';
import { CADRE_CLASSES, CADRE_CLASS_LABELS } from '../../../../contracts/enums';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { DATE_FORMAT } from '../../../lib/format';

const CADRE_OPTIONS = CADRE_CLASSES.map((c) => ({ value: c, label: CADRE_CLASS_LABELS[c] }));

/** `prefix` nests the fields, e.g. ['employment'] in the create form. */
export function EmploymentFields({ prefix = [], withEnd = false }: { prefix?: string[]; withEnd?: boolean }) {
  const name = (field: string) => [...prefix, field];
  return (
    <>
      <Form.Item
        name={name('unitId')}
        label="Đơn vị công tác"
        rules={[{ required: true, message: 'Chọn đơn vị công tác' }]}
      >
        <UnitTreeSelect placeholder="Chọn đơn vị (gõ để tìm, không dấu cũng được)" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name={name('position')}
            label="Chức vụ"
            tooltip="Ví dụ: Chủ tịch, Phó Chủ tịch, Giáo viên"
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={name('cadreClass')}
            label="Đối tượng"
            rules={[{ required: true, message: 'Chọn đối tượng' }]}
          >
            <Select options={CADRE_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12} align="bottom">
        <Col xs={24} md={8}>
          <Form.Item
            name={name('fromDate')}
            label="Từ ngày"
            rules={[{ required: true, message: 'Chọn ngày bắt đầu công tác' }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
          </Form.Item>
        </Col>
        {withEnd ? (
          <Col xs={24} md={8}>
            <Form.Item name={name('toDate')} label="Đến ngày" tooltip="Để trống nếu đang công tác">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} placeholder="dd/mm/yyyy" />
            </Form.Item>
          </Col>
        ) : null}
        <Col xs={24} md={withEnd ? 8 : 16}>
          <Form.Item
            name={name('isDirectWorker')}
            valuePropName="checked"
            tooltip="Công nhân, nông dân, người lao động trực tiếp sản xuất, công tác — báo cáo thống kê riêng"
          >
            <Checkbox>Người lao động trực tiếp</Checkbox>
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
