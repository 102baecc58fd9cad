// Preview of a statutory form as the sheet shows it: the header tree, the numbering row (A, B, C, 1, 2 …) and the
// rows with their codes and figures; the notes under it.
import { Table, Typography } from 'antd';
import type { ColumnsType, ColumnType } from 'antd/es/table';
import type { StatisticsFormView } from '../../../../contracts/statistics';

type Row = StatisticsFormView['rows'][number] & { key: string; index: number };
type Column = StatisticsFormView['columns'][number];

function withNumber(label: string, number: string) {
  return (
    <div style={{ textAlign: 'center' }}>
      <div>{label}</div>
      {number ? <Typography.Text type="secondary">({number})</Typography.Text> : null}
    </div>
  );
}

/** Builds antd's grouped columns from the form's header tree; leaves read the row's figure at their index. */
function toColumns(columns: readonly Column[], counter: { next: number }): ColumnsType<Row> {
  return columns.map((c, i) => {
    if (c.children?.length) {
      return {
        key: `${c.label}-${i}`,
        title: withNumber(c.label, c.number),
        children: toColumns(c.children, counter),
      };
    }
    const at = counter.next++;
    const col: ColumnType<Row> = {
      key: `leaf-${at}`,
      title: withNumber(c.label, c.number),
      align: 'center',
      width: 110,
      render: (_, row) => (row.values ? row.values[at] : ''),
    };
    return col;
  });
}

export function FormPreview({ form }: { form: StatisticsFormView }) {
  const rows: Row[] = form.rows.map((r, index) => ({ ...r, key: `${index}`, index }));
  const bold = (r: Row) => r.style === 'total' || r.style === 'heading';
  const columns: ColumnsType<Row> = [
    {
      key: 'label',
      title: withNumber('', 'A'),
      width: 360,
      fixed: 'left',
      render: (_, r) => (
        <Typography.Text strong={bold(r)} italic={r.style === 'sub'}>
          {r.label}
        </Typography.Text>
      ),
    },
    {
      key: 'code',
      title: withNumber('Mã số', 'B'),
      align: 'center',
      width: 70,
      render: (_, r) => r.code ?? '',
    },
    ...(form.hasUnitColumn
      ? [
          {
            key: 'unit',
            title: withNumber('Đơn vị tính', 'C'),
            align: 'center' as const,
            width: 110,
            render: (_: unknown, r: Row) => r.unit ?? '',
          },
        ]
      : []),
    ...toColumns(form.columns, { next: 0 }),
  ];
  return (
    <div>
      {form.unitNote ? (
        <Typography.Paragraph italic style={{ textAlign: 'right', marginBottom: 4 }}>
          {form.unitNote}
        </Typography.Paragraph>
      ) : null}
      <Table<Row>
        size="small"
        bordered
        pagination={false}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 'max-content' }}
        rowClassName={(r) => (r.style === 'total' ? 'ant-table-row-total' : '')}
      />
      {form.notes.length ? (
        <ul style={{ marginTop: 8 }}>
          {form.notes.map((n) => (
            <li key={n}>
              <Typography.Text type="secondary" italic>
                {n}
              </Typography.Text>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
