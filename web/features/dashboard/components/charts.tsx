// Small hand-written SVG charts (no chart library): horizontal bars, stacked columns and a donut. Every bar and
// segment has an accessible name and a <title>, takes the keyboard focus and opens its list on Enter or Space.
import type { KeyboardEvent, ReactNode } from 'react';
import { formatNumber, formatPercent } from '../../../lib/format';

export interface ChartItem {
  key: string;
  label: string;
  value: number;
}

const FONT = 12;
const onKey = (action: () => void) => (e: KeyboardEvent) => {
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    action();
  }
};

/** Props that make an SVG element act as a button. */
function pressable(name: string, action: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    'aria-label': name,
    onClick: action,
    onKeyDown: onKey(action),
    className: 'vd-chart-hit',
    style: { cursor: 'pointer', outline: 'none' },
  } as const;
}

const shorten = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Horizontal bars with the label on the left and the value at the end of the bar. */
export function BarChart({
  title,
  items,
  color = '#1677ff',
  format = formatNumber,
  unit = 'lượt',
  onSelect,
}: {
  title: string;
  items: readonly ChartItem[];
  color?: string;
  format?: (v: number) => string;
  unit?: string;
  onSelect: (item: ChartItem) => void;
}) {
  const width = 640;
  const labelWidth = 230;
  const valueWidth = 110;
  const row = 28;
  const height = Math.max(1, items.length) * row + 8;
  const max = Math.max(1, ...items.map((i) => i.value));
  const scale = (v: number) => ((width - labelWidth - valueWidth) * v) / max;
  return (
    <svg
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="group"
      aria-label={title}
      style={{ display: 'block' }}
    >
      <title>{title}</title>
      {items.map((item, i) => {
        const y = 4 + i * row;
        const name = `${item.label}: ${format(item.value)}${unit ? ` ${unit}` : ''}`;
        return (
          <g key={item.key} {...pressable(`${name}. Nhấn để xem danh sách`, () => onSelect(item))}>
            <title>{name}</title>
            <rect x={0} y={y} width={width} height={row} fill="transparent" />
            <text
              x={labelWidth - 8}
              y={y + row / 2 + FONT / 3}
              fontSize={FONT}
              textAnchor="end"
              fill="#262626"
            >
              {shorten(item.label, 34)}
            </text>
            <rect
              x={labelWidth}
              y={y + 5}
              width={Math.max(item.value > 0 ? 2 : 0, scale(item.value))}
              height={row - 10}
              rx={3}
              fill={color}
            />
            <text
              x={labelWidth + scale(item.value) + 6}
              y={y + row / 2 + FONT / 3}
              fontSize={FONT}
              fill="#262626"
              fontWeight={600}
            >
              {format(item.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

export interface StackSegment {
  key: string;
  label: string;
  color: string;
}

export interface StackColumn {
  key: string;
  label: string;
  total: number;
  parts: Record<string, number>;
}

/** Vertical columns (one per year) stacked by segment, the total above each column, a legend below. */
export function StackedColumns({
  title,
  columns,
  segments,
  format = formatNumber,
  compact = format,
  onSelect,
}: {
  title: string;
  columns: readonly StackColumn[];
  segments: readonly StackSegment[];
  format?: (v: number) => string;
  /** Shorter form for the totals above the columns. */
  compact?: (v: number) => string;
  onSelect: (column: StackColumn, segment: StackSegment | null) => void;
}) {
  const width = 640;
  const height = 240;
  const top = 22;
  const bottom = 24;
  const plot = height - top - bottom;
  const slot = width / Math.max(1, columns.length);
  const barWidth = Math.min(64, slot * 0.6);
  const max = Math.max(1, ...columns.map((c) => c.total));
  return (
    <div>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width="100%"
        role="group"
        aria-label={title}
        style={{ display: 'block' }}
      >
        <title>{title}</title>
        <line x1={0} x2={width} y1={top + plot} y2={top + plot} stroke="#d9d9d9" />
        {columns.map((c, i) => {
          const x = i * slot + (slot - barWidth) / 2;
          let y = top + plot;
          const parts: ReactNode[] = [];
          for (const s of segments) {
            const v = c.parts[s.key] ?? 0;
            if (v <= 0) continue;
            const h = Math.max(1, (plot * v) / max);
            y -= h;
            const name = `${c.label}, ${s.label}: ${format(v)}`;
            parts.push(
              <g key={s.key} {...pressable(`${name}. Nhấn để xem danh sách`, () => onSelect(c, s))}>
                <title>{name}</title>
                <rect x={x} y={y} width={barWidth} height={h} fill={s.color} stroke="#fff" strokeWidth={1} />
              </g>,
            );
          }
          const totalName = `${c.label}: ${format(c.total)}`;
          return (
            <g key={c.key}>
              {parts}
              <text
                x={x + barWidth / 2}
                y={y - 6}
                fontSize={FONT}
                textAnchor="middle"
                fontWeight={600}
                fill="#262626"
              >
                {compact(c.total)}
              </text>
              <g {...pressable(`${totalName}. Nhấn để xem danh sách`, () => onSelect(c, null))}>
                <title>{totalName}</title>
                <text x={x + barWidth / 2} y={height - 6} fontSize={FONT} textAnchor="middle" fill="#262626">
                  {c.label}
                </text>
              </g>
            </g>
          );
        })}
      </svg>
      <Legend items={segments.filter((s) => columns.some((c) => (c.parts[s.key] ?? 0) > 0))} />
    </div>
  );
}

function Legend({ items }: { items: readonly { key: string; label: ReactNode; color: string }[] }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '4px 16px', fontSize: FONT, marginTop: 4 }}>
      {items.map((s) => (
        <span key={s.key} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
          <span aria-hidden style={{ width: 10, height: 10, background: s.color, borderRadius: 2 }} />
          {s.label}
        </span>
      ))}
    </div>
  );
}

/** A donut of a few segments with the share of the first in the centre. */
export function Donut({
  title,
  items,
  colors,
  onSelect,
}: {
  title: string;
  items: readonly ChartItem[];
  colors: readonly string[];
  onSelect: (item: ChartItem) => void;
}) {
  const size = 150;
  const r = 58;
  const stroke = 22;
  const c = 2 * Math.PI * r;
  const total = items.reduce((s, i) => s + i.value, 0);
  const share = (v: number) => (total === 0 ? 0 : v / total);
  // Where each segment starts along the circle: the lengths of the segments before it.
  const starts = items.map((_, i) => items.slice(0, i).reduce((s, it) => s + c * share(it.value), 0));
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
      <svg viewBox={`0 0 ${size} ${size}`} width={size} height={size} role="group" aria-label={title}>
        <title>{title}</title>
        <circle cx={size / 2} cy={size / 2} r={r} fill="none" stroke="#f0f0f0" strokeWidth={stroke} />
        {items.map((item, i) => {
          const length = c * share(item.value);
          const dash = `${length} ${c - length}`;
          return item.value > 0 ? (
            <g
              key={item.key}
              {...pressable(
                `${item.label}: ${formatNumber(item.value)} (${formatPercent(share(item.value))}). Nhấn để xem danh sách`,
                () => onSelect(item),
              )}
            >
              <title>{`${item.label}: ${formatNumber(item.value)} (${formatPercent(share(item.value))})`}</title>
              <circle
                cx={size / 2}
                cy={size / 2}
                r={r}
                fill="none"
                stroke={colors[i % colors.length]}
                strokeWidth={stroke}
                strokeDasharray={dash}
                strokeDashoffset={-starts[i]!}
                transform={`rotate(-90 ${size / 2} ${size / 2})`}
              />
            </g>
          ) : null;
        })}
        <text x={size / 2} y={size / 2 + 2} textAnchor="middle" fontSize={20} fontWeight={700} fill="#262626">
          {total === 0 ? '—' : formatPercent(share(items[0]?.value ?? 0))}
        </text>
        <text x={size / 2} y={size / 2 + 20} textAnchor="middle" fontSize={10} fill="#595959">
          {shorten(items[0]?.label ?? '', 26)}
        </text>
      </svg>
      <div style={{ fontSize: FONT, display: 'grid', gap: 6 }}>
        {items.map((item, i) => (
          <button
            key={item.key}
            type="button"
            onClick={() => onSelect(item)}
            style={{
              all: 'unset',
              cursor: 'pointer',
              display: 'inline-flex',
              alignItems: 'center',
              gap: 6,
            }}
            className="vd-chart-hit"
          >
            <span
              aria-hidden
              style={{ width: 10, height: 10, background: colors[i % colors.length], borderRadius: 2 }}
            />
            <span>
              {item.label}: <b>{formatNumber(item.value)}</b> ({formatPercent(share(item.value))})
            </span>
          </button>
        ))}
      </div>
    </div>
  );
}
