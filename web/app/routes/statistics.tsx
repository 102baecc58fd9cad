// /bao-cao/bieu-mau-thong-ke: the yearly statutory statistics forms of a unit (Thông tư 03/2018/TT-BNV until 2022,
// Thông tư 02/2023/TT-BNV from 2023): unit and year pickers, a preview of each form, and its .xlsx download.
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Flex, InputNumber, Space, Spin, Tabs, Typography } from 'antd';
import { useState } from 'react';
import type { StatisticsFormList } from '../../../contracts/statistics';
import { PageHeader } from '../../components/page-header';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import { FormPreview } from '../../features/statistics/components/form-preview';
import {
  type StatisticsParams,
  statisticsFormQuery,
  statisticsFormsQuery,
  statisticsXlsxUrl,
} from '../../features/statistics/api/statistics-api';
import { ApiError } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useMe } from '../../lib/session';

function errorText(error: unknown): string {
  if (error instanceof ApiError) return Object.values(error.fields ?? {})[0] ?? error.message;
  return 'Không tải được số liệu';
}

function FormTab({ code, params }: { code: string; params: StatisticsParams }) {
  const { data, isPending, error } = useQuery(statisticsFormQuery(code, params));
  if (isPending) return <Spin />;
  if (error) return <Alert type="error" showIcon message={errorText(error)} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <div>
          <Typography.Text strong>{data.formNumber}</Typography.Text>
          <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
            {data.title}
          </Typography.Title>
        </div>
        <Button type="primary" icon={<DownloadOutlined />} href={statisticsXlsxUrl(code, params)}>
          Tải biểu {code} (Excel)
        </Button>
      </Flex>
      <FormPreview form={data} />
    </Space>
  );
}

function Header({ list }: { list: StatisticsFormList }) {
  const h = list.header;
  return (
    <Descriptions
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'unit', label: 'Đơn vị báo cáo', children: h.unit.name },
        { key: 'receiver', label: 'Đơn vị nhận báo cáo', children: h.receiver },
        { key: 'circular', label: 'Ban hành kèm theo', children: h.circular },
        {
          key: 'period',
          label: 'Kỳ báo cáo',
          children: `Năm ${h.year}: từ ${formatDate(h.period.from)} đến ${formatDate(h.period.to)}`,
        },
      ]}
    />
  );
}

export default function StatisticsPage() {
  const me = useMe();
  const [unitId, setUnitId] = useState<string | null>(null);
  const [year, setYear] = useState<number>(new Date().getFullYear());
  const chosen = unitId ?? me.data?.user.roles[0]?.unitId ?? null;
  const params = chosen ? { unitId: chosen, year } : null;
  const list = useQuery({ ...statisticsFormsQuery(params ?? { unitId: '', year }), enabled: !!params });

  return (
    <div>
      <PageHeader
        title="Biểu mẫu thống kê thi đua, khen thưởng"
        subtitle="Báo cáo thống kê năm theo Thông tư 03/2018/TT-BNV (đến năm 2022) và Thông tư 02/2023/TT-BNV (từ năm 2023); số liệu tính từ dữ liệu của đơn vị và cấp dưới."
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="center">
          <span>
            Đơn vị báo cáo:{' '}
            <UnitTreeSelect
              includeClosed
              value={chosen}
              onChange={(v) => setUnitId(typeof v === 'string' ? v : null)}
              style={{ width: 360 }}
              aria-label="Đơn vị báo cáo"
            />
          </span>
          <span>
            Năm báo cáo:{' '}
            <InputNumber
              aria-label="Năm báo cáo"
              min={2018}
              max={2100}
              value={year}
              onChange={(v) => v && setYear(v)}
            />
          </span>
        </Flex>
      </Card>
      {!params ? (
        <Alert type="info" showIcon message="Chọn đơn vị báo cáo" />
      ) : list.isPending ? (
        <Spin />
      ) : list.error ? (
        <Alert type="error" showIcon message={errorText(list.error)} />
      ) : (
        <Card>
          <Header list={list.data} />
          {list.data.remarks.map((r) => (
            <Alert key={r} type="warning" showIcon message={r} style={{ margin: '8px 0' }} />
          ))}
          <Tabs
            items={list.data.forms.map((f) => ({
              key: f.code,
              label: `Biểu ${f.code}`,
              children: <FormTab code={f.code} params={params} />,
            }))}
          />
        </Card>
      )}
    </div>
  );
}
