// A meeting's facts (time, place, chair, secretary, session kind, status) and its conclusion, editable while open.
import { App, Button, Card, Descriptions, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { type MeetingView, SESSION_KIND_LABELS } from '../../../../contracts/councils';
import { errorMessage } from '../../../lib/api';
import { formatDate, formatDateTime } from '../../../lib/format';
import { useUpdateMeeting } from '../api/councils-api';
import { MeetingStatusTag } from './labels';

/** The decree of each legal regime (domain/regimes), as officials name it. */
const REGIME_DECREES: Record<string, string> = {
  A: 'Nghị định 91/2017/NĐ-CP (đến 31/12/2023)',
  B: 'Nghị định 98/2023/NĐ-CP (01/01/2024 – 30/6/2025)',
  C: 'Nghị định 152/2025/NĐ-CP (từ 01/7/2025)',
};

export function MeetingOverview({ meeting }: { meeting: MeetingView }) {
  return (
    <Card>
      <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
        <Descriptions.Item label="Hội đồng">{meeting.council.name}</Descriptions.Item>
        <Descriptions.Item label="Thời gian">
          {meeting.startTime ? `${meeting.startTime}, ` : ''}ngày {formatDate(meeting.heldOn)}
        </Descriptions.Item>
        <Descriptions.Item label="Địa điểm">{meeting.place ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="Chủ trì">{meeting.chair?.name ?? 'Chưa chọn'}</Descriptions.Item>
        <Descriptions.Item label="Thư ký">{meeting.secretary?.name ?? 'Chưa chọn'}</Descriptions.Item>
        <Descriptions.Item label="Loại phiên họp">
          {SESSION_KIND_LABELS[meeting.sessionKind]}
        </Descriptions.Item>
        <Descriptions.Item label="Tình trạng">
          <MeetingStatusTag status={meeting.status} />
          {meeting.closedAt ? ` ${formatDateTime(meeting.closedAt)} — ${meeting.closedByName ?? ''}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label="Quy định áp dụng tại ngày họp">
          {REGIME_DECREES[meeting.regimeId] ?? meeting.regimeId}
        </Descriptions.Item>
      </Descriptions>
      {meeting.termError ? <Typography.Text type="danger">{meeting.termError}</Typography.Text> : null}
    </Card>
  );
}

export function ConclusionCard({ meeting }: { meeting: MeetingView }) {
  const [text, setText] = useState(meeting.conclusion ?? '');
  const update = useUpdateMeeting(meeting.id);
  const { message } = App.useApp();
  const dirty = text.trim() !== (meeting.conclusion ?? '');
  return (
    <Card title="Kết luận của phiên họp">
      {meeting.can.update ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            rows={4}
            maxLength={20000}
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder="Để trống: biên bản ghi kết luận theo kết quả bỏ phiếu (những trường hợp đạt, không đạt tỷ lệ)."
          />
          <Button
            style={{ alignSelf: 'flex-end' }}
            disabled={!dirty}
            loading={update.isPending}
            onClick={() =>
              update.mutate(
                { version: meeting.version, conclusion: text.trim() || null },
                {
                  onSuccess: () => message.success('Đã lưu kết luận'),
                  onError: (e) => message.error(errorMessage(e)),
                },
              )
            }
          >
            Lưu kết luận
          </Button>
        </Flex>
      ) : (
        <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 0 }}>
          {meeting.conclusion ?? 'Kết luận theo kết quả bỏ phiếu (xem biên bản).'}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
