// The public side (no sign-in): the lists published for comment, one list with its nominees (only what was
// published: name, post, unit, award, summary — never a CCCD or birth date), and the comment form.
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Form,
  Input,
  List,
  Result,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { COMMENT_LIMITS, type PublicDisclosureView } from '../../../../contracts/disclosures';
import { ApiError, errorMessage } from '../../../lib/api';
import { applyFieldErrors, validated } from '../../../lib/form-errors';
import { formatDate } from '../../../lib/format';
import { publicDisclosureQuery, publicListQuery, usePostComment } from '../api/disclosures-api';

const period = (d: { opensOn: string; closesOn: string }) =>
  `Từ ngày ${formatDate(d.opensOn)} đến hết ngày ${formatDate(d.closesOn)}`;

export function PublicDisclosureList() {
  const [page, setPage] = useState(1);
  const query = useQuery(publicListQuery(page));
  if (query.isPending) return <Skeleton active />;
  if (!query.data) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  return (
    <Card title="Danh sách đề nghị khen thưởng đang lấy ý kiến Nhân dân">
      <List
        dataSource={query.data.items}
        locale={{ emptyText: <Empty description="Hiện không có danh sách nào đang công khai" /> }}
        pagination={
          query.data.total > query.data.pageSize
            ? { current: page, pageSize: query.data.pageSize, total: query.data.total, onChange: setPage }
            : false
        }
        renderItem={(d) => (
          <List.Item
            extra={
              d.acceptingComments ? (
                <Tag color="processing">Đang nhận ý kiến</Tag>
              ) : (
                <Tag>Đã hết thời gian</Tag>
              )
            }
          >
            <List.Item.Meta
              title={<Link to={`/cong-khai/${d.id}`}>{d.title}</Link>}
              description={`${d.authorityName} — ${period(d)} — ${d.nominees} trường hợp`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}

function CommentForm({ disclosure }: { disclosure: PublicDisclosureView }) {
  const [form] = Form.useForm<{
    nomineeId?: string;
    authorName?: string;
    authorContact?: string;
    content: string;
    website?: string;
  }>();
  const post = usePostComment(disclosure.id);
  const [sent, setSent] = useState(false);
  const { message } = App.useApp();
  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    post.mutate(
      {
        nomineeId: values.nomineeId ?? null,
        authorName: values.authorName || null,
        authorContact: values.authorContact || null,
        content: values.content,
        website: values.website || undefined,
      },
      {
        onSuccess: () => {
          setSent(true);
          form.resetFields();
        },
        onError: (e) => {
          if (!applyFieldErrors(form, e)) message.error(errorMessage(e));
        },
      },
    );
  };
  if (sent) {
    return (
      <Result
        status="success"
        title="Đã gửi ý kiến góp ý"
        subTitle="Cơ quan công khai danh sách sẽ xem xét ý kiến của bạn trước khi Hội đồng Thi đua - Khen thưởng họp xét."
        extra={<Button onClick={() => setSent(false)}>Gửi ý kiến khác</Button>}
      />
    );
  }
  return (
    <Form form={form} layout="vertical">
      <Form.Item name="nomineeId" label="Góp ý về">
        <Select
          allowClear
          placeholder="Góp ý chung về danh sách"
          options={disclosure.nominees.map((n) => ({
            value: n.id,
            label: `${n.publicName} — ${n.awardKindName}`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="content"
        label="Nội dung góp ý"
        rules={[
          { required: true, message: 'Vui lòng nhập nội dung góp ý' },
          {
            min: COMMENT_LIMITS.contentMin,
            message: `Nội dung góp ý phải có ít nhất ${COMMENT_LIMITS.contentMin} ký tự`,
          },
        ]}
      >
        <Input.TextArea rows={5} maxLength={COMMENT_LIMITS.contentMax} showCount />
      </Form.Item>
      <Space wrap style={{ width: '100%' }} styles={{ item: { flex: 1, minWidth: 240 } }}>
        <Form.Item name="authorName" label="Họ và tên (không bắt buộc)">
          <Input maxLength={COMMENT_LIMITS.name} />
        </Form.Item>
        <Form.Item name="authorContact" label="Số điện thoại hoặc địa chỉ liên hệ (không bắt buộc)">
          <Input maxLength={COMMENT_LIMITS.contact} />
        </Form.Item>
      </Space>
      {/* Left empty by people; hidden from them. */}
      <Form.Item name="website" hidden>
        <Input tabIndex={-1} autoComplete="off" />
      </Form.Item>
      <Typography.Paragraph type="secondary">
        Thông tin liên hệ chỉ cơ quan xử lý góp ý được xem, không công bố trên trang này.
      </Typography.Paragraph>
      <Button type="primary" loading={post.isPending} onClick={() => void submit()}>
        Gửi ý kiến
      </Button>
    </Form>
  );
}

export function PublicDisclosureDetail({ id }: { id: string }) {
  const query = useQuery(publicDisclosureQuery(id));
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy danh sách công khai"
        subTitle="Danh sách không tồn tại hoặc chưa được công bố."
        extra={
          <Link to="/cong-khai">
            <Button type="primary">Xem các danh sách đang công khai</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <Alert type="error" showIcon title={errorMessage(query.error)} />;
  const d = query.data;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {d.title}
        </Typography.Title>
        <Typography.Paragraph>
          <b>{d.authorityName}</b> — {period(d)} ({d.days} ngày{d.dayKind === 'working' ? ' làm việc' : ''}).{' '}
          {d.acceptingComments ? (
            <Tag color="processing">Đang nhận ý kiến</Tag>
          ) : (
            <Tag>Đã hết thời gian lấy ý kiến</Tag>
          )}
        </Typography.Paragraph>
        {d.intro ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-line' }}>{d.intro}</Typography.Paragraph>
        ) : null}
        <Table
          rowKey="id"
          pagination={false}
          dataSource={d.nominees}
          columns={[
            { title: 'STT', dataIndex: 'position', width: 60 },
            { title: 'Họ và tên / tập thể', dataIndex: 'publicName' },
            { title: 'Chức vụ, đơn vị', dataIndex: 'publicDescription' },
            { title: 'Đề nghị', dataIndex: 'awardKindName' },
            {
              title: 'Tóm tắt thành tích',
              dataIndex: 'publicSummary',
              render: (s: string | null) => <span style={{ whiteSpace: 'pre-line' }}>{s ?? ''}</span>,
            },
          ]}
        />
      </Card>
      {d.acceptingComments ? (
        <Card title="Gửi ý kiến góp ý">
          <CommentForm disclosure={d} />
        </Card>
      ) : (
        <Alert type="info" showIcon title="Thời gian lấy ý kiến đối với danh sách này đã kết thúc." />
      )}
    </Space>
  );
}
