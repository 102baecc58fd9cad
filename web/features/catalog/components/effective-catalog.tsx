// The effective catalog of a date and a unit: the regime in force and its documents, the local overlays
// applied (and values they may not set), then every award kind with the source of each value.
import { Alert, Card, Collapse, Flex, Segmented, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { CatalogKindView, CatalogView } from '../../../../contracts/catalog';
import { SUBJECT_KIND_LABELS } from '../../../../contracts/history-enums';
import { LegalBasisText } from '../../../components/legal-basis';
import { formatDate, formatPeriod } from '../../../lib/format';
import { CATEGORY_LABELS } from '../labels';
import { KindDetails } from './kind-details';

type Filter = 'all' | 'title' | 'form' | 'assumption';

/** A kind rests somewhere on an unverified value an administrator may confirm. */
export function hasAssumption(k: CatalogKindView): boolean {
  return (
    k.assumption ||
    k.money.assumption ||
    k.vote.source.assumption ||
    k.params.some((p) => p.assumption) ||
    k.criteria.some((c) => c.assumption)
  );
}

function KindLabel({ kind }: { kind: CatalogKindView }) {
  const overlaid =
    kind.params.some((p) => p.source.type === 'overlay') || kind.vote.source.type === 'overlay';
  return (
    <Flex gap={8} wrap align="center" data-testid={`catalog-kind-${kind.code}`}>
      <Typography.Text strong>{kind.name}</Typography.Text>
      <Tag>{kind.code}</Tag>
      <Tag color={kind.category === 'title' ? 'blue' : 'purple'}>{CATEGORY_LABELS[kind.category]}</Tag>
      <Typography.Text type="secondary">
        {kind.subjects.map((s) => SUBJECT_KIND_LABELS[s]).join(', ')}
      </Typography.Text>
      {overlaid ? <Tag color="geekblue">Có giá trị theo quy chế địa phương</Tag> : null}
      {hasAssumption(kind) ? <Tag color="orange">Có giả định chưa xác minh</Tag> : null}
    </Flex>
  );
}

export function EffectiveCatalog({ catalog }: { catalog: CatalogView }) {
  const [filter, setFilter] = useState<Filter>('all');
  const names = new Map(catalog.kinds.map((k) => [k.code as string, k.name]));
  const kindName = (code: string) => names.get(code) ?? code;
  const kinds = catalog.kinds.filter((k) =>
    filter === 'all' ? true : filter === 'assumption' ? hasAssumption(k) : k.category === filter,
  );
  const assumptions = catalog.kinds.filter(hasAssumption).length;
  const r = catalog.regime;
  return (
    <Flex vertical gap={16}>
      <Card size="small" data-testid="catalog-regime">
        <Flex vertical gap={6}>
          <Typography.Text>
            Quy định áp dụng ngày {formatDate(catalog.date)}:{' '}
            <Typography.Text strong>{r.name}</Typography.Text>{' '}
            <Typography.Text type="secondary">(hiệu lực {formatPeriod(r.from, r.to)})</Typography.Text>
          </Typography.Text>
          <Flex vertical gap={2}>
            {r.documents.map((d, i) => (
              <LegalBasisText key={i} basis={d} />
            ))}
          </Flex>
          {catalog.unit ? (
            <Typography.Text>
              Đơn vị: <Typography.Text strong>{catalog.unit.name}</Typography.Text> —{' '}
              {catalog.overlays.length
                ? `áp dụng ${catalog.overlays.length} quy chế địa phương: ${catalog.overlays
                    .map((o) => `${o.document} (${o.unitName}, từ ${formatDate(o.effectiveFrom)})`)
                    .join('; ')}`
                : 'chưa có quy chế địa phương nào có hiệu lực'}
            </Typography.Text>
          ) : (
            <Typography.Text type="secondary">
              Chưa chọn đơn vị: chỉ hiển thị quy định chung của Nhà nước.
            </Typography.Text>
          )}
        </Flex>
      </Card>
      {catalog.ignored.length ? (
        <Alert
          type="warning"
          showIcon
          title="Một số giá trị trong quy chế địa phương không được áp dụng"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {catalog.ignored.map((i) => (
                <li key={i.overlayId + i.key}>{i.reason}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Flex gap={12} wrap align="center" justify="space-between">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: 'all', label: `Tất cả (${catalog.kinds.length})` },
            { value: 'title', label: 'Danh hiệu thi đua' },
            { value: 'form', label: 'Hình thức khen thưởng' },
            { value: 'assumption', label: `Có giả định (${assumptions})` },
          ]}
        />
        <Typography.Text type="secondary">
          Bấm vào từng danh hiệu, hình thức để xem tiêu chuẩn, thẩm quyền, tiền thưởng và nguồn của từng giá
          trị.
        </Typography.Text>
      </Flex>
      <Collapse
        items={kinds.map((k) => ({
          key: k.code,
          label: <KindLabel kind={k} />,
          children: <KindDetails kind={k} kindName={kindName} />,
        }))}
      />
    </Flex>
  );
}
