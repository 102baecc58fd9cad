// One audit entry: who, what, when, from where, and its before/after values side by side.
import { Descriptions, Drawer, Table, Typography } from 'antd';
import type { AuditEntryView } from '../../../../contracts/audit';
import { EmptyState } from '../../../components/empty';
import { formatDateTime } from '../../../lib/format';
import { actionLabel, entityLabel, FIELD_LABELS } from '../api/audit-api';

interface DiffRow {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  if (value === null) return '(trống)';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Field-by-field comparison; non-object values compare as a single "giá trị" row. */
export function diffRows(before: unknown, after: unknown): DiffRow[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) {
    if (before == null && after == null) return [];
    return [
      { key: 'giá trị', before: show(before), after: show(after), changed: show(before) !== show(after) },
    ];
  }
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  return keys.map((key) => {
    const x = show(b?.[key]);
    const y = show(a?.[key]);
    return { key, before: x, after: y, changed: x !== y };
  });
}

function Value({ text, tone }: { text: string; tone: 'old' | 'new' | null }) {
  if (!text) return null;
  const background = tone === 'old' ? '#fff1f0' : tone === 'new' ? '#f6ffed' : undefined;
  return (
    <span
      style={{ background, padding: background ? '1px 4px' : 0, borderRadius: 4, wordBreak: 'break-word' }}
    >
      {text}
    </span>
  );
}

export function AuditDiffDrawer({ entry, onClose }: { entry: AuditEntryView | null; onClose: () => void }) {
  const rows = entry ? diffRows(entry.before, entry.after) : [];
  return (
    <Drawer
      open={entry !== null}
      onClose={onClose}
      size="large"
      title={entry ? `Bản ghi nhật ký #${entry.seq}` : ''}
    >
      {entry ? (
        <>
          <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="Thời gian">{formatDateTime(entry.at)}</Descriptions.Item>
            <Descriptions.Item label="Người thực hiện">
              {entry.actorFullName
                ? `${entry.actorFullName} (${entry.actorName})`
                : (entry.actorName ?? 'Hệ thống')}
            </Descriptions.Item>
            <Descriptions.Item label="Hành động">
              {actionLabel(entry.action)} <Typography.Text type="secondary">({entry.action})</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label="Đối tượng">
              {entityLabel(entry.entity)}{' '}
              {entry.entityId ? <Typography.Text code>{entry.entityId}</Typography.Text> : null}
            </Descriptions.Item>
            <Descriptions.Item label="Đơn vị">{entry.unitName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Địa chỉ máy">{entry.client ?? '—'}</Descriptions.Item>
            <Descriptions.Item label="Mã băm">
              <Typography.Text code copyable style={{ wordBreak: 'break-all' }}>
                {entry.hash}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>Dữ liệu trước và sau</Typography.Title>
          {rows.length === 0 ? (
            <EmptyState description="Bản ghi này không có dữ liệu trước/sau" />
          ) : (
            <Table<DiffRow>
              size="small"
              pagination={false}
              rowKey="key"
              dataSource={rows}
              columns={[
                {
                  title: 'Trường',
                  dataIndex: 'key',
                  width: 170,
                  render: (k: string, r) => (
                    <Typography.Text strong={r.changed} title={k}>
                      {FIELD_LABELS[k] ?? k}
                    </Typography.Text>
                  ),
                },
                {
                  title: 'Trước',
                  dataIndex: 'before',
                  render: (v: string, r) => <Value text={v} tone={r.changed ? 'old' : null} />,
                },
                {
                  title: 'Sau',
                  dataIndex: 'after',
                  render: (v: string, r) => <Value text={v} tone={r.changed ? 'new' : null} />,
                },
              ]}
            />
          )}
        </>
      ) : null}
    </Drawer>
  );
}
