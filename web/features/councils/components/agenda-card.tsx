// The agenda: dossiers addressed to the authority that wait for the council, each nominee with the kind, the
// specialist's appraisal, the rule that applies, the public disclosure it needs, its ballot and outcome.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { AgendaDossierView, AgendaNomineeView, MeetingView } from '../../../../contracts/councils';
import { ruleShareText } from '../../../../domain/council';
import { errorMessage } from '../../../lib/api';
import { formatPercent } from '../../../lib/format';
import { useAgenda, useDeleteBallot } from '../api/councils-api';
import { BallotModal } from './ballot-modal';
import { ResultTag } from './labels';

function Result({ n }: { n: AgendaNomineeView }) {
  if (n.ballot) {
    return (
      <Space orientation="vertical" size={0}>
        <span>
          Đồng ý {n.ballot.agree}/{n.ballot.membersTotal} ={' '}
          {formatPercent(n.ballot.agree / n.ballot.membersTotal)} <ResultTag passed={n.ballot.passed} />
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {n.ballot.mode === 'individual' ? 'Phiếu từng thành viên' : 'Tổng số phiếu'}
          {n.ballot.writtenVotes > 0 ? `, ${n.ballot.writtenVotes} phiếu bằng văn bản` : ''}
          {n.decidedElsewhere ? ' — tại phiên họp khác' : ''}
        </Typography.Text>
      </Space>
    );
  }
  if (n.outcome) return <Tag color={n.outcome === 'passed' ? 'green' : 'red'}>Đã xét tại phiên họp khác</Tag>;
  return <Typography.Text type="secondary">Chưa bỏ phiếu</Typography.Text>;
}

function DossierAgenda({
  meeting,
  dossier,
  onBallot,
}: {
  meeting: MeetingView;
  dossier: AgendaDossierView;
  onBallot: (n: AgendaNomineeView) => void;
}) {
  const agenda = useAgenda(meeting.id);
  const remove = useDeleteBallot(meeting.id);
  const { message } = App.useApp();
  const votedHere = dossier.nominees.some((n) => n.ballot && !n.decidedElsewhere);
  const editable = meeting.can.record;
  return (
    <Card
      size="small"
      type="inner"
      title={
        <Space wrap>
          <Link to={`/ho-so/${dossier.id}`}>{dossier.code}</Link>
          <span>{dossier.title}</span>
          <Typography.Text type="secondary">— {dossier.proposingUnit.name}</Typography.Text>
        </Space>
      }
      extra={
        editable && !votedHere ? (
          <Popconfirm
            title="Bỏ hồ sơ này khỏi chương trình phiên họp?"
            okText="Bỏ khỏi chương trình"
            cancelText="Không"
            onConfirm={() =>
              agenda.mutate(
                {
                  version: meeting.version,
                  dossierIds: meeting.agenda.filter((d) => d.id !== dossier.id).map((d) => d.id),
                },
                { onError: (e) => message.error(errorMessage(e)) },
              )
            }
          >
            <Button size="small" type="text" danger icon={<DeleteOutlined />}>
              Bỏ khỏi chương trình
            </Button>
          </Popconfirm>
        ) : null
      }
    >
      <Table<AgendaNomineeView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={dossier.nominees}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: 'STT', dataIndex: 'position', width: 50 },
          { title: 'Họ và tên / tập thể', dataIndex: 'name' },
          {
            title: 'Đề nghị',
            key: 'kind',
            render: (_, n) => (
              <Space orientation="vertical" size={0}>
                <span>{n.awardKindName}</span>
                {n.proposedAwardKind && n.proposedAwardKind !== n.awardKind ? (
                  <Typography.Text type="warning" style={{ fontSize: 12 }}>
                    Thẩm định đề xuất: {n.voteKindName}
                  </Typography.Text>
                ) : null}
              </Space>
            ),
          },
          {
            title: 'Thẩm định',
            key: 'appraisal',
            render: (_, n) =>
              n.appraisal ? (
                <Tooltip title={n.appraisalNote}>
                  <Tag color={n.appraisal === 'agree' ? 'green' : 'red'}>
                    {n.appraisal === 'agree' ? 'Đồng ý' : 'Không đồng ý'}
                  </Tag>
                </Tooltip>
              ) : (
                <Tag>Chưa thẩm định</Tag>
              ),
          },
          {
            title: 'Tỷ lệ yêu cầu',
            key: 'rule',
            render: (_, n) =>
              n.rule ? (
                <Tooltip
                  title={`${n.rule.text}. Căn cứ: ${n.rule.source}${n.rule.assumption ? ' (giả định, chưa kiểm chứng)' : ''}`}
                >
                  <Space size={4}>
                    <span>{ruleShareText(n.rule)} tổng số thành viên</span>
                    <Tag>{n.rule.kind === 'majority' ? 'Đa số' : 'Bỏ phiếu kín'}</Tag>
                  </Space>
                </Tooltip>
              ) : (
                '—'
              ),
          },
          {
            title: 'Công khai',
            key: 'disclosure',
            render: (_, n) =>
              n.disclosure ? (
                <Tooltip title={n.disclosure.text}>
                  {n.blocked ? (
                    <Tag color="orange">
                      {n.disclosure.status ? 'Đang công khai' : 'Phải công khai trước'}
                    </Tag>
                  ) : (
                    <Tag color="green">Đã công khai</Tag>
                  )}
                  {n.disclosure.disclosureId ? (
                    <Link to={`/cong-khai-lay-y-kien/${n.disclosure.disclosureId}`}>Xem</Link>
                  ) : null}
                </Tooltip>
              ) : (
                <Typography.Text type="secondary">Không yêu cầu</Typography.Text>
              ),
          },
          { title: 'Kết quả', key: 'result', render: (_, n) => <Result n={n} /> },
          ...(editable
            ? [
                {
                  title: '',
                  key: 'actions',
                  render: (_: unknown, n: AgendaNomineeView) =>
                    n.outcome || n.decidedElsewhere ? null : (
                      <Space>
                        <Tooltip title={n.blocked ?? undefined}>
                          <Button
                            size="small"
                            icon={<EditOutlined />}
                            disabled={Boolean(n.blocked)}
                            onClick={() => onBallot(n)}
                          >
                            {n.ballot ? 'Sửa phiếu' : 'Ghi phiếu'}
                          </Button>
                        </Tooltip>
                        {n.ballot ? (
                          <Popconfirm
                            title="Xóa kết quả bỏ phiếu ghi nhầm?"
                            okText="Xóa"
                            cancelText="Không"
                            onConfirm={() =>
                              remove.mutate(
                                { nomineeId: n.id, version: meeting.version },
                                { onError: (e) => message.error(errorMessage(e)) },
                              )
                            }
                          >
                            <Button
                              size="small"
                              danger
                              type="text"
                              icon={<DeleteOutlined />}
                              aria-label="Xóa phiếu"
                            />
                          </Popconfirm>
                        ) : null}
                      </Space>
                    ),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

export function AgendaCard({ meeting }: { meeting: MeetingView }) {
  const [adding, setAdding] = useState<string[]>([]);
  const [ballot, setBallot] = useState<AgendaNomineeView | null>(null);
  const agenda = useAgenda(meeting.id);
  const { message } = App.useApp();
  const add = () =>
    agenda.mutate(
      { version: meeting.version, dossierIds: [...meeting.agenda.map((d) => d.id), ...adding] },
      {
        onSuccess: () => {
          setAdding([]);
          message.success('Đã thêm hồ sơ vào chương trình phiên họp');
        },
        onError: (e) => message.error(errorMessage(e)),
      },
    );
  return (
    <Card title={`Chương trình: ${meeting.agenda.length} hồ sơ`}>
      <Flex vertical gap={12}>
        {meeting.can.record ? (
          <Flex gap={8} wrap>
            <Select
              mode="multiple"
              value={adding}
              onChange={setAdding}
              placeholder={
                meeting.candidates.length > 0
                  ? 'Chọn hồ sơ đã trình Hội đồng để đưa ra xét'
                  : 'Không còn hồ sơ nào đang chờ Hội đồng xét'
              }
              disabled={meeting.candidates.length === 0}
              options={meeting.candidates.map((c) => ({
                value: c.id,
                label: `${c.code} — ${c.title} (${c.nominees} người)`,
              }))}
              style={{ minWidth: 420, flex: 1 }}
            />
            <Button
              icon={<PlusOutlined />}
              disabled={adding.length === 0}
              loading={agenda.isPending}
              onClick={add}
            >
              Đưa vào chương trình
            </Button>
          </Flex>
        ) : null}
        {meeting.agenda.length === 0 ? (
          <Empty description="Chưa có hồ sơ nào trong chương trình phiên họp" />
        ) : (
          meeting.agenda.map((d) => (
            <DossierAgenda key={d.id} meeting={meeting} dossier={d} onBallot={setBallot} />
          ))
        )}
      </Flex>
      {ballot ? <BallotModal meeting={meeting} nominee={ballot} onClose={() => setBallot(null)} /> : null}
    </Card>
  );
}
