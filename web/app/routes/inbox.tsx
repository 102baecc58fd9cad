// /viec-can-xu-ly — "Việc cần xử lý": everything waiting for the signed-in user, overdue first.
import { Card } from 'antd';
import { PageHeader } from '../../components/page-header';
import { InboxList } from '../../features/inbox/components/inbox-list';

export default function InboxPage() {
  return (
    <>
      <PageHeader
        title="Việc cần xử lý"
        subtitle="Những việc đang chờ bạn: hồ sơ cần tiếp nhận, thẩm định, bổ sung … Việc quá hạn xếp lên đầu."
      />
      <Card>
        <InboxList />
      </Card>
    </>
  );
}
