// Kind-specific fields of a lineage event: rename, move and merge (split has its own file).
import { Checkbox, Form, Input, Radio } from 'antd';
import type { UnitDetail } from '../../../../contracts/units';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { UnitFields } from './unit-fields';

export function RenameFields({ unit }: { unit: UnitDetail }) {
  return (
    <>
      <Form.Item label="Tên hiện tại">
        <Input value={unit.name} disabled />
      </Form.Item>
      <Form.Item
        name="newName"
        label="Tên mới"
        rules={[{ required: true, whitespace: true, message: 'Nhập tên mới của đơn vị' }]}
      >
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="newShortName" label="Tên viết tắt mới" tooltip="Để trống nếu không có tên viết tắt">
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}

export function MoveFields({ unit }: { unit: UnitDetail }) {
  return (
    <Form.Item
      name="newParentId"
      label="Chuyển về trực thuộc đơn vị"
      rules={[{ required: true, message: 'Chọn đơn vị cấp trên mới' }]}
      tooltip="Đơn vị và các đơn vị trực thuộc của nó được chuyển sang đơn vị cấp trên mới từ ngày hiệu lực"
    >
      <UnitTreeSelect disabledIds={[unit.id, ...(unit.parentId ? [unit.parentId] : [])]} />
    </Form.Item>
  );
}

export function MergeFields({ unit }: { unit: UnitDetail }) {
  const mode = Form.useWatch<'existing' | 'new'>('mode');
  return (
    <>
      <Form.Item
        name="sourceIds"
        label="Các đơn vị bị sáp nhập"
        rules={[{ required: true, message: 'Chọn ít nhất một đơn vị bị sáp nhập' }]}
        tooltip="Các đơn vị này ngừng hoạt động từ ngày trước ngày hiệu lực"
      >
        <UnitTreeSelect multiple />
      </Form.Item>
      <Form.Item name="mode" label="Hình thức">
        <Radio.Group
          options={[
            { value: 'existing', label: 'Sáp nhập vào một đơn vị đang có' },
            { value: 'new', label: 'Hợp nhất thành đơn vị mới' },
          ]}
        />
      </Form.Item>
      {mode === 'new' ? (
        <>
          <Form.Item
            name={['newUnit', 'parentId']}
            label="Đơn vị mới trực thuộc"
            rules={[{ required: true, message: 'Chọn đơn vị cấp trên của đơn vị mới' }]}
          >
            <UnitTreeSelect />
          </Form.Item>
          <UnitFields prefix={['newUnit']} parentLevel={unit.level} />
        </>
      ) : (
        <Form.Item
          name="targetId"
          label="Đơn vị tiếp nhận"
          rules={[{ required: true, message: 'Chọn đơn vị tiếp nhận' }]}
        >
          <UnitTreeSelect />
        </Form.Item>
      )}
      <Form.Item name="moveChildren" valuePropName="checked">
        <Checkbox>Chuyển các đơn vị trực thuộc đang hoạt động sang đơn vị tiếp nhận</Checkbox>
      </Form.Item>
    </>
  );
}
