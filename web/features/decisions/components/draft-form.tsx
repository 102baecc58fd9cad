// The draft's texts as the document will print them: trích yếu, date, căn cứ (one per line), "Theo đề nghị của",
// Điều 2's funding, Điều 3, Nơi nhận, the signature block and the header lines. Saved with the version read.
import { App, Button, Col, DatePicker, Form, Input, Row, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { SIGN_MODES, SIGN_MODE_LABELS } from '../../../../domain/decisions';
import type { DecisionView } from '../../../../contracts/decisions';
import { AWARD_TYPE_LABELS, AWARD_TYPES } from '../../../../contracts/history-enums';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useUpdateDraft } from '../api/decisions-api';

interface Values {
  title: string;
  decisionDate: Dayjs;
  awardType: string;
  legalBases: string;
  proposedBy?: string | null;
  fundingSource?: string | null;
  executors?: string | null;
  recipients: string;
  signMode?: string | null;
  signFor?: string | null;
  signerPosition?: string | null;
  signerName?: string | null;
  agencyParent?: string | null;
  agencyName?: string | null;
  issuerTitle?: string | null;
  placeName?: string | null;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function initial(d: DecisionView): Values {
  return {
    title: d.title,
    decisionDate: fromIsoDate(d.decisionDate)!,
    awardType: d.awardType,
    legalBases: d.legalBases.join('\n'),
    proposedBy: d.proposedBy,
    fundingSource: d.fundingSource,
    executors: d.executors,
    recipients: d.recipients.join('\n'),
    signMode: d.signMode,
    signFor: d.signFor,
    signerPosition: d.signerPosition,
    signerName: d.signerName,
    agencyParent: d.agencyParent,
    agencyName: d.agencyName,
    issuerTitle: d.issuerTitle,
    placeName: d.placeName,
  };
}

export function DraftForm({ decision }: { decision: DecisionView }) {
  const [form] = Form.useForm<Values>();
  const update = useUpdateDraft(decision.id);
  const { message } = App.useApp();
  useEffect(() => form.setFieldsValue(initial(decision)), [decision, form]);

  const save = async (extra: { regenerateBases?: boolean; regenerateTitle?: boolean } = {}) => {
    const v = await validated(form);
    if (!v) return;
    update.mutate(
      {
        version: decision.version,
        title: v.title,
        decisionDate: toIsoDate(v.decisionDate)!,
        awardType: v.awardType as DecisionView['awardType'],
        legalBases: lines(v.legalBases),
        proposedBy: v.proposedBy || null,
        fundingSource: v.fundingSource || null,
        executors: v.executors || null,
        recipients: lines(v.recipients),
        signMode: (v.signMode || null) as DecisionView['signMode'],
        signFor: v.signFor || null,
        signerPosition: v.signerPosition || null,
        signerName: v.signerName || null,
        agencyParent: v.agencyParent || null,
        agencyName: v.agencyName || null,
        issuerTitle: v.issuerTitle || null,
        placeName: v.placeName || null,
        ...extra,
      },
      {
        onSuccess: () => message.success('Đã lưu dự thảo'),
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial(decision)}>
      <Row gutter={16}>
        <Col xs={24} lg={14}>
          <Form.Item
            name="title"
            label="Trích yếu"
            rules={[{ required: true, min: 5, message: 'Nhập trích yếu' }]}
          >
            <Input.TextArea autoSize maxLength={1000} />
          </Form.Item>
        </Col>
        <Col xs={12} lg={4}>
          <Form.Item
            name="decisionDate"
            label="Ngày ký"
            rules={[{ required: true, message: 'Chọn ngày ký' }]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="awardType" label="Loại hình khen thưởng">
            <Select options={AWARD_TYPES.map((t) => ({ value: t, label: AWARD_TYPE_LABELS[t] }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="legalBases"
            label="Căn cứ ban hành (mỗi dòng một căn cứ)"
            extra="Dòng cuối tự kết thúc bằng dấu chấm, các dòng khác bằng dấu chấm phẩy."
            rules={[{ required: true, message: 'Nhập ít nhất một căn cứ' }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="proposedBy" label="Theo đề nghị của" extra="Ví dụ: Trưởng phòng Nội vụ huyện">
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            name="fundingSource"
            label="Nguồn kinh phí (Điều 2)"
            extra="Ví dụ: Quỹ Thi đua, khen thưởng huyện"
          >
            <Input maxLength={500} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="executors" label="Tổ chức thực hiện (Điều 3)">
            <Input.TextArea autoSize maxLength={2000} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi, dòng “Lưu: …” ở cuối)">
            <Input.TextArea autoSize={{ minRows: 2 }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="signMode" label="Quyền hạn ký" extra="Để trống khi người đứng đầu ký">
            <Select allowClear options={SIGN_MODES.map((m) => ({ value: m, label: SIGN_MODE_LABELS[m] }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item
            name="signFor"
            label="Ký thay mặt / ký thay cho"
            extra="Ví dụ: ỦY BAN NHÂN DÂN, CHỦ TỊCH"
          >
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="signerPosition" label="Chức vụ người ký">
            <Input maxLength={200} placeholder="CHỦ TỊCH" />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="signerName" label="Họ và tên người ký">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="agencyParent" label="Cơ quan chủ quản (nếu có)">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={6}>
          <Form.Item name="agencyName" label="Cơ quan ban hành">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="issuerTitle" label="Dòng thẩm quyền dưới trích yếu">
            <Input maxLength={300} />
          </Form.Item>
        </Col>
        <Col xs={24} md={4}>
          <Form.Item name="placeName" label="Địa danh">
            <Input maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Space wrap>
        <Button type="primary" loading={update.isPending} onClick={() => void save()}>
          Lưu dự thảo
        </Button>
        <Button onClick={() => void save({ regenerateBases: true })} disabled={update.isPending}>
          Tạo lại căn cứ theo ngày ký
        </Button>
        <Button onClick={() => void save({ regenerateTitle: true })} disabled={update.isPending}>
          Tạo lại trích yếu
        </Button>
      </Space>
    </Form>
  );
}
