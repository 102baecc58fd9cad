// Thu hồi: a new act (its date, reason, signer; for a higher authority's decision, its number as written) for
// one or more awards of the decision; the awards stay in the history, marked revoked.
import { Alert, App, Checkbox, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import type { DecisionView } from '../../../../contracts/decisions';
import { SIGN_MODE_LABELS, SIGN_MODES } from '../../../../domain/decisions';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, toIsoDate } from '../../../lib/format';
import { useRevoke } from '../api/decisions-api';

interface Values {
  awardIds: string[];
  reason: string;
  decisionDate: Dayjs;
  number?: string;
  signMode?: string | null;
  signFor?: string;
  signerPosition?: string;
  signerName: string;
}

export function RevokeModal({ decision, onClose }: { decision: DecisionView; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const revoke = useRevoke(decision.id);
  const { message } = App.useApp();
  const external = decision.origin === 'external';
  const standing = decision.awardees.filter((a) => a.awardId && !a.revoked);
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    revoke.mutate(
      {
        awardIds: v.awardIds,
        reason: v.reason,
        decisionDate: toIsoDate(v.decisionDate)!,
        number: external ? v.number : undefined,
        signMode: (v.signMode || null) as DecisionView['signMode'],
        signFor: v.signFor || null,
        signerPosition: v.signerPosition || null,
        signerName: v.signerName,
      },
      {
        onSuccess: (view) => {
          message.success(`Đã ban hành quyết định thu hồi số ${view.revocations.at(-1)?.number ?? ''}`);
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      width={760}
      title="Thu hồi khen thưởng"
      okText={external ? 'Ghi nhận quyết định thu hồi' : 'Ban hành quyết định thu hồi'}
      okButtonProps={{ danger: true }}
      cancelText="Hủy"
      confirmLoading={revoke.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title={
          external
            ? 'Ghi nhận quyết định thu hồi của cấp trên: các khen thưởng được chọn bị đánh dấu thu hồi, không hoàn tác được.'
            : 'Quyết định thu hồi được ban hành ngay, lấy số từ sổ quyết định và không hoàn tác được.'
        }
        description="Khen thưởng bị thu hồi vẫn lưu trong quá trình khen thưởng (có ghi lý do, ngày thu hồi) nhưng không còn được tính khi xét điều kiện khen thưởng."
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          decisionDate: dayjs(),
          signMode: decision.signMode,
          signFor: decision.signFor,
          signerPosition: decision.signerPosition,
          signerName: decision.signerName,
        }}
      >
        <Form.Item
          name="awardIds"
          label="Khen thưởng bị thu hồi"
          rules={[{ required: true, message: 'Chọn ít nhất một khen thưởng' }]}
        >
          <Checkbox.Group
            style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
            options={standing.map((a) => ({
              value: a.awardId!,
              label: `${a.displayName} — ${a.awardKindName} năm ${a.achievementYear}`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label="Lý do thu hồi"
          rules={[{ required: true, min: 5, message: 'Nêu lý do thu hồi' }]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={12} md={8}>
            <Form.Item name="decisionDate" label="Ngày quyết định thu hồi" rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} allowClear={false} />
            </Form.Item>
          </Col>
          {external ? (
            <Col xs={12} md={8}>
              <Form.Item
                name="number"
                label="Số, ký hiệu"
                rules={[{ required: true, message: 'Nhập số, ký hiệu' }]}
              >
                <Input placeholder="900/QĐ-TTg" maxLength={60} />
              </Form.Item>
            </Col>
          ) : (
            <Col xs={12} md={16} style={{ alignSelf: 'center', color: '#8c8c8c' }}>
              Số quyết định thu hồi được lấy tự động từ sổ quyết định khi ban hành.
            </Col>
          )}
          <Col xs={12} md={6}>
            <Form.Item name="signMode" label="Quyền hạn ký">
              <Select
                allowClear
                options={SIGN_MODES.map((m) => ({ value: m, label: SIGN_MODE_LABELS[m] }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="signFor" label="Ký thay cho">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="signerPosition" label="Chức vụ">
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item
              name="signerName"
              label="Người ký"
              rules={[{ required: true, message: 'Nhập người ký' }]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
