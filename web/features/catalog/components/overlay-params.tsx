// The parameters a local overlay may set: only those the regime in force declares (ParamDefs, from the
// catalog), each with its national default; an administrator ticks the ones the regulation sets.
import { Checkbox, Flex, Form, InputNumber, Switch, Table, Typography } from 'antd';
import type { CatalogKindView, CatalogView } from '../../../../contracts/catalog';
import { paramValueText } from '../labels';
import { AssumptionTag } from './source-tag';

type ParamKind = CatalogKindView['params'][number]['kind'];

export interface DeclaredParam {
  /** The overlay key: a plain key (every kind declaring it) or "CODE.key". */
  key: string;
  label: string;
  kind: ParamKind;
  default: number | boolean;
  assumption: boolean;
  kinds: string[];
}

export interface ParamFormValue {
  set?: boolean;
  value?: number | boolean;
}

/** Declared parameters of a catalog, one per key, with the names of the kinds declaring it. */
export function declaredParams(
  catalog: CatalogView | undefined,
  extraKeys: readonly string[] = [],
): DeclaredParam[] {
  const out = new Map<string, DeclaredParam>();
  for (const kind of catalog?.kinds ?? []) {
    for (const p of kind.params) {
      const entry = out.get(p.key);
      if (entry) entry.kinds.push(kind.name);
      else
        out.set(p.key, {
          key: p.key,
          label: p.label,
          kind: p.kind,
          default: p.default,
          assumption: p.assumption,
          kinds: [kind.name],
        });
    }
  }
  // Kind-specific keys already in an overlay ("CSTDCS.voteThreshold") get a row of their own.
  for (const key of extraKeys) {
    if (out.has(key) || !key.includes('.')) continue;
    const [code, plain] = key.split('.') as [string, string];
    const kind = catalog?.kinds.find((k) => k.code === code);
    const p = kind?.params.find((x) => x.key === plain);
    if (kind && p)
      out.set(key, {
        key,
        label: `${p.label} (chỉ ${kind.name})`,
        kind: p.kind,
        default: p.default,
        assumption: p.assumption,
        kinds: [kind.name],
      });
  }
  return [...out.values()];
}

const toForm = (kind: ParamKind, v: number | boolean) =>
  kind === 'share' && typeof v === 'number' ? Math.round(v * 10000) / 100 : v;
const fromForm = (kind: ParamKind, v: number | boolean) =>
  kind === 'share' && typeof v === 'number' ? Math.round(v * 100) / 10000 : v;

/** Overlay params → form values (every declared key, set or not). */
export function paramsToForm(declared: DeclaredParam[], params: Record<string, number | boolean>) {
  return Object.fromEntries(
    declared.map((d) => [d.key, { set: d.key in params, value: toForm(d.kind, params[d.key] ?? d.default) }]),
  ) as Record<string, ParamFormValue>;
}

/** Form values → overlay params (only the ticked ones). */
export function paramsFromForm(
  declared: DeclaredParam[],
  values: Record<string, ParamFormValue> | undefined,
) {
  const params: Record<string, number | boolean> = {};
  for (const d of declared) {
    const v = values?.[d.key];
    if (v?.set && v.value !== undefined && v.value !== null) params[d.key] = fromForm(d.kind, v.value);
  }
  return params;
}

function ValueInput({ param }: { param: DeclaredParam }) {
  const form = Form.useFormInstance();
  const set = Form.useWatch(['params', param.key, 'set'], form) as boolean | undefined;
  const input =
    param.kind === 'boolean' ? (
      <Switch checkedChildren="Có" unCheckedChildren="Không" disabled={!set} />
    ) : param.kind === 'share' ? (
      <InputNumber min={0} max={100} step={5} suffix="%" disabled={!set} style={{ width: 120 }} />
    ) : (
      <InputNumber
        min={0}
        precision={param.kind === 'integer' ? 0 : undefined}
        disabled={!set}
        style={{ width: 120 }}
      />
    );
  return (
    <Form.Item
      name={['params', param.key, 'value']}
      valuePropName={param.kind === 'boolean' ? 'checked' : 'value'}
      style={{ margin: 0 }}
    >
      {input}
    </Form.Item>
  );
}

export function OverlayParamsFields({ declared }: { declared: DeclaredParam[] }) {
  if (declared.length === 0) {
    return (
      <Typography.Text type="secondary">
        Chế độ áp dụng tại ngày này không có tham số nào để địa phương quy định.
      </Typography.Text>
    );
  }
  return (
    <Table<DeclaredParam>
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={declared}
      tableLayout="fixed"
      scroll={{ y: 360 }}
      columns={[
        {
          title: 'Quy định',
          key: 'set',
          width: 72,
          render: (_, p) => (
            <Form.Item name={['params', p.key, 'set']} valuePropName="checked" style={{ margin: 0 }}>
              <Checkbox aria-label={`Quy định ${p.label}`} />
            </Form.Item>
          ),
        },
        {
          title: 'Tham số',
          key: 'label',
          render: (_, p) => (
            <Flex vertical>
              <Typography.Text>{p.label}</Typography.Text>
              <Typography.Text
                type="secondary"
                style={{ fontSize: 12 }}
                ellipsis={{ tooltip: p.kinds.join(', ') }}
              >
                Áp dụng cho: {p.kinds.join(', ')}
              </Typography.Text>
            </Flex>
          ),
        },
        {
          title: 'Giá trị theo quy chế',
          key: 'value',
          width: 150,
          render: (_, p) => <ValueInput param={p} />,
        },
        {
          title: 'Quy định chung',
          key: 'default',
          width: 200,
          render: (_, p) => (
            <Flex vertical gap={2} align="flex-start">
              <span>{paramValueText(p.kind, p.default)}</span>
              {p.assumption ? <AssumptionTag short /> : null}
            </Flex>
          ),
        },
      ]}
    />
  );
}
