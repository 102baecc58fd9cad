// The header's "Việc cần xử lý" button with the number of items waiting (red when some are overdue).
import { BellOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Badge, Button, Tooltip } from 'antd';
import { Link } from 'react-router';
import { inboxCountQuery } from '../api/inbox-api';

export function InboxBadge() {
  const { data } = useQuery(inboxCountQuery());
  const count = data?.count ?? 0;
  const overdue = data?.overdue ?? 0;
  const title =
    count === 0
      ? 'Không có việc nào đang chờ bạn xử lý'
      : `${count} việc đang chờ bạn xử lý${overdue ? `, ${overdue} việc quá hạn` : ''}`;
  return (
    <Tooltip title={title}>
      <Link to="/viec-can-xu-ly" data-testid="inbox-badge" data-count={count}>
        <Badge count={count} color={overdue ? '#ff4d4f' : '#1677ff'} size="small" offset={[-4, 4]}>
          <Button type="text" icon={<BellOutlined />}>
            Việc cần xử lý
          </Button>
        </Badge>
      </Link>
    </Tooltip>
  );
}
