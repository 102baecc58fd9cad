// Where every line of a certificate goes: templates filled with an award's values, upper-cased, wrapped or shrunk
// to its box with the real font metrics, and anchored on its baseline. The PDF, the .docx and the editor's preview
// all draw this one placement, so the preview shows what prints.
import QRCode from 'qrcode';
import {
  CERTIFICATE_PLACEHOLDERS,
  type CertificateField,
  type CertificatePlaceholder,
  type CertificateValues,
  DEFAULT_TEMPLATES,
  type LayoutGeometry,
  type Placement,
  type PlacedText,
  PT_MM,
} from '../../contracts/certificates';
import { measureMm, styleOf } from './certificate.fonts';

/** Measures a line in mm (injected so the rules can be tested without fonts). */
export type Measure = (
  text: string,
  field: Pick<CertificateField, 'font' | 'bold' | 'italic'>,
  sizePt: number,
) => number;

export const fontMeasure: Measure = (text, f, size) =>
  measureMm(text, f.font, styleOf(f.bold, f.italic), size);

/** The example a layout is previewed with (and the sample PDF printed with). */
export const SAMPLE_VALUES: CertificateValues = {
  ho_ten: 'Nguyễn Thị Ngọc Ánh',
  chuc_vu_don_vi: 'Giáo viên, Trường Tiểu học Cẩm Thành',
  thanh_tich: 'Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2024 - 2025',
  so_quyet_dinh: '125/QĐ-UBND',
  ngay_quyet_dinh: '03/12/2025',
  noi_ngay: 'Cẩm Xuyên, ngày 03 tháng 12 năm 2025',
  hinh_thuc: 'Giấy khen',
  nam: '2025',
  co_quan: 'Chủ tịch UBND huyện Cẩm Xuyên',
  chuc_vu_nguoi_ky: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
  nguoi_ky: 'Lê Văn Hải',
};

/** Baseline of the code printed under a QR square, below its bottom edge (mm). */
export const QR_CODE_GAP_MM = 3;

/** "xh8bpjta996cjtz1" → "xh8b-pjta-996c-jtz1" (easier to read and type). */
export const grouped = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

/** The smallest share of its size a single line may shrink to before it counts as overflowing. */
const MIN_SHRINK = 0.7;

/**
 * Fills a template. Returns '' when the template has placeholders and all of them are empty (a "Quyết định số …
 * ngày …" line with no decision prints nothing rather than its bare words).
 */
export function fillTemplate(template: string, values: CertificateValues): string {
  let used = 0;
  let filled = 0;
  const out = template.replace(/\{([a-z_]+)\}/g, (whole, name: string) => {
    if (!(name in CERTIFICATE_PLACEHOLDERS)) return whole;
    used++;
    const v = values[name as CertificatePlaceholder] ?? '';
    if (v.trim() !== '') filled++;
    return v;
  });
  if (used > 0 && filled === 0) return '';
  return out
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** Placeholders a template names that do not exist (for the editor's warning). */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(/\{([^{}]*)\}/g)]
    .map((m) => m[1]!)
    .filter((n) => !(n in CERTIFICATE_PLACEHOLDERS));
}

/** Greedy word wrap of one paragraph into lines no wider than `width` (a too-long word stays on its own line). */
export function wrapWords(text: string, width: number, measure: (s: string) => number): string[] {
  const words = text.split(' ').filter((w) => w !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate) > width) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

interface FieldLines {
  lines: string[];
  size: number;
  overflow: boolean;
}

/** Fits a field's text into its box: explicit lines each shrunk to fit; one paragraph wrapped up to maxLines. */
function fitField(text: string, f: CertificateField, measure: Measure): FieldLines {
  const at = (size: number) => (s: string) => measure(s, f, size);
  const paragraphs = text.split('\n');
  if (paragraphs.length > 1 || f.maxLines === 1) {
    // Lines as written: the whole field shrinks (one size for all) until the widest fits.
    const widest = Math.max(...paragraphs.map((p) => at(f.size)(p)));
    let size = f.size;
    if (widest > f.width) size = Math.max(f.size * MIN_SHRINK, (f.size * f.width) / widest);
    const overflow = Math.max(...paragraphs.map((p) => at(size)(p))) > f.width + 0.01;
    return { lines: paragraphs, size: round2(size), overflow };
  }
  for (let size = f.size; size >= f.size * MIN_SHRINK - 1e-9; size -= f.size * 0.05) {
    const lines = wrapWords(text, f.width, at(size));
    if (lines.length <= f.maxLines && lines.every((l) => at(size)(l) <= f.width + 0.01)) {
      return { lines, size: round2(size), overflow: false };
    }
  }
  const size = f.size * MIN_SHRINK;
  const lines = wrapWords(text, f.width, at(size));
  const kept = lines.slice(0, f.maxLines);
  if (lines.length > f.maxLines) kept[kept.length - 1] = `${kept[kept.length - 1]!} …`;
  return { lines: kept, size: round2(size), overflow: true };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The QR code of a URL as module rows: cells per side (quiet zone included) and an SVG path in module units. */
export function qrModules(url: string): {
  cells: number;
  dark: (r: number, c: number) => boolean;
  path: string;
} {
  const code = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const n = code.modules.size;
  const quiet = 2;
  const cells = n + 2 * quiet;
  const dark = (r: number, c: number) => {
    const rr = r - quiet;
    const cc = c - quiet;
    return rr >= 0 && cc >= 0 && rr < n && cc < n && code.modules.get(rr, cc) === 1;
  };
  let path = '';
  for (let r = 0; r < cells; r++) {
    let c = 0;
    while (c < cells) {
      if (!dark(r, c)) {
        c++;
        continue;
      }
      let len = 1;
      while (c + len < cells && dark(r, c + len)) len++;
      path += `M${c} ${r}h${len}v1h-${len}z`;
      c += len;
    }
  }
  return { cells, dark, path };
}

/**
 * The placement of one certificate: each field's lines with their anchor on the baseline (mm from the sheet's
 * top-left, printer offset included), and the QR square. `qrUrl` null leaves the QR out (a layout preview
 * without an award still shows where it goes, with an example URL).
 */
export function placeCertificate(
  layout: LayoutGeometry,
  values: CertificateValues,
  qrUrl: string | null,
  measure: Measure = fontMeasure,
): Placement {
  const texts: PlacedText[] = [];
  const overflow: number[] = [];
  let qr: Placement['qr'] = null;
  layout.fields.forEach((f, i) => {
    const x = f.x + layout.offsetXMm;
    const y = f.y + layout.offsetYMm;
    if (f.key === 'qr') {
      if (qrUrl) {
        const m = qrModules(qrUrl);
        qr = { x, y, size: f.width, url: qrUrl, cells: m.cells, path: m.path };
        // The code under the QR, for whoever types it at /xac-thuc instead of scanning.
        const code = grouped(qrUrl.slice(qrUrl.lastIndexOf('/') + 1));
        const label = { font: 'sans' as const, bold: false, italic: false };
        const size = Math.max(6, Math.min(8, f.width / 4));
        texts.push({
          field: i,
          text: code,
          x: round2(x + f.width / 2),
          y: round2(y + f.width + QR_CODE_GAP_MM),
          anchor: 'middle',
          ...label,
          size,
          width: round2(measure(code, label, size)),
        });
      }
      return;
    }
    let text = fillTemplate(f.template || DEFAULT_TEMPLATES[f.key], values);
    if (text === '') return;
    if (f.uppercase) text = text.toLocaleUpperCase('vi-VN');
    const fit = fitField(text, f, measure);
    if (fit.overflow) overflow.push(i);
    const anchor = f.align === 'left' ? 'start' : f.align === 'right' ? 'end' : 'middle';
    const ax = f.align === 'left' ? x : f.align === 'right' ? x + f.width : x + f.width / 2;
    fit.lines.forEach((line, n) => {
      texts.push({
        field: i,
        text: line,
        x: round2(ax),
        y: round2(y + n * f.lineHeight * fit.size * PT_MM),
        anchor,
        font: f.font,
        size: fit.size,
        bold: f.bold,
        italic: f.italic,
        width: round2(measure(line, f, fit.size)),
      });
    });
  });
  return { pageWidthMm: layout.pageWidthMm, pageHeightMm: layout.pageHeightMm, texts, qr, overflow };
}

/** Left edge of a placed line (mm). */
export function leftOf(t: PlacedText): number {
  return t.anchor === 'start' ? t.x : t.anchor === 'end' ? t.x - t.width : t.x - t.width / 2;
}
