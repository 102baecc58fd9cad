// /viec-can-xu-ly — "Việc cần xử lý": everything waiting for the signed-in user, overdue first, a page at a time
// (the page in the address: ?trang=&soDong=).
import { Card } from 'antd';
import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { INBOX_MAX_PAGE_SIZE } from '../../../contracts/inbox';
import { PageHeader } from '../../components/page-header';
import type { InboxParams } from '../../features/inbox/api/inbox-api';
import { InboxList } from '../../features/inbox/components/inbox-list';

const PAGE_SIZE = 20;

function readParams(search: URLSearchParams): InboxParams {
  const positive = (v: string | null) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);
  return {
    page: positive(search.get('trang')) ?? 1,
    pageSize: Math.min(positive(search.get('soDong')) ?? PAGE_SIZE, INBOX_MAX_PAGE_SIZE),
  };
}

export default function InboxPage() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const change = useCallback(
    (next: InboxParams) => {
      const out: Record<string, string> = {};
      if (next.page > 1) out.trang = String(next.page);
      if (next.pageSize !== PAGE_SIZE) out.soDong = String(next.pageSize);
      setSearch(out, { replace: true });
    },
    [setSearch],
  );
  return (
    <>
      <PageHeader
        title="Việc cần xử lý"
        subtitle="Những việc đang chờ bạn: hồ sơ cần tiếp nhận, thẩm định, bổ sung … Việc quá hạn xếp lên đầu."
      />
      <Card>
        <InboxList params={params} onChange={change} />
      </Card>
    </>
  );
}
