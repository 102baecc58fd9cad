// /kiem-tra/:id: one inspection plan — its documents, the team, the units inspected with findings,
// recommendations and their follow-up (an inspected unit's officer sees only their own unit).
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { planQuery, useDeletePlan } from '../../features/inspections/api/inspections-api';
import { PlanDocuments, PlanFigures, TeamCard } from '../../features/inspections/components/plan-overview';
import { PlanFormModal } from '../../features/inspections/components/plan-form-modal';
import { TargetsCard } from '../../features/inspections/components/targets-card';
import { ApiError, errorMessage } from '../../lib/api';

export default function InspectionPlanPage() {
  const { id = '' } = useParams();
  const query = useQuery(planQuery(id));
  const [editing, setEditing] = useState(false);
  const remove = useDeletePlan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy kế hoạch kiểm tra"
        subTitle="Kế hoạch không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/kiem-tra">
            <Button type="primary">Về danh sách kế hoạch</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const plan = query.data;
  return (
    <>
      <Link to="/kiem-tra">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Kế hoạch kiểm tra
        </Button>
      </Link>
      <PageHeader
        title={plan.title}
        subtitle={`Năm ${plan.year} — ${plan.organiser.name}`}
        extra={
          <>
            {plan.can.update ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa kế hoạch
              </Button>
            ) : null}
            {plan.can.delete ? (
              <Popconfirm
                title="Xóa kế hoạch kiểm tra này?"
                description="Chỉ xóa kế hoạch nhập nhầm, khi chưa kiểm tra đơn vị nào."
                okText="Xóa"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutate(plan.id, {
                    onSuccess: () => {
                      message.success('Đã xóa kế hoạch kiểm tra');
                      void navigate('/kiem-tra');
                    },
                    onError: (e) => message.error(errorMessage(e)),
                  })
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  Xóa
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        {plan.partial ? (
          <Alert
            type="info"
            showIcon
            title="Bạn đang xem phần kế hoạch liên quan đến đơn vị của mình: kết quả kiểm tra, kiến nghị và việc cập nhật tình hình thực hiện."
          />
        ) : null}
        <PlanFigures plan={plan} />
        <PlanDocuments plan={plan} />
        <TeamCard plan={plan} />
        <TargetsCard plan={plan} />
      </Flex>
      {editing ? (
        <PlanFormModal plan={plan} defaultYear={plan.year} onClose={() => setEditing(false)} />
      ) : null}
    </>
  );
}
