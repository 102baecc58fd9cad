// /hoi-dong/phien-hop/:id: one council meeting — its facts, attendance with the live quorum, the agenda with
// each nominee's rule, ballot and live outcome, the conclusion, closing (after confirmation) and the minutes.
import {
  ArrowLeftOutlined,
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  LockOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Modal, Popconfirm, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import {
  meetingQuery,
  minutesUrl,
  useCloseMeeting,
  useDeleteMeeting,
} from '../../features/councils/api/councils-api';
import { AgendaCard } from '../../features/councils/components/agenda-card';
import { AttendanceCard } from '../../features/councils/components/attendance-card';
import { MeetingFormModal } from '../../features/councils/components/meeting-form-modal';
import { ConclusionCard, MeetingOverview } from '../../features/councils/components/meeting-overview';
import { ApiError, errorMessage } from '../../lib/api';
import { formatDate } from '../../lib/format';

export default function CouncilMeetingPage() {
  const { id = '' } = useParams();
  const query = useQuery(meetingQuery(id));
  const [editing, setEditing] = useState(false);
  const close = useCloseMeeting(id);
  const remove = useDeleteMeeting();
  const navigate = useNavigate();
  const { message } = App.useApp();
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy phiên họp"
        subTitle="Phiên họp không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/hoi-dong">
            <Button type="primary">Về Hội đồng Thi đua - Khen thưởng</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const meeting = query.data;
  const nominees = meeting.agenda.flatMap((d) => d.nominees);
  const pending = nominees.filter((n) => !n.ballot && !n.outcome).length;

  const confirmClose = () =>
    Modal.confirm({
      title: 'Kết thúc phiên họp?',
      width: 560,
      content: (
        <>
          <p>
            Sau khi kết thúc, điểm danh và kết quả bỏ phiếu bị khóa, không sửa được; kết quả được ghi vào từng
            hồ sơ. Hồ sơ đã có kết quả cho mọi người được đề nghị chuyển sang bước “Hội đồng đã xét”.
          </p>
          {pending > 0 ? (
            <p>
              Còn <b>{pending}</b> người được đề nghị chưa bỏ phiếu: hồ sơ của họ chờ phiên họp sau.
            </p>
          ) : null}
        </>
      ),
      okText: 'Kết thúc phiên họp',
      cancelText: 'Chưa',
      onOk: () =>
        close.mutateAsync(meeting.version).then(
          () => message.success('Đã kết thúc phiên họp; có thể tải biên bản'),
          (e: unknown) => {
            message.error(errorMessage(e));
          },
        ),
    });

  return (
    <>
      <Link to={`/hoi-dong/${meeting.council.id}`}>
        <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }}>
          {meeting.council.name}
        </Button>
      </Link>
      <PageHeader
        title={meeting.title}
        subtitle={`Ngày ${formatDate(meeting.heldOn)} — ${meeting.council.authority.name}`}
        extra={
          <>
            <Button icon={<DownloadOutlined />} href={minutesUrl(meeting.id)}>
              {meeting.status === 'closed' ? 'Tải biên bản (.docx)' : 'Tải dự thảo biên bản'}
            </Button>
            {meeting.can.update ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                Sửa thông tin
              </Button>
            ) : null}
            {meeting.can.delete ? (
              <Popconfirm
                title="Xóa phiên họp lập nhầm?"
                okText="Xóa"
                cancelText="Không"
                onConfirm={() =>
                  remove.mutate(meeting.id, {
                    onSuccess: () => {
                      message.success('Đã xóa phiên họp');
                      void navigate(`/hoi-dong/${meeting.council.id}`);
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
            {meeting.can.close ? (
              <Button type="primary" icon={<LockOutlined />} loading={close.isPending} onClick={confirmClose}>
                Kết thúc phiên họp
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        {meeting.status === 'closed' ? (
          <Alert
            type="success"
            showIcon
            title="Phiên họp đã kết thúc: điểm danh và kết quả bỏ phiếu đã khóa và được ghi vào hồ sơ đề nghị."
          />
        ) : null}
        <MeetingOverview meeting={meeting} />
        <AttendanceCard meeting={meeting} />
        <AgendaCard meeting={meeting} />
        <ConclusionCard meeting={meeting} />
      </Flex>
      {editing ? (
        <MeetingFormModal
          councilId={meeting.council.id}
          meeting={meeting}
          onClose={() => setEditing(false)}
        />
      ) : null}
    </>
  );
}
