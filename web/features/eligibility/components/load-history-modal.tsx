// "Lấy từ hồ sơ": picks a person (or a unit, for collectives) and loads their history on record into the
// what-if form, to be tweaked.
import { useQuery } from '@tanstack/react-query';
import { App, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import type { SubjectHistory, SubjectKind } from '../../../../domain/regimes/types';
import { UnitTreeSelect } from '../../../components/unit-tree-select';
import { errorMessage } from '../../../lib/api';
import { loadSubjectHistory, personSearchQuery } from '../api/eligibility-api';

export interface LoadedSubject {
  subjectId: string;
  subjectName: string;
  history: SubjectHistory;
}

interface LoadHistoryModalProps {
  subjectKind: SubjectKind;
  onLoaded: (loaded: LoadedSubject) => void;
  onClose: () => void;
}

function PersonPicker({ onChange }: { onChange: (id: string, name: string) => void }) {
  const [q, setQ] = useState('');
  const query = useQuery(personSearchQuery(q));
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder="Gõ họ tên (có thể không dấu), ít nhất 2 ký tự"
      style={{ width: '100%' }}
      loading={query.isFetching}
      notFoundContent={q.trim().length < 2 ? 'Nhập họ tên để tìm' : 'Không tìm thấy cá nhân phù hợp'}
      options={(query.data?.items ?? []).map((p) => ({
        value: p.id,
        label: `${p.fullName}${p.current ? ` — ${p.current.unitName}` : ''}`,
        name: p.fullName,
      }))}
      onChange={(id: string, option) => onChange(id, (option as { name: string }).name)}
      data-testid="load-person"
    />
  );
}

export function LoadHistoryModal({ subjectKind, onLoaded, onClose }: LoadHistoryModalProps) {
  const [picked, setPicked] = useState<{ id: string; name: string } | null>(null);
  const [loading, setLoading] = useState(false);
  const { message } = App.useApp();
  const collective = subjectKind === 'collective';
  const load = async () => {
    if (!picked) return;
    setLoading(true);
    try {
      const history = await loadSubjectHistory(collective ? 'unit' : 'person', picked.id);
      onLoaded({ subjectId: picked.id, subjectName: picked.name, history });
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Modal
      open
      title={collective ? 'Lấy từ hồ sơ đơn vị' : 'Lấy từ hồ sơ cá nhân'}
      okText="Lấy dữ liệu"
      cancelText="Hủy"
      okButtonProps={{ disabled: !picked }}
      confirmLoading={loading}
      onOk={() => void load()}
      onCancel={onClose}
    >
      <Typography.Paragraph type="secondary">
        Quá trình khen thưởng, xếp loại, sáng kiến, kỷ luật{collective ? ', số liệu thành viên' : ''} đã ghi
        nhận sẽ được nạp vào bảng để điều chỉnh thử. Dữ liệu gốc không bị thay đổi.
      </Typography.Paragraph>
      {collective ? (
        <UnitTreeSelect
          style={{ width: '100%' }}
          onChange={(v) => (v ? undefined : setPicked(null))}
          onSelect={(_, node) => setPicked({ id: String(node.value), name: String(node.label) })}
        />
      ) : (
        <PersonPicker onChange={(id, name) => setPicked({ id, name })} />
      )}
    </Modal>
  );
}
