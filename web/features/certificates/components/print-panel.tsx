// Printing certificates: find the awards (by decision number, year or name), tick them or take the whole
// decision, choose the blank's layout and the format, and download one file with a page per certificate.
import { PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Col,
  Collapse,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import type { PrintableAward, PrintInput } from '../../../../contracts/certificates';
import { ErrorAlert } from '../../../components/error-alert';
import { errorMessage } from '../../../lib/api';
import { formatDate, toIsoDate } from '../../../lib/format';
import { useMe } from '../../../lib/session';
import {
  layoutsQuery,
  printableQuery,
  printCertificates,
  type PrintableParams,
} from '../api/certificates-api';

export function PrintPanel() {
  const { message } = AntApp.useApp();
  const { data: me } = useMe();
  const [filters, setFilters] = useState<{
    decisionNumber: string;
    decisionDate: Dayjs | null;
    year: number | null;
    q: string;
  }>({
    decisionNumber: '',
    decisionDate: null,
    year: null,
    q: '',
  });
  const [params, setParams] = useState<PrintableParams>({ page: 1, pageSize: 20 });
  const [selected, setSelected] = useState<string[]>([]);
  const [layoutId, setLayoutId] = useState<string | null>(null);
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [achievementText, setAchievementText] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  const [signerName, setSignerName] = useState('');
  const [printing, setPrinting] = useState(false);
  const awards = useQuery(printableQuery(params));
  const layouts = useQuery(layoutsQuery());
  const printable = (layouts.data ?? []).filter((l) => l.can.print);

  const search = () => {
    setSelected([]);
    setParams({
      page: 1,
      pageSize: params.pageSize,
      decisionNumber: filters.decisionNumber.trim() || undefined,
      decisionDate: toIsoDate(filters.decisionDate) ?? undefined,
      year: filters.year ?? undefined,
      q: filters.q.trim() || undefined,
    });
  };

  const run = async (selection: Pick<PrintInput, 'awardIds' | 'decisionNumber' | 'decisionDate'>) => {
    if (!layoutId) {
      message.warning('Chọn mẫu in (bố cục phôi) trước khi in');
      return;
    }
    setPrinting(true);
    try {
      const count = await printCertificates(
        {
          layoutId,
          format,
          ...selection,
          achievementText: achievementText.trim() || null,
          signerTitle: signerTitle.trim() || null,
          signerName: signerName.trim() || null,
        },
        me?.csrfToken ?? null,
      );
      message.success(`Đã tạo tệp in ${count} giấy khen`);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setPrinting(false);
    }
  };

  const items = awards.data?.items ?? [];
  const standingSelected = selected.filter(
    (id) => items.find((a) => a.id === id && !a.revoked) || !items.find((a) => a.id === id),
  );

  return (
    <Row gutter={16}>
      <Col xs={24} xl={16}>
        <Card size="small" style={{ marginBottom: 16 }}>
          <Form layout="inline" onFinish={search} component="form" style={{ rowGap: 8 }}>
            <Form.Item label="Số quyết định">
              <Input
                value={filters.decisionNumber}
                onChange={(e) => setFilters({ ...filters, decisionNumber: e.target.value })}
                placeholder="125/QĐ-UBND"
                allowClear
                style={{ width: 170 }}
              />
            </Form.Item>
            <Form.Item label="Ngày">
              <DatePicker
                value={filters.decisionDate}
                onChange={(d) => setFilters({ ...filters, decisionDate: d })}
                format="DD/MM/YYYY"
                placeholder="Ngày quyết định"
              />
            </Form.Item>
            <Form.Item label="Năm">
              <InputNumber
                value={filters.year}
                onChange={(v) => setFilters({ ...filters, year: v })}
                min={1945}
                max={2100}
                style={{ width: 90 }}
              />
            </Form.Item>
            <Form.Item label="Tên">
              <Input
                value={filters.q}
                onChange={(e) => setFilters({ ...filters, q: e.target.value })}
                placeholder="Không cần dấu"
                allowClear
                style={{ width: 170 }}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
              Tìm
            </Button>
          </Form>
        </Card>
        <ErrorAlert error={awards.error} onRetry={() => void awards.refetch()} />
        <Table<PrintableAward>
          size="small"
          rowKey="id"
          loading={awards.isFetching}
          dataSource={items}
          rowSelection={{
            selectedRowKeys: selected,
            onChange: (keys) => setSelected(keys as string[]),
            getCheckboxProps: (a) => ({ disabled: a.revoked }),
            preserveSelectedRowKeys: true,
          }}
          locale={{
            emptyText: (
              <Empty
                description="Không có khen thưởng nào trong phạm vi của bạn khớp điều kiện tìm"
                image={Empty.PRESENTED_IMAGE_SIMPLE}
              />
            ),
          }}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: awards.data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100, 200],
            showTotal: (n) => `${n} khen thưởng`,
            onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
          }}
          columns={[
            {
              title: 'Người / tập thể được khen',
              render: (_, a) => (
                <Space direction="vertical" size={0}>
                  <Typography.Text strong>{a.name}</Typography.Text>
                  {a.line ? <Typography.Text type="secondary">{a.line}</Typography.Text> : null}
                </Space>
              ),
            },
            { title: 'Hình thức', dataIndex: 'awardKindName', width: 170 },
            { title: 'Năm', dataIndex: 'year', width: 64 },
            {
              title: 'Quyết định',
              width: 190,
              render: (_, a) =>
                a.decisionNumber
                  ? `${a.decisionNumber}${a.decisionDate ? ` ngày ${formatDate(a.decisionDate)}` : ''}`
                  : '—',
            },
            {
              title: 'Tình trạng',
              width: 130,
              render: (_, a) =>
                a.revoked ? (
                  <Tag color="red">Đã thu hồi</Tag>
                ) : (
                  <Link to={`/xac-thuc/${a.publicCode}`} target="_blank">
                    Trang xác thực
                  </Link>
                ),
            },
          ]}
        />
      </Col>
      <Col xs={24} xl={8}>
        <Card size="small" title="In giấy khen" style={{ position: 'sticky', top: 16 }}>
          <Form layout="vertical" component="div">
            <Form.Item label="Mẫu in (bố cục phôi)" required>
              <Select
                value={layoutId}
                onChange={setLayoutId}
                placeholder="Chọn mẫu in"
                loading={layouts.isPending}
                options={printable.map((l) => ({
                  value: l.id,
                  label: `${l.name} — ${l.authorityUnit.name}`,
                }))}
                notFoundContent="Chưa có mẫu in nào: chuyên viên của cơ quan khen thưởng tạo ở thẻ “Mẫu in”"
              />
            </Form.Item>
            <Form.Item label="Định dạng tệp">
              <Radio.Group
                value={format}
                onChange={(e) => setFormat(e.target.value as 'pdf' | 'docx')}
                vertical
                options={[
                  { value: 'pdf', label: 'PDF (in ngay)' },
                  { value: 'docx', label: 'Word .docx (sửa trước khi in)' },
                ]}
              />
            </Form.Item>
            <Form.Item
              label="Thành tích in trên giấy khen"
              help="Để trống: in phần ghi chú của từng khen thưởng (nếu có)"
            >
              <Input.TextArea
                value={achievementText}
                onChange={(e) => setAchievementText(e.target.value)}
                autoSize={{ minRows: 2, maxRows: 4 }}
                maxLength={500}
                placeholder="Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2025"
              />
            </Form.Item>
            <Collapse
              size="small"
              style={{ marginBottom: 16 }}
              items={[
                {
                  key: 'signer',
                  label: 'Người ký (khi quyết định, mẫu in chưa ghi hoặc cần in khác)',
                  children: (
                    <>
                      <Form.Item label="Chức vụ người ký (mỗi dòng một dòng in)">
                        <Input.TextArea
                          value={signerTitle}
                          onChange={(e) => setSignerTitle(e.target.value)}
                          autoSize={{ minRows: 2, maxRows: 3 }}
                        />
                      </Form.Item>
                      <Form.Item label="Họ tên người ký" style={{ marginBottom: 0 }}>
                        <Input value={signerName} onChange={(e) => setSignerName(e.target.value)} />
                      </Form.Item>
                    </>
                  ),
                },
              ]}
            />
            <Flex vertical gap={8}>
              <Button
                type="primary"
                icon={<PrinterOutlined />}
                loading={printing}
                disabled={standingSelected.length === 0}
                onClick={() => void run({ awardIds: standingSelected })}
                block
              >
                In {standingSelected.length} giấy khen đã chọn
              </Button>
              {params.decisionNumber ? (
                <Button
                  icon={<PrinterOutlined />}
                  loading={printing}
                  onClick={() =>
                    void run({ decisionNumber: params.decisionNumber, decisionDate: params.decisionDate })
                  }
                  block
                >
                  In cả quyết định {params.decisionNumber}
                </Button>
              ) : null}
            </Flex>
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 12 }}
              title="Khi in, chọn tỷ lệ 100% (kích thước thực), không chọn “vừa trang”. Khen thưởng đã thu hồi không được in."
            />
          </Form>
        </Card>
      </Col>
    </Row>
  );
}
