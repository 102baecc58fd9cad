// /van-ban/:id: one document — its facts, file and the movements it serves.
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Button, Flex, Popconfirm, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { documentQuery, useDeleteDocument } from '../../features/documents/api/documents-api';
import {
  DocumentFacts,
  DocumentFile,
  DocumentMovements,
} from '../../features/documents/components/document-detail';
import { DocumentFormModal } from '../../features/documents/components/document-form-modal';
import { ApiError, errorMessage } from '../../lib/api';

export default function DocumentPage() {
  const { id = '' } = useParams();
  const query = useQuery(documentQuery(id));
  const [editing, setEditing] = useState(false);
  const remove = useDeleteDocument();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy văn bản"
        subTitle="Văn bản không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/van-ban">
            <Button type="primary">Về sổ văn bản</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const doc = query.data;
  return (
    <>
      <Link to="/van-ban">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Sổ văn bản
        </Button>
      </Link>
      <PageHeader
        title={doc.reference}
        subtitle={[doc.issuerName, doc.numberSymbol ? doc.summary : null].filter(Boolean).join(' — ')}
        extra={
          <>
            {doc.can.update ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa văn bản
              </Button>
            ) : null}
            {doc.can.delete ? (
              <Popconfirm
                title="Xóa văn bản này khỏi sổ?"
                description="Chỉ xóa văn bản nhập nhầm, chưa gắn với phong trào nào."
                okText="Xóa"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutate(doc.id, {
                    onSuccess: () => {
                      message.success('Đã xóa văn bản');
                      void navigate('/van-ban');
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
        <DocumentFacts document={doc} />
        <DocumentFile document={doc} />
        <DocumentMovements document={doc} />
      </Flex>
      {editing ? <DocumentFormModal document={doc} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
