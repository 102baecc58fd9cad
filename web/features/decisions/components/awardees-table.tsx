// The list attached to a decision: name, chức vụ, đơn vị, kind, year and money of each awardee; on a draft,
// awardees can be taken out; on an issued decision, revoked awards are marked with the act that revoked them.
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { AwardeeView, DecisionView } from '../../../../contracts/decisions';
import { SUBJECT_KIND_LABELS } from '../../../../contracts/history-enums';
import { DataTable } from '../../../components/data-table';
import { formatDate, formatMoney } from '../../../lib/format';

interface AwardeesTableProps {
  decision: DecisionView;
  onRemove?: (id: string) => void;
  removing?: boolean;
}

export function AwardeesTable({ decision, onRemove, removing }: AwardeesTableProps) {
  const editable = decision.can.update && !!onRemove;
  return (
    <DataTable<AwardeeView>
      rowKey="id"
      dataSource={decision.awardees}
      emptyText="Chưa có cá nhân, tập thể nào trong quyết định"
      columns={[
        { title: 'STT', key: 'stt', width: 60, align: 'center', render: (_, __, i) => i + 1 },
        {
          title: 'Họ và tên / Tên tập thể',
          key: 'name',
          render: (_, a) => (
            <>
              <div>
                {a.personId ? <Link to={`/ca-nhan/${a.personId}`}>{a.displayName}</Link> : a.displayName}
              </div>
              <Typography.Text type="secondary">
                {SUBJECT_KIND_LABELS[a.subjectKind]}
                {a.dossier ? ` · hồ sơ ${a.dossier.code}` : ''}
              </Typography.Text>
            </>
          ),
        },
        { title: 'Chức vụ', dataIndex: 'positionTitle' },
        { title: 'Đơn vị', dataIndex: 'unitName' },
        { title: 'Hình thức', key: 'kind', render: (_, a) => `${a.awardKindName} năm ${a.achievementYear}` },
        {
          title: 'Số tiền',
          key: 'amount',
          align: 'right',
          render: (_, a) =>
            a.moneyNote ? (
              <Tooltip title={a.moneyNote}>
                <span style={{ borderBottom: '1px dotted' }}>
                  {a.amount ? formatMoney(a.amount) : 'Không'}
                </span>
              </Tooltip>
            ) : (
              formatMoney(a.amount)
            ),
        },
        {
          title: '',
          key: 'state',
          render: (_, a) =>
            a.revoked ? (
              <Tooltip title={a.revokedReason}>
                <Tag color="red">
                  Đã thu hồi {formatDate(a.revokedOn)}
                  {a.revokedBy ? ` (QĐ ${a.revokedBy.number ?? ''})` : ''}
                </Tag>
              </Tooltip>
            ) : editable ? (
              <Popconfirm
                title="Bỏ đối tượng này khỏi dự thảo?"
                description="Đề nghị sẽ trở lại danh sách chờ lập quyết định."
                okText="Bỏ ra"
                cancelText="Không"
                onConfirm={() => onRemove!(a.id)}
              >
                <Button size="small" danger icon={<DeleteOutlined />} loading={removing}>
                  Bỏ
                </Button>
              </Popconfirm>
            ) : null,
        },
      ]}
    />
  );
}
