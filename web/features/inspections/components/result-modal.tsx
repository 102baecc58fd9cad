// Records the inspection of a unit: done (date, findings, the document concluding it), cancelled (reason), or
// back to planned.
import { Alert, App, Col, DatePicker, Form, Input, Modal, Radio, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  TARGET_STATUS_LABELS,
  TARGET_STATUSES,
  type TargetStatus,
  type TargetView,
} from '../../../../contracts/inspections';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useUpdateTarget } from '../api/inspections-api';

interface Values {
  status: TargetStatus;
  inspectedOn?: Dayjs | null;
  cancelReason?: string | null;
  findings?: string | null;
  resultDocument?: string | null;
  resultDocumentDate?: Dayjs | null;
}

export function ResultModal({ target, onClose }: { target: TargetView; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const status = Form.useWatch('status', form) ?? target.status;
  const update = useUpdateTarget();
  const { message } = App.useApp();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const done = values.status === 'done';
    update.mutate(
      {
        id: target.id,
        body: {
          version: target.version,
          status: values.status,
          inspectedOn: done ? toIsoDate(values.inspectedOn) : null,
          cancelReason: values.status === 'cancelled' ? values.cancelReason || null : null,
          findings: done ? values.findings || null : null,
          resultDocument: done ? values.resultDocument || null : null,
          resultDocumentDate: done ? toIsoDate(values.resultDocumentDate) : null,
        },
      },
      {
        onSuccess: () => {
          message.success('Đã lưu kết quả kiểm tra');
          onClose();
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };

  return (
    <Modal
      open
      width={760}
      title={`Kết quả kiểm tra — ${target.unit.name}`}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          status: target.status === 'planned' ? 'done' : target.status,
          inspectedOn: fromIsoDate(target.inspectedOn),
          cancelReason: target.cancelReason,
          findings: target.findings,
          resultDocument: target.resultDocument,
          resultDocumentDate: fromIsoDate(target.resultDocumentDate),
        }}
      >
        <Form.Item name="status" label="Trạng thái">
          <Radio.Group
            optionType="button"
            options={TARGET_STATUSES.map((s) => ({
              value: s,
              label: TARGET_STATUS_LABELS[s],
              disabled: s !== 'done' && target.recommendations.length > 0,
            }))}
          />
        </Form.Item>
        {target.recommendations.length > 0 ? (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title="Đơn vị đã có kiến nghị sau kiểm tra nên giữ trạng thái “Đã kiểm tra”."
          />
        ) : null}
        {status === 'done' ? (
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="inspectedOn"
                label="Ngày kiểm tra"
                rules={[{ required: true, message: 'Chọn ngày kiểm tra' }]}
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col xs={24} md={10}>
              <Form.Item name="resultDocument" label="Văn bản kết luận">
                <Input maxLength={300} placeholder="Thông báo kết luận số 12/TB-ĐKT" />
              </Form.Item>
            </Col>
            <Col xs={24} md={6}>
              <Form.Item name="resultDocumentDate" label="Ngày văn bản">
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="findings"
                label="Kết quả kiểm tra (ưu điểm, tồn tại, hạn chế)"
                extra="Mỗi dòng là một đoạn. Các kiến nghị ghi riêng ở mục kiến nghị để theo dõi việc khắc phục."
              >
                <Input.TextArea rows={8} maxLength={20000} />
              </Form.Item>
            </Col>
          </Row>
        ) : null}
        {status === 'cancelled' ? (
          <Form.Item
            name="cancelReason"
            label="Lý do hủy"
            rules={[{ required: true, message: 'Nhập lý do hủy kiểm tra' }]}
          >
            <Input maxLength={1000} />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
