// The nominees of a dossier: subject, award kind, the verdict taken at submission (expand a row for the
// criteria and evidence), the achievement report, the appraisal and the council's outcome.
import {
  DeleteOutlined,
  EditOutlined,
  FileTextOutlined,
  PlusOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Space, Tag, Tooltip, Typography, Upload } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  APPRAISAL_LABELS,
  type DossierView,
  type NomineeView,
  OUTCOME_LABELS,
} from '../../../../contracts/dossiers';
import { SUBJECT_KIND_LABELS } from '../../../../contracts/history-enums';
import { DataTable } from '../../../components/data-table';
import { errorMessage } from '../../../lib/api';
import { VerdictBadge } from '../../eligibility/components/verdict-badge';
import { VerdictView } from '../../eligibility/components/verdict-view';
import { fileUrl, useRemoveNominee, useUploadReport } from '../api/dossiers-api';
import { AppraisalModal } from './appraisal-modal';
import { ImportModal } from './import-modal';
import { NomineeModal } from './nominee-modal';

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png';

export function NomineesCard({ dossier }: { dossier: DossierView }) {
  const { message } = App.useApp();
  const [editing, setEditing] = useState<NomineeView | 'new' | null>(null);
  const [appraising, setAppraising] = useState<NomineeView | null>(null);
  const [importing, setImporting] = useState(false);
  const remove = useRemoveNominee(dossier.id);
  const upload = useUploadReport(dossier.id);
  const editable = dossier.can.editNominees;
  const showAppraisal = dossier.nominees.some((n) => n.appraisal) || dossier.can.appraise;
  const showOutcome = dossier.nominees.some((n) => n.outcome);
  return (
    <Card
      title={`Người được đề nghị (${dossier.nominees.length})`}
      extra={
        editable ? (
          <Space>
            <Button onClick={() => setImporting(true)}>Nhập từ Excel</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              Thêm
            </Button>
          </Space>
        ) : null
      }
    >
      <DataTable<NomineeView>
        rowKey="id"
        dataSource={dossier.nominees}
        data-testid="nominees-table"
        emptyText={
          editable
            ? 'Chưa có ai trong hồ sơ. Bấm “Thêm” để chọn cá nhân, tập thể hoặc hộ gia đình, hoặc “Nhập từ Excel” để nhập cả danh sách.'
            : 'Hồ sơ không có người được đề nghị'
        }
        expandable={{
          rowExpandable: (n) => Boolean(n.summary || n.verdict),
          expandedRowRender: (n) => (
            <Flex vertical gap={12}>
              {n.summary ? (
                <div>
                  <Typography.Text strong>Tóm tắt thành tích: </Typography.Text>
                  <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
                    {n.summary}
                  </Typography.Paragraph>
                </div>
              ) : null}
              {n.verdict ? (
                <VerdictView
                  verdict={n.verdict}
                  context={{
                    subjectName: n.name,
                    year: dossier.achievementYear,
                    asOf: n.verdictAt?.slice(0, 10),
                  }}
                />
              ) : null}
            </Flex>
          ),
        }}
        scroll={{ x: 900 }}
        columns={[
          { title: 'TT', dataIndex: 'position', width: 50 },
          {
            title: 'Cá nhân, tập thể',
            key: 'name',
            render: (_, n) => (
              <Flex vertical gap={2}>
                {n.personId ? <Link to={`/ca-nhan/${n.personId}`}>{n.name}</Link> : <span>{n.name}</span>}
                <Typography.Text type="secondary">
                  {SUBJECT_KIND_LABELS[n.subjectKind]}
                  {n.detail ? ` · ${n.detail}` : ''}
                </Typography.Text>
                <Space size={4} wrap>
                  {n.reportFile ? (
                    <a href={fileUrl(dossier.id, n.reportFile.id)} target="_blank" rel="noreferrer">
                      <FileTextOutlined /> {n.reportFile.name}
                    </a>
                  ) : (
                    <Typography.Text type="secondary">Chưa có báo cáo thành tích</Typography.Text>
                  )}
                  {editable ? (
                    <Upload
                      accept={ACCEPT}
                      showUploadList={false}
                      beforeUpload={(file) => {
                        upload.mutate(
                          { nomineeId: n.id, file },
                          {
                            onSuccess: () => message.success(`Đã tải lên báo cáo thành tích của ${n.name}`),
                            onError: (e) => message.error(errorMessage(e)),
                          },
                        );
                        return false;
                      }}
                    >
                      <Tooltip title="Báo cáo thành tích: PDF, Word, Excel hoặc ảnh; tối đa 10 MB">
                        <Button size="small" type="link" icon={<UploadOutlined />}>
                          {n.reportFile ? 'Thay tệp' : 'Tải lên'}
                        </Button>
                      </Tooltip>
                    </Upload>
                  ) : null}
                </Space>
              </Flex>
            ),
          },
          { title: 'Danh hiệu, hình thức đề nghị', dataIndex: 'awardKindName', width: 180 },
          {
            title: 'Điều kiện (khi gửi)',
            key: 'verdict',
            width: 160,
            render: (_, n) =>
              n.verdictStatus ? (
                <VerdictBadge verdict={n.verdictStatus} />
              ) : (
                <Typography.Text type="secondary">Xét khi gửi hồ sơ</Typography.Text>
              ),
          },
          ...(showAppraisal
            ? [
                {
                  title: 'Thẩm định',
                  key: 'appraisal',
                  width: 180,
                  render: (_: unknown, n: NomineeView) => (
                    <Flex vertical gap={2} align="flex-start">
                      {n.appraisal ? (
                        <Tag color={n.appraisal === 'agree' ? 'success' : 'error'}>
                          {APPRAISAL_LABELS[n.appraisal]}
                        </Tag>
                      ) : (
                        <Typography.Text type="secondary">Chưa thẩm định</Typography.Text>
                      )}
                      {n.proposedAwardKindName ? <span>Đề xuất: {n.proposedAwardKindName}</span> : null}
                      {n.appraisalNote ? (
                        <Typography.Text type="secondary">{n.appraisalNote}</Typography.Text>
                      ) : null}
                    </Flex>
                  ),
                },
              ]
            : []),
          ...(showOutcome
            ? [
                {
                  title: 'Hội đồng',
                  key: 'outcome',
                  width: 140,
                  render: (_: unknown, n: NomineeView) =>
                    n.outcome ? (
                      <Flex vertical gap={2} align="flex-start">
                        <Tag color={n.outcome === 'passed' ? 'success' : 'default'}>
                          {OUTCOME_LABELS[n.outcome]}
                        </Tag>
                        {n.forwardedToNomineeId ? <Tag color="gold">Đã trình cấp trên</Tag> : null}
                        {n.decisionId ? <Tag color="green">Đã có quyết định</Tag> : null}
                      </Flex>
                    ) : null,
                },
              ]
            : []),
          {
            title: '',
            key: 'actions',
            width: 120,
            render: (_, n) => (
              <Space>
                {dossier.can.appraise ? (
                  <Button
                    size="small"
                    type={n.appraisal ? 'default' : 'primary'}
                    onClick={() => setAppraising(n)}
                  >
                    Thẩm định
                  </Button>
                ) : null}
                {editable ? (
                  <>
                    <Tooltip title="Sửa">
                      <Button
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setEditing(n)}
                        aria-label="Sửa"
                      />
                    </Tooltip>
                    <Popconfirm
                      title={`Bỏ ${n.name} khỏi hồ sơ?`}
                      okText="Bỏ"
                      cancelText="Không"
                      onConfirm={() =>
                        remove.mutateAsync(n.id).then(
                          () => message.success(`Đã bỏ ${n.name} khỏi hồ sơ`),
                          (e: unknown) => message.error(errorMessage(e)),
                        )
                      }
                    >
                      <Button size="small" danger icon={<DeleteOutlined />} aria-label="Bỏ" />
                    </Popconfirm>
                  </>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      {editing ? (
        <NomineeModal
          dossier={dossier}
          nominee={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {appraising ? (
        <AppraisalModal dossier={dossier} nominee={appraising} onClose={() => setAppraising(null)} />
      ) : null}
      {importing ? <ImportModal dossier={dossier} onClose={() => setImporting(false)} /> : null}
    </Card>
  );
}
