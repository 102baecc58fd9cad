// The request of a what-if check: subject kind, award kind (names from the catalog of the year), achievement
// year, award type and the date the history is judged at.
import { Col, DatePicker, Form, InputNumber, Radio, Row, Select } from 'antd';
import {
  AWARD_TYPE_LABELS,
  AWARD_TYPES,
  SUBJECT_KIND_LABELS,
  SUBJECT_KINDS,
} from '../../../../contracts/history-enums';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import type { AwardKindOption } from '../../../lib/award-kinds';
import { DATE_FORMAT } from '../../../lib/format';

export function RequestFields({ kinds, loading }: { kinds: AwardKindOption[]; loading: boolean }) {
  const form = Form.useFormInstance();
  const awardKind = Form.useWatch(['request', 'awardKind'], form);
  const chosen = kinds.find((k) => k.value === awardKind);
  const types = chosen?.awardTypes.length ? chosen.awardTypes : AWARD_TYPES;
  const titles = kinds.filter((k) => k.category === 'title');
  const forms = kinds.filter((k) => k.category === 'form');
  return (
    <Row gutter={16}>
      <Col xs={24} md={12} xl={7}>
        <Form.Item name={['request', 'subjectKind']} label="Đối tượng">
          <Radio.Group
            optionType="button"
            options={SUBJECT_KINDS.map((s) => ({ value: s, label: SUBJECT_KIND_LABELS[s] }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} md={12} xl={8}>
        <Form.Item
          name={['request', 'awardKind']}
          label="Danh hiệu, hình thức khen thưởng"
          rules={[{ required: true, message: 'Chọn danh hiệu, hình thức' }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={loading}
            data-testid="what-if-kind"
            options={[
              { label: 'Danh hiệu thi đua', options: titles },
              { label: 'Hình thức khen thưởng', options: forms },
            ].filter((g) => g.options.length)}
            notFoundContent="Không có danh hiệu, hình thức nào cho đối tượng này"
          />
        </Form.Item>
      </Col>
      <Col xs={12} md={6} xl={4}>
        <Form.Item
          name={['request', 'year']}
          label="Năm thành tích"
          rules={[{ required: true, message: 'Nhập năm' }]}
        >
          <InputNumber min={2017} max={2100} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={12} md={6} xl={5}>
        <Form.Item name="asOf" label="Xét đến ngày" rules={[{ required: true, message: 'Chọn ngày' }]}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12} xl={9}>
        <Form.Item
          name="unitId"
          label="Áp dụng quy chế địa phương của đơn vị"
          tooltip="Để trống: chỉ áp dụng quy định chung của Nhà nước. Chọn đơn vị: áp dụng thêm quy chế thi đua, khen thưởng của đơn vị và cấp trên có hiệu lực."
        >
          <UnitTreeSelect placeholder="Chỉ quy định chung" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12} xl={9}>
        <Form.Item name={['request', 'awardType']} label="Loại hình khen thưởng">
          <Select options={types.map((t) => ({ value: t, label: AWARD_TYPE_LABELS[t] }))} />
        </Form.Item>
      </Col>
    </Row>
  );
}
