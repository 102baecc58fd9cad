// Corrects a report request (title, deadline — an extension —, request document, content) and asks more units
// below the requester; the period and the asking unit stay as sent.
import { App, DatePicker, Form, Input, Modal, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { RequestView } from '../../../contracts/report-requests';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { reportFormError, validated } from '../../lib/form-errors';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../lib/format';
import { DocumentPicker } from '../documents/components/document-picker';
import { useAddTargets, useUpdateRequest } from './api';

interface EditValues {
  title: string;
  deadline: Dayjs | null;
  documentId?: string | null;
  content?: string | null;
}

export function RequestEditModal({ request, onClose }: { request: RequestView; onClose: () => void }) {
  const [form] = Form.useForm<EditValues>();
  const update = useUpdateRequest(request.id);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    update.mutate(
      {
        version: request.version,
        title: values.title,
        deadline: toIsoDate(values.deadline) ?? '',
        documentId: values.documentId ?? null,
        content: values.content || null,
      },
      {
        onSuccess: () => {
          message.success('Đã lưu yêu cầu báo cáo');
          onClose();
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };
  return (
    <Modal
      open
      width={720}
      title="Sửa yêu cầu báo cáo"
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {request.requester.name} — kỳ báo cáo {formatDate(request.periodFrom)} –{' '}
        {formatDate(request.periodTo)}. Kỳ báo cáo và đơn vị yêu cầu không sửa được; yêu cầu nhầm kỳ thì xóa
        và gửi lại khi chưa đơn vị nào gửi.
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: request.title,
          deadline: fromIsoDate(request.deadline),
          documentId: request.document?.id ?? null,
          content: request.content,
        }}
      >
        <Form.Item
          name="title"
          label="Tên báo cáo yêu cầu"
          rules={[{ required: true, message: 'Nhập tên báo cáo' }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="deadline"
          label="Hạn gửi báo cáo"
          rules={[{ required: true, message: 'Chọn hạn gửi' }]}
          extra="Gia hạn: đơn vị gửi trước hạn mới được tính là đúng hạn."
        >
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="documentId" label="Văn bản yêu cầu">
          <DocumentPicker initial={request.document} />
        </Form.Item>
        <Form.Item name="content" label="Nội dung yêu cầu">
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function AddTargetsModal({ request, onClose }: { request: RequestView; onClose: () => void }) {
  const [form] = Form.useForm<{ unitIds: string[] }>();
  const add = useAddTargets(request.id);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    add.mutate(
      { version: request.version, unitIds: values.unitIds },
      {
        onSuccess: () => {
          message.success('Đã gửi yêu cầu đến các đơn vị được thêm');
          onClose();
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };
  return (
    <Modal
      open
      width={640}
      title="Thêm đơn vị được yêu cầu báo cáo"
      okText="Thêm"
      cancelText="Hủy"
      confirmLoading={add.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="unitIds"
          label="Đơn vị"
          rules={[{ required: true, message: 'Chọn ít nhất một đơn vị được yêu cầu báo cáo' }]}
          extra={`Đơn vị trực thuộc ${request.requester.name}, chưa có trong yêu cầu.`}
        >
          <UnitTreeSelect multiple includeClosed treeCheckable={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
