// /dang-ky: đăng ký thi đua of a unit for a year (its own registration: lines, submit) and, for a parent unit,
// the registrations of its units (deadline, figures, accept or return). Filters in the address: ?donVi=&nam=&tab=.
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Card, Empty, Flex, InputNumber, Skeleton, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { UnitTreeSelect } from '../../components/unit-tree-select';
import {
  registrationQuery,
  registrationsQuery,
  useCreateRegistration,
} from '../../features/registrations/api/registrations-api';
import { FiguresCard } from '../../features/registrations/components/figures-card';
import { RegistrationActions } from '../../features/registrations/components/registration-actions';
import { RegistrationDetail } from '../../features/registrations/components/registration-detail';
import { errorMessage } from '../../lib/api';
import { useMe } from '../../lib/session';

function OwnRegistration({ unitId, year }: { unitId: string; year: number }) {
  const list = useQuery(registrationsQuery({ unitId, year, page: 1, pageSize: 1 }));
  const id = list.data?.items[0]?.id;
  const one = useQuery({ ...registrationQuery(id ?? ''), enabled: !!id });
  const create = useCreateRegistration();
  const { message } = App.useApp();
  if (list.error) return <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />;
  if (list.isPending || (id && one.isPending)) return <Skeleton active />;
  if (!id) {
    return (
      <Card>
        <Empty description={`Đơn vị chưa có bản đăng ký thi đua năm ${year}`}>
          <Button
            type="primary"
            icon={<PlusOutlined />}
            loading={create.isPending}
            onClick={() =>
              create.mutate(
                { unitId, year },
                {
                  onSuccess: () => message.success('Đã lập bản đăng ký; thêm danh hiệu rồi gửi cấp trên'),
                  onError: (e) => message.error(errorMessage(e)),
                },
              )
            }
          >
            Lập bản đăng ký năm {year}
          </Button>
        </Empty>
      </Card>
    );
  }
  if (!one.data) return <ErrorAlert error={one.error} onRetry={() => void one.refetch()} />;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap justify="flex-end">
        <RegistrationActions registration={one.data} />
      </Flex>
      <RegistrationDetail registration={one.data} />
    </Flex>
  );
}

export default function RegistrationsPage() {
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const unitId = search.get('donVi') ?? me.data?.user.roles[0]?.unitId ?? null;
  const year = Number(search.get('nam')) || new Date().getFullYear();
  const tab = search.get('tab') === 'truc-thuoc' ? 'truc-thuoc' : 'don-vi';
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(search);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setSearch(next, { replace: true });
  };
  return (
    <>
      <PageHeader
        title="Đăng ký thi đua"
        subtitle="Đầu năm, đơn vị đăng ký danh hiệu thi đua cho tập thể và cá nhân, gửi đơn vị cấp trên chấp nhận; cuối năm, danh sách đã chấp nhận dùng để lập hồ sơ đề nghị."
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={16} wrap align="center">
          <Typography.Text>Đơn vị</Typography.Text>
          <UnitTreeSelect
            value={unitId}
            onChange={(v) => set({ donVi: (v as string | null) ?? null })}
            style={{ minWidth: 360 }}
            allowClear={false}
            includeClosed
          />
          <Typography.Text>Năm</Typography.Text>
          <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && set({ nam: String(v) })} />
        </Flex>
      </Card>
      {unitId ? (
        <Tabs
          activeKey={tab}
          onChange={(k) => set({ tab: k === 'truc-thuoc' ? 'truc-thuoc' : null })}
          items={[
            {
              key: 'don-vi',
              label: 'Bản đăng ký của đơn vị',
              children: <OwnRegistration unitId={unitId} year={year} />,
            },
            {
              key: 'truc-thuoc',
              label: 'Đăng ký của các đơn vị trực thuộc',
              children: <FiguresCard parentUnitId={unitId} year={year} />,
            },
          ]}
        />
      ) : (
        <Empty description="Chọn đơn vị" />
      )}
    </>
  );
}
