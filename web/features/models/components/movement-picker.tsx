// Picks the emulation movement a model arose in, searching the movements the user sees (diacritics optional).
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { movementSearchQuery } from '../api/models-api';

interface MovementPickerProps {
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The movement already chosen (the search results may not hold it). */
  initial?: { id: string; name: string } | null;
}

export function MovementPicker({ value, onChange, initial }: MovementPickerProps) {
  const [q, setQ] = useState('');
  const query = useQuery(movementSearchQuery(q));
  const found = (query.data?.items ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.period})` }));
  const options =
    initial && !found.some((o) => o.value === initial.id)
      ? [{ value: initial.id, label: initial.name }, ...found]
      : found;
  return (
    <Select
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(id?: string) => onChange?.(id ?? null)}
      placeholder="Gõ tên phong trào (có thể không dấu)"
      loading={query.isFetching}
      notFoundContent="Không tìm thấy phong trào phù hợp"
      options={options}
      style={{ width: '100%' }}
    />
  );
}
