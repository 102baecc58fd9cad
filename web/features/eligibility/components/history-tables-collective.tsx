// The editable tables of a collective's what-if history: yearly member figures and cluster (cụm, khối) results.
import { Checkbox, Input, InputNumber } from 'antd';
import { Cell, EditableList, optional } from './editable-list';
import type { TableProps } from './history-tables';

export function MemberStatsTable({ year }: TableProps) {
  return (
    <EditableList
      name="memberStats"
      testId="edit-member-stats"
      addLabel="Thêm năm"
      emptyText="Chưa có số liệu thành viên"
      newRow={() => ({
        year: year(),
        members: 20,
        ldttPercent: 70,
        completedPercent: 100,
        cstdcsCount: 1,
        seriousDiscipline: false,
      })}
      columns={[
        {
          title: 'Năm',
          width: 100,
          render: (f) => (
            <Cell field={f} name="year">
              <InputNumber min={1945} max={2100} />
            </Cell>
          ),
        },
        {
          title: 'Số thành viên',
          render: (f) => (
            <Cell field={f} name="members">
              <InputNumber min={0} style={{ width: 100 }} />
            </Cell>
          ),
        },
        {
          title: '% Lao động tiên tiến',
          render: (f) => (
            <Cell field={f} name="ldttPercent">
              <InputNumber min={0} max={100} suffix="%" style={{ width: 110 }} />
            </Cell>
          ),
        },
        {
          title: '% hoàn thành nhiệm vụ',
          render: (f) => (
            <Cell field={f} name="completedPercent">
              <InputNumber min={0} max={100} suffix="%" style={{ width: 110 }} />
            </Cell>
          ),
        },
        {
          title: 'Số CSTĐCS',
          render: (f) => (
            <Cell field={f} name="cstdcsCount">
              <InputNumber min={0} style={{ width: 80 }} />
            </Cell>
          ),
        },
        {
          title: 'Có kỷ luật từ cảnh cáo',
          render: (f) => optional(f, 'seriousDiscipline', <Checkbox />, 'checked'),
        },
      ]}
    />
  );
}

export function GroupResultsTable({ year }: TableProps) {
  return (
    <EditableList
      name="groupResults"
      testId="edit-group-results"
      addLabel="Thêm năm"
      emptyText="Chưa có kết quả bình xét trong cụm, khối thi đua"
      newRow={() => ({ year: year(), leading: true })}
      columns={[
        {
          title: 'Năm',
          width: 100,
          render: (f) => (
            <Cell field={f} name="year">
              <InputNumber min={1945} max={2100} />
            </Cell>
          ),
        },
        {
          title: 'Cụm, khối thi đua',
          render: (f) => optional(f, 'groupName', <Input style={{ minWidth: 220 }} />),
        },
        {
          title: 'Được suy tôn dẫn đầu',
          render: (f) => optional(f, 'leading', <Checkbox />, 'checked'),
        },
      ]}
    />
  );
}
