// The items waiting for the user, overdue first: what to do, on what, and by when.
import { useQuery } from '@tanstack/react-query';
import { Flex, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty';
import { ErrorAlert } from '../../../components/error-alert';
import { PageSpinner } from '../../../components/page-spinner';
import { formatDate, formatDateTime } from '../../../lib/format';
import { inboxQuery } from '../api/inbox-api';

export function InboxList() {
  const query = useQuery(inboxQuery());
  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.items.length === 0) {
    return (
      <EmptyState description="Không có việc nào đang chờ bạn xử lý. Việc mới (hồ sơ gửi đến, hồ sơ bị trả lại …) sẽ hiện ở đây." />
    );
  }
  return (
    <List
      data-testid="inbox-list"
      dataSource={query.data.items}
      renderItem={(item) => (
        <List.Item
          key={item.key}
          extra={
            item.deadline ? (
              <Tag color={item.overdue ? 'error' : 'default'}>
                {item.overdue ? 'Quá hạn' : 'Hạn'} {formatDate(item.deadline)}
              </Tag>
            ) : null
          }
        >
          <List.Item.Meta
            title={
              <Flex gap={8} wrap align="center">
                <Tag>{item.kindLabel}</Tag>
                <Link to={item.href}>{item.title}</Link>
              </Flex>
            }
            description={
              <Flex vertical>
                <Typography.Text strong>{item.action}</Typography.Text>
                <Typography.Text type="secondary">
                  {item.subtitle ? `${item.subtitle} · ` : ''}từ {formatDateTime(item.since)}
                </Typography.Text>
              </Flex>
            }
          />
        </List.Item>
      )}
    />
  );
}
