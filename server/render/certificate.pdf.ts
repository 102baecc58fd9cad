// Certificates as one PDF, one page per award, drawn at the placement of certificate.layout.ts with embedded
// Liberation fonts (Vietnamese) and the QR code as vector squares. Print at 100 % ("Actual size") onto the blank.
import * as fontkitModule from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, rgb } from 'pdf-lib';
import type { CertificateValues, FontFamily, LayoutGeometry, Placement } from '../../contracts/certificates';
import { type FontStyle, loadFont, styleOf } from './certificate.fonts';
import { leftOf, placeCertificate } from './certificate.layout';

const PT_PER_MM = 72 / 25.4;
const pt = (mmValue: number) => mmValue * PT_PER_MM;

// The UMD bundle is a CommonJS module: its namespace carries it as `default`.
const fontkit = ((fontkitModule as unknown as { default?: unknown }).default ?? fontkitModule) as Parameters<
  PDFDocument['registerFontkit']
>[0];

export interface CertificatePage {
  layout: LayoutGeometry;
  values: CertificateValues;
  /** The verification URL the QR code carries; null prints no QR. */
  qrUrl: string | null;
}

export interface PdfMeta {
  title?: string;
  author?: string;
}

/** Draws one placement on a new page of the document. */
async function drawPage(
  pdf: PDFDocument,
  placement: Placement,
  font: (family: FontFamily, style: FontStyle) => Promise<PDFFont>,
): Promise<void> {
  const page = pdf.addPage([pt(placement.pageWidthMm), pt(placement.pageHeightMm)]);
  const height = page.getHeight();
  for (const t of placement.texts) {
    page.drawText(t.text, {
      x: pt(leftOf(t)),
      y: height - pt(t.y),
      size: t.size,
      font: await font(t.font, styleOf(t.bold, t.italic)),
      color: rgb(0, 0, 0),
    });
  }
  if (placement.qr) {
    const { x, y, size, cells, path } = placement.qr;
    page.drawRectangle({
      x: pt(x),
      y: height - pt(y) - pt(size),
      width: pt(size),
      height: pt(size),
      color: rgb(1, 1, 1),
    });
    page.drawSvgPath(path, { x: pt(x), y: height - pt(y), scale: pt(size) / cells, color: rgb(0, 0, 0) });
  }
}

/** One PDF with a page per certificate (each page the size of its layout). */
export async function renderCertificatesPdf(
  pages: readonly CertificatePage[],
  meta: PdfMeta = {},
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(meta.title ?? 'Giấy khen');
  pdf.setAuthor(meta.author ?? 'vinhdanh');
  pdf.setCreator('vinhdanh');
  pdf.setProducer('vinhdanh (pdf-lib)');
  const embedded = new Map<string, Promise<PDFFont>>();
  const font = (family: FontFamily, style: FontStyle) => {
    const key = `${family}-${style}`;
    let hit = embedded.get(key);
    if (!hit) {
      hit = pdf.embedFont(loadFont(family, style).bytes, { subset: true });
      embedded.set(key, hit);
    }
    return hit;
  };
  for (const p of pages) await drawPage(pdf, placeCertificate(p.layout, p.values, p.qrUrl), font);
  return pdf.save();
}
