// /hoi-dong/:id: one council — its establishing decision, the composition on a chosen date, the kiện toàn
// history, and its meetings (?ngay= keeps the date in the address).
import { ArrowLeftOutlined, EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { councilQuery } from '../../features/councils/api/councils-api';
import { CouncilFormModal } from '../../features/councils/components/council-form-modal';
import { CouncilHistoryCard, CouncilMembersCard } from '../../features/councils/components/council-members';
import { MeetingFormModal } from '../../features/councils/components/meeting-form-modal';
import { MeetingsTable } from '../../features/councils/components/meetings-table';
import { RecomposeModal } from '../../features/councils/components/recompose-modal';
import { ApiError } from '../../lib/api';
import { formatDate } from '../../lib/format';

export default function CouncilPage() {
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const date = search.get('ngay') ?? undefined;
  const query = useQuery(councilQuery(id, date));
  const [modal, setModal] = useState<'edit' | 'recompose' | 'meeting' | null>(null);
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy Hội đồng"
        subTitle="Hội đồng không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/hoi-dong">
            <Button type="primary">Về danh sách Hội đồng</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const council = query.data;
  return (
    <>
      <Link to="/hoi-dong">
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          Hội đồng Thi đua - Khen thưởng
        </Button>
      </Link>
      <PageHeader
        title={council.name}
        subtitle={`Tham mưu cho ${council.authority.name}`}
        extra={
          <>
            {council.can.createMeeting ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal('meeting')}>
                Lập phiên họp
              </Button>
            ) : null}
            {council.can.recompose ? (
              <Button icon={<TeamOutlined />} onClick={() => setModal('recompose')}>
                Kiện toàn Hội đồng
              </Button>
            ) : null}
            {council.can.update ? (
              <Button icon={<EditOutlined />} onClick={() => setModal('edit')}>
                Sửa thông tin
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions size="small" column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label="Quyết định thành lập">{council.decision}</Descriptions.Item>
            <Descriptions.Item label="Ngày thành lập">{formatDate(council.establishedOn)}</Descriptions.Item>
            {council.dissolvedOn ? (
              <Descriptions.Item label="Kết thúc hoạt động">
                {formatDate(council.dissolvedOn)}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {council.note ? (
            <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
              {council.note}
            </Typography.Paragraph>
          ) : null}
        </Card>
        <CouncilMembersCard
          council={council}
          onDate={(d) => setSearch(d ? { ngay: d } : {}, { replace: true })}
        />
        <Card title="Phiên họp">
          <MeetingsTable councilId={council.id} />
        </Card>
        <CouncilHistoryCard council={council} />
      </Flex>
      {modal === 'edit' ? <CouncilFormModal council={council} onClose={() => setModal(null)} /> : null}
      {modal === 'recompose' ? <RecomposeModal council={council} onClose={() => setModal(null)} /> : null}
      {modal === 'meeting' ? (
        <MeetingFormModal councilId={council.id} meeting={null} onClose={() => setModal(null)} />
      ) : null}
    </>
  );
}
