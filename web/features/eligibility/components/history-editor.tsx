// The inline history of a what-if check, as editable tables: ratings, awards, initiatives, disciplines,
// member figures (collectives), recruitment date and a pending investigation.
import { Checkbox, DatePicker, Flex, Form, Input, InputNumber, Select, Switch, Tabs } from 'antd';
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
import { EditableList } from './editable-list';

export interface KindOption {
  value: string;
  label: string;
}

const RATING_OPTIONS = RATINGS.map((r) => ({ value: r, label: `${r} — ${RATING_LABELS[r]}` }));
const LEVEL_OPTIONS = INITIATIVE_LEVELS.map((l) => ({ value: l, label: INITIATIVE_LEVEL_LABELS[l] }));
const DISCIPLINE_OPTIONS = DISCIPLINE_KINDS.map((k) => ({ value: k, label: DISCIPLINE_KIND_LABELS[k] }));
const required = [{ required: true, message: 'Bắt buộc' }];

function Cell({
  field,
  name,
  children,
}: {
  field: { name: number };
  name: string;
  children: React.ReactNode;
}) {
  return (
    <Form.Item name={[field.name, name]} rules={required} style={{ margin: 0 }}>
      {children}
    </Form.Item>
  );
}

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

function optional(field: { name: number }, name: string, node: React.ReactNode, valuePropName?: string) {
  return (
    <Form.Item name={[field.name, name]} style={{ margin: 0 }} valuePropName={valuePropName}>
      {node}
    </Form.Item>
  );
}

export function HistoryEditor({
  subjectKind,
  kindOptions,
}: {
  subjectKind: SubjectKind;
  kindOptions: KindOption[];
}) {
  const individual = subjectKind !== 'collective';
  // New rows start in the achievement year being checked.
  const requestYear = Form.useWatch(['request', 'year'], Form.useFormInstance()) as number | undefined;
  const year = () => requestYear ?? dayjs().year();
  const ratings = (
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
  const awards = (
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
                options={kindOptions}
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
  const initiatives = (
    <EditableList
      name="initiatives"
      testId="edit-initiatives"
      addLabel="Thêm sáng kiến, đề tài"
      emptyText="Chưa có sáng kiến, đề tài"
      newRow={() => ({
        id: `sk-${Date.now() % 100000}`,
        level: 'unit',
        recognizedOn: dayjs(),
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
  const disciplines = (
    <EditableList
      name="disciplines"
      testId="edit-disciplines"
      addLabel="Thêm kỷ luật"
      emptyText="Không có kỷ luật"
      newRow={() => ({ kind: 'khien_trach', from: dayjs().startOf('year'), to: null })}
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
  const memberStats = (
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
  const groupResults = (
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
  const tab = (key: string, label: string, children: React.ReactNode) => ({
    key,
    label,
    children,
    forceRender: true,
  });
  return (
    <Flex vertical gap={12}>
      <Flex gap={24} wrap align="center">
        {individual ? (
          <Form.Item name="recruitedOn" label="Ngày tuyển dụng" style={{ margin: 0 }}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        ) : null}
        <Form.Item
          name="pendingInvestigation"
          label="Đang bị thanh tra, điều tra, khiếu nại"
          valuePropName="checked"
          style={{ margin: 0 }}
        >
          <Switch checkedChildren="Có" unCheckedChildren="Không" />
        </Form.Item>
      </Flex>
      <Tabs
        items={[
          tab('ratings', 'Xếp loại hằng năm', ratings),
          tab('awards', 'Khen thưởng đã có', awards),
          ...(individual ? [tab('initiatives', 'Sáng kiến, đề tài', initiatives)] : []),
          tab('disciplines', 'Kỷ luật', disciplines),
          ...(individual
            ? []
            : [
                tab('memberStats', 'Số liệu thành viên', memberStats),
                tab('groupResults', 'Cụm, khối thi đua', groupResults),
              ]),
        ]}
      />
    </Flex>
  );
}
