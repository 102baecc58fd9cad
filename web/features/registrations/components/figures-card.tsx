// A parent unit's view of its children's registrations for a year: the deadline (set or moved here), counts,
// one row per child (status, lateness, registered vs achieved) and the totals per title.
import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Statistic,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { FiguresRow, KindFigureView } from '../../../../contracts/registrations';
import { DataTable } from '../../../components/data-table';
import { ErrorAlert } from '../../../components/error-alert';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, fromIsoDate, toIsoDate } from '../../../lib/format';
import { deadlineQuery, figuresQuery, useSetDeadline } from '../api/registrations-api';
import { DeadlineTag, StatusTag } from './labels';

function DeadlineModal({
  parentUnitId,
  year,
  onClose,
}: {
  parentUnitId: string;
  year: number;
  onClose: () => void;
}) {
  const current = useQuery(deadlineQuery(parentUnitId, year));
  const [form] = Form.useForm<{ dueOn: Dayjs | null; note?: string | null }>();
  const save = useSetDeadline();
  const { message } = App.useApp();
  if (!current.data) return null;
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    save.mutate(
      {
        parentUnitId,
        year,
        dueOn: toIsoDate(values.dueOn)!,
        note: values.note || null,
        version: current.data.version ?? undefined,
      },
      {
        onSuccess: () => {
          message.success('Đã đặt hạn đăng ký');
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      title={`Hạn đăng ký thi đua năm ${year}`}
      okText="Lưu hạn"
      cancelText="Hủy"
      confirmLoading={save.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ dueOn: fromIsoDate(current.data.dueOn), note: current.data.note }}
      >
        <Form.Item
          name="dueOn"
          label="Hạn gửi bản đăng ký"
          rules={[{ required: true, message: 'Chọn ngày' }]}
          extra="Bản đăng ký gửi lần đầu sau ngày này được đánh dấu nộp muộn (tính theo giờ Việt Nam)."
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="note" label="Căn cứ, ghi chú">
          <Input maxLength={500} placeholder="Ví dụ: theo Hướng dẫn số …/HD-HĐTĐKT" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const kindsText = (kinds: KindFigureView[]) =>
  kinds
    .map((k) => `${k.awardKindName}: ${k.registered}${k.achieved ? ` (đạt ${k.achieved})` : ''}`)
    .join('; ');

export function FiguresCard({ parentUnitId, year }: { parentUnitId: string; year: number }) {
  const query = useQuery(figuresQuery(parentUnitId, year));
  const deadline = useQuery(deadlineQuery(parentUnitId, year));
  const [editing, setEditing] = useState(false);
  if (query.error) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const f = query.data;
  return (
    <Flex vertical gap={16}>
      <Card size="small" loading={!f}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Typography.Text>
            Hạn đăng ký năm {year}: <b>{f?.dueOn ? formatDate(f.dueOn) : 'chưa đặt'}</b>
            {deadline.data?.note ? (
              <Typography.Text type="secondary"> ({deadline.data.note})</Typography.Text>
            ) : null}
          </Typography.Text>
          {deadline.data?.can.set ? (
            <Button icon={<CalendarOutlined />} onClick={() => setEditing(true)}>
              {f?.dueOn ? 'Sửa hạn đăng ký' : 'Đặt hạn đăng ký'}
            </Button>
          ) : null}
        </Flex>
      </Card>
      {f ? (
        <Row gutter={16}>
          {[
            ['Đơn vị trực thuộc', f.counts.children],
            ['Chưa đăng ký', f.counts.notRegistered],
            ['Chờ xử lý', f.counts.submitted],
            ['Đã chấp nhận', f.counts.accepted],
            ['Nộp muộn', f.counts.late],
          ].map(([label, value]) => (
            <Col key={label as string} xs={12} md={4}>
              <Card size="small">
                <Statistic title={label} value={value as number} />
              </Card>
            </Col>
          ))}
        </Row>
      ) : null}
      <Card title="Đăng ký của các đơn vị trực thuộc" size="small">
        <DataTable<FiguresRow>
          rowKey={(r) => r.unit.id}
          loading={query.isFetching}
          dataSource={f?.rows ?? []}
          emptyText="Đơn vị không có đơn vị trực thuộc trong năm này"
          columns={[
            {
              title: 'Đơn vị',
              key: 'unit',
              render: (_v, r) =>
                r.registrationId ? (
                  <Link to={`/dang-ky/${r.registrationId}`}>
                    <b>{r.unit.name}</b>
                  </Link>
                ) : (
                  <b>{r.unit.name}</b>
                ),
            },
            {
              title: 'Trạng thái',
              key: 'status',
              render: (_v, r) => (
                <>
                  <StatusTag status={r.status} /> {r.status ? <DeadlineTag deadline={r.deadline} /> : null}
                </>
              ),
            },
            { title: 'Số đăng ký', dataIndex: 'registered', align: 'right' },
            { title: 'Đã đạt', dataIndex: 'achieved', align: 'right' },
            {
              title: 'Theo danh hiệu',
              key: 'kinds',
              width: 300,
              render: (_v, r) => <span style={{ whiteSpace: 'normal' }}>{kindsText(r.kinds)}</span>,
            },
          ]}
        />
        {f && f.totals.length > 0 ? (
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
            <b>Tổng hợp các bản đã gửi, đã chấp nhận:</b> {kindsText(f.totals)}
          </Typography.Paragraph>
        ) : null}
      </Card>
      {editing ? (
        <DeadlineModal parentUnitId={parentUnitId} year={year} onClose={() => setEditing(false)} />
      ) : null}
    </Flex>
  );
}
