// /cong-khai-lay-y-kien/:id: one disclosure — the nominees as published, the period, publishing (with the first
// day), the comments and their handling, and the outcome recorded before the council votes.
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EyeOutlined,
  LockOutlined,
  SendOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Flex,
  Modal,
  Popconfirm,
  Result,
  Skeleton,
  Table,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { DISCLOSURE_OUTCOME_LABELS } from '../../../contracts/disclosures';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import {
  disclosureQuery,
  useDeleteDisclosure,
  usePublish,
} from '../../features/disclosures/api/disclosures-api';
import { CloseDisclosureModal } from '../../features/disclosures/components/close-modal';
import { CommentsCard } from '../../features/disclosures/components/comments-card';
import { DisclosureStatusTag } from '../../features/disclosures/components/labels';
import { ApiError, errorMessage } from '../../lib/api';
import { DATE_FORMAT, formatDate, formatDateTime, toIsoDate } from '../../lib/format';

export default function DisclosurePage() {
  const { id = '' } = useParams();
  const query = useQuery(disclosureQuery(id));
  const publish = usePublish(id);
  const remove = useDeleteDisclosure();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [closing, setClosing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const [opensOn, setOpensOn] = useState<Dayjs | null>(dayjs());
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy đợt công khai"
        subTitle="Đợt công khai không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/cong-khai-lay-y-kien">
            <Button type="primary">Về danh sách</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const ended = d.closesOn !== null && dayjs().format('YYYY-MM-DD') > d.closesOn;
  return (
    <>
      <Link to="/cong-khai-lay-y-kien">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Công khai lấy ý kiến
        </Button>
      </Link>
      <PageHeader
        title={d.title}
        subtitle={`${d.authority.name} — hồ sơ ${d.dossier.code}`}
        extra={
          <>
            {d.publicPath ? (
              <Button icon={<EyeOutlined />} href={d.publicPath} target="_blank">
                Xem trang công khai
              </Button>
            ) : null}
            {d.can.delete ? (
              <Popconfirm
                title="Xóa bản nháp này?"
                okText="Xóa"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutate(d.id, {
                    onSuccess: () => void navigate('/cong-khai-lay-y-kien'),
                    onError: (e) => message.error(errorMessage(e)),
                  })
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  Xóa bản nháp
                </Button>
              </Popconfirm>
            ) : null}
            {d.can.publish ? (
              <Button type="primary" icon={<SendOutlined />} onClick={() => setPublishing(true)}>
                Đăng công khai
              </Button>
            ) : null}
            {d.can.close ? (
              <Button type="primary" icon={<LockOutlined />} onClick={() => setClosing(true)}>
                Kết thúc, ghi nhận kết quả
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        {d.status === 'open' && !ended ? (
          <Alert
            type="info"
            showIcon
            title={`Đang lấy ý kiến đến hết ngày ${formatDate(d.closesOn)}. Hội đồng chỉ bỏ phiếu cho những người trong danh sách sau khi kết thúc công khai và ghi nhận kết quả.`}
          />
        ) : null}
        {d.status === 'open' && ended && !d.can.close ? (
          <Alert
            type="warning"
            showIcon
            title="Đã hết thời gian lấy ý kiến: chờ cán bộ thẩm định ghi nhận kết quả."
          />
        ) : null}
        <Card>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label="Tình trạng">
              <DisclosureStatusTag status={d.status} />
            </Descriptions.Item>
            <Descriptions.Item label="Thời gian lấy ý kiến">
              {d.opensOn
                ? `${formatDate(d.opensOn)} – ${formatDate(d.closesOn)}`
                : `${d.days} ngày${d.dayKind === 'working' ? ' làm việc' : ''} kể từ khi đăng`}
            </Descriptions.Item>
            <Descriptions.Item label="Hồ sơ">
              <Link to={`/ho-so/${d.dossier.id}`}>
                {d.dossier.code} — {d.dossier.title}
              </Link>
            </Descriptions.Item>
            {d.publishedAt ? (
              <Descriptions.Item label="Đăng">
                {formatDateTime(d.publishedAt)} — {d.publishedByName}
              </Descriptions.Item>
            ) : null}
            {d.outcome ? (
              <Descriptions.Item label="Kết quả" span={2}>
                <b>{DISCLOSURE_OUTCOME_LABELS[d.outcome]}</b>
                {d.outcomeNote ? <div style={{ whiteSpace: 'pre-line' }}>{d.outcomeNote}</div> : null}
                <Typography.Text type="secondary">
                  {' '}
                  ({d.closedByName}, {formatDateTime(d.closedAt)})
                </Typography.Text>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {d.requirements.map((r) => (
            <Typography.Paragraph key={r} type="secondary" style={{ marginBottom: 4 }}>
              {r}
            </Typography.Paragraph>
          ))}
          {d.intro ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{d.intro}</Typography.Paragraph>
          ) : null}
        </Card>
        <Card title={`Danh sách công khai: ${d.nominees.length} trường hợp`}>
          <Table
            rowKey="nomineeId"
            size="small"
            pagination={false}
            dataSource={d.nominees}
            columns={[
              { title: 'STT', dataIndex: 'position', width: 60 },
              { title: 'Họ và tên / tập thể', dataIndex: 'publicName' },
              { title: 'Chức vụ, đơn vị', dataIndex: 'publicDescription' },
              { title: 'Đề nghị', dataIndex: 'awardKindName' },
              { title: 'Tóm tắt thành tích', dataIndex: 'publicSummary' },
            ]}
          />
        </Card>
        <CommentsCard disclosure={d} />
      </Flex>
      {publishing ? (
        <Modal
          open
          title="Đăng công khai lấy ý kiến"
          okText="Đăng công khai"
          cancelText="Hủy"
          confirmLoading={publish.isPending}
          onCancel={() => setPublishing(false)}
          onOk={() =>
            publish.mutate(
              { version: d.version, opensOn: toIsoDate(opensOn) ?? undefined },
              {
                onSuccess: (v) => {
                  message.success(`Đã đăng công khai, nhận ý kiến đến hết ngày ${formatDate(v.closesOn)}`);
                  setPublishing(false);
                },
                onError: (e) => message.error(errorMessage(e)),
              },
            )
          }
        >
          <Typography.Paragraph>
            Danh sách sẽ hiện trên trang công khai (không cần đăng nhập) với họ tên, chức vụ, đơn vị, hình
            thức đề nghị và tóm tắt thành tích — không có số CCCD, ngày sinh. Sau khi đăng không sửa được nội
            dung.
          </Typography.Paragraph>
          <Typography.Text>Ngày bắt đầu lấy ý kiến: </Typography.Text>
          <DatePicker format={DATE_FORMAT} value={opensOn} onChange={setOpensOn} allowClear={false} />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            Hạn lấy ý kiến được tính {d.days} ngày
            {d.dayKind === 'working' ? ' làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ, Tết)' : ''}.
          </Typography.Paragraph>
        </Modal>
      ) : null}
      {closing ? <CloseDisclosureModal disclosure={d} onClose={() => setClosing(false)} /> : null}
    </>
  );
}
