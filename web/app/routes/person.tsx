// /ca-nhan/:id: a person's data, employment history, emulation & commendation history and eligibility.
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Result, Skeleton } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { INDIVIDUAL_KINDS, SubjectVerdicts } from '../../features/eligibility/components/subject-verdicts';
import { PersonHistoryCard } from '../../features/history/components/person-history-card';
import { personQuery } from '../../features/people/api/people-api';
import { EmploymentsCard } from '../../features/people/components/employments-card';
import { PersonProfile } from '../../features/people/components/person-profile';
import { ApiError } from '../../lib/api';

export default function PersonPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useQuery(personQuery(id));
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} style={{ paddingLeft: 0 }}>
      Quay lại
    </Button>
  );
  if (query.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return (
      <Result
        status="404"
        title="Không tìm thấy cá nhân"
        subTitle="Cá nhân không tồn tại hoặc không thuộc phạm vi đơn vị bạn quản lý."
        extra={
          <Link to="/ca-nhan">
            <Button type="primary">Về danh sách cá nhân</Button>
          </Link>
        }
      />
    );
  }
  if (!query.data) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  const person = query.data;
  const current = person.employments.find((e) => e.isCurrent);
  return (
    <>
      {back}
      <PageHeader
        title={person.fullName}
        subtitle={
          current
            ? `${current.position ? current.position + ' — ' : ''}${current.unitName}`
            : 'Hiện không công tác tại đơn vị nào'
        }
      />
      <Flex vertical gap={16}>
        <PersonProfile person={person} />
        <EmploymentsCard person={person} />
        <PersonHistoryCard personId={person.id} />
        <Card title="Đủ điều kiện gì bây giờ?" data-testid="person-eligibility">
          <SubjectVerdicts
            subjectId={person.id}
            subjectKind="individual"
            subjectName={person.fullName}
            kinds={INDIVIDUAL_KINDS}
          />
        </Card>
      </Flex>
    </>
  );
}
