// One award kind of the effective catalog: subjects, types, authorities, ballot, money, quota, criteria,
// parameters — each with its basis or the local overlay it comes from; assumptions highlighted.
import { Descriptions, Flex, Table, Tag, Typography } from 'antd';
import type { CatalogKindView } from '../../../../contracts/catalog';
import { AWARD_TYPE_LABELS, SUBJECT_KIND_LABELS } from '../../../../contracts/history-enums';
import type { AwardType } from '../../../../domain/regimes/types';
import { LegalBasisText } from '../../../components/legal-basis';
import { formatNumber } from '../../../lib/format';
import { PERIOD_LABELS, paramValueText, thresholdText } from '../labels';
import { AssumptionTag, SourceText } from './source-tag';

type Param = CatalogKindView['params'][number];
type Criterion = CatalogKindView['criteria'][number];

function Money({ kind }: { kind: CatalogKindView }) {
  const m = kind.money;
  const rows = (['individual', 'collective', 'household'] as const)
    .filter((s) => m[s] !== undefined)
    .map(
      (s) => `${SUBJECT_KIND_LABELS[s]}: ${m.isCap ? 'tối đa ' : ''}${formatNumber(m[s]!)} × mức lương cơ sở`,
    );
  return (
    <Flex vertical gap={4}>
      {rows.length ? rows.map((r) => <span key={r}>{r}</span>) : <span>Không có tiền thưởng kèm theo</span>}
      <span>
        <LegalBasisText basis={m.basis} /> {m.assumption ? <AssumptionTag /> : null}
      </span>
    </Flex>
  );
}

function CriterionLine({ c }: { c: Criterion }) {
  return (
    <li style={{ marginBottom: 6 }}>
      <Flex gap={6} wrap align="center">
        {c.option ? <Tag color="cyan">Trường hợp ({c.option})</Tag> : null}
        <Typography.Text>{c.text}</Typography.Text>
        {c.presumed ? <Tag color="blue">Mặc nhiên đáp ứng</Tag> : null}
        {c.judgement ? <Tag color="purple">Cần đánh giá</Tag> : null}
        {c.assumption ? <AssumptionTag /> : null}
      </Flex>
      <Typography.Text type="secondary">Căn cứ: </Typography.Text>
      <LegalBasisText basis={c.basis} />
    </li>
  );
}

function ParamsTable({ params }: { params: Param[] }) {
  return (
    <Table<Param>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={params}
      tableLayout="fixed"
      onRow={(p) => ({ style: p.assumption ? { background: '#fff7e6' } : undefined })}
      columns={[
        {
          title: 'Tham số',
          key: 'label',
          width: '34%',
          render: (_, p) => (
            <Flex vertical>
              <span>{p.label}</span>
              <Typography.Text type="secondary" style={{ fontSize: 12, wordBreak: 'break-all' }}>
                {p.key}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          title: 'Giá trị áp dụng',
          key: 'value',
          width: 130,
          render: (_, p) => (
            <Flex vertical>
              <Typography.Text strong>{paramValueText(p.kind, p.value)}</Typography.Text>
              {p.value !== p.default ? (
                <Typography.Text type="secondary">
                  Mặc định: {paramValueText(p.kind, p.default)}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        },
        {
          title: 'Nguồn',
          key: 'source',
          render: (_, p) => (
            <Flex vertical gap={4}>
              <SourceText source={p.source} />
              {p.assumption ? <AssumptionTag /> : null}
            </Flex>
          ),
        },
      ]}
    />
  );
}

export function KindDetails({
  kind,
  kindName,
}: {
  kind: CatalogKindView;
  kindName: (code: string) => string;
}) {
  return (
    <Descriptions column={1} size="small" bordered styles={{ label: { width: 180, minWidth: 180 } }}>
      <Descriptions.Item label="Đối tượng">
        {kind.subjects.map((s) => SUBJECT_KIND_LABELS[s]).join(', ')}
      </Descriptions.Item>
      <Descriptions.Item label="Loại hình khen thưởng">
        {kind.awardTypes.map((t) => AWARD_TYPE_LABELS[t as AwardType] ?? t).join('; ')}
      </Descriptions.Item>
      <Descriptions.Item label="Thời kỳ tính thành tích">
        {PERIOD_LABELS[kind.period] ?? kind.period}
      </Descriptions.Item>
      <Descriptions.Item label="Thẩm quyền quyết định">
        <Flex vertical gap={4}>
          {kind.authorities.map((a) => (
            <span key={a.authority + a.label}>
              <Typography.Text strong>{a.label}</Typography.Text> — <LegalBasisText basis={a.basis} />
            </span>
          ))}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label="Bỏ phiếu kín của Hội đồng">
        {kind.vote.required ? (
          <Flex vertical gap={4}>
            <span>Bắt buộc; {thresholdText(kind.vote.threshold)}</span>
            <SourceText source={kind.vote.source} />
            {kind.vote.source.assumption ? <AssumptionTag /> : null}
          </Flex>
        ) : (
          'Không bắt buộc'
        )}
      </Descriptions.Item>
      <Descriptions.Item label="Tiền thưởng">
        <Money kind={kind} />
      </Descriptions.Item>
      {kind.quota ? (
        <Descriptions.Item label="Giới hạn số lượng">
          <Flex vertical gap={4}>
            <span>
              Không quá {formatNumber(Math.round(kind.quota.share * 10000) / 100)}% số{' '}
              {kindName(kind.quota.maxShareOf)} của cùng đơn vị, cùng năm
            </span>
            <SourceText source={kind.quota.source} />
          </Flex>
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label="Tiêu chuẩn">
        <ul style={{ margin: 0, paddingInlineStart: 18 }}>
          {kind.criteria.map((c) => (
            <CriterionLine key={c.id} c={c} />
          ))}
        </ul>
      </Descriptions.Item>
      {kind.params.length ? (
        <Descriptions.Item label="Tham số (địa phương được quy định)">
          <ParamsTable params={kind.params} />
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label="Căn cứ pháp lý">
        <Flex vertical gap={4}>
          {kind.basis.map((b, i) => (
            <LegalBasisText key={i} basis={b} />
          ))}
        </Flex>
      </Descriptions.Item>
      {kind.notes.length ? (
        <Descriptions.Item label="Ghi chú áp dụng">
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {kind.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}
