// /quan-tri/danh-muc: the effective award catalog for a date and a unit (where each value comes from) and the
// local overlays.
import { useQuery } from '@tanstack/react-query';
import { Card, DatePicker, Flex, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { catalogQuery } from '../../features/catalog/api/catalog-api';
import { EffectiveCatalog } from '../../features/catalog/components/effective-catalog';
import { OverlaysCard } from '../../features/catalog/components/overlays-card';
import { DATE_FORMAT, fromIsoDate, todayIso, toIsoDate } from '../../lib/format';

export default function CatalogPage() {
  const [params, setParams] = useSearchParams();
  const date = params.get('ngay') ?? todayIso();
  const unitId = params.get('don-vi');
  const set = (key: string, value: string | null) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const query = useQuery(catalogQuery(date, unitId));
  return (
    <>
      <PageHeader
        title="Danh mục khen thưởng"
        subtitle="Danh hiệu, hình thức khen thưởng theo quy định có hiệu lực tại một ngày, sau khi áp dụng quy chế địa phương của đơn vị: tiêu chuẩn, thẩm quyền, tỷ lệ phiếu, tiền thưởng và nguồn của từng giá trị."
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex gap={16} wrap align="center">
            <Typography.Text>Ngày áp dụng:</Typography.Text>
            <DatePicker
              format={DATE_FORMAT}
              allowClear={false}
              value={fromIsoDate(date)}
              onChange={(d) => set('ngay', toIsoDate(d))}
              disabledDate={(d) => d.isBefore(dayjs('2017-10-01'))}
              data-testid="catalog-date"
            />
            <Typography.Text>Đơn vị:</Typography.Text>
            <UnitTreeSelect
              includeClosed
              value={unitId}
              onChange={(v) => set('don-vi', typeof v === 'string' ? v : null)}
              placeholder="Chỉ quy định chung (chọn đơn vị để áp dụng quy chế)"
              style={{ minWidth: 360 }}
            />
          </Flex>
        </Card>
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
        {query.isPending ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
        {query.data ? <EffectiveCatalog catalog={query.data} /> : null}
        <OverlaysCard unitId={unitId} />
      </Flex>
    </>
  );
}
