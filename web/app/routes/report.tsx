// /bao-cao/:id: one work report — section I generated from the data (read-only; frozen once issued), the written
// parts (addressee, signer, recipients, II assessment, III tasks) with their saved versions, issue and .docx.
import { DeleteOutlined, DownloadOutlined, HistoryOutlined, SendOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Drawer,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Space,
  Tag,
  Timeline,
  message,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { WORK_REPORT_STATUS_LABELS, type WorkReportView } from '../../../contracts/reports';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageSpinner } from '../../components/page-spinner';
import {
  useDeleteWorkReport,
  useIssueWorkReport,
  useSaveWorkReport,
  workReportDocxUrl,
  workReportQuery,
  workReportVersionsQuery,
} from '../../features/reports/api/work-reports-api';
import { FiguresView } from '../../features/reports/components/figures-view';
import { ApiError, errorMessage } from '../../lib/api';

const vi = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : '');

interface FormValues {
  title: string;
  addressee: string;
  place: string | null;
  signerCapacity: string | null;
  signerTitle: string;
  signerName: string;
  recipients: string;
  strengths: string;
  weaknesses: string;
  causes: string;
  solutions: string;
  tasks: string;
}

const toForm = (r: WorkReportView): FormValues => ({
  title: r.title,
  addressee: r.addressee,
  place: r.place,
  signerCapacity: r.signerCapacity,
  signerTitle: r.signerTitle,
  signerName: r.signerName,
  recipients: r.recipients.join('\n'),
  strengths: r.strengths,
  weaknesses: r.weaknesses,
  causes: r.causes,
  solutions: r.solutions,
  tasks: r.tasks,
});

function IssueModal({ report, onClose }: { report: WorkReportView; onClose: () => void }) {
  const [form] = Form.useForm<{ numberSymbol: string; issuedOn: Dayjs }>();
  const issue = useIssueWorkReport(report.id);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await issue.mutateAsync({
        version: report.version,
        numberSymbol: v.numberSymbol,
        issuedOn: v.issuedOn.format('YYYY-MM-DD'),
      });
      message.success('Đã ban hành báo cáo');
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.fields) {
        form.setFields(
          Object.entries(e.fields).map(([name, msg]) => ({ name: name as 'numberSymbol', errors: [msg] })),
        );
      }
      message.error(errorMessage(e));
    }
  };
  return (
    <Modal
      open
      title="Ban hành báo cáo"
      okText="Ban hành"
      cancelText="Hủy"
      onOk={submit}
      onCancel={onClose}
      confirmLoading={issue.isPending}
    >
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        message="Sau khi ban hành, số liệu được cố định và báo cáo không sửa được nữa."
      />
      <Form form={form} layout="vertical" initialValues={{ issuedOn: dayjs() }}>
        <Form.Item
          name="numberSymbol"
          label="Số, ký hiệu"
          rules={[{ required: true, message: 'Nhập số, ký hiệu, ví dụ 125/BC-UBND' }]}
        >
          <Input placeholder="125/BC-UBND" />
        </Form.Item>
        <Form.Item
          name="issuedOn"
          label="Ngày ban hành"
          rules={[{ required: true, message: 'Chọn ngày ban hành' }]}
        >
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Versions({ id, onClose }: { id: string; onClose: () => void }) {
  const { data } = useQuery(workReportVersionsQuery(id));
  return (
    <Drawer open title="Các phiên bản đã lưu" onClose={onClose} width={420}>
      <Timeline
        items={(data?.items ?? []).map((v) => ({
          children: (
            <div>
              <b>Phiên bản {v.version}</b> — {v.savedByName}
              <div style={{ color: '#666' }}>{new Date(v.savedAt).toLocaleString('vi-VN')}</div>
            </div>
          ),
        }))}
      />
    </Drawer>
  );
}

export default function ReportPage() {
  const { id = '' } = useParams();
  const { data: report, error, isPending } = useQuery(workReportQuery(id));
  const save = useSaveWorkReport(id);
  const remove = useDeleteWorkReport(id);
  const navigate = useNavigate();
  const [form] = Form.useForm<FormValues>();
  const [issuing, setIssuing] = useState(false);
  const [versions, setVersions] = useState(false);
  useEffect(() => {
    if (report) form.setFieldsValue(toForm(report));
  }, [report, form]);
  if (isPending) return <PageSpinner />;
  if (error || !report) return <ErrorAlert error={error} />;
  const editable = report.can.update;
  // An issued report (or one the user may not change) reads as text, not as greyed-out disabled fields.
  const readOnly = editable ? {} : { readOnly: true, variant: 'borderless' as const };
  const onDelete = async () => {
    try {
      await remove.mutateAsync();
      message.success('Đã xóa dự thảo báo cáo');
      navigate('/bao-cao');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const onSave = async () => {
    const v = await form.validateFields();
    try {
      await save.mutateAsync({
        ...v,
        version: report.version,
        recipients: v.recipients
          .split('\n')
          .map((s) => s.trim().replace(/^-\s*/, '').replace(/[;.]$/, ''))
          .filter(Boolean),
      });
      message.success('Đã lưu phiên bản mới');
    } catch (e) {
      message.error(errorMessage(e));
    }
  };
  const area = (name: keyof FormValues, label: string) => (
    <Form.Item name={name} label={label}>
      <Input.TextArea autoSize={{ minRows: 3, maxRows: 14 }} {...readOnly} />
    </Form.Item>
  );
  return (
    <>
      <PageHeader
        title={`Báo cáo ${report.periodLabel} — ${report.unitName}`}
        subtitle={report.title}
        extra={
          <Space wrap>
            <Tag color={report.status === 'issued' ? 'green' : 'default'}>
              {WORK_REPORT_STATUS_LABELS[report.status]}
              {report.numberSymbol ? ` · số ${report.numberSymbol} ngày ${vi(report.issuedOn)}` : ''}
            </Tag>
            <Button icon={<HistoryOutlined />} onClick={() => setVersions(true)}>
              Phiên bản
            </Button>
            <Button icon={<DownloadOutlined />} href={workReportDocxUrl(report.id)}>
              Tải .docx
            </Button>
            {report.can.delete ? (
              <Popconfirm
                title="Xóa dự thảo báo cáo?"
                description="Dự thảo và các phiên bản đã lưu sẽ bị xóa, không khôi phục được."
                okText="Xóa"
                okButtonProps={{ danger: true }}
                cancelText="Hủy"
                onConfirm={onDelete}
              >
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  Xóa dự thảo
                </Button>
              </Popconfirm>
            ) : null}
            {report.can.issue ? (
              <Button type="primary" icon={<SendOutlined />} onClick={() => setIssuing(true)}>
                Ban hành
              </Button>
            ) : null}
          </Space>
        }
      />
      <Row gutter={16}>
        <Col xs={24} xl={13}>
          <Card
            title={
              <span style={{ whiteSpace: 'normal' }}>
                I. Thực hiện công tác thi đua, khen thưởng {report.periodLabel}
              </span>
            }
            style={{ marginBottom: 16 }}
          >
            <Alert
              type={report.status === 'issued' ? 'success' : 'info'}
              showIcon
              style={{ marginBottom: 12 }}
              message={
                report.status === 'issued'
                  ? 'Số liệu được cố định tại thời điểm ban hành.'
                  : 'Số liệu tính từ dữ liệu hiện có của hệ thống; được cố định khi ban hành.'
              }
            />
            <FiguresView figures={report.figures} />
          </Card>
        </Col>
        <Col xs={24} xl={11}>
          <Card title="Phần viết của báo cáo" extra={`Phiên bản ${report.version}`}>
            <Form form={form} layout="vertical" requiredMark={editable}>
              <Form.Item
                name="title"
                label="Trích yếu (dưới chữ BÁO CÁO)"
                rules={[{ required: true, message: 'Nhập trích yếu' }]}
              >
                <Input {...readOnly} />
              </Form.Item>
              <Form.Item
                name="addressee"
                label="Kính gửi"
                rules={[{ required: true, message: 'Nhập nơi gửi' }]}
              >
                <Input {...readOnly} />
              </Form.Item>
              {area('strengths', 'II.1. Ưu điểm')}
              {area('weaknesses', 'II.2. Tồn tại, hạn chế')}
              {area('causes', 'II.3. Nguyên nhân tồn tại, hạn chế')}
              {area('solutions', 'II.4. Giải pháp, biện pháp khắc phục')}
              {area('tasks', 'III. Nhiệm vụ kỳ tới (để trống thì báo cáo không có mục III)')}
              <Row gutter={8}>
                <Col span={12}>
                  <Form.Item name="signerCapacity" label="Thẩm quyền ký (TM./KT.)">
                    <Input placeholder="TM. Ủy ban nhân dân" {...readOnly} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item
                    name="signerTitle"
                    label="Chức vụ"
                    rules={[{ required: true, message: 'Nhập chức vụ' }]}
                  >
                    <Input {...readOnly} />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={8}>
                <Col span={12}>
                  <Form.Item
                    name="signerName"
                    label="Người ký"
                    rules={[{ required: true, message: 'Nhập họ tên người ký' }]}
                  >
                    <Input {...readOnly} />
                  </Form.Item>
                </Col>
                <Col span={12}>
                  <Form.Item name="place" label="Địa danh">
                    <Input placeholder="Cẩm Xuyên" {...readOnly} />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="recipients" label="Nơi nhận (mỗi dòng một nơi)">
                <Input.TextArea autoSize={{ minRows: 3 }} {...readOnly} />
              </Form.Item>
              {editable ? (
                <Button type="primary" onClick={onSave} loading={save.isPending}>
                  Lưu phiên bản mới
                </Button>
              ) : null}
            </Form>
          </Card>
        </Col>
      </Row>
      {issuing ? <IssueModal report={report} onClose={() => setIssuing(false)} /> : null}
      {versions ? <Versions id={report.id} onClose={() => setVersions(false)} /> : null}
    </>
  );
}
