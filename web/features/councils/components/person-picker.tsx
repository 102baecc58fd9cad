// Picks a person of the person master by name (diacritics optional), for a council's members.
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { personSearchQuery } from '../api/councils-api';

interface PersonPickerProps {
  value?: string;
  onChange?: (id: string) => void;
  /** The name of the person already chosen (the search results may not hold them). */
  initialName?: string;
}

export function PersonPicker({ value, onChange, initialName }: PersonPickerProps) {
  const [q, setQ] = useState('');
  const query = useQuery(personSearchQuery(q));
  const found = (query.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${p.fullName}${p.current ? ` — ${p.current.position ? p.current.position + ', ' : ''}${p.current.unitName}` : ''}`,
  }));
  const options =
    value && initialName && !found.some((o) => o.value === value)
      ? [{ value, label: initialName }, ...found]
      : found;
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={(id: string) => onChange?.(id)}
      placeholder="Gõ họ tên (có thể không dấu)"
      loading={query.isFetching}
      notFoundContent={q.trim().length < 2 ? 'Nhập ít nhất 2 ký tự để tìm' : 'Không tìm thấy cá nhân phù hợp'}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
