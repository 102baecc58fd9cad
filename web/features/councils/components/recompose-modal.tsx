// Kiện toàn: the whole composition from a date, as the new decision names it (pre-filled with today's members).
// Members who keep their seat keep their period; the others end the day before; history is never rewritten.
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CouncilView } from '../../../../contracts/councils';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { useRecompose } from '../api/councils-api';
import { CompositionFields, type MemberValues, membersBody } from './composition-fields';

interface Values {
  decision: string;
  effectiveOn: Dayjs;
  note?: string | null;
  members?: MemberValues[];
}

export function RecomposeModal({ council, onClose }: { council: CouncilView; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const recompose = useRecompose(council.id);
  const { message } = App.useApp();
  const names = new Map(council.history.map((m) => [m.personId, m.fullName]));

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    recompose.mutate(
      {
        version: council.version,
        decision: values.decision,
        effectiveOn: toIsoDate(values.effectiveOn)!,
        note: values.note || null,
        members: membersBody(values.members),
      },
      {
        onSuccess: (view) => {
          message.success(
            `Đã kiện toàn Hội đồng: ${view.membersTotal} thành viên từ ngày ${values.effectiveOn.format(DATE_FORMAT)}`,
          );
          onClose();
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };

  return (
    <Modal
      open
      width={1100}
      title="Kiện toàn Hội đồng"
      okText="Lưu kiện toàn"
      cancelText="Hủy"
      confirmLoading={recompose.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 16 }}
        title="Ghi toàn bộ thành phần theo quyết định kiện toàn. Thành viên giữ nguyên chức danh tiếp tục nhiệm kỳ; thành viên thôi tham gia hoặc đổi chức danh kết thúc vào ngày trước ngày hiệu lực. Số thành viên tại ngày họp là mẫu số khi tính tỷ lệ phiếu."
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          members: council.members.map((m) => ({
            personId: m.personId,
            role: m.role,
            position: m.position,
            organisation: m.organisation,
          })),
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item
              name="decision"
              label="Quyết định kiện toàn"
              rules={[{ required: true, min: 3, message: 'Nhập quyết định kiện toàn' }]}
            >
              <Input
                maxLength={500}
                placeholder="Quyết định số …/QĐ-UBND ngày … về việc kiện toàn Hội đồng"
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item
              name="effectiveOn"
              label="Có hiệu lực từ ngày"
              rules={[{ required: true, message: 'Chọn ngày' }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="note" label="Ghi chú">
              <Input maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
        <CompositionFields form={form} names={names} />
      </Form>
    </Modal>
  );
}
