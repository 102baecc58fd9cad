// /cum-khoi/:id: one cluster or block — covenant, members with leader and deputy, score sheet, scoring per
// member (self-score vs the cluster's score), the ranking with its tie-break rule, export, finalising, next year.
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, ForwardOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Col, Flex, Popconfirm, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { GROUP_KIND_LABELS } from '../../../contracts/clusters';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { groupQuery, useDeleteGroup, useGroupAction } from '../../features/clusters/api/clusters-api';
import { CovenantCard } from '../../features/clusters/components/covenant-card';
import { GroupFormModal } from '../../features/clusters/components/group-form-modal';
import { MembersCard } from '../../features/clusters/components/members-card';
import { RankingCard } from '../../features/clusters/components/ranking-card';
import { ScoringCard } from '../../features/clusters/components/scoring-card';
import { SheetCard } from '../../features/clusters/components/sheet-card';
import { ApiError, errorMessage } from '../../lib/api';

export default function ClusterPage() {
  const { id = '' } = useParams();
  const query = useQuery(groupQuery(id));
  const [editing, setEditing] = useState(false);
  const remove = useDeleteGroup();
  const action = useGroupAction(id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy cụm, khối thi đua"
        subTitle="Cụm, khối không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/cum-khoi">
            <Button type="primary">Về danh sách cụm, khối</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const g = query.data;
  return (
    <>
      <Link to={`/cum-khoi?nam=${g.year}`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Cụm, khối thi đua năm {g.year}
        </Button>
      </Link>
      <PageHeader
        title={`${g.name} — năm ${g.year}`}
        subtitle={`${GROUP_KIND_LABELS[g.kind]} do ${g.organiser.name} tổ chức`}
        extra={
          <>
            {g.previousGroup ? (
              <Link to={`/cum-khoi/${g.previousGroup.id}`}>
                <Button>Năm {g.previousGroup.year}</Button>
              </Link>
            ) : null}
            {g.nextGroup ? (
              <Link to={`/cum-khoi/${g.nextGroup.id}`}>
                <Button>Năm {g.nextGroup.year}</Button>
              </Link>
            ) : null}
            {g.can.nextYear ? (
              <Popconfirm
                title={`Lập cụm, khối năm ${g.year + 1}?`}
                description="Giữ thành viên, thứ tự luân phiên và bảng điểm; trưởng, phó theo đề xuất luân phiên (sửa được)."
                okText="Lập"
                cancelText="Không"
                onConfirm={() =>
                  action.mutate(
                    { action: 'next-year', body: { version: g.version } },
                    {
                      onSuccess: (next) => {
                        message.success(`Đã lập cụm, khối năm ${next.year}`);
                        void navigate(`/cum-khoi/${next.id}`);
                      },
                      onError: (e) => message.error(errorMessage(e)),
                    },
                  )
                }
              >
                <Button icon={<ForwardOutlined />}>Lập năm {g.year + 1}</Button>
              </Popconfirm>
            ) : null}
            {g.can.update ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa thông tin, giao ước
              </Button>
            ) : null}
            {g.can.delete ? (
              <Popconfirm
                title="Xóa cụm, khối này?"
                description="Chỉ xóa được khi chưa có điểm chấm."
                okText="Xóa"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutate(g.id, {
                    onSuccess: () => {
                      message.success('Đã xóa cụm, khối');
                      void navigate('/cum-khoi');
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
        <RankingCard group={g} />
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Flex vertical gap={16}>
              <CovenantCard group={g} />
              <MembersCard group={g} />
            </Flex>
          </Col>
          <Col xs={24} lg={12}>
            <SheetCard group={g} />
          </Col>
        </Row>
        <ScoringCard group={g} />
      </Flex>
      {editing ? <GroupFormModal group={g} defaultYear={g.year} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
