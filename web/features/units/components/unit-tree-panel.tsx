// The organisation tree: search ignoring diacritics, an "as of" date, closed units on demand (greyed).
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  Skeleton,
  Switch,
  Tag,
  Tooltip,
  Tree,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import type { UnitTreeNode } from '../../../../contracts/units';
import { UNIT_KIND_LABELS } from '../../../../contracts/enums';
import { EmptyState } from '../../../components/empty';
import { ErrorAlert } from '../../../components/error-alert';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../../../lib/format';
import { filterTree, flattenTree } from '../../../lib/unit-tree';
import { unitTreeQuery } from '../api/units-api';

interface TreeItem {
  key: string;
  title: React.ReactNode;
  children: TreeItem[];
}

function NodeTitle({ node }: { node: UnitTreeNode }) {
  const closed = !node.isOpen;
  return (
    <Tooltip title={UNIT_KIND_LABELS[node.kind]} placement="right" mouseEnterDelay={0.6}>
      <span style={closed ? { color: '#8c8c8c' } : undefined} data-unit-name={node.name}>
        {node.name}
        {closed ? (
          <Tag style={{ marginLeft: 6 }} variant="filled">
            {node.validTo ? `Ngừng hoạt động từ ${formatDate(node.validTo)}` : 'Chưa hoạt động'}
          </Tag>
        ) : null}
      </span>
    </Tooltip>
  );
}

function toItems(nodes: readonly UnitTreeNode[]): TreeItem[] {
  return nodes.map((n) => ({ key: n.id, title: <NodeTitle node={n} />, children: toItems(n.children) }));
}

interface UnitTreePanelProps {
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function UnitTreePanel({ selectedId, onSelect }: UnitTreePanelProps) {
  const [search, setSearch] = useState('');
  const [asOf, setAsOf] = useState<Dayjs | null>(null);
  const [includeClosed, setIncludeClosed] = useState(false);
  const [expanded, setExpanded] = useState<string[] | null>(null);
  const query = useQuery(unitTreeQuery({ asOf: toIsoDate(asOf), includeClosed }));

  const roots = query.data?.roots;
  const filtered = useMemo(() => filterTree(roots ?? [], search), [roots, search]);
  const items = useMemo(() => toItems(filtered.nodes), [filtered]);
  const total = useMemo(() => flattenTree(roots ?? []).length, [roots]);
  const defaultExpanded = useMemo(() => (roots ?? []).map((r) => r.id), [roots]);
  const expandedKeys = search.trim() ? filtered.expanded : (expanded ?? defaultExpanded);

  return (
    <Card
      title="Cây đơn vị"
      extra={
        query.data ? <Typography.Text type="secondary">{formatNumber(total)} đơn vị</Typography.Text> : null
      }
      styles={{ body: { paddingTop: 12 } }}
    >
      <Flex vertical gap={8} style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder="Tìm đơn vị (gõ không dấu cũng được)"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label="Tìm đơn vị"
        />
        <Flex gap={12} wrap align="center">
          <DatePicker
            value={asOf}
            onChange={setAsOf}
            format={DATE_FORMAT}
            placeholder="Xem tại ngày"
            style={{ width: 170 }}
          />
          <Flex gap={6} align="center">
            <Switch size="small" checked={includeClosed} onChange={setIncludeClosed} id="show-closed" />
            <label htmlFor="show-closed">Hiện đơn vị đã ngừng hoạt động</label>
          </Flex>
        </Flex>
        {asOf ? (
          <Typography.Text type="secondary">
            Cây đơn vị tại ngày {formatDate(query.data?.asOf ?? toIsoDate(asOf))}.
          </Typography.Text>
        ) : null}
      </Flex>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 8 }} />
      ) : items.length === 0 ? (
        <>
          <EmptyState
            description={
              search
                ? 'Không có đơn vị nào khớp với từ khóa'
                : includeClosed
                  ? 'Chưa có dữ liệu'
                  : 'Không có đơn vị đang hoạt động trong phạm vi của bạn vào ngày này'
            }
          />
          {!search && !includeClosed ? (
            <Flex justify="center">
              <Button onClick={() => setIncludeClosed(true)}>Hiện đơn vị đã ngừng hoạt động</Button>
            </Flex>
          ) : null}
        </>
      ) : (
        <Tree
          blockNode
          showLine
          height={600}
          treeData={items}
          selectedKeys={selectedId ? [selectedId] : []}
          expandedKeys={expandedKeys}
          onExpand={(keys) => setExpanded(keys.map(String))}
          onSelect={(keys) => {
            const [first] = keys;
            if (first !== undefined) onSelect(String(first));
          }}
          data-testid="unit-tree"
        />
      )}
    </Card>
  );
}
