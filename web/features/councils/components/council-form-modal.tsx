// Establishes a council (the authority, its name, the establishing decision and the first composition) or
// corrects one (name, decision text, note, the day it ends).
import { Alert, App, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import type { CouncilView } from '../../../../contracts/councils';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useCreateCouncil, useUpdateCouncil } from '../api/councils-api';
import { CompositionFields, type MemberValues, membersBody } from './composition-fields';

interface Values {
  authorityUnitId: string;
  name: string;
  decision: string;
  establishedOn: Dayjs;
  dissolvedOn?: Dayjs | null;
  note?: string | null;
  members?: MemberValues[];
}

export function CouncilFormModal({ council, onClose }: { council: CouncilView | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const create = useCreateCouncil();
  const update = useUpdateCouncil(council?.id ?? '');
  const navigate = useNavigate();
  const { message } = App.useApp();

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const onError = (error: unknown) => reportFormError(form, error, message.error);
    if (council) {
      update.mutate(
        {
          version: council.version,
          name: values.name,
          decision: values.decision,
          note: values.note || null,
          dissolvedOn: toIsoDate(values.dissolvedOn),
        },
        {
          onSuccess: () => {
            message.success('Đã lưu thông tin Hội đồng');
            onClose();
          },
          onError,
        },
      );
      return;
    }
    create.mutate(
      {
        authorityUnitId: values.authorityUnitId,
        name: values.name,
        decision: values.decision,
        establishedOn: toIsoDate(values.establishedOn)!,
        note: values.note || null,
        members: membersBody(values.members),
      },
      {
        onSuccess: (view) => {
          message.success('Đã thành lập Hội đồng');
          onClose();
          void navigate(`/hoi-dong/${view.id}`);
        },
        onError,
      },
    );
  };

  return (
    <Modal
      open
      width={council ? 720 : 1100}
      title={council ? 'Sửa thông tin Hội đồng' : 'Thành lập Hội đồng Thi đua - Khen thưởng'}
      okText="Lưu"
      cancelText="Hủy"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          authorityUnitId: council?.authority.id,
          name: council?.name ?? 'Hội đồng Thi đua - Khen thưởng ',
          decision: council?.decision,
          establishedOn: fromIsoDate(council?.establishedOn),
          dissolvedOn: fromIsoDate(council?.dissolvedOn),
          note: council?.note,
          members: [],
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="authorityUnitId"
              label="Cơ quan có thẩm quyền khen thưởng"
              tooltip="Hội đồng tham mưu cho người đứng đầu cơ quan, địa phương này (mỗi đơn vị một Hội đồng)"
              rules={[{ required: true, message: 'Chọn đơn vị' }]}
            >
              <UnitTreeSelect disabled={council !== null} placeholder="Ví dụ: Huyện Cẩm Xuyên" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="name"
              label="Tên Hội đồng"
              rules={[{ required: true, min: 5, message: 'Nhập tên Hội đồng' }]}
            >
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="decision"
              label="Quyết định thành lập"
              tooltip="Ghi như trên văn bản: số, ký hiệu, ngày và người ký"
              rules={[{ required: true, min: 3, message: 'Nhập quyết định thành lập' }]}
            >
              <Input maxLength={500} placeholder="Quyết định số …/QĐ-UBND ngày … của Chủ tịch UBND huyện" />
            </Form.Item>
          </Col>
          <Col xs={12} md={4}>
            <Form.Item
              name="establishedOn"
              label="Ngày thành lập"
              rules={[{ required: true, message: 'Chọn ngày' }]}
            >
              <DatePicker format={DATE_FORMAT} disabled={council !== null} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          {council ? (
            <Col xs={12} md={4}>
              <Form.Item
                name="dissolvedOn"
                label="Kết thúc hoạt động"
                tooltip="Ngày cuối cùng Hội đồng hoạt động (ví dụ 30/6/2025 với cấp huyện)"
              >
                <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ) : null}
          <Col span={24}>
            <Form.Item name="note" label="Chức năng, nhiệm vụ, quy chế hoạt động">
              <Input.TextArea rows={3} maxLength={10000} />
            </Form.Item>
          </Col>
        </Row>
        {council ? (
          <Alert
            type="info"
            showIcon
            title="Thay đổi thành viên bằng nút “Kiện toàn Hội đồng” để giữ lại lịch sử thành phần qua từng thời kỳ."
          />
        ) : (
          <CompositionFields form={form} names={new Map()} />
        )}
      </Form>
    </Modal>
  );
}
