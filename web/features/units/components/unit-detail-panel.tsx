// The selected unit: facts, breadcrumb, lineage, and the actions its `can` map allows.
import {
  DeleteOutlined,
  DownOutlined,
  EditOutlined,
  PlusOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  App,
  Badge,
  Breadcrumb,
  Button,
  Card,
  Descriptions,
  Dropdown,
  Flex,
  Popconfirm,
  Skeleton,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ADMIN_LEVEL_LABELS, UNIT_EVENT_KIND_LABELS, UNIT_KIND_LABELS } from '../../../../contracts/enums';
import type { UnitEventKind } from '../../../../contracts/enums';
import { Can } from '../../../components/can';
import { EmptyState } from '../../../components/empty';
import { ErrorAlert } from '../../../components/error-alert';
import { errorMessage } from '../../../lib/api';
import { formatDate, formatNumber, formatPeriod } from '../../../lib/format';
import { unitDetailQuery, useDeleteUnit } from '../api/units-api';
import { CloseUnitModal } from './close-unit-modal';
import { UnitEventModal } from './unit-event-modal';
import { UnitEventsTimeline } from './unit-events-timeline';
import { UnitFormModal } from './unit-form-modal';

type Dialog = 'create' | 'edit' | 'close' | UnitEventKind | null;

interface UnitDetailPanelProps {
  unitId: string | null;
  onOpen: (id: string | null) => void;
}

export function UnitDetailPanel({ unitId, onOpen }: UnitDetailPanelProps) {
  if (!unitId) {
    return (
      <Card>
        <EmptyState description="Chọn một đơn vị trên cây để xem thông tin chi tiết" />
      </Card>
    );
  }
  return <UnitDetailCard key={unitId} unitId={unitId} onOpen={onOpen} />;
}

function UnitDetailCard({ unitId, onOpen }: { unitId: string; onOpen: (id: string | null) => void }) {
  const query = useQuery(unitDetailQuery(unitId));
  const [dialog, setDialog] = useState<Dialog>(null);
  const remove = useDeleteUnit(unitId);
  const { message } = App.useApp();
  const unit = query.data;

  if (query.isPending)
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  if (!unit) {
    return (
      <Card>
        <ErrorAlert error={query.error} title="Không mở được đơn vị" onRetry={() => void query.refetch()} />
      </Card>
    );
  }

  const eventItems = (['rename', 'move', 'merge', 'split'] as const).map((kind) => ({
    key: kind,
    label: `Ghi nhận ${UNIT_EVENT_KIND_LABELS[kind].toLowerCase()}`,
  }));

  return (
    <Card
      title={
        <Flex vertical gap={2} style={{ padding: '8px 0' }}>
          <Breadcrumb
            items={unit.ancestors.map((a) => ({
              key: a.id,
              title: <Typography.Link onClick={() => onOpen(a.id)}>{a.name}</Typography.Link>,
            }))}
          />
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="unit-title">
            {unit.name}
          </Typography.Title>
        </Flex>
      }
    >
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Can when={unit.can.createChild}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')}>
            Thêm đơn vị trực thuộc
          </Button>
        </Can>
        <Can when={unit.can.update}>
          <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
            Sửa
          </Button>
        </Can>
        <Can when={unit.can.recordEvent}>
          <Dropdown menu={{ items: eventItems, onClick: ({ key }) => setDialog(key as UnitEventKind) }}>
            <Button icon={<SwapOutlined />}>
              Ghi nhận thay đổi <DownOutlined />
            </Button>
          </Dropdown>
        </Can>
        <Can when={unit.can.close}>
          <Button danger icon={<StopOutlined />} onClick={() => setDialog('close')}>
            Đóng (ngừng hoạt động)
          </Button>
        </Can>
        <Can when={unit.can.delete}>
          <Popconfirm
            title="Xóa đơn vị này?"
            description="Chỉ xóa được đơn vị nhập nhầm và chưa được sử dụng. Không thể hoàn tác."
            okText="Xóa"
            cancelText="Hủy"
            okButtonProps={{ danger: true, loading: remove.isPending }}
            onConfirm={() =>
              remove.mutateAsync().then(
                () => {
                  message.success(`Đã xóa đơn vị ${unit.name}`);
                  onOpen(unit.parentId);
                },
                (error: unknown) => message.error(errorMessage(error)),
              )
            }
          >
            <Button danger type="text" icon={<DeleteOutlined />}>
              Xóa
            </Button>
          </Popconfirm>
        </Can>
      </Flex>

      <Descriptions column={1} bordered size="small" style={{ marginBottom: 24 }}>
        <Descriptions.Item label="Tên đơn vị">{unit.name}</Descriptions.Item>
        <Descriptions.Item label="Tên viết tắt">{unit.shortName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="Mã đơn vị">{unit.code ?? '—'}</Descriptions.Item>
        <Descriptions.Item label="Loại đơn vị">{UNIT_KIND_LABELS[unit.kind]}</Descriptions.Item>
        <Descriptions.Item label="Cấp hành chính">{ADMIN_LEVEL_LABELS[unit.level]}</Descriptions.Item>
        <Descriptions.Item label="Thời gian hiệu lực">
          {formatPeriod(unit.validFrom, unit.validTo)}
        </Descriptions.Item>
        <Descriptions.Item label="Trạng thái">
          {unit.isOpen ? (
            <Badge status="success" text="Đang hoạt động" />
          ) : (
            <Badge
              status="default"
              text={unit.validTo ? `Ngừng hoạt động từ ${formatDate(unit.validTo)}` : 'Chưa hoạt động'}
            />
          )}
        </Descriptions.Item>
        {unit.closedReason ? (
          <Descriptions.Item label="Lý do ngừng hoạt động">{unit.closedReason}</Descriptions.Item>
        ) : null}
        <Descriptions.Item label="Đơn vị trực thuộc đang hoạt động">
          {formatNumber(unit.childCount)}
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5}>Lịch sử sáp nhập, chia tách, đổi tên, chuyển trực thuộc</Typography.Title>
      <UnitEventsTimeline events={unit.events} onOpen={onOpen} />

      {dialog === 'create' || dialog === 'edit' ? (
        <UnitFormModal
          mode={dialog}
          unit={unit}
          onClose={() => setDialog(null)}
          onSaved={(id) => {
            setDialog(null);
            onOpen(id);
          }}
        />
      ) : null}
      {dialog === 'close' ? <CloseUnitModal unit={unit} onClose={() => setDialog(null)} /> : null}
      {dialog && dialog !== 'create' && dialog !== 'edit' && dialog !== 'close' ? (
        <UnitEventModal
          kind={dialog}
          unit={unit}
          onClose={() => setDialog(null)}
          onRecorded={(id) => {
            setDialog(null);
            if (id) onOpen(id);
          }}
        />
      ) : null}
    </Card>
  );
}
