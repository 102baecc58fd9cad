// Pickers of the movement form: the movement above (parent) and a document of the register.
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { documentSearchQuery, movementSearchQuery } from '../api/movements-api';

interface PickerProps {
  /** Set by Form.Item, so the label points at the field. */
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The item already chosen (the search results may not hold it). */
  initial?: { id: string; label: string } | null;
  excludeId?: string;
}

function withInitial(found: { value: string; label: string }[], initial?: PickerProps['initial']) {
  return initial && !found.some((o) => o.value === initial.id)
    ? [{ value: initial.id, label: initial.label }, ...found]
    : found;
}

/** The movement of the level above (searched by name, diacritics optional). */
export function ParentPicker({ id, value, onChange, initial, excludeId }: PickerProps) {
  const [q, setQ] = useState('');
  const query = useQuery(movementSearchQuery(q));
  const found = (query.data?.items ?? [])
    .filter((m) => m.id !== excludeId)
    .map((m) => ({
      value: m.id,
      label: `${m.name}${m.authorityName ? ` — ${m.authorityName}` : ''}${m.period ? ` (${m.period})` : ''}`,
    }));
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(id?: string) => onChange?.(id ?? null)}
      placeholder="Gõ tên phong trào cấp trên (có thể không dấu)"
      loading={query.isFetching}
      notFoundContent="Không tìm thấy phong trào phù hợp"
      options={withInitial(found, initial)}
      style={{ width: '100%' }}
    />
  );
}

/** A document of the register (searched by number or words). */
export function DocumentSelect({ id, value, onChange, initial }: PickerProps) {
  const [q, setQ] = useState('');
  const query = useQuery(documentSearchQuery(q));
  const found = (query.data?.items ?? []).map((d) => ({
    value: d.id,
    label: `${d.reference}${d.issuerName ? ` — ${d.issuerName}` : ''}`,
  }));
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(id?: string) => onChange?.(id ?? null)}
      placeholder="Gõ số, ký hiệu hoặc trích yếu (có thể không dấu)"
      loading={query.isFetching}
      notFoundContent={
        q.trim().length >= 2
          ? 'Không tìm thấy văn bản; nhập văn bản ở trang Văn bản trước'
          : 'Gõ ít nhất 2 ký tự'
      }
      options={withInitial(found, initial)}
      style={{ width: '100%' }}
    />
  );
}
