// The ballot of one nominee: the counts (đồng ý / không đồng ý / không hợp lệ), or each member's vote (absent
// members only with a written vote, marked). The outcome is shown live with the same rule as the server: the
// share of ALL members of the council on the meeting day against the kind's threshold (or the majority).
import {
  Alert,
  App,
  Col,
  Descriptions,
  Flex,
  InputNumber,
  Modal,
  Radio,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import {
  type AgendaNomineeView,
  BALLOT_MODE_LABELS,
  type BallotMode,
  type MeetingMemberView,
  type MeetingView,
  VOTE_CHOICES,
  VOTE_LABELS,
  type VoteChoice,
} from '../../../../contracts/councils';
import { type AttendanceStatus, ballotCountErrors, memberVotes } from '../../../../domain/council';
import { ballotOutcome } from '../../../../domain/voting';
import { errorMessage } from '../../../lib/api';
import { useBallot } from '../api/councils-api';
import { ResultTag } from './labels';

interface BallotModalProps {
  meeting: MeetingView;
  nominee: AgendaNomineeView;
  onClose: () => void;
}

export function BallotModal({ meeting, nominee, onClose }: BallotModalProps) {
  const existing = nominee.ballot;
  const [mode, setMode] = useState<BallotMode>(existing?.mode ?? 'counts');
  const [kind, setKind] = useState(existing?.awardKind ?? nominee.voteKind);
  const [counts, setCounts] = useState({
    agree: existing?.agree ?? 0,
    disagree: existing?.disagree ?? 0,
    invalid: existing?.invalid ?? 0,
  });
  const [votes, setVotes] = useState<Map<string, VoteChoice>>(
    new Map((existing?.votes ?? []).map((v) => [v.personId, v.vote])),
  );
  const save = useBallot(meeting.id);
  const { message } = App.useApp();
  const attendance = useMemo(
    () => new Map(meeting.members.map((m) => [m.personId, m.attendance as AttendanceStatus | null])),
    [meeting.members],
  );
  const summary = meeting.attendance;

  const live = useMemo(() => {
    let tally: { agree: number; disagree: number; invalid: number; written?: number };
    let errors: Record<string, string>;
    if (mode === 'counts') {
      tally = counts;
      errors = ballotCountErrors(counts, summary);
    } else {
      const result = memberVotes(
        [...votes].map(([personId, vote]) => ({ personId, vote })),
        attendance,
      );
      tally = result.tally;
      errors = result.errors;
    }
    const rule = kind === nominee.voteKind ? nominee.rule : null;
    const outcome =
      rule && Object.keys(errors).length === 0 && summary.membersTotal > 0
        ? ballotOutcome(
            {
              agree: tally.agree,
              disagree: tally.disagree,
              abstain: tally.invalid,
              membersTotal: summary.membersTotal,
            },
            { threshold: rule.threshold, strict: rule.strict },
          )
        : null;
    return { tally, errors, outcome, rule };
  }, [mode, counts, votes, attendance, summary, kind, nominee]);

  const submit = () => {
    const body =
      mode === 'counts'
        ? { version: meeting.version, mode, awardKind: kind as never, ...counts }
        : {
            version: meeting.version,
            mode,
            awardKind: kind as never,
            votes: [...votes].map(([personId, vote]) => ({ personId, vote })),
          };
    save.mutate(
      { nomineeId: nominee.id, body },
      {
        onSuccess: () => {
          message.success(`Đã ghi kết quả bỏ phiếu cho ${nominee.name}`);
          onClose();
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  };

  const kinds = [{ value: nominee.awardKind, label: `${nominee.awardKindName} (được đề nghị)` }];
  if (nominee.proposedAwardKind && nominee.proposedAwardKind !== nominee.awardKind) {
    kinds.push({ value: nominee.proposedAwardKind, label: `${nominee.voteKindName} (thẩm định đề xuất)` });
  }
  const voters = meeting.members.filter(
    (m) => m.attendance === 'present' || m.attendance === 'absent_written',
  );
  const firstError = Object.values(live.errors)[0];

  return (
    <Modal
      open
      width={900}
      title={`Kết quả bỏ phiếu: ${nominee.name}`}
      okText="Lưu kết quả"
      cancelText="Hủy"
      okButtonProps={{ disabled: Boolean(firstError) }}
      confirmLoading={save.isPending}
      onOk={submit}
      onCancel={onClose}
    >
      <Flex vertical gap={12}>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label="Bỏ phiếu cho">
            <Select value={kind} onChange={setKind} options={kinds} style={{ minWidth: 360 }} />
          </Descriptions.Item>
          <Descriptions.Item label="Tỷ lệ yêu cầu">
            {live.rule ? (
              <>
                {live.rule.text}
                <Typography.Text type="secondary"> — {live.rule.source}</Typography.Text>
              </>
            ) : (
              'Tính theo quy định của loại khen thưởng đã chọn khi lưu'
            )}
          </Descriptions.Item>
          <Descriptions.Item label="Mẫu số">
            Tổng số thành viên Hội đồng ngày họp: <b>{summary.membersTotal}</b> (có mặt {summary.present},
            vắng mặt có ý kiến bằng văn bản {summary.absentWritten})
          </Descriptions.Item>
        </Descriptions>
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value as BallotMode)}
          options={(['counts', 'individual'] as const).map((m) => ({
            value: m,
            label: BALLOT_MODE_LABELS[m],
          }))}
          optionType="button"
        />
        {mode === 'counts' ? (
          <Row gutter={16}>
            {(['agree', 'disagree', 'invalid'] as const).map((f) => (
              <Col key={f} xs={24} md={8}>
                <Typography.Text>{VOTE_LABELS[f]}</Typography.Text>
                <InputNumber
                  aria-label={VOTE_LABELS[f]}
                  min={0}
                  max={summary.membersTotal}
                  precision={0}
                  value={counts[f]}
                  onChange={(v) => setCounts({ ...counts, [f]: v ?? 0 })}
                  style={{ width: '100%' }}
                />
              </Col>
            ))}
          </Row>
        ) : (
          <Table<MeetingMemberView>
            rowKey="personId"
            size="small"
            pagination={false}
            dataSource={meeting.members}
            scroll={{ y: 360 }}
            columns={[
              { title: 'Thành viên', dataIndex: 'fullName' },
              {
                title: 'Dự họp',
                key: 'att',
                width: 190,
                render: (_, m) =>
                  m.attendance === 'absent_written' ? (
                    <Tag color="gold">Phiếu bằng văn bản</Tag>
                  ) : m.attendance === 'present' ? (
                    <Tag color="green">Có mặt</Tag>
                  ) : m.attendance === 'absent' ? (
                    <Tag>Vắng mặt, không có phiếu</Tag>
                  ) : (
                    <Tag>Chưa ghi điểm danh</Tag>
                  ),
              },
              {
                title: 'Phiếu',
                key: 'vote',
                render: (_, m) =>
                  m.attendance === 'present' || m.attendance === 'absent_written' ? (
                    <Radio.Group
                      size="small"
                      value={votes.get(m.personId) ?? null}
                      onChange={(e) => setVotes(new Map(votes).set(m.personId, e.target.value as VoteChoice))}
                      options={VOTE_CHOICES.map((v) => ({ value: v, label: VOTE_LABELS[v] }))}
                    />
                  ) : null,
              },
            ]}
            footer={() => `Đã ghi ${votes.size}/${voters.length} phiếu của thành viên có phiếu`}
          />
        )}
        {firstError ? (
          <Alert type="error" showIcon title={firstError} />
        ) : live.outcome ? (
          <Alert
            type={live.outcome.passed ? 'success' : 'warning'}
            showIcon
            title={
              <>
                <ResultTag passed={live.outcome.passed} /> {live.outcome.text}
              </>
            }
          />
        ) : null}
      </Flex>
    </Modal>
  );
}
