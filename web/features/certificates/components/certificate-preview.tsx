// The sheet drawn from the server's placement (the same numbers the PDF is printed from): each line at its
// baseline anchor, stretched to the width the server measured, the QR code's modules, and — when editing — the
// box of every field, which can be dragged to move it (positions rounded to 0.5 mm).
import { useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import {
  CERTIFICATE_FIELD_LABELS,
  type CertificateFieldInput,
  PT_MM,
  type Placement,
} from '../../../../contracts/certificates';

const FAMILY = {
  serif: "'Times New Roman', 'Liberation Serif', Tinos, serif",
  sans: "Arial, 'Liberation Sans', Arimo, sans-serif",
} as const;

interface PreviewProps {
  placement: Placement | undefined;
  pageWidthMm: number;
  pageHeightMm: number;
  offsetXMm?: number;
  offsetYMm?: number;
  /** The fields as edited, to draw their boxes (omit for a plain preview). */
  fields?: readonly CertificateFieldInput[];
  selected?: number | null;
  onSelect?: (index: number) => void;
  onMove?: (index: number, x: number, y: number) => void;
  /** Shown width in CSS pixels. */
  width?: number | string;
}

const round = (v: number) => Math.round(v * 2) / 2;

/** The box a field occupies on the sheet (mm), as layoutProblems reasons about it. */
function boxOf(f: CertificateFieldInput, dx: number, dy: number) {
  const x = f.x + dx;
  const y = f.y + dy;
  if (f.key === 'qr') return { x, y, w: f.width, h: f.width + 4 };
  const size = (f.size ?? 14) * PT_MM;
  const lines = Math.max(f.maxLines ?? 1, ((f.template ?? '').match(/\n/g)?.length ?? 0) + 1);
  const top = y - size * 0.8;
  const bottom = y + (lines - 1) * (f.lineHeight ?? 1.3) * size + size * 0.25;
  return { x, y: top, w: f.width, h: bottom - top };
}

export function CertificatePreview({
  placement,
  pageWidthMm,
  pageHeightMm,
  offsetXMm = 0,
  offsetYMm = 0,
  fields,
  selected = null,
  onSelect,
  onMove,
  width = '100%',
}: PreviewProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ index: number; dx: number; dy: number } | null>(null);

  const toMm = (e: ReactPointerEvent) => {
    const svg = svgRef.current;
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    return { x: p.x, y: p.y };
  };

  const grid: number[] = [];
  for (let v = 10; v < Math.max(pageWidthMm, pageHeightMm); v += 10) grid.push(v);

  return (
    <svg
      ref={svgRef}
      viewBox={`0 0 ${pageWidthMm} ${pageHeightMm}`}
      width={width}
      style={{
        background: '#fffdf5',
        boxShadow: '0 1px 6px rgba(0,0,0,0.25)',
        touchAction: 'none',
        display: 'block',
      }}
      role="img"
      aria-label="Xem trước giấy khen"
      data-testid="certificate-preview"
      onPointerMove={(e) => {
        if (!drag || !onMove || !fields) return;
        const p = toMm(e);
        const f = fields[drag.index];
        if (!p || !f) return;
        onMove(drag.index, Math.max(0, round(p.x - drag.dx)), Math.max(0, round(p.y - drag.dy)));
      }}
      onPointerUp={() => setDrag(null)}
      onPointerLeave={() => setDrag(null)}
    >
      {fields
        ? grid.map((v) => (
            <g key={v} stroke={v % 50 === 0 ? '#e3dcc4' : '#f1ecdc'} strokeWidth={0.2}>
              {v < pageWidthMm ? <line x1={v} y1={0} x2={v} y2={pageHeightMm} /> : null}
              {v < pageHeightMm ? <line x1={0} y1={v} x2={pageWidthMm} y2={v} /> : null}
            </g>
          ))
        : null}
      {placement?.texts.map((t, i) => (
        <text
          key={i}
          x={t.x}
          y={t.y}
          fontSize={t.size * PT_MM}
          fontFamily={FAMILY[t.font]}
          fontWeight={t.bold ? 700 : 400}
          fontStyle={t.italic ? 'italic' : 'normal'}
          textAnchor={t.anchor}
          textLength={t.width > 0 ? t.width : undefined}
          lengthAdjust="spacingAndGlyphs"
          fill="#000"
          style={{ pointerEvents: 'none', whiteSpace: 'pre' }}
        >
          {t.text}
        </text>
      ))}
      {placement?.qr ? (
        <g
          transform={`translate(${placement.qr.x} ${placement.qr.y}) scale(${placement.qr.size / placement.qr.cells})`}
          style={{ pointerEvents: 'none' }}
        >
          <rect width={placement.qr.cells} height={placement.qr.cells} fill="#fff" />
          <path d={placement.qr.path} fill="#000" shapeRendering="crispEdges" />
        </g>
      ) : null}
      {fields?.map((f, i) => {
        const b = boxOf(f, offsetXMm, offsetYMm);
        const on = i === selected;
        const overflow = placement?.overflow.includes(i);
        return (
          <g key={i}>
            <rect
              x={b.x}
              y={b.y}
              width={b.w}
              height={b.h}
              fill={on ? 'rgba(21,87,160,0.10)' : 'transparent'}
              stroke={overflow ? '#cf1322' : on ? '#1557a0' : '#8c8c8c'}
              strokeWidth={on ? 0.5 : 0.25}
              strokeDasharray={on ? undefined : '1.5 1'}
              style={{ cursor: onMove ? 'move' : 'pointer' }}
              onPointerDown={(e) => {
                onSelect?.(i);
                const p = toMm(e);
                if (!p || !onMove) return;
                (e.target as Element).setPointerCapture?.(e.pointerId);
                setDrag({ index: i, dx: p.x - f.x, dy: p.y - f.y });
              }}
            >
              <title>{CERTIFICATE_FIELD_LABELS[f.key]}</title>
            </rect>
            {on ? (
              <text x={b.x} y={b.y - 1} fontSize={3} fill="#1557a0" style={{ pointerEvents: 'none' }}>
                {CERTIFICATE_FIELD_LABELS[f.key]} — X {f.x}, Y {f.y} mm
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}
