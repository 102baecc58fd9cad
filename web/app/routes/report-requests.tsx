// /bao-cao/yeu-cau: report requests sent to units below (answered, late, overdue) and received (to answer);
// filters in the address: ?hop=gui|nhan&q=&trang=.
import { ArrowLeftOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, Segmented, Space } from 'antd';
import { useCallback, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import type { RequestListParams } from '../../features/report-requests/api';
import { RequestFormModal } from '../../features/report-requests/request-form-modal';
import { RequestsTable } from '../../features/report-requests/requests-table';

const BOXES = { gui: 'sent', nhan: 'received' } as const;

function readParams(search: URLSearchParams): RequestListParams {
  const positive = (v: string | null) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : undefined);
  const hop = search.get('hop');
  return {
    box: hop === 'gui' || hop === 'nhan' ? BOXES[hop] : 'all',
    q: search.get('q') ?? undefined,
    page: positive(search.get('trang')) ?? 1,
    pageSize: Math.min(positive(search.get('soDong')) ?? 20, 200),
  };
}

export default function ReportRequestsPage() {
  const [search, setSearch] = useSearchParams();
  const params = readParams(search);
  const [creating, setCreating] = useState(false);
  const [canCreate, setCanCreate] = useState(false);
  const change = useCallback(
    (next: RequestListParams) => {
      const out: Record<string, string> = {};
      if (next.box !== 'all') out.hop = next.box === 'sent' ? 'gui' : 'nhan';
      if (next.q) out.q = next.q;
      if (next.page > 1) out.trang = String(next.page);
      if (next.pageSize !== 20) out.soDong = String(next.pageSize);
      setSearch(out, { replace: true });
    },
    [setSearch],
  );
  return (
    <>
      <Link to="/bao-cao">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Báo cáo - thống kê
        </Button>
      </Link>
      <PageHeader
        title="Yêu cầu báo cáo"
        subtitle="Cấp trên yêu cầu đơn vị cấp dưới gửi báo cáo công tác thi đua, khen thưởng theo kỳ; theo dõi đơn vị đã gửi, gửi muộn, quá hạn và tổng hợp số liệu."
        extra={
          canCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              Yêu cầu báo cáo
            </Button>
          ) : null
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Segmented
            value={params.box}
            onChange={(box) => change({ ...params, box: box as RequestListParams['box'], page: 1 })}
            options={[
              { value: 'all', label: 'Tất cả' },
              { value: 'sent', label: 'Đã gửi đơn vị cấp dưới' },
              { value: 'received', label: 'Cấp trên yêu cầu' },
            ]}
          />
          <Input.Search
            allowClear
            placeholder="Tìm theo tên báo cáo"
            defaultValue={params.q}
            onSearch={(q) => change({ ...params, q, page: 1 })}
            style={{ width: 280 }}
          />
        </Space>
        <RequestsTable params={params} onChange={change} onCanCreate={setCanCreate} />
      </Card>
      {creating ? <RequestFormModal onClose={() => setCreating(false)} /> : null}
    </>
  );
}
