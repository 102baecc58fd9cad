// Attendance of the members on the meeting day — present, absent with a written opinion, absent — with the
// quorum recomputed live as the secretary ticks (domain/council + domain/voting, the same rules as the server).
import { Alert, App, Button, Card, Flex, Radio, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import {
  ATTENDANCE_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  type MeetingMemberView,
  type MeetingView,
} from '../../../../contracts/councils';
import { attendanceSummary, meetingQuorum } from '../../../../domain/council';
import type { RegimeId } from '../../../../domain/regimes/types';
import { errorMessage } from '../../../lib/api';
import { useAttendance } from '../api/councils-api';
import { QuorumAlert, RoleText } from './labels';

export function AttendanceCard({ meeting }: { meeting: MeetingView }) {
  const initial = useMemo(
    () => new Map(meeting.members.map((m) => [m.personId, m.attendance] as const)),
    [meeting.members],
  );
  const [draft, setDraft] = useState<Map<string, AttendanceStatus | null>>(initial);
  const [base, setBase] = useState(meeting.version);
  if (base !== meeting.version) {
    setBase(meeting.version);
    setDraft(initial);
  }
  const save = useAttendance(meeting.id);
  const { message } = App.useApp();
  const editable = meeting.can.record;
  const dirty = meeting.members.some((m) => draft.get(m.personId) !== m.attendance);

  const live = useMemo(() => {
    const statuses = new Map<string, AttendanceStatus>();
    for (const [id, s] of draft) if (s) statuses.set(id, s);
    const summary = attendanceSummary(
      meeting.members.map((m) => m.personId),
      statuses,
    );
    if (summary.membersTotal === 0) return null;
    const q = meetingQuorum(summary, meeting.regimeId as RegimeId, meeting.sessionKind);
    return { summary, quorum: { ...meeting.quorum, met: q.met, text: q.text } };
  }, [draft, meeting]);

  const submit = () => {
    const items = meeting.members
      .filter((m) => draft.get(m.personId))
      .map((m) => ({ personId: m.personId, status: draft.get(m.personId)! }));
    if (items.length === 0) {
      message.warning('Chưa chọn tình trạng dự họp của thành viên nào');
      return;
    }
    save.mutate(
      { version: meeting.version, items },
      {
        onSuccess: () => message.success('Đã lưu thành viên dự họp'),
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  };

  const summary = live?.summary ?? meeting.attendance;
  return (
    <Card
      title="Thành viên dự họp"
      extra={
        editable ? (
          <Flex gap={8}>
            <Button
              onClick={() =>
                setDraft(
                  new Map(
                    meeting.members.map((m) => [
                      m.personId,
                      (draft.get(m.personId) ?? 'present') as AttendanceStatus,
                    ]),
                  ),
                )
              }
            >
              Các thành viên chưa ghi: có mặt
            </Button>
            <Button type="primary" disabled={!dirty} loading={save.isPending} onClick={submit}>
              Lưu điểm danh
            </Button>
          </Flex>
        ) : null
      }
    >
      <Flex vertical gap={12}>
        <QuorumAlert quorum={live?.quorum ?? meeting.quorum} />
        {dirty ? (
          <Alert
            type="info"
            showIcon
            title="Có thay đổi chưa lưu: số liệu trên đã tính theo lựa chọn hiện tại."
          />
        ) : null}
        <Typography.Text>
          Tổng số {summary.membersTotal} thành viên: có mặt <b>{summary.present}</b>, vắng mặt có ý kiến bằng
          văn bản <b>{summary.absentWritten}</b>, vắng mặt <b>{summary.absent}</b>
          {summary.unrecorded > 0 ? (
            <>
              , chưa ghi nhận <b>{summary.unrecorded}</b>
            </>
          ) : null}
          .
        </Typography.Text>
        <Table<MeetingMemberView>
          rowKey="personId"
          size="small"
          pagination={false}
          dataSource={meeting.members}
          scroll={{ x: 'max-content' }}
          columns={[
            { title: 'STT', key: 'stt', width: 50, render: (_, __, i) => i + 1 },
            { title: 'Họ và tên', dataIndex: 'fullName' },
            { title: 'Chức danh', key: 'role', render: (_, m) => <RoleText role={m.role} /> },
            {
              title: 'Tình trạng dự họp',
              key: 'attendance',
              render: (_, m) => (
                <Radio.Group
                  size="small"
                  disabled={!editable}
                  value={draft.get(m.personId) ?? null}
                  onChange={(e) =>
                    setDraft(new Map(draft).set(m.personId, e.target.value as AttendanceStatus))
                  }
                  options={ATTENDANCE_STATUSES.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s] }))}
                  optionType="button"
                />
              ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
