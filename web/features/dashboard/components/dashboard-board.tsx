// The dashboard's charts for a unit and years: each bar or segment opens the list behind it.
import { Card, Col, Row, Statistic } from 'antd';
import { useState } from 'react';
import {
  AUTHORITY_LEVEL_KEY_LABELS,
  AUTHORITY_LEVEL_KEYS,
  type AuthorityLevelKey,
  type DashboardView,
  type OverdueStage,
  type ShareKey,
} from '../../../../contracts/dashboard';
import { formatMoney, formatNumber } from '../../../lib/format';
import type { AwardDrill, DashboardScopeParams, OverdueDrill } from '../api/dashboard-api';
import { ChartCard } from './chart-card';
import { BarChart, Donut, StackedColumns, type StackSegment } from './charts';
import { AwardsDrawer, OverdueDrawer } from './drill-drawers';

const LEVEL_COLORS: Record<AuthorityLevelKey, string> = {
  central: '#a8071a',
  province: '#d4380d',
  district: '#d48806',
  commune: '#389e0d',
  unknown: '#8c8c8c',
};
const SEGMENTS: StackSegment[] = AUTHORITY_LEVEL_KEYS.map((l) => ({
  key: l,
  label: AUTHORITY_LEVEL_KEY_LABELS[l],
  color: LEVEL_COLORS[l],
}));

/** 1.490.000 → "1,49 tr"; 2.500.000.000 → "2,5 tỷ" (totals above the money columns). */
function compactMoney(v: number): string {
  if (v >= 1e9) return `${formatNumber(Math.round(v / 1e7) / 100)} tỷ`;
  if (v >= 1e6) return `${formatNumber(Math.round(v / 1e4) / 100)} tr`;
  return formatNumber(v);
}

const SHARE_PAIRS: [ShareKey, ShareKey, string][] = [
  ['direct', 'not_direct', 'Người lao động trực tiếp'],
  ['female', 'male', 'Nữ'],
  ['minority', 'kinh', 'Dân tộc thiểu số'],
];
const SHARE_COLORS = ['#1677ff', '#d9d9d9'];

export function DashboardBoard({ view, scope }: { view: DashboardView; scope: DashboardScopeParams }) {
  const [awards, setAwards] = useState<AwardDrill | null>(null);
  const [overdue, setOverdue] = useState<OverdueDrill | null>(null);
  const years = view.fromYear === view.toYear ? `năm ${view.fromYear}` : `${view.fromYear}–${view.toYear}`;
  const drill = (title: string, filters: Omit<AwardDrill, 'title'>) =>
    setAwards({ title: `${title} — ${view.unit.name}, ${years}`, ...filters });
  const columns = (pick: 'count' | 'amount') =>
    view.byYear.map((y) => ({
      key: String(y.year),
      label: String(y.year),
      total: y[pick],
      parts: Object.fromEntries(y.byLevel.map((l) => [l.level, l[pick]])),
    }));
  const share = (key: ShareKey) => view.shares.find((s) => s.key === key)!;
  // [title, value shown, value in full (tooltip)]
  const stats: [string, string, string][] = [
    ['Tổng số lượt khen thưởng', formatNumber(view.totals.awards), ''],
    ['Cá nhân', formatNumber(view.totals.individuals), ''],
    ['Tập thể', formatNumber(view.totals.collectives), ''],
    ['Hộ gia đình', formatNumber(view.totals.households), ''],
    ['Tiền thưởng', compactMoney(view.totals.amount), formatMoney(view.totals.amount)],
    ['Hồ sơ quá hạn', formatNumber(view.overdue.total), ''],
  ];
  return (
    <>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {stats.map(([title, value, full]) => (
          <Col key={title} xs={12} md={8} xl={4}>
            <Card size="small" style={{ height: '100%' }}>
              <Statistic title={title} value={value} />
              {full ? <div style={{ fontSize: 12, color: '#595959' }}>{full}</div> : null}
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ChartCard chart="byKind" view={view} scope={scope} empty={view.byKind.length === 0}>
            <BarChart
              title="Số lượt khen thưởng theo danh hiệu, hình thức"
              items={view.byKind.map((b) => ({ key: b.key, label: b.label, value: b.count }))}
              onSelect={(i) => drill(i.label, { kind: i.key })}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard chart="byLevel" view={view} scope={scope} empty={view.byLevel.length === 0}>
            <BarChart
              title="Số lượt khen thưởng theo cấp khen"
              items={view.byLevel.map((b) => ({ key: b.key, label: b.label, value: b.count }))}
              color="#d4380d"
              onSelect={(i) => drill(i.label, { level: i.key as AuthorityLevelKey })}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard chart="byYear" view={view} scope={scope} empty={view.totals.awards === 0}>
            <StackedColumns
              title="Số lượt khen thưởng theo năm, chia theo cấp khen"
              columns={columns('count')}
              segments={SEGMENTS}
              onSelect={(c, s) =>
                drill(s ? `${s.label}, năm ${c.label}` : `Năm ${c.label}`, {
                  year: Number(c.key),
                  ...(s ? { level: s.key as AuthorityLevelKey } : {}),
                })
              }
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            chart="money"
            view={view}
            scope={scope}
            empty={view.totals.amount === 0}
            note="Tiền thưởng ghi trên quyết định khen thưởng."
          >
            <StackedColumns
              title="Tiền thưởng theo năm, chia theo cấp khen"
              columns={columns('amount')}
              segments={SEGMENTS}
              format={formatMoney}
              compact={compactMoney}
              onSelect={(c, s) =>
                drill(
                  s ? `Tiền thưởng ${s.label.toLowerCase()}, năm ${c.label}` : `Tiền thưởng năm ${c.label}`,
                  {
                    year: Number(c.key),
                    ...(s ? { level: s.key as AuthorityLevelKey } : {}),
                  },
                )
              }
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard chart="byUnit" view={view} scope={scope} empty={view.byUnit.length === 0}>
            <BarChart
              title={`Số lượt khen thưởng theo đơn vị trực thuộc ${view.unit.name}`}
              items={view.byUnit.map((b) => ({ key: b.key, label: b.label, value: b.count }))}
              color="#13a8a8"
              onSelect={(i) => drill(i.label, { childUnitId: i.key })}
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            chart="shares"
            view={view}
            scope={scope}
            empty={view.totals.individuals === 0}
            note={`Trong ${formatNumber(view.totals.individuals)} lượt cá nhân được khen thưởng (lao động trực tiếp: theo quá trình công tác tại ngày quyết định).`}
          >
            <Row gutter={[8, 16]}>
              {SHARE_PAIRS.map(([a, b, title]) => (
                <Col key={a} xs={24}>
                  <Donut
                    title={`Tỷ lệ ${title.toLowerCase()} trong số cá nhân được khen thưởng`}
                    items={[share(a), share(b)].map((s) => ({ key: s.key, label: s.label, value: s.count }))}
                    colors={SHARE_COLORS}
                    onSelect={(i) => drill(`Cá nhân: ${i.label}`, { share: i.key as ShareKey })}
                  />
                </Col>
              ))}
            </Row>
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard
            chart="overdueByStage"
            view={view}
            scope={scope}
            empty={view.overdue.total === 0}
            note={`Hồ sơ đang chờ xử lý đã quá hạn, tính đến hôm nay (không theo khoảng năm).`}
          >
            <BarChart
              title="Hồ sơ quá hạn theo bước xử lý"
              items={view.overdue.byStage.map((b) => ({ key: b.key, label: b.label, value: b.count }))}
              color="#cf1322"
              unit="hồ sơ"
              onSelect={(i) =>
                setOverdue({ title: `Hồ sơ quá hạn — ${i.label}`, stage: i.key as OverdueStage })
              }
            />
          </ChartCard>
        </Col>
        <Col xs={24} xl={12}>
          <ChartCard chart="overdueByUnit" view={view} scope={scope} empty={view.overdue.total === 0}>
            <BarChart
              title="Hồ sơ quá hạn theo nơi xử lý"
              items={view.overdue.byUnit.map((b) => ({ key: b.key, label: b.label, value: b.count }))}
              color="#cf1322"
              unit="hồ sơ"
              onSelect={(i) =>
                setOverdue({
                  title: `Hồ sơ quá hạn — ${i.label}`,
                  ...(i.key ? { handlingUnitId: i.key } : {}),
                })
              }
            />
          </ChartCard>
        </Col>
      </Row>
      <AwardsDrawer scope={scope} drill={awards} onClose={() => setAwards(null)} />
      <OverdueDrawer unitId={scope.unitId} drill={overdue} onClose={() => setOverdue(null)} />
      <style>{`.vd-chart-hit:focus-visible rect, .vd-chart-hit:focus-visible circle { stroke: #000; stroke-width: 2px; }
.vd-chart-hit:focus-visible text { text-decoration: underline; }
button.vd-chart-hit:focus-visible { outline: 2px solid #1677ff; outline-offset: 2px; }
.vd-chart-hit:hover rect { opacity: 0.85; }`}</style>
    </>
  );
}
