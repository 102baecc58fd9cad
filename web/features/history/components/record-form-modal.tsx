// Adds one record to a history: a yearly rating, an initiative, a discipline, an investigation or the member
// figures of a collective. Each kind has its own fields; the server validates and names the field on error.
import { App, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ReactNode } from 'react';
import {
  DISCIPLINE_KIND_LABELS,
  DISCIPLINE_KINDS,
  INITIATIVE_KIND_LABELS,
  INITIATIVE_KINDS,
  INITIATIVE_LEVEL_LABELS,
  INITIATIVE_LEVELS,
  RATING_LABELS,
  RATINGS,
} from '../../../../contracts/history-enums';
import { errorMessage } from '../../../lib/api';
import { applyFieldErrors, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { type RecordKind, type SubjectRef, useCreateRecord } from '../api/history-api';

const TITLES: Record<RecordKind, string> = {
  ratings: 'Ghi nhận kết quả xếp loại hằng năm',
  initiatives: 'Ghi nhận sáng kiến, đề tài',
  disciplines: 'Ghi nhận kỷ luật',
  investigations: 'Ghi nhận thanh tra, điều tra, khiếu nại',
  'member-stats': 'Ghi nhận số liệu thành viên trong năm',
};

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((k) => ({ value: k, label: labels[k] }));
const req = (message: string) => [{ required: true, message }];
const year = dayjs().year();

function Fields({ kind }: { kind: RecordKind }): ReactNode {
  const yearField = (
    <Form.Item name="year" label="Năm" rules={req('Nhập năm')}>
      <InputNumber min={1945} max={2100} />
    </Form.Item>
  );
  const document = (label: string) => (
    <Form.Item name="document" label={label}>
      <Input maxLength={300} />
    </Form.Item>
  );
  switch (kind) {
    case 'ratings':
      return (
        <>
          {yearField}
          <Form.Item name="rating" label="Mức độ hoàn thành nhiệm vụ" rules={req('Chọn mức xếp loại')}>
            <Select options={RATINGS.map((r) => ({ value: r, label: `${r} — ${RATING_LABELS[r]}` }))} />
          </Form.Item>
          {document('Văn bản đánh giá, xếp loại')}
        </>
      );
    case 'initiatives':
      return (
        <>
          <Form.Item name="title" label="Tên sáng kiến, đề tài" rules={req('Nhập tên')}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="kind" label="Loại">
            <Select options={options(INITIATIVE_KINDS, INITIATIVE_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="level" label="Cấp công nhận, phạm vi ảnh hưởng" rules={req('Chọn cấp')}>
            <Select options={options(INITIATIVE_LEVELS, INITIATIVE_LEVEL_LABELS)} />
          </Form.Item>
          <Form.Item name="recognizedOn" label="Ngày công nhận" rules={req('Chọn ngày công nhận')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="recognitionDocument" label="Văn bản công nhận">
            <Input
              maxLength={300}
              placeholder="Quyết định 45/QĐ-HĐSK ngày 01/6/2025 của Hội đồng sáng kiến"
            />
          </Form.Item>
        </>
      );
    case 'disciplines':
      return (
        <>
          <Form.Item name="kind" label="Hình thức kỷ luật" rules={req('Chọn hình thức')}>
            <Select options={options(DISCIPLINE_KINDS, DISCIPLINE_KIND_LABELS)} />
          </Form.Item>
          <Form.Item name="fromDate" label="Từ ngày" rules={req('Chọn ngày bắt đầu')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="toDate" label="Đến ngày (để trống nếu chưa kết thúc)">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          {document('Quyết định kỷ luật')}
          <Form.Item name="reason" label="Lý do">
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </>
      );
    case 'investigations':
      return (
        <>
          <Form.Item name="openedOn" label="Ngày bắt đầu" rules={req('Chọn ngày bắt đầu')}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="closedOn" label="Ngày kết thúc (để trống nếu đang giải quyết)">
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
          <Form.Item name="reason" label="Nội dung" rules={req('Nhập nội dung')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
          {document('Văn bản')}
        </>
      );
    case 'member-stats':
      return (
        <>
          {yearField}
          <Form.Item name="members" label="Tổng số thành viên" rules={req('Nhập số thành viên')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="ldttPercent" label="Tỷ lệ đạt Lao động tiên tiến (%)" rules={req('Nhập tỷ lệ')}>
            <InputNumber min={0} max={100} suffix="%" />
          </Form.Item>
          <Form.Item name="completedPercent" label="Tỷ lệ hoàn thành nhiệm vụ (%)" rules={req('Nhập tỷ lệ')}>
            <InputNumber min={0} max={100} suffix="%" />
          </Form.Item>
          <Form.Item name="cstdcsCount" label="Số Chiến sĩ thi đua cơ sở">
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="seriousDiscipline" valuePropName="checked">
            <Checkbox>Có thành viên bị kỷ luật từ cảnh cáo trở lên</Checkbox>
          </Form.Item>
          {document('Văn bản tổng hợp')}
        </>
      );
  }
}

const INITIAL: Record<RecordKind, Record<string, unknown>> = {
  ratings: { year, rating: 'HTT' },
  initiatives: { kind: 'sang_kien', level: 'unit' },
  disciplines: { kind: 'khien_trach' },
  investigations: { openedOn: dayjs() },
  'member-stats': { year, cstdcsCount: 0, seriousDiscipline: false },
};

/** Form values → request body: dates as 'YYYY-MM-DD', percentages as shares. */
function toBody(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    if (key === 'ldttPercent') body.ldttShare = Math.round(Number(value) * 100) / 10000;
    else if (key === 'completedPercent') body.completedShare = Math.round(Number(value) * 100) / 10000;
    else if (dayjs.isDayjs(value)) body[key] = toIsoDate(value as Dayjs);
    else body[key] = value;
  }
  return body;
}

/** Maps the API's field names back to the form's (shares are edited as percentages). */
const RENAMED: Record<string, string> = { ldttShare: 'ldttPercent', completedShare: 'completedPercent' };

export function RecordFormModal(props: { subject: SubjectRef; kind: RecordKind; onClose: () => void }) {
  const { subject, kind, onClose } = props;
  const [form] = Form.useForm<Record<string, unknown>>();
  const create = useCreateRecord(subject, kind);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    create.mutate(toBody(values), {
      onSuccess: () => {
        message.success('Đã ghi nhận');
        onClose();
      },
      onError: (error) => {
        if (applyFieldErrors(form, error, RENAMED))
          message.error('Dữ liệu chưa hợp lệ, vui lòng kiểm tra các ô được đánh dấu đỏ');
        else message.error(errorMessage(error));
      },
    });
  };
  return (
    <Modal
      open
      title={TITLES[kind]}
      okText="Ghi nhận"
      cancelText="Hủy"
      confirmLoading={create.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={INITIAL[kind]}>
        <Fields kind={kind} />
      </Form>
    </Modal>
  );
}
