// /ho-so/:id — one dossier: its facts and deadline, the workflow buttons the user may use, the nominees with
// their verdicts and appraisal, the documents, and the history of every step.
import { DeleteOutlined, EditOutlined, FileWordOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { App, Breadcrumb, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { PageSpinner } from '../../components/page-spinner';
import { errorMessage } from '../../lib/api';
import { dossierQuery, toTrinhUrl, useDeleteDossier } from '../../features/dossiers/api/dossiers-api';
import { AttachmentsCard } from '../../features/dossiers/components/attachments-card';
import { DossierActions } from '../../features/dossiers/components/dossier-actions';
import { DossierFormModal } from '../../features/dossiers/components/dossier-form-modal';
import { NomineesCard } from '../../features/dossiers/components/nominees-card';
import { OverviewCard } from '../../features/dossiers/components/overview-card';
import { TimelineCard } from '../../features/dossiers/components/timeline-card';

export default function DossierPage() {
  const { id = '' } = useParams();
  const query = useQuery(dossierQuery(id));
  const { message } = App.useApp();
  const navigate = useNavigate();
  const remove = useDeleteDossier(id);
  const [editing, setEditing] = useState(false);
  if (query.isPending) return <PageSpinner />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  return (
    <>
      <PageHeader
        breadcrumb={
          <Breadcrumb
            style={{ marginBottom: 8 }}
            items={[{ title: <Link to="/ho-so">Hồ sơ đề nghị</Link> }, { title: d.code }]}
          />
        }
        title={d.title}
        subtitle={`${d.proposingUnit.name} trình ${d.authorityLabel}`}
        extra={
          <>
            {d.can.renderToTrinh ? (
              <Button icon={<FileWordOutlined />} href={toTrinhUrl(d.id)} download>
                Tờ trình (.docx)
              </Button>
            ) : null}
            {d.can.edit ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa thông tin chung
              </Button>
            ) : null}
            {d.can.delete ? (
              <Popconfirm
                title="Xóa hồ sơ đang soạn?"
                description="Hồ sơ chưa gửi lần nào; xóa là mất cả danh sách và tài liệu đã tải lên."
                okText="Xóa"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutateAsync().then(
                    () => {
                      message.success(`Đã xóa hồ sơ ${d.code}`);
                      void navigate('/ho-so');
                    },
                    (e: unknown) => message.error(errorMessage(e)),
                  )
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
        <DossierActions dossier={d} />
        <OverviewCard dossier={d} />
        <NomineesCard dossier={d} />
        <AttachmentsCard dossier={d} />
        <TimelineCard dossier={d} />
      </Flex>
      {editing ? <DossierFormModal dossier={d} onClose={() => setEditing(false)} /> : null}
    </>
  );
}
