// Lineage of a unit: merges, splits, renames and moves with their predecessors and successors.
import { Timeline, Typography } from 'antd';
import type { UnitEventView, UnitRef } from '../../../../contracts/units';
import { UNIT_EVENT_KIND_LABELS } from '../../../../contracts/enums';
import { EmptyState } from '../../../components/empty';
import { compareVi, formatDate } from '../../../lib/format';

const COLORS: Record<UnitEventView['kind'], string> = {
  merge: 'blue',
  split: 'orange',
  rename: 'green',
  move: 'gray',
};

function UnitLinks({ units, onOpen }: { units: UnitRef[]; onOpen: (id: string) => void }) {
  const sorted = [...units].sort((a, b) => compareVi(a.name, b.name));
  return (
    <>
      {sorted.map((u, i) => (
        <span key={u.id}>
          {i > 0 ? ', ' : null}
          {u.accessible ? (
            <Typography.Link onClick={() => onOpen(u.id)}>{u.name}</Typography.Link>
          ) : (
            <Typography.Text>{u.name}</Typography.Text>
          )}
        </span>
      ))}
    </>
  );
}

function detailText(event: UnitEventView): string | null {
  const d = event.details;
  const oldName = typeof d.oldName === 'string' ? d.oldName : null;
  const newName = typeof d.newName === 'string' ? d.newName : null;
  if (event.kind === 'rename' && oldName && newName) return `Tên cũ: ${oldName} → tên mới: ${newName}`;
  const oldParent = typeof d.oldParentName === 'string' ? d.oldParentName : null;
  const newParent = typeof d.newParentName === 'string' ? d.newParentName : null;
  if (event.kind === 'move' && oldParent && newParent)
    return `Trực thuộc cũ: ${oldParent} → trực thuộc mới: ${newParent}`;
  return null;
}

export function UnitEventsTimeline({
  events,
  onOpen,
}: {
  events: UnitEventView[];
  onOpen: (id: string) => void;
}) {
  if (events.length === 0) {
    return <EmptyState description="Chưa có sự kiện sáp nhập, chia tách, đổi tên hay chuyển trực thuộc" />;
  }
  const sorted = [...events].sort((a, b) => (a.effectiveOn < b.effectiveOn ? 1 : -1));
  return (
    <Timeline
      items={sorted.map((e) => ({
        color: COLORS[e.kind],
        title: formatDate(e.effectiveOn),
        content: (
          <div>
            <Typography.Text strong>{UNIT_EVENT_KIND_LABELS[e.kind]}</Typography.Text>
            {e.documentRef ? (
              <Typography.Text type="secondary"> — theo {e.documentRef}</Typography.Text>
            ) : null}
            {e.kind === 'merge' || e.kind === 'split' ? (
              <>
                <div>
                  <Typography.Text type="secondary">Trước: </Typography.Text>
                  <UnitLinks units={e.sources} onOpen={onOpen} />
                </div>
                <div>
                  <Typography.Text type="secondary">Sau: </Typography.Text>
                  <UnitLinks units={e.targets} onOpen={onOpen} />
                </div>
              </>
            ) : null}
            {detailText(e) ? <div>{detailText(e)}</div> : null}
            {e.note ? <Typography.Paragraph type="secondary">{e.note}</Typography.Paragraph> : null}
          </div>
        ),
      }))}
    />
  );
}
