// Records an award from an existing paper decision: kind (from the catalog of the achievement year), year,
// type, decision number/date/authority, money, and — for a person — the initiatives it used (each counts once).
import { useQuery } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { AWARD_TYPE_LABELS, AWARD_TYPES } from '../../../../contracts/history-enums';
import type { AwardCreateInput, InitiativeView } from '../../../../contracts/history';
import type { AwardKindCode, AwardType, SubjectKind } from '../../../../domain/regimes/types';
import { awardKindOptionsQuery, kindsFor } from '../../../lib/award-kinds';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../../../lib/format';
import { type SubjectRef, useRecordAward } from '../api/history-api';

interface Values {
  awardKind: AwardKindCode;
  year: number;
  awardType: AwardType;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  authority?: string;
  amount?: number | null;
  note?: string;
  initiativeIds?: string[];
}

interface AwardFormModalProps {
  subject: SubjectRef;
  subjectKind: SubjectKind;
  /** A person's initiatives: the unused ones may be attached to the award. */
  initiatives?: InitiativeView[];
  onClose: () => void;
}

/** The catalog date for an achievement year: 31/12 of it (the first covered regime starts in 2017). */
function catalogDate(year: number | undefined): string {
  const y = Math.max(year && year > 1944 ? year : dayjs().year(), 2017);
  return `${y}-12-31`;
}

export function AwardFormModal({ subject, subjectKind, initiatives = [], onClose }: AwardFormModalProps) {
  const [form] = Form.useForm<Values>();
  const year = Form.useWatch('year', form);
  const kinds = useQuery(awardKindOptionsQuery(catalogDate(year)));
  const record = useRecordAward(subject);
  const { message } = App.useApp();
  const unused = initiatives.filter((i) => !i.usedByAwardId);

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const body: AwardCreateInput = {
      awardKind: values.awardKind,
      year: values.year,
      awardType: values.awardType,
      decisionNumber: values.decisionNumber || null,
      decisionDate: toIsoDate(values.decisionDate),
      authority: values.authority || null,
      amount: values.amount ?? null,
      note: values.note || null,
      ...(subject.type === 'person' ? { initiativeIds: values.initiativeIds ?? [] } : {}),
    };
    record.mutate(body, {
      onSuccess: (award) => {
        message.success(`Đã ghi nhận ${award.awardKindName} năm ${award.year}`);
        onClose();
      },
      onError: (error) => reportFormError(form, error, message.error),
    });
  };

  return (
    <Modal
      open
      title="Ghi nhận khen thưởng theo quyết định đã có"
      okText="Ghi nhận"
      cancelText="Hủy"
      width={720}
      confirmLoading={record.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        Dùng để nhập khen thưởng từ quyết định giấy đã ban hành. Khen thưởng đã ghi nhận chỉ có thể thu hồi,
        không xóa.
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year: dayjs().year() - 1, awardType: 'cong_trang', initiativeIds: [] }}
      >
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item
              name="awardKind"
              label="Danh hiệu, hình thức khen thưởng"
              rules={[{ required: true, message: 'Chọn danh hiệu, hình thức' }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={kinds.isPending}
                options={kindsFor(kinds.data, subjectKind)}
                placeholder="Chọn danh hiệu, hình thức"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="year" label="Năm thành tích" rules={[{ required: true, message: 'Nhập năm' }]}>
              <InputNumber min={1945} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="awardType" label="Loại hình khen thưởng">
              <Select options={AWARD_TYPES.map((t) => ({ value: t, label: AWARD_TYPE_LABELS[t] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="amount" label="Tiền thưởng (đồng)">
              <InputNumber<number>
                min={0}
                step={10000}
                style={{ width: '100%' }}
                formatter={(v) =>
                  v === undefined || v === null || v === ('' as unknown) ? '' : formatNumber(Number(v))
                }
                parser={(v) => Number((v ?? '').replace(/\D/g, ''))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="decisionNumber" label="Số quyết định">
              <Input maxLength={100} placeholder="125/QĐ-UBND" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="decisionDate" label="Ngày quyết định">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="authority" label="Cấp quyết định (như ghi trên quyết định)">
              <Input maxLength={300} placeholder="Chủ tịch UBND huyện Cẩm Xuyên" />
            </Form.Item>
          </Col>
          {subject.type === 'person' && unused.length ? (
            <Col span={24}>
              <Form.Item
                name="initiativeIds"
                label="Sáng kiến, đề tài đã dùng làm thành tích"
                extra="Mỗi sáng kiến chỉ được tính một lần cho một khen thưởng."
              >
                <Select
                  mode="multiple"
                  options={unused.map((i) => ({
                    value: i.id,
                    label: `${i.title} (công nhận ${formatDate(i.recognizedOn)})`,
                  }))}
                />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item name="note" label="Ghi chú">
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
