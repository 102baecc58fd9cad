// The units asked: each one's answer (its issued report or "không phát sinh"), when, on time or late; the
// requester reminds or removes a unit that has not answered; a target's people send their unit's answer.
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { RequestView, TargetView } from '../../../contracts/report-requests';
import { errorMessage } from '../../lib/api';
import { reportFormError, validated } from '../../lib/form-errors';
import { formatDate, formatDateTime } from '../../lib/format';
import { candidatesQuery, useAnswer, useRemind, useRemoveTarget } from './api';
import { AnswerTag, TimelinessTag } from './labels';

export function TargetsCard({ request }: { request: RequestView }) {
  const [answering, setAnswering] = useState<TargetView | null>(null);
  const remind = useRemind();
  const remove = useRemoveTarget();
  const { message } = App.useApp();
  return (
    <Card title={request.received ? 'Báo cáo của đơn vị' : 'Đơn vị được yêu cầu báo cáo'}>
      <Table<TargetView>
        rowKey="id"
        size="middle"
        pagination={false}
        dataSource={request.targets}
        scroll={{ x: 960 }}
        columns={[
          { title: 'Đơn vị', key: 'unit', width: 200, render: (_, t) => t.unit.name },
          {
            title: 'Tình trạng',
            key: 'status',
            width: 150,
            render: (_, t) => <AnswerTag status={t.status} />,
          },
          {
            title: 'Báo cáo',
            key: 'report',
            render: (_, t) =>
              t.report ? (
                <Space direction="vertical" size={0}>
                  <Link to={`/bao-cao/${t.report.id}`}>{t.report.reference}</Link>
                  <Typography.Text type="secondary">{t.report.title}</Typography.Text>
                </Space>
              ) : (
                (t.answerNote ?? '')
              ),
          },
          {
            title: 'Thời hạn',
            key: 'timeliness',
            width: 200,
            render: (_, t) => (
              <Space direction="vertical" size={0}>
                <TimelinessTag value={t.timeliness} />
                {t.answeredAt ? (
                  <Typography.Text type="secondary">
                    Gửi {formatDateTime(t.answeredAt)}
                    {t.answeredBy ? ` — ${t.answeredBy}` : ''}
                  </Typography.Text>
                ) : null}
                {t.reminderCount > 0 && t.remindedAt ? (
                  <Typography.Text type="secondary">
                    Đã nhắc {t.reminderCount} lần, lần cuối {formatDate(t.remindedAt.slice(0, 10))}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: '',
            key: 'actions',
            width: 220,
            render: (_, t) => (
              <Space wrap>
                {t.can.answer ? (
                  <Button
                    type={t.status === 'pending' ? 'primary' : 'default'}
                    onClick={() => setAnswering(t)}
                  >
                    {t.status === 'pending' ? 'Gửi báo cáo' : 'Gửi lại'}
                  </Button>
                ) : null}
                {t.can.remind ? (
                  <Button
                    loading={remind.isPending && remind.variables?.targetId === t.id}
                    onClick={() =>
                      remind.mutate(
                        { targetId: t.id, version: t.version },
                        {
                          onSuccess: () => message.success(`Đã nhắc ${t.unit.name}`),
                          onError: (e) => message.error(errorMessage(e)),
                        },
                      )
                    }
                  >
                    Nhắc
                  </Button>
                ) : null}
                {t.can.remove ? (
                  <Popconfirm
                    title={`Bỏ ${t.unit.name} khỏi yêu cầu?`}
                    okText="Bỏ"
                    cancelText="Không"
                    onConfirm={() =>
                      remove.mutate(
                        { targetId: t.id, version: t.version },
                        { onError: (e) => message.error(errorMessage(e)) },
                      )
                    }
                  >
                    <Button type="link" danger>
                      Bỏ
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {answering ? (
        <AnswerModal request={request} target={answering} onClose={() => setAnswering(null)} />
      ) : null}
    </Card>
  );
}

interface AnswerValues {
  kind: 'report' | 'nil';
  reportId?: string | null;
  note?: string | null;
}

function AnswerModal({
  request,
  target,
  onClose,
}: {
  request: RequestView;
  target: TargetView;
  onClose: () => void;
}) {
  const [form] = Form.useForm<AnswerValues>();
  const candidates = useQuery(candidatesQuery(target.id));
  const answer = useAnswer();
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form);
  const items = candidates.data?.items ?? [];
  // The candidates arrive after the form mounted: preselect the unit's only issued report of the period.
  const only = candidates.data?.items.length === 1 ? candidates.data.items[0]!.id : null;
  useEffect(() => {
    if (only && !form.getFieldValue('reportId')) form.setFieldValue('reportId', only);
  }, [only, form]);
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    answer.mutate(
      {
        targetId: target.id,
        version: target.version,
        kind: values.kind,
        reportId: values.kind === 'report' ? (values.reportId ?? null) : null,
        note: values.note || null,
      },
      {
        onSuccess: () => {
          message.success('Đã gửi báo cáo');
          onClose();
        },
        onError: (error) => reportFormError(form, error, message.error),
      },
    );
  };
  return (
    <Modal
      open
      width={680}
      title={`Gửi báo cáo — ${target.unit.name}`}
      okText="Gửi"
      cancelText="Hủy"
      confirmLoading={answer.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        {request.title}; kỳ báo cáo {formatDate(request.periodFrom)} – {formatDate(request.periodTo)}; hạn gửi{' '}
        {formatDate(request.deadline)}.
      </Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'report', reportId: target.report?.id ?? items[0]?.id ?? null }}
      >
        <Form.Item name="kind" label="Nội dung gửi">
          <Radio.Group
            options={[
              { value: 'report', label: 'Báo cáo đã ban hành của đơn vị' },
              { value: 'nil', label: 'Không phát sinh' },
            ]}
          />
        </Form.Item>
        {kind !== 'nil' ? (
          <>
            <Form.Item
              name="reportId"
              label="Báo cáo"
              rules={[{ required: true, message: 'Chọn báo cáo đã ban hành để gửi' }]}
            >
              <Select
                loading={candidates.isPending}
                placeholder="Chọn báo cáo đã ban hành, đúng kỳ được yêu cầu"
                options={items.map((c) => ({ value: c.id, label: `${c.reference} — ${c.title}` }))}
                notFoundContent="Đơn vị chưa có báo cáo đã ban hành cho kỳ này"
              />
            </Form.Item>
            {candidates.data && items.length === 0 ? (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title="Đơn vị chưa có báo cáo đã ban hành cho kỳ này."
                description={
                  <Link to="/bao-cao">Lập và ban hành báo cáo công tác thi đua, khen thưởng của đơn vị</Link>
                }
              />
            ) : null}
          </>
        ) : null}
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
