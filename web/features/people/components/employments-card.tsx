// A person's employment history: add an employment, close the current one (with confirmation).
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Form, Modal, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { CADRE_CLASS_LABELS } from '../../../../contracts/enums';
import type { EmploymentView, PersonView } from '../../../../contracts/people';
import { Can } from '../../../components/can';
import { DataTable } from '../../../components/data-table';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, formatPeriod, toIsoDate } from '../../../lib/format';
import { useAddEmployment, useUpdateEmployment } from '../api/people-api';
import { EmploymentFields } from './employment-fields';
import { type EmploymentFormValues, toEmployment } from './person-values';

export function EmploymentsCard({ person }: { person: PersonView }) {
  const [adding, setAdding] = useState(false);
  const [closing, setClosing] = useState<EmploymentView | null>(null);
  const sorted = [...person.employments].sort((a, b) => (a.fromDate < b.fromDate ? 1 : -1));

  const columns: ColumnsType<EmploymentView> = [
    { title: 'Thời gian', key: 'period', render: (_, e) => formatPeriod(e.fromDate, e.toDate) },
    { title: 'Đơn vị', dataIndex: 'unitName' },
    { title: 'Chức vụ', dataIndex: 'position', render: (p: string | null) => p ?? '' },
    {
      title: 'Đối tượng',
      dataIndex: 'cadreClass',
      render: (c: EmploymentView['cadreClass']) => CADRE_CLASS_LABELS[c],
    },
    {
      title: 'Lao động trực tiếp',
      dataIndex: 'isDirectWorker',
      render: (v: boolean) => (v ? 'Có' : ''),
    },
    {
      title: 'Trạng thái',
      key: 'state',
      render: (_, e) => (e.isCurrent ? <Tag color="green">Đang công tác</Tag> : <Tag>Đã kết thúc</Tag>),
    },
    {
      title: '',
      key: 'actions',
      render: (_, e) =>
        e.isCurrent && !e.toDate ? (
          <Can when={e.can.update}>
            <Button size="small" onClick={() => setClosing(e)}>
              Kết thúc
            </Button>
          </Can>
        ) : null,
    },
  ];

  return (
    <Card
      title="Quá trình công tác"
      extra={
        <Can when={person.can.addEmployment}>
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            Thêm quá trình công tác
          </Button>
        </Can>
      }
    >
      <DataTable<EmploymentView> rowKey="id" columns={columns} dataSource={sorted} />
      {adding ? <AddEmploymentModal person={person} onClose={() => setAdding(false)} /> : null}
      {closing ? (
        <CloseEmploymentModal person={person} employment={closing} onClose={() => setClosing(null)} />
      ) : null}
    </Card>
  );
}

function AddEmploymentModal({ person, onClose }: { person: PersonView; onClose: () => void }) {
  const [form] = Form.useForm<EmploymentFormValues>();
  const add = useAddEmployment(person.id);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    add.mutate(toEmployment(values), {
      onSuccess: () => {
        message.success('Đã thêm quá trình công tác');
        onClose();
      },
      onError: (error) => {
        reportFormError(form, error, message.error);
      },
    });
  };
  return (
    <Modal
      open
      title={`Thêm quá trình công tác — ${person.fullName}`}
      okText="Thêm"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={add.isPending}
      width={720}
    >
      <Typography.Paragraph type="secondary">
        Khi chuyển công tác, hãy kết thúc quá trình công tác cũ trước hoặc nhập ngày kết thúc cho nó.
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ cadreClass: 'cong_chuc', fromDate: dayjs() }}>
        <EmploymentFields withEnd />
      </Form>
    </Modal>
  );
}

function CloseEmploymentModal(props: {
  person: PersonView;
  employment: EmploymentView;
  onClose: () => void;
}) {
  const { person, employment, onClose } = props;
  const [form] = Form.useForm<{ toDate: Dayjs }>();
  const update = useUpdateEmployment(person.id);
  const { message, modal } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const { toDate } = values;
    const iso = toIsoDate(toDate) ?? '';
    modal.confirm({
      title: 'Kết thúc quá trình công tác?',
      content: `${person.fullName} thôi công tác tại ${employment.unitName} từ sau ngày ${formatDate(iso)}.`,
      okText: 'Kết thúc',
      cancelText: 'Hủy',
      onOk: () =>
        update.mutateAsync({ employmentId: employment.id, body: { toDate: iso } }).then(
          () => {
            message.success('Đã kết thúc quá trình công tác');
            onClose();
          },
          (error: unknown) => {
            reportFormError(form, error, message.error);
          },
        ),
    });
  };
  return (
    <Modal
      open
      title="Kết thúc quá trình công tác"
      okText="Tiếp tục"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        {employment.unitName}
        {employment.position ? ` — ${employment.position}` : ''}, từ {formatDate(employment.fromDate)}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={{ toDate: dayjs() }}>
        <Form.Item
          name="toDate"
          label="Ngày kết thúc"
          rules={[{ required: true, message: 'Chọn ngày kết thúc' }]}
        >
          <DatePicker
            format={DATE_FORMAT}
            disabledDate={(d) => d.isBefore(dayjs(employment.fromDate), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
