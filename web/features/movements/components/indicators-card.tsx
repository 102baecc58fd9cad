// Indicators (chỉ tiêu) with the targets and actual figures of each unit and period, as reports write them
// ("hơn 632 doanh nghiệp"), and the share of the target reached.
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import type { IndicatorValueView, IndicatorView, MovementView } from '../../../../contracts/movements';
import { formatFigure } from '../../../../domain/movements';
import { EmptyState } from '../../../components/empty';
import { errorMessage } from '../../../lib/api';
import { formatDate, formatPercent } from '../../../lib/format';
import { useDeleteIndicator, useDeleteValue } from '../api/movements-api';
import { IndicatorModal, ValueModal } from './indicator-modals';

interface Row {
  key: string;
  indicator: IndicatorView;
  value: IndicatorValueView | null;
  /** Rows the indicator's cell spans (0 on the rows below its first). */
  span: number;
}

function rowsOf(indicators: readonly IndicatorView[]): Row[] {
  return indicators.flatMap((indicator): Row[] =>
    indicator.values.length === 0
      ? [{ key: indicator.id, indicator, value: null, span: 1 }]
      : indicator.values.map((value, i) => ({
          key: value.id,
          indicator,
          value,
          span: i === 0 ? indicator.values.length : 0,
        })),
  );
}

export function IndicatorsCard({ movement: m }: { movement: MovementView }) {
  const [indicatorModal, setIndicatorModal] = useState<IndicatorView | 'new' | null>(null);
  const [valueModal, setValueModal] = useState<{
    indicator: IndicatorView;
    value: IndicatorValueView | null;
  } | null>(null);
  const removeIndicator = useDeleteIndicator(m.id);
  const removeValue = useDeleteValue(m.id);
  const { message } = App.useApp();
  const onError = (e: unknown) => message.error(errorMessage(e));
  const edit = m.can.update;
  return (
    <Card
      title="Chỉ tiêu và kết quả thực hiện"
      extra={
        edit ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setIndicatorModal('new')}>
            Thêm chỉ tiêu
          </Button>
        ) : null
      }
    >
      <Table<Row>
        rowKey="key"
        size="small"
        bordered
        pagination={false}
        dataSource={rowsOf(m.indicators)}
        scroll={{ x: 980 }}
        tableLayout="fixed"
        locale={{ emptyText: <EmptyState description="Phong trào chưa có chỉ tiêu định lượng" /> }}
        columns={[
          {
            title: 'Chỉ tiêu',
            key: 'indicator',
            width: 270,
            onCell: (r) => ({ rowSpan: r.span }),
            render: (_, r) => (
              <Flex vertical gap={4}>
                <span>{r.indicator.name}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {[
                    r.indicator.unitOfMeasure ? `Đơn vị tính: ${r.indicator.unitOfMeasure}` : null,
                    r.indicator.target !== null
                      ? `Chỉ tiêu chung: ${formatFigure(r.indicator.target)}`
                      : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </Typography.Text>
                {edit ? (
                  <Space size={0}>
                    <Button
                      size="small"
                      type="link"
                      icon={<PlusOutlined />}
                      onClick={() => setValueModal({ indicator: r.indicator, value: null })}
                    >
                      Ghi số liệu
                    </Button>
                    <Button
                      size="small"
                      type="text"
                      icon={<EditOutlined />}
                      aria-label="Sửa chỉ tiêu"
                      onClick={() => setIndicatorModal(r.indicator)}
                    />
                    <Popconfirm
                      title="Xóa chỉ tiêu và toàn bộ số liệu của nó?"
                      okText="Xóa"
                      cancelText="Không"
                      onConfirm={() => removeIndicator.mutate(r.indicator.id, { onError })}
                    >
                      <Button
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label="Xóa chỉ tiêu"
                      />
                    </Popconfirm>
                  </Space>
                ) : null}
              </Flex>
            ),
          },
          { title: 'Đơn vị', key: 'unit', width: 140, render: (_, r) => r.value?.unit.name ?? '—' },
          { title: 'Kỳ', key: 'period', width: 120, render: (_, r) => r.value?.period ?? '—' },
          {
            title: 'Chỉ tiêu đề ra',
            key: 'target',
            align: 'right',
            width: 90,
            render: (_, r) => {
              const target = r.value?.target ?? null;
              return target !== null ? formatFigure(target) : '—';
            },
          },
          {
            title: 'Kết quả thực hiện',
            key: 'actual',
            width: 160,
            render: (_, r) =>
              r.value?.actualText ? <Typography.Text strong>{r.value.actualText}</Typography.Text> : '—',
          },
          {
            title: 'Đạt',
            key: 'share',
            align: 'right',
            width: 60,
            render: (_, r) => (r.value?.share != null ? formatPercent(r.value.share) : '—'),
          },
          {
            title: 'Ghi chú',
            key: 'note',
            render: (_, r) =>
              r.value ? (
                <Flex vertical>
                  {r.value.asOf ? <span>Tính đến {formatDate(r.value.asOf)}</span> : null}
                  {r.value.note ? <Typography.Text type="secondary">{r.value.note}</Typography.Text> : null}
                </Flex>
              ) : null,
          },
          ...(edit
            ? [
                {
                  title: '',
                  key: 'actions',
                  width: 70,
                  render: (_: unknown, r: Row) =>
                    r.value ? (
                      <Space size={0}>
                        <Button
                          size="small"
                          type="text"
                          icon={<EditOutlined />}
                          aria-label="Sửa số liệu"
                          onClick={() => setValueModal({ indicator: r.indicator, value: r.value })}
                        />
                        <Popconfirm
                          title="Xóa số liệu này?"
                          okText="Xóa"
                          cancelText="Không"
                          onConfirm={() => removeValue.mutate(r.value!.id, { onError })}
                        >
                          <Button
                            size="small"
                            type="text"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label="Xóa số liệu"
                          />
                        </Popconfirm>
                      </Space>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
      {indicatorModal ? (
        <IndicatorModal
          movementId={m.id}
          indicator={indicatorModal === 'new' ? null : indicatorModal}
          onClose={() => setIndicatorModal(null)}
        />
      ) : null}
      {valueModal ? (
        <ValueModal
          movementId={m.id}
          indicator={valueModal.indicator}
          value={valueModal.value}
          defaultUnitId={m.unit.id}
          defaultPeriod={{ from: m.periodFrom, to: m.periodTo }}
          onClose={() => setValueModal(null)}
        />
      ) : null}
    </Card>
  );
}
