// Creates a cluster or block, or corrects its name, kind, note and covenant (giao ước thi đua).
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import {
  GROUP_KIND_LABELS,
  GROUP_KINDS,
  type GroupKind,
  type GroupView,
} from '../../../../contracts/clusters';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useCreateGroup, useUpdateGroup } from '../api/clusters-api';

interface Values {
  year: number;
  organiserUnitId: string;
  kind: GroupKind;
  name: string;
  note?: string | null;
  covenantNumber?: string | null;
  covenantDate?: Dayjs | null;
  covenantText?: string | null;
}

export function GroupFormModal({
  group,
  defaultYear,
  onClose,
}: {
  group: GroupView | null;
  defaultYear: number;
  onClose: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const create = useCreateGroup();
  const update = useUpdateGroup(group?.id ?? '');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const fields = {
      kind: v.kind,
      name: v.name,
      note: v.note || null,
      covenantNumber: v.covenantNumber || null,
      covenantDate: toIsoDate(v.covenantDate),
      covenantText: v.covenantText || null,
    };
    const onError = (e: unknown) => reportFormError(form, e, message.error);
    if (group) {
      update.mutate(
        { ...fields, version: group.version },
        {
          onSuccess: () => {
            message.success('Đã lưu thông tin cụm, khối');
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { ...fields, year: v.year, organiserUnitId: v.organiserUnitId },
        {
          onSuccess: (g) => {
            message.success('Đã thành lập cụm, khối; thêm thành viên và bảng điểm');
            onClose();
            void navigate(`/cum-khoi/${g.id}`);
          },
          onError,
        },
      );
    }
  };
  return (
    <Modal
      open
      width={760}
      title={group ? 'Sửa thông tin cụm, khối và giao ước' : 'Thành lập cụm, khối thi đua'}
      okText={group ? 'Lưu' : 'Thành lập'}
      cancelText="Hủy"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          year: group?.year ?? defaultYear,
          organiserUnitId: group?.organiser.id,
          kind: group?.kind ?? 'cluster',
          name: group?.name,
          note: group?.note,
          covenantNumber: group?.covenantNumber,
          covenantDate: fromIsoDate(group?.covenantDate),
          covenantText: group?.covenantText,
        }}
      >
        <Row gutter={16}>
          <Col xs={24} md={5}>
            <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Nhập năm' }]}>
              <InputNumber min={2000} max={2100} disabled={!!group} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={5}>
            <Form.Item name="kind" label="Loại">
              <Select options={GROUP_KINDS.map((k) => ({ value: k, label: GROUP_KIND_LABELS[k] }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item
              name="organiserUnitId"
              label="Đơn vị tổ chức"
              rules={[{ required: true, message: 'Chọn đơn vị' }]}
              extra="Đơn vị có Hội đồng Thi đua - Khen thưởng tổ chức cụm, khối."
            >
              <UnitTreeSelect includeClosed disabled={!!group} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="name"
          label="Tên cụm, khối"
          rules={[{ required: true, min: 3, message: 'Nhập tên (ít nhất 3 ký tự)' }]}
        >
          <Input maxLength={300} placeholder="Ví dụ: Cụm thi đua số 1" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="covenantNumber" label="Số giao ước thi đua">
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="covenantDate" label="Ngày ký giao ước">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="covenantText" label="Nội dung giao ước">
          <Input.TextArea rows={4} maxLength={20_000} />
        </Form.Item>
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
