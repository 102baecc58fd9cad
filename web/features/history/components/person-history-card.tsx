// "Khen thưởng và thi đua" on a person's page: the history as a timeline by year (awards, ratings,
// initiatives, disciplines, investigations) with the forms the server's abilities allow.
import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Dropdown, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { AwardView, PersonHistoryView } from '../../../../contracts/history';
import { EmptyState } from '../../../components/empty';
import { ErrorAlert } from '../../../components/error-alert';
import { personHistoryQuery, type RecordKind, type SubjectRef } from '../api/history-api';
import { AwardFormModal } from './award-form-modal';
import {
  AwardAndRatingLines,
  DeleteButton,
  DisciplineLine,
  InitiativeLine,
  InvestigationLine,
  yearOf,
} from './history-lines';
import { RecordFormModal } from './record-form-modal';
import { RecruitedOn } from './recruited-on';
import { RevokeAwardModal } from './revoke-award-modal';
import { useDeleter } from './use-deleter';

type Dialog =
  { kind: 'award' } | { kind: 'record'; record: RecordKind } | { kind: 'revoke'; award: AwardView };

function YearTimeline({
  history,
  subject,
  onRevoke,
}: {
  history: PersonHistoryView;
  subject: SubjectRef;
  onRevoke: (a: AwardView) => void;
}) {
  const deleteRating = useDeleter(subject, 'ratings');
  const deleteInitiative = useDeleter(subject, 'initiatives');
  const deleteDiscipline = useDeleter(subject, 'disciplines');
  const deleteInvestigation = useDeleter(subject, 'investigations');
  const years = new Set<number>([
    ...history.awards.map((a) => a.year),
    ...history.ratings.map((r) => r.year),
    ...history.initiatives.map((i) => yearOf(i.recognizedOn)),
    ...history.disciplines.map((d) => yearOf(d.fromDate)),
    ...history.investigations.map((v) => yearOf(v.openedOn)),
  ]);
  if (years.size === 0)
    return (
      <EmptyState description="Chưa có khen thưởng, xếp loại, sáng kiến hay kỷ luật nào được ghi nhận" />
    );
  const awardName = (id: string | null) => {
    const a = history.awards.find((x) => x.id === id);
    return a ? `${a.awardKindName} năm ${a.year}` : null;
  };
  const items = [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const awards = history.awards.filter((a) => a.year === year);
      const disciplines = history.disciplines.filter((d) => yearOf(d.fromDate) === year);
      const color = disciplines.length ? 'red' : awards.some((a) => !a.revoked) ? 'green' : 'blue';
      return {
        key: year,
        color,
        content: (
          <Flex vertical gap={4} data-testid={`history-year-${year}`}>
            <Typography.Text strong>Năm {year}</Typography.Text>
            <AwardAndRatingLines
              awards={awards}
              ratings={history.ratings.filter((r) => r.year === year)}
              onRevoke={onRevoke}
              onDeleteRating={deleteRating}
            />
            {history.initiatives
              .filter((i) => yearOf(i.recognizedOn) === year)
              .map((i) => (
                <InitiativeLine
                  key={i.id}
                  initiative={i}
                  usedBy={awardName(i.usedByAwardId)}
                  action={
                    i.can.delete && !i.usedByAwardId ? (
                      <DeleteButton what="sáng kiến" onConfirm={() => deleteInitiative(i.id)} />
                    ) : null
                  }
                />
              ))}
            {disciplines.map((d) => (
              <DisciplineLine
                key={d.id}
                discipline={d}
                action={
                  d.can.delete ? (
                    <DeleteButton what="kỷ luật" onConfirm={() => deleteDiscipline(d.id)} />
                  ) : null
                }
              />
            ))}
            {history.investigations
              .filter((v) => yearOf(v.openedOn) === year)
              .map((v) => (
                <InvestigationLine
                  key={v.id}
                  investigation={v}
                  action={
                    v.can.delete ? (
                      <DeleteButton what="thông tin thanh tra" onConfirm={() => deleteInvestigation(v.id)} />
                    ) : null
                  }
                />
              ))}
          </Flex>
        ),
      };
    });
  return <Timeline items={items} data-testid="history-timeline" />;
}

export function PersonHistoryCard({ personId }: { personId: string }) {
  const query = useQuery(personHistoryQuery(personId));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const subject: SubjectRef = { type: 'person', id: personId };
  const history = query.data;
  const close = () => setDialog(null);

  const addItems = [
    ...(history?.can.recordAward ? [{ key: 'award', label: 'Khen thưởng (theo quyết định đã có)' }] : []),
    ...(history?.can.write
      ? [
          { key: 'ratings', label: 'Kết quả xếp loại hằng năm' },
          { key: 'initiatives', label: 'Sáng kiến, đề tài' },
          { key: 'disciplines', label: 'Kỷ luật' },
          { key: 'investigations', label: 'Thanh tra, điều tra, khiếu nại' },
        ]
      : []),
  ];
  const extra = addItems.length ? (
    <Dropdown
      menu={{
        items: addItems,
        onClick: ({ key }) =>
          setDialog(key === 'award' ? { kind: 'award' } : { kind: 'record', record: key as RecordKind }),
      }}
    >
      <Button icon={<PlusOutlined />} data-testid="history-add">
        Ghi nhận <DownOutlined />
      </Button>
    </Dropdown>
  ) : null;

  return (
    <Card title="Khen thưởng và thi đua" extra={extra} data-testid="person-history">
      {query.isPending ? <Skeleton active paragraph={{ rows: 6 }} /> : null}
      <ErrorAlert
        error={query.error}
        title="Không tải được quá trình thi đua, khen thưởng"
        onRetry={() => void query.refetch()}
      />
      {history ? (
        <Flex vertical gap={16}>
          <RecruitedOn key={history.personVersion} history={history} />
          {history.pendingInvestigation ? (
            <Alert
              type="warning"
              showIcon
              title="Đang có thanh tra, điều tra hoặc khiếu nại chưa giải quyết: chưa xét khen thưởng cho đến khi có kết luận."
            />
          ) : null}
          <YearTimeline
            history={history}
            subject={subject}
            onRevoke={(award) => setDialog({ kind: 'revoke', award })}
          />
        </Flex>
      ) : null}
      {dialog?.kind === 'award' && history ? (
        <AwardFormModal
          subject={subject}
          subjectKind="individual"
          initiatives={history.initiatives}
          onClose={close}
        />
      ) : null}
      {dialog?.kind === 'record' ? (
        <RecordFormModal subject={subject} kind={dialog.record} onClose={close} />
      ) : null}
      {dialog?.kind === 'revoke' ? (
        <RevokeAwardModal subject={subject} award={dialog.award} onClose={close} />
      ) : null}
    </Card>
  );
}
