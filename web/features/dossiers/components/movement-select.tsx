// The emulation movement a dossier rewards (optional): searched by name without diacritics; the chosen one is
// shown by name even when it is not among the current search results.
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { movementQuery, movementSearchQuery } from '../../movements/api/movements-api';

interface Props {
  /** Set by Form.Item so that the field's label points at this control. */
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
}

export function MovementSelect({ id, value, onChange }: Props) {
  const [q, setQ] = useState('');
  const found = useQuery(movementSearchQuery(q));
  const chosen = useQuery({ ...movementQuery(value ?? ''), enabled: Boolean(value) });
  const options = (found.data?.items ?? []).map((m) => ({
    value: m.id,
    label: m.period ? `${m.name} (${m.unit.name}, ${m.period})` : `${m.name} (${m.unit.name})`,
  }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: chosen.data?.name ?? 'Phong trào đã chọn' });
  }
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      loading={found.isFetching}
      value={value ?? undefined}
      onChange={(v: string | undefined) => onChange?.(v ?? null)}
      options={options}
      placeholder="Gõ tên phong trào (không cần dấu)"
      notFoundContent={found.isPending ? 'Đang tìm…' : 'Không có phong trào phù hợp'}
    />
  );
}
