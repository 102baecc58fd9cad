// A compact editable table over an antd Form.List: one row per record, a delete button, "Thêm dòng".
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Table, Typography } from 'antd';
import type { FormListFieldData } from 'antd';
import type { ReactNode } from 'react';

export interface EditableColumn {
  title: ReactNode;
  width?: number;
  /** The cell: usually a <Form.Item name={[field.name, 'x']} noStyle> around an input. */
  render: (field: FormListFieldData) => ReactNode;
}

interface EditableListProps {
  name: string;
  columns: EditableColumn[];
  /** The values of a new row. */
  newRow: () => object;
  addLabel: string;
  emptyText: string;
  testId?: string;
}

export function EditableList({ name, columns, newRow, addLabel, emptyText, testId }: EditableListProps) {
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <div data-testid={testId}>
          <Table<FormListFieldData>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={fields}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Typography.Text type="secondary">{emptyText}</Typography.Text> }}
            columns={[
              ...columns.map((c, i) => ({
                key: String(i),
                title: c.title,
                width: c.width,
                render: (_: unknown, field: FormListFieldData) => c.render(field),
              })),
              {
                key: 'remove',
                width: 44,
                render: (_: unknown, field: FormListFieldData) => (
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label="Xóa dòng"
                    onClick={() => remove(field.name)}
                  />
                ),
              },
            ]}
          />
          <Button
            type="dashed"
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add(newRow())}
            style={{ marginTop: 8 }}
          >
            {addLabel}
          </Button>
        </div>
      )}
    </Form.List>
  );
}

const required = [{ required: true, message: 'Bắt buộc' }];

/** A required cell of a row. */
export function Cell({
  field,
  name,
  children,
}: {
  field: { name: number };
  name: string;
  children: ReactNode;
}) {
  return (
    <Form.Item name={[field.name, name]} rules={required} style={{ margin: 0 }}>
      {children}
    </Form.Item>
  );
}

/** An optional cell of a row (valuePropName 'checked' for checkboxes). */
export function optional(field: { name: number }, name: string, node: ReactNode, valuePropName?: string) {
  return (
    <Form.Item name={[field.name, name]} style={{ margin: 0 }} valuePropName={valuePropName}>
      {node}
    </Form.Item>
  );
}
