// Records a lineage event (merge, split, rename, move) effective on a date, after an explicit confirmation.
import { App, Col, DatePicker, Form, Input, Modal, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import {
  UNIT_EVENT_KIND_LABELS,
  type AdminLevel,
  type UnitEventKind,
  type UnitKind,
} from '../../../../contracts/enums';
import type { UnitDetail, UnitEventBody } from '../../../../contracts/units';
import { reportFormError, validated } from '../../../lib/form-errors';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../../lib/format';
import { useRecordUnitEvent } from '../api/units-api';
import { MergeFields, MoveFields, RenameFields } from './event-fields';
import { decodeSuccessor, SplitFields } from './split-fields';

interface NewUnitValues {
  name: string;
  shortName?: string;
  code?: string;
  kind: UnitKind;
  level: AdminLevel;
  parentId?: string;
}

interface Values {
  effectiveOn: Dayjs;
  documentRef?: string;
  note?: string;
  newName?: string;
  newShortName?: string;
  newParentId?: string;
  sourceIds?: string[];
  mode?: 'existing' | 'new';
  targetId?: string;
  newUnit?: NewUnitValues;
  moveChildren?: boolean;
  newUnits?: NewUnitValues[];
  targetIds?: string[];
  childAssignments?: Record<string, string>;
}

const clean = (u: NewUnitValues) => ({
  name: u.name,
  shortName: u.shortName || null,
  code: u.code || null,
  kind: u.kind,
  level: u.level,
  ...(u.parentId ? { parentId: u.parentId } : {}),
});

function toBody(kind: UnitEventKind, unit: UnitDetail, v: Values): UnitEventBody {
  const common = {
    effectiveOn: toIsoDate(v.effectiveOn) ?? '',
    documentRef: v.documentRef || null,
    note: v.note || null,
  };
  switch (kind) {
    case 'rename':
      return {
        kind,
        ...common,
        unitId: unit.id,
        newName: v.newName ?? '',
        newShortName: v.newShortName || null,
      };
    case 'move':
      return { kind, ...common, unitId: unit.id, newParentId: v.newParentId ?? '' };
    case 'merge':
      return v.mode === 'new' && v.newUnit
        ? {
            kind,
            ...common,
            sourceIds: v.sourceIds ?? [],
            newUnit: { ...clean(v.newUnit), parentId: v.newUnit.parentId ?? '' },
            moveChildren: v.moveChildren ?? true,
          }
        : {
            kind,
            ...common,
            sourceIds: v.sourceIds ?? [],
            targetId: v.targetId,
            moveChildren: v.moveChildren ?? true,
          };
    case 'split':
      return {
        kind,
        ...common,
        sourceId: unit.id,
        newUnits: (v.newUnits ?? []).map(clean),
        targetIds: v.targetIds ?? [],
        childAssignments: Object.fromEntries(
          Object.entries(v.childAssignments ?? {}).map(([child, to]) => [child, decodeSuccessor(to)]),
        ),
      };
  }
}

interface UnitEventModalProps {
  kind: UnitEventKind;
  unit: UnitDetail;
  onClose: () => void;
  /** Called with the unit to show next (the merge target, a new unit, or the same unit). */
  onRecorded: (unitId: string | null) => void;
}

export function UnitEventModal({ kind, unit, onClose, onRecorded }: UnitEventModalProps) {
  const [form] = Form.useForm<Values>();
  const record = useRecordUnitEvent();
  const { message, modal } = App.useApp();
  const label = UNIT_EVENT_KIND_LABELS[kind];

  const submit = async () => {
    const values = await validated(form);
    if (!values) return;
    const body = toBody(kind, unit, values);
    modal.confirm({
      title: `Ghi nhận ${label.toLowerCase()} từ ngày ${formatDate(body.effectiveOn)}?`,
      content:
        'Sự kiện đã ghi nhận sẽ thay đổi cây đơn vị từ ngày hiệu lực và không thể sửa hay xóa. Hãy kiểm tra kỹ trước khi xác nhận.',
      okText: 'Ghi nhận',
      cancelText: 'Hủy',
      onOk: () =>
        record.mutateAsync(body).then(
          (result) => {
            message.success(`Đã ghi nhận ${label.toLowerCase()}`);
            const next = kind === 'merge' ? (result.event.targets[0]?.id ?? unit.id) : unit.id;
            onRecorded(next);
          },
          (error: unknown) => {
            reportFormError(form, error, message.error);
          },
        ),
    });
  };

  return (
    <Modal
      open
      title={`${label}: ${unit.name}`}
      okText="Tiếp tục"
      cancelText="Hủy"
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={record.isPending}
      width={720}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          effectiveOn: dayjs(),
          sourceIds: [unit.id],
          mode: 'existing',
          moveChildren: true,
          newUnit: { parentId: unit.parentId ?? undefined, kind: unit.kind, level: unit.level },
          newUnits: [],
          targetIds: [],
        }}
      >
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item
              name="effectiveOn"
              label="Có hiệu lực từ ngày"
              rules={[{ required: true, message: 'Chọn ngày có hiệu lực' }]}
            >
              <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="documentRef"
              label="Theo văn bản"
              tooltip="Số, ký hiệu văn bản quyết định thay đổi"
            >
              <Input maxLength={300} placeholder="Ví dụ: Nghị quyết số 1665/NQ-UBTVQH15" />
            </Form.Item>
          </Col>
        </Row>
        {kind === 'rename' ? <RenameFields unit={unit} /> : null}
        {kind === 'move' ? <MoveFields unit={unit} /> : null}
        {kind === 'merge' ? <MergeFields unit={unit} /> : null}
        {kind === 'split' ? <SplitFields unit={unit} /> : null}
        <Form.Item name="note" label="Ghi chú">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
