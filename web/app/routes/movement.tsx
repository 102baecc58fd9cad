// /phong-trao/:id: one movement — its facts, place in the tree, documents by role, indicators with figures,
// status steps and the awards granted for it.
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Col, Flex, Popconfirm, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { movementQuery, useDeleteMovement } from '../../features/movements/api/movements-api';
import { AwardsCard } from '../../features/movements/components/awards-card';
import { MovementDocumentsCard } from '../../features/movements/components/documents-card';
import { IndicatorsCard } from '../../features/movements/components/indicators-card';
import { LevelTag, StatusTag } from '../../features/movements/components/labels';
import { MovementFormModal } from '../../features/movements/components/movement-form-modal';
import { MovementFacts, MovementTreeCard } from '../../features/movements/components/movement-overview';
import { StatusCard } from '../../features/movements/components/status-card';
import { ApiError, errorMessage } from '../../lib/api';

export default function MovementPage() {
  const { id = '' } = useParams();
  const query = useQuery(movementQuery(id));
  const [editing, setEditing] = useState(false);
  const [addingChild, setAddingChild] = useState(false);
  const remove = useDeleteMovement();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 14 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy phong trào thi đua"
        subTitle="Phong trào không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/phong-trao">
            <Button type="primary">Về danh sách phong trào</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const m = query.data;
  return (
    <>
      <Link to="/phong-trao">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Phong trào thi đua
        </Button>
      </Link>
      <PageHeader
        title={m.name}
        subtitle={
          <Flex gap={8} wrap align="center" component="span">
            <LevelTag level={m.authorityLevel} />
            <span>{[m.authorityName, m.period].filter(Boolean).join(' · ')}</span>
            <StatusTag status={m.status} />
          </Flex>
        }
        extra={
          <>
            {m.can.update ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa phong trào
              </Button>
            ) : null}
            {m.can.delete ? (
              <Popconfirm
                title="Xóa phong trào này?"
                description="Chỉ xóa phong trào nhập nhầm: chưa có phong trào cấp dưới, chưa có hồ sơ khen thưởng."
                okText="Xóa"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutate(m.id, {
                    onSuccess: () => {
                      message.success('Đã xóa phong trào');
                      void navigate('/phong-trao');
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
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <MovementFacts movement={m} />
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <MovementTreeCard
              movement={m}
              onAddChild={m.can.createChild ? () => setAddingChild(true) : undefined}
            />
            <StatusCard movement={m} />
          </Flex>
        </Col>
        <Col span={24}>
          <MovementDocumentsCard movement={m} />
        </Col>
        <Col span={24}>
          <IndicatorsCard movement={m} />
        </Col>
        <Col span={24}>
          <AwardsCard movement={m} />
        </Col>
      </Row>
      {editing ? <MovementFormModal movement={m} onClose={() => setEditing(false)} /> : null}
      {addingChild ? (
        <MovementFormModal
          movement={null}
          parent={{ id: m.id, name: m.name }}
          onClose={() => setAddingChild(false)}
        />
      ) : null}
    </>
  );
}
