// The awardees of a higher authority's decision, one row each: cá nhân (or chủ hộ) or tập thể of ours, the kind,
// the achievement year, and — when it answers a proposal we sent up — that proposal (its subject is fixed then).
import { DeleteOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Col, Form, Input, InputNumber, Row, Select, Tag } from 'antd';
import { SUBJECT_KIND_LABELS, SUBJECT_KINDS } from '../../../../contracts/history-enums';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { awardKindOptionsQuery } from '../../../lib/award-kinds';
import { PersonPicker } from './person-picker';

export interface AwardeeRow {
  subjectKind: 'individual' | 'collective' | 'household';
  personId?: string;
  unitId?: string;
  householdName?: string;
  awardKind?: string;
  achievementYear?: number;
  nomineeId?: string;
  /** Shown for a row taken from a pending proposal. */
  label?: string;
}

export function ExternalAwardees({ date }: { date: string }) {
  const kinds = useQuery(awardKindOptionsQuery(date));
  return (
    <Form.List name="awardees">
      {(fields, { remove }) =>
        fields.map((field) => (
          <Form.Item key={field.key} noStyle shouldUpdate>
            {(form) => {
              const row = form.getFieldValue(['awardees', field.name]) as AwardeeRow;
              return (
                <Row gutter={8} align="top" style={{ borderBottom: '1px solid #f0f0f0', paddingTop: 8 }}>
                  <Col xs={24} md={4}>
                    <Form.Item
                      name={[field.name, 'subjectKind']}
                      label="Đối tượng"
                      rules={[{ required: true }]}
                    >
                      <Select
                        disabled={!!row?.nomineeId}
                        options={SUBJECT_KINDS.map((k) => ({ value: k, label: SUBJECT_KIND_LABELS[k] }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={7}>
                    {row?.nomineeId ? (
                      <Form.Item label="Theo đề nghị đã trình">
                        <Tag color="blue">{row.label}</Tag>
                      </Form.Item>
                    ) : row?.subjectKind === 'collective' ? (
                      <Form.Item
                        name={[field.name, 'unitId']}
                        label="Tập thể"
                        rules={[{ required: true, message: 'Chọn tập thể' }]}
                      >
                        <UnitTreeSelect />
                      </Form.Item>
                    ) : (
                      <Form.Item
                        name={[field.name, 'personId']}
                        label={row?.subjectKind === 'household' ? 'Chủ hộ' : 'Cá nhân'}
                        rules={[{ required: true, message: 'Chọn cá nhân' }]}
                      >
                        <PersonPicker />
                      </Form.Item>
                    )}
                  </Col>
                  {row?.subjectKind === 'household' ? (
                    <Col xs={24} md={4}>
                      <Form.Item
                        name={[field.name, 'householdName']}
                        label="Tên hộ"
                        rules={[{ required: true, message: 'Nhập tên hộ' }]}
                      >
                        <Input maxLength={200} placeholder="Hộ ông Nguyễn Văn A" />
                      </Form.Item>
                    </Col>
                  ) : null}
                  <Col xs={24} md={row?.subjectKind === 'household' ? 5 : 8}>
                    <Form.Item
                      name={[field.name, 'awardKind']}
                      label="Danh hiệu, hình thức"
                      rules={[{ required: true, message: 'Chọn danh hiệu, hình thức' }]}
                    >
                      <Select
                        showSearch={{ optionFilterProp: 'label' }}
                        loading={kinds.isPending}
                        options={(kinds.data ?? []).map((k) => ({ value: k.value, label: k.label }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={16} md={3}>
                    <Form.Item
                      name={[field.name, 'achievementYear']}
                      label="Năm thành tích"
                      rules={[{ required: true, message: 'Nhập năm' }]}
                    >
                      <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                  <Col xs={8} md={1} style={{ paddingTop: 30 }}>
                    <Button
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label="Bỏ dòng"
                    />
                  </Col>
                </Row>
              );
            }}
          </Form.Item>
        ))
      }
    </Form.List>
  );
}
