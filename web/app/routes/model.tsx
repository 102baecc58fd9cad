// /dien-hinh-tien-tien/:id: one exemplary model — summary, story and links, propagation activities, photos;
// correct, publish on the public page or withdraw, delete.
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  EyeInvisibleOutlined,
  GlobalOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Col, Flex, Popconfirm, Result, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { modelQuery, useDeleteModel, usePublishModel } from '../../features/models/api/models-api';
import {
  ModelActivities,
  ModelPhotos,
  ModelStory,
  ModelSummary,
} from '../../features/models/components/model-detail';
import { ModelFormModal } from '../../features/models/components/model-form-modal';
import { ApiError, errorMessage } from '../../lib/api';

export default function ModelPage() {
  const { id = '' } = useParams();
  const query = useQuery(modelQuery(id));
  const [editing, setEditing] = useState(false);
  const publish = usePublishModel(id);
  const remove = useDeleteModel();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy điển hình"
        subTitle="Điển hình không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/dien-hinh-tien-tien">
            <Button type="primary">Về danh sách điển hình</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const model = query.data;
  const toggle = () =>
    publish.mutate(
      { publish: !model.published, version: model.version },
      {
        onSuccess: (view) =>
          message.success(view.published ? 'Đã công bố trên trang công khai' : 'Đã hủy công bố'),
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  return (
    <>
      <Link to="/dien-hinh-tien-tien">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Điển hình tiên tiến
        </Button>
      </Link>
      <PageHeader
        title={model.title}
        subtitle={model.subject.name}
        extra={
          <>
            {model.published ? (
              <Link to={`/dien-hinh/${model.id}`} target="_blank">
                <Button icon={<GlobalOutlined />}>Xem trang công khai</Button>
              </Link>
            ) : null}
            {model.can.publish ? (
              model.published ? (
                <Popconfirm
                  title="Hủy công bố điển hình này?"
                  description="Điển hình sẽ không còn hiện trên trang công khai."
                  okText="Hủy công bố"
                  cancelText="Không"
                  onConfirm={toggle}
                >
                  <Button icon={<EyeInvisibleOutlined />} loading={publish.isPending}>
                    Hủy công bố
                  </Button>
                </Popconfirm>
              ) : (
                <Popconfirm
                  title="Công bố trên trang công khai?"
                  description="Mọi người xem được tên, giới thiệu, nội dung, ảnh và hoạt động tuyên truyền (không có CCCD, ngày sinh)."
                  okText="Công bố"
                  cancelText="Không"
                  onConfirm={toggle}
                >
                  <Button type="primary" icon={<GlobalOutlined />} loading={publish.isPending}>
                    Công bố
                  </Button>
                </Popconfirm>
              )
            ) : null}
            {model.can.update ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa
              </Button>
            ) : null}
            {model.can.delete && !model.published ? (
              <Popconfirm
                title="Xóa điển hình này?"
                description="Chỉ xóa điển hình ghi nhầm; ảnh kèm theo cũng bị xóa."
                okText="Xóa"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutate(model.id, {
                    onSuccess: () => {
                      message.success('Đã xóa điển hình');
                      void navigate('/dien-hinh-tien-tien');
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
        <ModelSummary model={model} />
        <Row gutter={16}>
          <Col xs={24} lg={15}>
            <ModelStory model={model} />
          </Col>
          <Col xs={24} lg={9}>
            <ModelActivities model={model} />
          </Col>
        </Row>
        <ModelPhotos model={model} />
      </Flex>
      {editing ? <ModelFormModal model={model} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
