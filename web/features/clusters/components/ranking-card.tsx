// The ranking on the cluster's points, with the scoring rule and the tie-break rule written above the table;
// export to Excel, finalise (or reopen), and "Tạo hồ sơ đề nghị" for the leading unit.
import {
  CheckCircleOutlined,
  FileAddOutlined,
  FileExcelOutlined,
  TrophyOutlined,
  UndoOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { GroupView, ResultView } from '../../../../contracts/clusters';
import { DataTable } from '../../../components/data-table';
import { errorMessage } from '../../../lib/api';
import { reportFormError, validated } from '../../../lib/form-errors';
import { resultsXlsxUrl, useGroupAction, useLeaderDossier } from '../api/clusters-api';
import { points } from './labels';

function ActionModal({
  group,
  action,
  onClose,
}: {
  group: GroupView;
  action: 'finalise' | 'reopen';
  onClose: () => void;
}) {
  const [form] = Form.useForm<{ text?: string }>();
  const run = useGroupAction(group.id);
  const { message } = App.useApp();
  const finalise = action === 'finalise';
  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    run.mutate(
      {
        action,
        body: finalise
          ? { version: group.version, resultDocument: v.text || null }
          : { version: group.version, reason: v.text ?? '' },
      },
      {
        onSuccess: () => {
          message.success(finalise ? 'Đã chốt kết quả xếp hạng' : 'Đã mở lại chấm điểm');
          onClose();
        },
        onError: (e) => reportFormError(form, e, message.error),
      },
    );
  };
  return (
    <Modal
      open
      title={finalise ? 'Chốt kết quả chấm điểm, xếp hạng' : 'Mở lại chấm điểm'}
      okText={finalise ? 'Chốt kết quả' : 'Mở lại'}
      cancelText="Hủy"
      confirmLoading={run.isPending}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Typography.Paragraph>
        {finalise
          ? 'Kết quả được lưu (hạng, điểm, đơn vị dẫn đầu) để xét khen thưởng; thành viên, bảng điểm và điểm bị khóa cho đến khi mở lại.'
          : 'Kết quả đã lưu sẽ bị xóa; phải chốt lại sau khi sửa điểm.'}
      </Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="text"
          label={finalise ? 'Văn bản ghi nhận kết quả (không bắt buộc)' : 'Lý do mở lại'}
          rules={finalise ? [] : [{ required: true, min: 3, message: 'Nêu lý do (ít nhất 3 ký tự)' }]}
        >
          <Input
            placeholder={finalise ? 'Ví dụ: Biên bản họp tổng kết cụm ngày …' : ''}
            maxLength={finalise ? 500 : 2000}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RankingCard({ group }: { group: GroupView }) {
  const [modal, setModal] = useState<'finalise' | 'reopen' | null>(null);
  const dossier = useLeaderDossier(group.id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const r = group.ranking;
  const sections = group.sheet.sections;
  return (
    <Card
      size="small"
      title={
        <span>
          <TrophyOutlined /> Kết quả, xếp hạng{' '}
          {r.finalised ? <Tag color="success">Đã chốt</Tag> : <Tag color="warning">Tạm tính</Tag>}
        </span>
      }
      extra={
        <Flex gap={8} wrap>
          <Button icon={<FileExcelOutlined />} href={resultsXlsxUrl(group.id)}>
            Xuất Excel
          </Button>
          {group.can.finalise ? (
            <Button
              type="primary"
              icon={<CheckCircleOutlined />}
              disabled={!r.complete}
              onClick={() => setModal('finalise')}
            >
              Chốt kết quả
            </Button>
          ) : null}
          {group.can.reopen ? (
            <Button icon={<UndoOutlined />} onClick={() => setModal('reopen')}>
              Mở lại chấm điểm
            </Button>
          ) : null}
        </Flex>
      }
    >
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        title="Quy tắc xếp hạng khi bằng điểm"
        description={
          <>
            <div data-testid="tie-break-rule">{group.rules.tieBreak}</div>
            <div style={{ marginTop: 4 }}>{group.rules.scoring}</div>
          </>
        }
      />
      {!r.complete && !r.finalised ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title="Còn tiêu chí chưa có điểm cụm, khối chấm: kết quả dưới đây là tạm tính, chưa chốt được."
        />
      ) : null}
      <DataTable<ResultView>
        rowKey="unitId"
        dataSource={r.results}
        emptyText="Chưa có đơn vị thành viên"
        rowClassName={(x) => (x.leading ? 'ranking-leading' : '')}
        columns={[
          { title: 'Hạng', dataIndex: 'rank', width: 64, align: 'center', render: (v: number) => <b>{v}</b> },
          {
            title: 'Đơn vị',
            key: 'name',
            render: (_v, x) => (
              <Flex vertical gap={4} align="flex-start" style={{ maxWidth: 340 }}>
                <span>
                  <b>{x.name}</b> {x.leading ? <Tag color="gold">Dẫn đầu</Tag> : null}
                </span>
                {x.tieNote ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                    {x.tieNote}
                  </Typography.Text>
                ) : null}
                {x.missing.length > 0 ? (
                  <Typography.Text type="warning" style={{ fontSize: 12, whiteSpace: 'normal' }}>
                    {x.missing.length > 2
                      ? `Chưa có điểm cụm, khối chấm ở ${x.missing.length} tiêu chí`
                      : `Chưa chấm: ${x.missing.join('; ')}`}
                  </Typography.Text>
                ) : null}
                {x.leading && group.can.createDossier ? (
                  <Button
                    size="small"
                    icon={<FileAddOutlined />}
                    loading={dossier.isPending}
                    onClick={() =>
                      dossier.mutate(x.unitId, {
                        onSuccess: (d) => {
                          message.success(`Đã tạo hồ sơ ${d.code}`);
                          void navigate(`/ho-so/${d.dossierId}`);
                        },
                        onError: (e) => message.error(errorMessage(e)),
                      })
                    }
                  >
                    Tạo hồ sơ đề nghị{' '}
                    {group.leaderAward.awardKind === 'CO_TINH' ? 'Cờ thi đua' : 'Bằng khen tỉnh'}
                  </Button>
                ) : null}
              </Flex>
            ),
          },
          ...sections.map((s, i) => ({
            title: (
              <Tooltip title={s.title}>
                <span>
                  Nhóm {/^([IVXLC]+)\./.exec(s.title)?.[1] ?? i + 1} ({points(s.maxPoints)})
                </span>
              </Tooltip>
            ),
            key: s.id,
            align: 'right' as const,
            render: (_v: unknown, x: ResultView) =>
              points(x.sections.find((y) => y.sectionId === s.id)?.points ?? 0),
          })),
          {
            title: 'Điểm tiêu chí',
            dataIndex: 'basic',
            align: 'right',
            render: (v: number) => points(v),
          },
          {
            title: 'Thưởng',
            key: 'bonus',
            align: 'right',
            render: (_v, x) =>
              x.bonusRaw > x.bonus ? `${points(x.bonus)} (chấm ${points(x.bonusRaw)})` : points(x.bonus),
          },
          {
            title: 'Trừ',
            dataIndex: 'penalty',
            align: 'right',
            render: (v: number) => (v ? `−${points(v)}` : '0'),
          },
          {
            title: 'Tổng điểm',
            dataIndex: 'total',
            align: 'right',
            render: (v: number) => <b>{points(v)}</b>,
          },
          {
            title: (
              <Tooltip title="Tổng điểm đơn vị tự chấm, chỉ để đối chiếu, không dùng xếp hạng">
                <span>Tự chấm</span>
              </Tooltip>
            ),
            dataIndex: 'selfTotal',
            align: 'right',
            render: (v: number | null) => <Typography.Text type="secondary">{points(v)}</Typography.Text>,
          },
        ]}
      />
      {modal ? <ActionModal group={group} action={modal} onClose={() => setModal(null)} /> : null}
    </Card>
  );
}
