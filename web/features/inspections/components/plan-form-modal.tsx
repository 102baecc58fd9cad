// Creates or corrects a yearly inspection plan: the organising unit, the plan document and the decision
// establishing the team.
import { App, Col, DatePicker, Form, Input, InputNumber, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useNavigate } from 'react-router';
import type { PlanView } from '../../../../contracts/inspections';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, fromIsoDate, toIsoDate } from '../../../lib/format';
import { useCreatePlan, useUpdatePlan } from '../api/inspections-api';

interface Values {
  year: number;
  organiserUnitId: string;
  title: string;
  planNumber?: string | null;
  planDate?: Dayjs | null;
  teamDecisionNumber?: string | null;
  teamDecisionDate?: Dayjs | null;
  content?: string | null;
  note?: string | null;
}

interface PlanFormModalProps {
  plan: PlanView | null;
  defaultYear: number;
  onClose: () => void;
}

export function PlanFormModal({ plan, defaultYear, onClose }: PlanFormModalProps) {
  const [form] = Form.useForm<Values>();
  const create = useCreatePlan();
  const update = useUpdatePlan(plan?.id ?? '');
  const navigate = useNavigate();
  const { message } = App.useApp();
  const initial = useMemo(
    () => ({
      year: plan?.year ?? defaultYear,
      organiserUnitId: plan?.organiser.id,
      title:
        plan?.title ??
        `Kế hoạch kiểm tra công tác quản lý nhà nước về thi đua, khen thưởng năm ${defaultYear}`,
      planNumber: plan?.planNumber,
      planDate: fromIsoDate(plan?.planDate),
      teamDecisionNumber: plan?.teamDecisionNumber,
      teamDecisionDate: fromIsoDate(plan?.teamDecisionDate),
      content: plan?.content,
      note: plan?.note,
    }),
    [plan, defaultYear],
  );

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const fields = {
      year: values.year,
      title: values.title,
      planNumber: values.planNumber || null,
      planDate: toIsoDate(values.planDate),
      teamDecisionNumber: values.teamDecisionNumber || null,
      teamDecisionDate: toIsoDate(values.teamDecisionDate),
      content: values.content || null,
      note: values.note || null,
    };
    const onError = (error: unknown) => reportFormError(form, error, message.error);
    if (plan) {
      update.mutate(
        { ...fields, version: plan.version },
        {
          onSuccess: () => {
            message.success('Đã lưu kế hoạch kiểm tra');
            onClose();
          },
          onError,
        },
      );
    } else {
      create.mutate(
        { ...fields, organiserUnitId: values.organiserUnitId },
        {
          onSuccess: (created) => {
            message.success('Đã lập kế hoạch kiểm tra');
            onClose();
            void navigate(`/kiem-tra/${created.id}`);
          },
          onError,
        },
      );
    }
  };

  return (
    <Modal
      open
      width={820}
      title={plan ? 'Sửa kế hoạch kiểm tra' : 'Lập kế hoạch kiểm tra'}
      okText={plan ? 'Lưu' : 'Lập kế hoạch'}
      cancelText="Hủy"
      confirmLoading={create.isPending || update.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={initial}>
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="year" label="Năm" rules={[{ required: true, message: 'Nhập năm' }]}>
              <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={18}>
            <Form.Item
              name="organiserUnitId"
              label="Đơn vị tổ chức kiểm tra"
              rules={[{ required: true, message: 'Chọn đơn vị' }]}
              extra="Đơn vị ban hành kế hoạch; các đơn vị được kiểm tra phải trực thuộc đơn vị này."
            >
              <UnitTreeSelect includeClosed disabled={!!plan} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="title"
              label="Tên kế hoạch"
              rules={[{ required: true, min: 3, message: 'Nhập tên kế hoạch' }]}
            >
              <Input maxLength={500} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="planNumber" label="Số, ký hiệu kế hoạch">
              <Input maxLength={100} placeholder="45/KH-UBND" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="planDate" label="Ngày ban hành">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="teamDecisionNumber" label="Số quyết định thành lập đoàn">
              <Input maxLength={100} placeholder="512/QĐ-UBND" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="teamDecisionDate" label="Ngày quyết định">
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="content"
              label="Mục đích, nội dung, phương pháp kiểm tra"
              extra="Mỗi dòng là một đoạn."
            >
              <Input.TextArea rows={5} maxLength={20000} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="note" label="Ghi chú">
              <Input maxLength={2000} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
