// A unit's emulation & commendation record by year: its awards, its rating and its member figures, with
// the forms the server's abilities allow.
import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Dropdown, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { AwardView, UnitHistoryView } from '../../../../contracts/history';
import { EmptyState } from '../../../components/empty';
import { ErrorAlert } from '../../../components/error-alert';
import { type RecordKind, type SubjectRef, unitHistoryQuery } from '../api/history-api';
import { AwardFormModal } from './award-form-modal';
import { AwardAndRatingLines, DeleteButton, DisciplineLine, MemberStatsLine, yearOf } from './history-lines';
import { RecordFormModal } from './record-form-modal';
import { RevokeAwardModal } from './revoke-award-modal';
import { useDeleter } from './use-deleter';

type Dialog =
  { kind: 'award' } | { kind: 'record'; record: RecordKind } | { kind: 'revoke'; award: AwardView };

function UnitTimeline(props: {
  history: UnitHistoryView;
  subject: SubjectRef;
  onRevoke: (a: AwardView) => void;
}) {
  const { history, subject, onRevoke } = props;
  const deleteRating = useDeleter(subject, 'ratings');
  const deleteStats = useDeleter(subject, 'member-stats');
  const deleteDiscipline = useDeleter(subject, 'disciplines');
  const years = new Set<number>([
    ...history.awards.map((a) => a.year),
    ...history.ratings.map((r) => r.year),
    ...history.memberStats.map((m) => m.year),
    ...history.disciplines.map((d) => yearOf(d.fromDate)),
  ]);
  if (years.size === 0)
    return <EmptyState description="Chưa có khen thưởng, xếp loại hay số liệu thành viên nào" />;
  const items = [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const awards = history.awards.filter((a) => a.year === year);
      return {
        key: year,
        color: awards.some((a) => !a.revoked) ? 'green' : 'blue',
        content: (
          <Flex vertical gap={4} data-testid={`unit-history-year-${year}`}>
            <Typography.Text strong>Năm {year}</Typography.Text>
            <AwardAndRatingLines
              awards={awards}
              ratings={history.ratings.filter((r) => r.year === year)}
              onRevoke={onRevoke}
              onDeleteRating={deleteRating}
            />
            {history.memberStats
              .filter((m) => m.year === year)
              .map((m) => (
                <MemberStatsLine
                  key={m.id}
                  stats={m}
                  action={
                    m.can.delete ? (
                      <DeleteButton what="số liệu thành viên" onConfirm={() => deleteStats(m.id)} />
                    ) : null
                  }
                />
              ))}
            {history.disciplines
              .filter((d) => yearOf(d.fromDate) === year)
              .map((d) => (
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
          </Flex>
        ),
      };
    });
  return <Timeline items={items} />;
}

export function UnitHistoryCard({ unitId }: { unitId: string }) {
  const query = useQuery(unitHistoryQuery(unitId));
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const subject: SubjectRef = { type: 'unit', id: unitId };
  const history = query.data;
  const close = () => setDialog(null);
  const addItems = [
    ...(history?.can.recordAward ? [{ key: 'award', label: 'Khen thưởng (theo quyết định đã có)' }] : []),
    ...(history?.can.write
      ? [
          { key: 'ratings', label: 'Kết quả xếp loại tập thể' },
          { key: 'member-stats', label: 'Số liệu thành viên trong năm' },
          { key: 'disciplines', label: 'Kỷ luật tập thể' },
        ]
      : []),
  ];
  return (
    <Card
      title="Thi đua, khen thưởng của đơn vị"
      data-testid="unit-history"
      extra={
        addItems.length ? (
          <Dropdown
            menu={{
              items: addItems,
              onClick: ({ key }) =>
                setDialog(
                  key === 'award' ? { kind: 'award' } : { kind: 'record', record: key as RecordKind },
                ),
            }}
          >
            <Button icon={<PlusOutlined />}>
              Ghi nhận <DownOutlined />
            </Button>
          </Dropdown>
        ) : null
      }
    >
      {query.isPending ? <Skeleton active paragraph={{ rows: 4 }} /> : null}
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {history ? (
        <UnitTimeline
          history={history}
          subject={subject}
          onRevoke={(award) => setDialog({ kind: 'revoke', award })}
        />
      ) : null}
      {dialog?.kind === 'award' ? (
        <AwardFormModal subject={subject} subjectKind="collective" onClose={close} />
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
