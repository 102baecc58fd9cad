// Picks one or more units from the tree the user may see; search ignores diacritics ("cam xuyen").
import { TreeSelect, type TreeSelectProps } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { UnitTreeNode } from '../../contracts/units';
import { foldVietnamese } from '../../domain/text';
import { formatDate } from '../lib/format';
import { unitTreeQuery } from '../lib/unit-tree';

interface Option {
  value: string;
  title: string;
  label: string;
  /** The title without diacritics, lower case: what the search matches (see treeNodeFilterProp below). */
  search: string;
  disabled?: boolean;
  children: Option[];
}

function toOptions(nodes: readonly UnitTreeNode[], disable?: (n: UnitTreeNode) => boolean): Option[] {
  return nodes.map((n) => {
    const title = n.isOpen
      ? n.name
      : `${n.name} (đã ngừng hoạt động${n.validTo ? ` từ ${formatDate(n.validTo)}` : ''})`;
    return {
      value: n.id,
      label: n.name,
      title,
      search: foldVietnamese(title),
      disabled: disable?.(n) ?? false,
      children: toOptions(n.children, disable),
    };
  });
}

type BaseProps = Omit<TreeSelectProps, 'treeData' | 'value' | 'onChange' | 'multiple'>;

interface UnitTreeSelectProps extends BaseProps {
  value?: string | string[] | null;
  onChange?: (value: string | string[] | null) => void;
  multiple?: boolean;
  /** Also list closed units (for history). */
  includeClosed?: boolean;
  /** Units that may not be chosen (e.g. the unit itself). */
  disabledIds?: readonly string[];
}

/** A searchable unit picker for antd Forms (value: unit id, or ids when `multiple`). */
export function UnitTreeSelect({
  value,
  onChange,
  multiple,
  includeClosed = false,
  disabledIds,
  placeholder = 'Chọn đơn vị',
  ...rest
}: UnitTreeSelectProps) {
  const { data, isPending } = useQuery(unitTreeQuery({ includeClosed }));
  const treeData = useMemo(() => {
    const blocked = new Set(disabledIds ?? []);
    return toOptions(data?.roots ?? [], (n) => blocked.has(n.id));
  }, [data, disabledIds]);
  return (
    <TreeSelect
      showSearch={{
        filterTreeNode: (input, node) => (node as Option).search.includes(foldVietnamese(input)),
      }}
      // The list also marks the first node whose `search` holds the typed text as active and scrolls to it: on the
      // folded title that is the unit typed ("cam xuyen" → Huyện Cẩm Xuyên, above its sub-units), not a later row.
      treeNodeFilterProp="search"
      treeNodeLabelProp="label"
      allowClear
      loading={isPending}
      placeholder={placeholder}
      treeData={treeData}
      treeDefaultExpandedKeys={(data?.roots ?? []).map((r) => r.id)}
      multiple={multiple}
      value={value ?? undefined}
      onChange={(next) => onChange?.((next as string | string[] | undefined) ?? null)}
      notFoundContent="Không có đơn vị phù hợp"
      styles={{ popup: { root: { maxHeight: 420, overflow: 'auto' } } }}
      {...rest}
    />
  );
}
