// Form fields shared by "create unit", "edit unit" and the new units of a merge or split.
import { Col, Form, Input, Row, Select } from 'antd';
import type { NamePath } from 'antd/es/form/interface';
import { ADMIN_LEVELS, ADMIN_LEVEL_LABELS, UNIT_KINDS, UNIT_KIND_LABELS } from '../../../../contracts/enums';
import type { AdminLevel, UnitKind } from '../../../../contracts/enums';

export const KIND_OPTIONS = UNIT_KINDS.map((k) => ({ value: k, label: UNIT_KIND_LABELS[k] }));
export const LEVEL_OPTIONS = ADMIN_LEVELS.map((l) => ({ value: l, label: ADMIN_LEVEL_LABELS[l] }));

/** The administrative level a kind implies, or the parent's level for units inside it (schools, villages …). */
export function levelForKind(kind: UnitKind, parentLevel: AdminLevel | null): AdminLevel {
  if (kind === 'province') return 'province';
  if (kind === 'district') return 'district';
  if (kind === 'commune' || kind === 'village') return 'commune';
  return parentLevel ?? 'province';
}

interface UnitFieldsProps {
  /** Prefix for Form.List items, e.g. ['newUnits', 0]. */
  prefix?: (string | number)[];
  parentLevel: AdminLevel | null;
  onKindChange?: (kind: UnitKind) => void;
}

export function UnitFields({ prefix = [], parentLevel, onKindChange }: UnitFieldsProps) {
  const form = Form.useFormInstance();
  const name = (field: string): NamePath => [...prefix, field];
  return (
    <>
      <Form.Item
        name={name('name')}
        label="Tên đơn vị"
        rules={[{ required: true, whitespace: true, message: 'Nhập tên đơn vị' }]}
        tooltip="Tên đầy đủ theo quyết định thành lập, ví dụ: Ủy ban nhân dân xã Cẩm Bình"
      >
        <Input maxLength={300} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name={name('shortName')} label="Tên viết tắt">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={name('code')}
            label="Mã đơn vị"
            tooltip="Mã riêng của đơn vị (nếu có), không trùng nhau"
          >
            <Input maxLength={50} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item
            name={name('kind')}
            label="Loại đơn vị"
            rules={[{ required: true, message: 'Chọn loại đơn vị' }]}
          >
            <Select
              options={KIND_OPTIONS}
              onChange={(kind: UnitKind) => {
                form.setFieldValue(name('level'), levelForKind(kind, parentLevel));
                onKindChange?.(kind);
              }}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name={name('level')}
            label="Cấp hành chính"
            rules={[{ required: true, message: 'Chọn cấp hành chính' }]}
          >
            <Select options={LEVEL_OPTIONS} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
