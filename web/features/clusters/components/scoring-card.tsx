// The score card of one member: each item with its maximum, the member's self-score and evidence (text and an
// optional file), and the cluster's score with its note. The member edits its self-score; the leader or the
// organiser enters the cluster's points (the only ones that count).
import { DeleteOutlined, EditOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, InputNumber, Select, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import type { GroupView, MemberView, ScoreView } from '../../../../contracts/clusters';
import { DataTable } from '../../../components/data-table';
import { errorMessage } from '../../../lib/api';
import { evidenceUrl, useGroupFile, useScores } from '../api/clusters-api';
import { points } from './labels';

interface Row {
  id: string;
  group: string;
  title: string;
  max: number;
  kind: 'criterion' | 'bonus' | 'penalty';
  score: ScoreView | undefined;
}

type Draft = Record<string, { points: number | null; text: string | null }>;

function rowsOf(group: GroupView, member: MemberView): Row[] {
  const score = (id: string) => member.scores.find((s) => s.itemId === id);
  return [
    ...group.sheet.sections.flatMap((s) =>
      s.criteria.map((c) => ({
        id: c.id,
        group: s.title,
        title: c.title,
        max: c.maxPoints,
        kind: 'criterion' as const,
        score: score(c.id),
      })),
    ),
    ...group.sheet.bonus.map((b) => ({
      id: b.id,
      group: 'Điểm thưởng',
      title: b.title,
      max: b.maxPoints,
      kind: 'bonus' as const,
      score: score(b.id),
    })),
    ...group.sheet.penalties.map((p) => ({
      id: p.id,
      group: 'Điểm trừ',
      title: p.title,
      max: p.maxPoints,
      kind: 'penalty' as const,
      score: score(p.id),
    })),
  ];
}

function EvidenceFile({ group, member, row }: { group: GroupView; member: MemberView; row: Row }) {
  const file = useGroupFile();
  const { message } = App.useApp();
  const url = evidenceUrl(group.id, member.unit.id, row.id);
  const existing = row.score?.selfFile;
  return (
    <Flex gap={4} align="center" wrap>
      {existing ? (
        <a href={url} target="_blank" rel="noreferrer">
          <PaperClipOutlined /> {existing.name}
        </a>
      ) : null}
      {member.can.selfScore ? (
        <>
          <Upload
            showUploadList={false}
            customRequest={({ file: f }) =>
              file.mutate(
                { url, file: f as File },
                {
                  onSuccess: () => message.success('Đã tải lên minh chứng'),
                  onError: (e) => message.error(errorMessage(e)),
                },
              )
            }
          >
            <Button size="small" icon={<UploadOutlined />} loading={file.isPending}>
              {existing ? 'Thay' : 'Tệp'}
            </Button>
          </Upload>
          {existing ? (
            <Button
              size="small"
              type="text"
              danger
              aria-label="Gỡ tệp minh chứng"
              icon={<DeleteOutlined />}
              onClick={() =>
                file.mutate({ url, file: null }, { onError: (e) => message.error(errorMessage(e)) })
              }
            />
          ) : null}
        </>
      ) : null}
    </Flex>
  );
}

export function ScoringCard({ group }: { group: GroupView }) {
  const initial = group.members.find((m) => m.can.selfScore && !m.can.groupScore) ?? group.members[0];
  const [unitId, setUnitId] = useState(initial?.unit.id);
  const [side, setSide] = useState<'self' | 'group' | null>(null);
  const [draft, setDraft] = useState<Draft>({});
  const save = useScores(group.id);
  const { message } = App.useApp();
  const member = group.members.find((m) => m.unit.id === unitId) ?? group.members[0];
  const rows = useMemo(() => (member ? rowsOf(group, member) : []), [group, member]);
  if (!member) return null;

  const start = (which: 'self' | 'group') => {
    setDraft(
      Object.fromEntries(
        rows.map((r) => [
          r.id,
          which === 'self'
            ? { points: r.score?.selfScore ?? null, text: r.score?.selfEvidence ?? null }
            : { points: r.score?.groupScore ?? null, text: r.score?.groupNote ?? null },
        ]),
      ),
    );
    setSide(which);
  };
  const submit = () => {
    const scores = rows.map((r) =>
      side === 'self'
        ? { itemId: r.id, points: draft[r.id]?.points ?? null, evidence: draft[r.id]?.text || null }
        : { itemId: r.id, points: draft[r.id]?.points ?? null, note: draft[r.id]?.text || null },
    );
    save.mutate(
      { unitId: member.unit.id, side: side!, body: { scoresVersion: member.scoresVersion, scores } },
      {
        onSuccess: () => {
          message.success(side === 'self' ? 'Đã lưu điểm tự chấm' : 'Đã lưu điểm cụm, khối chấm');
          setSide(null);
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  };
  const edit = (r: Row, field: 'points' | 'text', value: number | string | null) =>
    setDraft((d) => ({ ...d, [r.id]: { ...(d[r.id] ?? { points: null, text: null }), [field]: value } }));
  const numberInput = (r: Row) => (
    <InputNumber
      min={0}
      max={r.max}
      step={1}
      decimalSeparator=","
      value={draft[r.id]?.points ?? null}
      onChange={(v) => edit(r, 'points', v)}
      aria-label={`Điểm ${r.title}`}
      style={{ width: 90 }}
    />
  );
  return (
    <Card
      size="small"
      title="Chấm điểm"
      extra={
        <Flex gap={8} wrap>
          <Select
            value={member.unit.id}
            onChange={(v) => {
              setUnitId(v);
              setSide(null);
            }}
            options={group.members.map((m) => ({ value: m.unit.id, label: m.unit.name }))}
            style={{ minWidth: 220 }}
            aria-label="Đơn vị được chấm"
          />
          {side ? (
            <>
              <Button type="primary" loading={save.isPending} onClick={submit}>
                Lưu điểm
              </Button>
              <Button onClick={() => setSide(null)}>Hủy</Button>
            </>
          ) : (
            <>
              {member.can.selfScore ? (
                <Button icon={<EditOutlined />} onClick={() => start('self')}>
                  Tự chấm
                </Button>
              ) : null}
              {member.can.groupScore ? (
                <Button type="primary" icon={<EditOutlined />} onClick={() => start('group')}>
                  Chấm điểm của cụm, khối
                </Button>
              ) : null}
            </>
          )}
        </Flex>
      }
    >
      <DataTable<Row>
        rowKey="id"
        dataSource={rows}
        emptyText="Bảng điểm chưa có tiêu chí"
        columns={[
          {
            title: 'Tiêu chí, mục chấm',
            key: 'title',
            render: (_v, r) => (
              <>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.group}
                </Typography.Text>
                <div>{r.title}</div>
              </>
            ),
          },
          { title: 'Tối đa', dataIndex: 'max', align: 'right', render: (v: number) => points(v) },
          {
            title: 'Tự chấm',
            key: 'self',
            align: 'right',
            render: (_v, r) => (side === 'self' ? numberInput(r) : points(r.score?.selfScore)),
          },
          {
            title: 'Minh chứng',
            key: 'evidence',
            width: 230,
            render: (_v, r) => (
              <Flex vertical gap={4}>
                {side === 'self' ? (
                  <Input.TextArea
                    autoSize
                    value={draft[r.id]?.text ?? ''}
                    onChange={(e) => edit(r, 'text', e.target.value)}
                    maxLength={5000}
                  />
                ) : (
                  <Typography.Text>{r.score?.selfEvidence ?? ''}</Typography.Text>
                )}
                <EvidenceFile group={group} member={member} row={r} />
              </Flex>
            ),
          },
          {
            title: 'Cụm, khối chấm',
            key: 'group',
            align: 'right',
            render: (_v, r) => (side === 'group' ? numberInput(r) : <b>{points(r.score?.groupScore)}</b>),
          },
          {
            title: 'Ghi chú của cụm, khối',
            key: 'note',
            width: 170,
            render: (_v, r) =>
              side === 'group' ? (
                <Input
                  value={draft[r.id]?.text ?? ''}
                  onChange={(e) => edit(r, 'text', e.target.value)}
                  maxLength={2000}
                />
              ) : (
                (r.score?.groupNote ?? '')
              ),
          },
        ]}
      />
    </Card>
  );
}
