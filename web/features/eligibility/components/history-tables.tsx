// The editable tables of a what-if history: ratings, awards, initiatives, disciplines, member figures and
// cluster results. Each row is a Form.List item; required cells are marked when empty.
import { Checkbox, DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import dayjs from 'dayjs';
import {
  DISCIPLINE_KIND_LABELS,
  DISCIPLINE_KINDS,
  INITIATIVE_LEVEL_LABELS,
  INITIATIVE_LEVELS,
  RATING_LABELS,
  RATINGS,
} from '../../../../contracts/history-enums';
import type { SubjectKind } from '../../../../domain/regimes/types';
import { DATE_FORMAT } from '../../../lib/format';
import { Cell, EditableList, optional } from './editable-list';

export interface KindOption {
  value: string;
  label: string;
}

export interface TableProps {
  /** The year of a new row: the achievement year being checked. */
  year: () => number;
  kindOptions?: KindOption[];
  subjectKind?: SubjectKind;
}

const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: `${r} — ${RATING_LABELS[r]}` }));
const LEVEL_OPTIONS = INITIATIVE_LEVELS.map((l) => ({ value: l, label: INITIATIVE_LEVEL_LABELS[l] }));
const DISCIPLINE_OPTIONS = DISCIPLINE_KINDS.map((k) => ({ value: k, label: DISCIPLINE_KIND_LABELS[k] }));
/** Sets a used initiative's award reference, or clears it. */
function UsedSwitch({ value, onChange }: { value?: string | null; onChange?: (v: string | null) => void }) {
  return (
    <Switch
      size="small"
      checked={!!value}
      checkedChildren="Đã dùng"
      unCheckedChildren="Chưa dùng"
      onChange={(checked) => onChange?.(checked ? (value ?? 'da-su-dung') : null)}
    />
  );
}

export function RatingsTable({ year }: TableProps) {
  return (
    <EditableList
      name="ratings"
      testId="edit-ratings"
      addLabel="Thêm năm xếp loại"
      emptyText="Chưa có kết quả xếp loại"
      newRow={() => ({ year: year(), rating: 'HTT' })}
      columns={[
        {
          title: 'Năm',
          width: 110,
          render: (f) => (
            <Cell field={f} name="year">
              <InputNumber min={1945} max={2100} />
            </Cell>
          ),
        },
        {
          title: 'Mức độ hoàn thành nhiệm vụ',
          render: (f) => (
            <Cell field={f} name="rating">
              <Select options={RATING_OPTIONS} style={{ minWidth: 300 }} />
            </Cell>
          ),
        },
      ]}
    />
  );
}

export function AwardsTable({ year, kindOptions, subjectKind }: TableProps) {
  const individual = subjectKind !== 'collective';
  return (
    <EditableList
      name="awards"
      testId="edit-awards"
      addLabel="Thêm khen thưởng"
      emptyText="Chưa có khen thưởng"
      newRow={() => ({ awardKind: individual ? 'CSTDCS' : 'TTLDTT', year: year() - 1, revoked: false })}
      columns={[
        {
          title: 'Danh hiệu, hình thức',
          render: (f) => (
            <Cell field={f} name="awardKind">
              <Select
                options={kindOptions ?? []}
                showSearch={{ optionFilterProp: 'label' }}
                style={{ minWidth: 240 }}
              />
            </Cell>
          ),
        },
        {
          title: 'Năm thành tích',
          width: 110,
          render: (f) => (
            <Cell field={f} name="year">
              <InputNumber min={1945} max={2100} />
            </Cell>
          ),
        },
        {
          title: 'Số quyết định',
          render: (f) => optional(f, 'decisionNumber', <Input style={{ width: 140 }} />),
        },
        {
          title: 'Ngày quyết định',
          render: (f) => optional(f, 'decisionDate', <DatePicker format={DATE_FORMAT} />),
        },
        { title: 'Đã thu hồi', width: 90, render: (f) => optional(f, 'revoked', <Checkbox />, 'checked') },
      ]}
    />
  );
}

export function InitiativesTable({ year }: TableProps) {
  return (
    <EditableList
      name="initiatives"
      testId="edit-initiatives"
      addLabel="Thêm sáng kiến, đề tài"
      emptyText="Chưa có sáng kiến, đề tài"
      newRow={() => ({
        id: `sk-${Date.now() % 100000}`,
        level: 'unit',
        recognizedOn: dayjs(`${year()}-06-01`),
        usedByAward: null,
      })}
      columns={[
        {
          title: 'Mã',
          width: 110,
          render: (f) => (
            <Cell field={f} name="id">
              <Input />
            </Cell>
          ),
        },
        {
          title: 'Tên (không bắt buộc)',
          render: (f) => optional(f, 'title', <Input style={{ minWidth: 180 }} />),
        },
        {
          title: 'Cấp công nhận',
          render: (f) => (
            <Cell field={f} name="level">
              <Select options={LEVEL_OPTIONS} style={{ minWidth: 130 }} />
            </Cell>
          ),
        },
        {
          title: 'Ngày công nhận',
          render: (f) => (
            <Cell field={f} name="recognizedOn">
              <DatePicker format={DATE_FORMAT} />
            </Cell>
          ),
        },
        { title: 'Đã dùng để khen thưởng', render: (f) => optional(f, 'usedByAward', <UsedSwitch />) },
      ]}
    />
  );
}

export function DisciplinesTable({ year }: TableProps) {
  return (
    <EditableList
      name="disciplines"
      testId="edit-disciplines"
      addLabel="Thêm kỷ luật"
      emptyText="Không có kỷ luật"
      newRow={() => ({ kind: 'khien_trach', from: dayjs(`${year()}-01-01`), to: null })}
      columns={[
        {
          title: 'Hình thức kỷ luật',
          render: (f) => (
            <Cell field={f} name="kind">
              <Select options={DISCIPLINE_OPTIONS} style={{ minWidth: 150 }} />
            </Cell>
          ),
        },
        {
          title: 'Từ ngày',
          render: (f) => (
            <Cell field={f} name="from">
              <DatePicker format={DATE_FORMAT} />
            </Cell>
          ),
        },
        {
          title: 'Đến ngày',
          render: (f) => optional(f, 'to', <DatePicker format={DATE_FORMAT} placeholder="Chưa kết thúc" />),
        },
      ]}
    />
  );
}
