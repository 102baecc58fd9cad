// One registration: its facts and deadline, the unit's commitments, the registered titles (with what was
// achieved), the figures per title and the history of its steps.
import { EditOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Input, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import {
  REGISTRATION_ACTION_LABELS,
  type RegistrationLineView,
  type RegistrationView,
} from '../../../../contracts/registrations';
import { splitParagraphs } from '../../../../contracts/paragraphs';
import { DataTable } from '../../../components/data-table';
import { errorMessage } from '../../../lib/api';
import { formatDateTime } from '../../../lib/format';
import { useUpdateRegistration } from '../api/registrations-api';
import { DeadlineTag, StatusTag } from './labels';
import { LinesEditorModal } from './lines-editor-modal';

function NoteCard({ registration }: { registration: RegistrationView }) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(registration.note ?? '');
  const update = useUpdateRegistration(registration.id);
  const { message } = App.useApp();
  const paragraphs = splitParagraphs(registration.note);
  return (
    <Card
      title="Nội dung đăng ký, chỉ tiêu phấn đấu"
      size="small"
      extra={
        registration.can.edit && !editing ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            Sửa
          </Button>
        ) : null
      }
    >
      {editing ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
            maxLength={10_000}
          />
          <Flex gap={8}>
            <Button
              type="primary"
              loading={update.isPending}
              onClick={() =>
                update.mutate(
                  { version: registration.version, note: text || null },
                  {
                    onSuccess: () => {
                      message.success('Đã lưu nội dung đăng ký');
                      setEditing(false);
                    },
                    onError: (e) => message.error(errorMessage(e)),
                  },
                )
              }
            >
              Lưu
            </Button>
            <Button onClick={() => setEditing(false)}>Hủy</Button>
          </Flex>
        </Flex>
      ) : paragraphs.length > 0 ? (
        paragraphs.map((p, i) => (
          <Typography.Paragraph key={i} style={{ marginBottom: 4 }}>
            {p}
          </Typography.Paragraph>
        ))
      ) : (
        <Typography.Text type="secondary">Chưa ghi nội dung đăng ký.</Typography.Text>
      )}
    </Card>
  );
}

export function RegistrationDetail({ registration }: { registration: RegistrationView }) {
  const [editingLines, setEditingLines] = useState(false);
  return (
    <Flex vertical gap={16}>
      {registration.status === 'returned' && registration.returnReason ? (
        <Alert
          type="warning"
          showIcon
          title={`Bản đăng ký bị trả lại: ${registration.returnReason}`}
          description="Sửa danh sách theo yêu cầu rồi bấm “Gửi lại”."
        />
      ) : null}
      <Card size="small">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            { key: 'unit', label: 'Đơn vị đăng ký', children: registration.unit.name },
            { key: 'parent', label: 'Gửi đến', children: registration.parent.name },
            { key: 'year', label: 'Năm', children: registration.year },
            {
              key: 'status',
              label: 'Trạng thái',
              children: (
                <>
                  <StatusTag status={registration.status} /> <DeadlineTag deadline={registration.deadline} />
                </>
              ),
            },
            {
              key: 'submitted',
              label: 'Gửi lần đầu',
              children: registration.firstSubmittedAt
                ? formatDateTime(registration.firstSubmittedAt)
                : 'Chưa gửi',
            },
            {
              key: 'decided',
              label: 'Cấp trên xử lý',
              children: registration.decidedAt ? formatDateTime(registration.decidedAt) : '—',
            },
          ]}
        />
      </Card>
      <NoteCard registration={registration} />
      <Card
        title={`Danh hiệu đăng ký (${registration.lines.length})`}
        size="small"
        extra={
          registration.can.edit ? (
            <Button icon={<EditOutlined />} onClick={() => setEditingLines(true)}>
              Sửa danh sách
            </Button>
          ) : null
        }
      >
        <DataTable<RegistrationLineView>
          rowKey="id"
          dataSource={registration.lines}
          emptyText="Chưa có danh hiệu nào; bấm “Sửa danh sách” để thêm"
          columns={[
            { title: 'TT', key: 'i', width: 50, render: (_v, _r, i) => i + 1 },
            {
              title: 'Cá nhân, tập thể',
              key: 'subject',
              render: (_v, l) => (
                <>
                  <b>{l.subject.name}</b>
                  {l.subjectUnit ? (
                    <Typography.Text type="secondary"> — {l.subjectUnit}</Typography.Text>
                  ) : null}
                </>
              ),
            },
            {
              title: 'Đối tượng',
              dataIndex: 'subjectKind',
              render: (k: RegistrationLineView['subjectKind']) =>
                k === 'individual' ? 'Cá nhân' : 'Tập thể',
            },
            { title: 'Danh hiệu đăng ký', dataIndex: 'awardKindName' },
            { title: 'Ghi chú', dataIndex: 'note', render: (v: string | null) => v ?? '' },
            {
              title: 'Kết quả',
              dataIndex: 'achieved',
              render: (v: boolean) => (v ? <Tag color="success">Đã đạt</Tag> : <Tag>Chưa có quyết định</Tag>),
            },
          ]}
        />
        {registration.figures.length > 0 ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            {registration.figures
              .map((f) => `${f.awardKindName}: đăng ký ${f.registered}, đạt ${f.achieved}`)
              .join(' · ')}
          </Typography.Paragraph>
        ) : null}
      </Card>
      <Card title="Quá trình xử lý" size="small">
        <Timeline
          items={registration.events.map((e) => ({
            key: e.id,
            color: e.action === 'return' ? 'orange' : e.action === 'accept' ? 'green' : 'blue',
            content: (
              <>
                <b>{REGISTRATION_ACTION_LABELS[e.action]}</b> — {e.actorName}, {formatDateTime(e.at)}
                {e.comment ? <div>Lý do, ý kiến: {e.comment}</div> : null}
              </>
            ),
          }))}
        />
      </Card>
      {editingLines ? (
        <LinesEditorModal registration={registration} onClose={() => setEditingLines(false)} />
      ) : null}
    </Flex>
  );
}
