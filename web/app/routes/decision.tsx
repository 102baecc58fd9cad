// /quyet-dinh/:id: one decision — a draft being prepared (texts, list, money, then the leader's issue), an issued
// or recorded act (its list, money, revocations, the .docx), or a revocation act.
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  DownloadOutlined,
  PlusOutlined,
  StopOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Popconfirm, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Can } from '../../components/can';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import {
  decisionQuery,
  documentUrl,
  useDeleteDraft,
  useUpdateDraft,
} from '../../features/decisions/api/decisions-api';
import { AddNomineesModal } from '../../features/decisions/components/add-nominees-modal';
import { AwardeesTable } from '../../features/decisions/components/awardees-table';
import { DecisionSummary } from '../../features/decisions/components/decision-summary';
import { DraftForm } from '../../features/decisions/components/draft-form';
import { IssueButton } from '../../features/decisions/components/issue-dialog';
import { DecisionTags } from '../../features/decisions/components/labels';
import { MoneyCard } from '../../features/decisions/components/money-card';
import { RevocationsCard } from '../../features/decisions/components/revocations-card';
import { RevokeModal } from '../../features/decisions/components/revoke-modal';
import { ApiError, errorMessage } from '../../lib/api';

export default function DecisionPage() {
  const { id = '' } = useParams();
  const query = useQuery(decisionQuery(id));
  const [revoking, setRevoking] = useState(false);
  const [adding, setAdding] = useState(false);
  const remove = useDeleteDraft();
  const update = useUpdateDraft(id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy quyết định"
        subTitle="Quyết định không tồn tại hoặc không thuộc phạm vi bạn được xem (dự thảo chỉ cơ quan ban hành xem được)."
        extra={
          <Link to="/quyet-dinh">
            <Button type="primary">Về danh sách quyết định</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const d = query.data;
  const draft = d.status === 'draft';
  const removeAwardee = (awardeeId: string) =>
    update.mutate(
      { version: d.version, removeAwardeeIds: [awardeeId] },
      { onError: (e) => message.error(errorMessage(e)) },
    );
  return (
    <>
      <Link to="/quyet-dinh">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Quyết định khen thưởng
        </Button>
      </Link>
      <PageHeader
        title={
          d.kind === 'revocation'
            ? `Quyết định thu hồi số ${d.number}`
            : d.number
              ? `Quyết định số ${d.number}`
              : 'Dự thảo quyết định khen thưởng'
        }
        subtitle={
          <>
            {d.title} <DecisionTags d={d} />
          </>
        }
        extra={
          <>
            {d.can.download ? (
              <a href={documentUrl(d.id)} download>
                <Button icon={<DownloadOutlined />}>Tải tệp .docx</Button>
              </a>
            ) : null}
            {d.can.delete ? (
              <Popconfirm
                title="Hủy dự thảo này?"
                description="Các đề nghị trong dự thảo trở lại danh sách chờ lập quyết định."
                okText="Hủy dự thảo"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutate(d.id, {
                    onSuccess: () => {
                      message.success('Đã hủy dự thảo');
                      void navigate('/quyet-dinh');
                    },
                    onError: (e) => message.error(errorMessage(e)),
                  })
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  Hủy dự thảo
                </Button>
              </Popconfirm>
            ) : null}
            {d.can.revoke ? (
              <Button danger icon={<StopOutlined />} onClick={() => setRevoking(true)}>
                Thu hồi khen thưởng
              </Button>
            ) : null}
            {draft ? (
              <Can roles={['leader']}>
                <IssueButton decision={d} />
              </Can>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        {draft && d.blockers.length > 0 ? (
          <Alert
            type="error"
            showIcon
            title="Chưa thể ban hành"
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {d.blockers.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        {d.warnings.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title="Cần lưu ý"
            description={
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {d.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        {draft && d.can.update ? (
          <Card title="Nội dung dự thảo" size="small">
            <DraftForm decision={d} />
          </Card>
        ) : (
          <DecisionSummary decision={d} />
        )}
        <Card
          title={d.kind === 'revocation' ? 'Khen thưởng bị thu hồi' : 'Danh sách kèm theo'}
          size="small"
          extra={
            draft && d.can.update ? (
              <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
                Thêm đề nghị
              </Button>
            ) : null
          }
        >
          <AwardeesTable
            decision={d}
            onRemove={draft ? removeAwardee : undefined}
            removing={update.isPending}
          />
        </Card>
        {d.kind === 'award' ? <MoneyCard decision={d} /> : null}
        <RevocationsCard decision={d} />
      </Flex>
      {revoking ? <RevokeModal decision={d} onClose={() => setRevoking(false)} /> : null}
      {adding ? <AddNomineesModal decision={d} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
