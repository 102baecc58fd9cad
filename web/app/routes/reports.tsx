// /bao-cao: the work reports (báo cáo công tác thi đua, khen thưởng) in scope — unit, period, status — and a new
// draft for a unit and a period.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, DatePicker, Form, Input, Modal, Select, Space, Tag, message } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { WORK_REPORT_STATUS_LABELS, type WorkReportListItem } from '../../../contracts/reports';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import {
  useCreateWorkReport,
  type WorkReportListParams,
  workReportsQuery,
} from '../../features/reports/api/work-reports-api';
import { errorMessage } from '../../lib/api';

const vi = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

const PRESETS: { label: string; range: (y: number) => [string, string] }[] = [
  { label: '6 tháng đầu năm', range: (y) => [`${y}-01-01`, `${y}-06-30`] },
  { label: '6 tháng cuối năm', range: (y) => [`${y}-07-01`, `${y}-12-31`] },
  { label: 'Cả năm', range: (y) => [`${y}-01-01`, `${y}-12-31`] },
  { label: 'Quý I', range: (y) => [`${y}-01-01`, `${y}-03-31`] },
  { label: 'Quý II', range: (y) => [`${y}-04-01`, `${y}-06-30`] },
  { label: 'Quý III', range: (y) => [`${y}-07-01`, `${y}-09-30`] },
  { label: 'Quý IV', range: (y) => [`${y}-10-01`, `${y}-12-31`] },
];

function CreateModal({ onClose }: { onClose: () => void }) {
  const [form] = Form.useForm<{ unitId: string; period: [Dayjs, Dayjs] }>();
  const create = useCreateWorkReport();
  const navigate = useNavigate();
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const view = await create.mutateAsync({
        unitId: v.unitId,
        from: v.period[0].format('YYYY-MM-DD'),
        to: v.period[1].format('YYYY-MM-DD'),
      });
      message.success('Đã lập dự thảo báo cáo');
      navigate(`/bao-cao/${view.id}`);
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  return (
    <Modal
      open
      title="Lập báo cáo công tác thi đua, khen thưởng"
      okText="Lập dự thảo"
      cancelText="Hủy"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={create.isPending}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="unitId" label="Đơn vị báo cáo" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
          <UnitTreeSelect includeClosed />
        </Form.Item>
        <Form.Item label="Kỳ báo cáo có sẵn">
          <Space wrap>
            {PRESETS.map((p) => (
              <Button
                key={p.label}
                size="small"
                onClick={() => {
                  const y =
                    (form.getFieldValue('period')?.[0] as Dayjs | undefined)?.year() ?? dayjs().year();
                  const [a, b] = p.range(y);
                  form.setFieldValue('period', [dayjs(a), dayjs(b)]);
                }}
              >
                {p.label}
              </Button>
            ))}
          </Space>
        </Form.Item>
        <Form.Item
          name="period"
          label="Từ ngày – đến ngày"
          rules={[{ required: true, message: 'Chọn kỳ báo cáo' }]}
        >
          <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
      <p style={{ color: '#666' }}>
        Phần đánh giá (mục II, III) được điền sẵn từ báo cáo kỳ trước của đơn vị, nếu có.
      </p>
    </Modal>
  );
}

export default function ReportsPage() {
  const [params, setParams] = useState<WorkReportListParams>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const { data, error, isPending } = useQuery(workReportsQuery(params));
  return (
    <>
      <PageHeader
        title="Báo cáo công tác thi đua, khen thưởng"
        subtitle="Số liệu lấy từ dữ liệu của hệ thống; người lập chỉ viết phần đánh giá và nhiệm vụ."
        extra={
          <Space>
            <Link to="/bao-cao/yeu-cau">Yêu cầu báo cáo</Link>
            <Link to="/bao-cao/bieu-mau-thong-ke">Biểu mẫu thống kê</Link>
            {data?.can.create ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
                Lập báo cáo
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        <Space style={{ marginBottom: 12 }} wrap>
          <Input.Search
            allowClear
            placeholder="Tìm theo đơn vị, tiêu đề"
            onSearch={(q) => setParams({ ...params, q, page: 1 })}
            style={{ width: 280 }}
          />
          <Select
            allowClear
            placeholder="Trạng thái"
            style={{ width: 180 }}
            value={params.status}
            onChange={(status) => setParams({ ...params, status, page: 1 })}
            options={Object.entries(WORK_REPORT_STATUS_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </Space>
        {error ? <ErrorAlert error={error} /> : null}
        <DataTable<WorkReportListItem>
          rowKey="id"
          loading={isPending}
          dataSource={data?.items ?? []}
          emptyText="Chưa có báo cáo nào"
          paging={
            data
              ? {
                  page: data.page,
                  pageSize: data.pageSize,
                  total: data.total,
                  onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
                }
              : false
          }
          columns={[
            { title: 'Đơn vị', dataIndex: 'unitName' },
            { title: 'Kỳ báo cáo', render: (_, r) => <Link to={`/bao-cao/${r.id}`}>{r.periodLabel}</Link> },
            { title: 'Từ – đến', render: (_, r) => `${vi(r.periodFrom)} – ${vi(r.periodTo)}` },
            {
              title: 'Trạng thái',
              dataIndex: 'status',
              render: (s: 'draft' | 'issued') => (
                <Tag color={s === 'issued' ? 'green' : 'default'}>{WORK_REPORT_STATUS_LABELS[s]}</Tag>
              ),
            },
            {
              title: 'Số, ngày',
              render: (_, r) => (r.numberSymbol ? `${r.numberSymbol} ngày ${vi(r.issuedOn)}` : ''),
            },
          ]}
        />
      </Card>
      {creating ? <CreateModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
