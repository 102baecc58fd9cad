// Picks a document of the register by number or words (diacritics optional).
import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useState } from 'react';
import { documentsQuery } from '../api/documents-api';

interface DocumentPickerProps {
  /** Set by Form.Item, so the label points at the field. */
  id?: string;
  value?: string | null;
  onChange?: (id: string | null) => void;
  /** The document already chosen (the search results may not hold it). */
  initial?: { id: string; reference: string } | null;
  /** A document that may not be chosen (the document itself). */
  excludeId?: string;
}

export function DocumentPicker({ id, value, onChange, initial, excludeId }: DocumentPickerProps) {
  const [q, setQ] = useState('');
  const query = useQuery({ ...documentsQuery({ q, page: 1, pageSize: 20 }), enabled: q.trim().length >= 2 });
  const found = (query.data?.items ?? [])
    .filter((d) => d.id !== excludeId)
    .map((d) => ({ value: d.id, label: `${d.reference}${d.issuerName ? ` — ${d.issuerName}` : ''}` }));
  const options =
    initial && !found.some((o) => o.value === initial.id)
      ? [{ value: initial.id, label: initial.reference }, ...found]
      : found;
  return (
    <Select
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value ?? undefined}
      onChange={(id?: string) => onChange?.(id ?? null)}
      placeholder="Gõ số, ký hiệu hoặc trích yếu (có thể không dấu)"
      loading={query.isFetching}
      notFoundContent={q.trim().length >= 2 ? 'Không tìm thấy văn bản phù hợp' : 'Gõ ít nhất 2 ký tự'}
      options={options}
      style={{ width: '100%' }}
    />
  );
}
