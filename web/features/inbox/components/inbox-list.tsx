// The items waiting for the user, overdue first: what to do, on what, and by when — a page at a time, paged by
// the server (the page and its size are the caller's, kept in the address).
import { useQuery } from '@tanstack/react-query';
import { Flex, List, Tag, Typography } from 'antd';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../../components/empty';
import { ErrorAlert } from '../../../components/error-alert';
import { PageSpinner } from '../../../components/page-spinner';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { inboxQuery, type InboxParams } from '../api/inbox-api';

export function InboxList({
  params,
  onChange,
}: {
  params: InboxParams;
  onChange: (params: InboxParams) => void;
}) {
  const query = useQuery(inboxQuery(params));
  // A page beyond the last one (items handled since the address was made): go to the last page.
  const lastPage = query.data ? Math.max(1, Math.ceil(query.data.total / params.pageSize)) : 1;
  const beyond = query.data !== undefined && !query.isPlaceholderData && params.page > lastPage;
  useEffect(() => {
    if (beyond) onChange({ page: lastPage, pageSize: params.pageSize });
  }, [beyond, lastPage, params.pageSize, onChange]);
  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.total === 0) {
    return (
      <EmptyState description="Không có việc nào đang chờ bạn xử lý. Việc mới (hồ sơ gửi đến, hồ sơ bị trả lại …) sẽ hiện ở đây." />
    );
  }
  return (
    <List
      data-testid="inbox-list"
      data-total={query.data.total}
      loading={query.isFetching && query.isPlaceholderData}
      header={
        <Typography.Text>
          {formatNumber(query.data.total)} việc đang chờ bạn xử lý
          {query.data.overdue > 0 ? (
            <Typography.Text type="danger">, {formatNumber(query.data.overdue)} việc quá hạn</Typography.Text>
          ) : null}
        </Typography.Text>
      }
      pagination={{
        current: query.data.page,
        pageSize: query.data.pageSize,
        total: query.data.total,
        showSizeChanger: true,
        pageSizeOptions: [10, 20, 50, 100],
        hideOnSinglePage: query.data.total <= 10,
        showTotal: (total, [from, to]) =>
          `${formatNumber(from)}–${formatNumber(to)} / ${formatNumber(total)} việc`,
        onChange: (page, pageSize) => onChange({ page: pageSize === params.pageSize ? page : 1, pageSize }),
      }}
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
