// Split: the new units and/or existing successors, and which successor takes each open child.
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Form, Select, Typography } from 'antd';
import type { UnitDetail } from '../../../../contracts/units';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { compareVi } from '../../../lib/format';
import { flattenTree } from '../../../lib/unit-tree';
import { openChildrenQuery, unitTreeQuery } from '../api/units-api';
import { UnitFields } from './unit-fields';

/** Select values for a successor: "new:<index>" for a new unit, "id:<uuid>" for an existing one. */
export function decodeSuccessor(value: string): number | string {
  return value.startsWith('new:') ? Number(value.slice(4)) : value.slice(3);
}

export function SplitFields({ unit }: { unit: UnitDetail }) {
  const form = Form.useFormInstance();
  const children = useQuery(openChildrenQuery(unit.id));
  const tree = useQuery(unitTreeQuery());
  const names = new Map(flattenTree(tree.data?.roots ?? []).map((n) => [n.id, n.name]));
  const newUnits = (Form.useWatch<{ name?: string }[] | undefined>('newUnits') ?? []) as { name?: string }[];
  const targetIds = Form.useWatch<string[] | undefined>('targetIds') ?? [];
  const open = (children.data?.items ?? []).filter((c) => c.isOpen).sort((a, b) => compareVi(a.name, b.name));
  const successorOptions = [
    ...newUnits.map((u, i) => ({ value: `new:${i}`, label: u?.name || `Đơn vị mới thứ ${i + 1}` })),
    ...targetIds.map((id) => ({ value: `id:${id}`, label: names.get(id) ?? 'Đơn vị đang có' })),
  ];

  return (
    <>
      <Typography.Paragraph type="secondary">
        {unit.name} ngừng hoạt động từ ngày trước ngày hiệu lực. Khai báo ít nhất 2 đơn vị kế thừa (đơn vị mới
        và/hoặc đơn vị đang có).
      </Typography.Paragraph>
      <Form.List name="newUnits">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Card
                key={field.key}
                size="small"
                style={{ marginBottom: 12 }}
                title={`Đơn vị mới thứ ${field.name + 1}`}
                extra={
                  <Button type="text" danger icon={<DeleteOutlined />} onClick={() => remove(field.name)}>
                    Bỏ
                  </Button>
                }
              >
                <UnitFields prefix={[field.name]} parentLevel={unit.level} />
                <Form.Item
                  name={[field.name, 'parentId']}
                  label="Trực thuộc"
                  tooltip="Để trống: trực thuộc cùng đơn vị cấp trên với đơn vị bị chia tách"
                >
                  <UnitTreeSelect disabledIds={[unit.id]} />
                </Form.Item>
              </Card>
            ))}
            <Button
              icon={<PlusOutlined />}
              onClick={() => add({ kind: unit.kind, level: unit.level })}
              style={{ marginBottom: 16 }}
            >
              Thêm đơn vị mới
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="targetIds" label="Đơn vị đang có nhận một phần">
        <UnitTreeSelect multiple disabledIds={[unit.id]} />
      </Form.Item>
      {open.length > 0 ? (
        <>
          <Typography.Title level={5}>Đơn vị trực thuộc chuyển về đâu</Typography.Title>
          {successorOptions.length === 0 ? (
            <Alert type="info" showIcon title="Khai báo đơn vị kế thừa trước, rồi chọn nơi tiếp nhận." />
          ) : (
            <Form.Item
              label="Chuyển tất cả về"
              tooltip="Chọn nhanh cho mọi đơn vị trực thuộc, sau đó sửa từng dòng nếu cần"
            >
              <Select
                options={successorOptions}
                placeholder="Chọn một đơn vị kế thừa cho tất cả"
                onChange={(value: string) =>
                  form.setFieldsValue({
                    childAssignments: Object.fromEntries(open.map((c) => [c.id, value])),
                  })
                }
              />
            </Form.Item>
          )}
          {open.map((child) => (
            <Form.Item
              key={child.id}
              name={['childAssignments', child.id]}
              label={child.name}
              rules={[{ required: true, message: 'Chọn đơn vị tiếp nhận' }]}
            >
              <Select options={successorOptions} placeholder="Chọn đơn vị kế thừa tiếp nhận" />
            </Form.Item>
          ))}
        </>
      ) : null}
    </>
  );
}
