// Certificates as one .docx (for offices that adjust the text in Word before printing): a section per award, the
// page the size of the blank with no margins, each placed line in a frame anchored to the page at the same
// position as in the PDF, and the QR code as a floating picture.
import {
  AlignmentType,
  Document,
  FrameAnchorType,
  HorizontalPositionRelativeFrom,
  ImageRun,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  TextRun,
  VerticalPositionRelativeFrom,
  type ISectionOptions,
} from 'docx';
import QRCode from 'qrcode';
import { PT_MM, type Placement } from '../../contracts/certificates';
import { ascentRatio } from './certificate.fonts';
import { leftOf, placeCertificate } from './certificate.layout';
import type { CertificatePage } from './certificate.pdf';
import { mm } from './nd30';

const WORD_FONT = { serif: 'Times New Roman', sans: 'Arial' } as const;
/** Room either side of a line's frame, so Word's own metrics never wrap it (mm). */
const SLACK_MM = 3;
const EMU_PER_MM = 36_000;

async function qrParagraph(qr: NonNullable<Placement['qr']>): Promise<Paragraph> {
  const px = Math.round((qr.size / 25.4) * 300);
  const png = await QRCode.toBuffer(qr.url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, width: px });
  const side = Math.round((qr.size / 25.4) * 96);
  return new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: side, height: side },
        floating: {
          horizontalPosition: {
            relative: HorizontalPositionRelativeFrom.PAGE,
            offset: Math.round(qr.x * EMU_PER_MM),
          },
          verticalPosition: {
            relative: VerticalPositionRelativeFrom.PAGE,
            offset: Math.round(qr.y * EMU_PER_MM),
          },
          allowOverlap: true,
        },
        altText: { name: 'QR', title: 'Mã QR xác thực', description: qr.url },
      }),
    ],
  });
}

async function sectionOf(placement: Placement): Promise<ISectionOptions> {
  const children: Paragraph[] = placement.texts.map((t) => {
    const sizeMm = t.size * PT_MM;
    const left = leftOf(t) - SLACK_MM;
    return new Paragraph({
      frame: {
        type: 'absolute',
        position: { x: mm(Math.max(0, left)), y: mm(Math.max(0, t.y - ascentRatio(t.font) * sizeMm)) },
        width: mm(t.width + 2 * SLACK_MM),
        anchor: { horizontal: FrameAnchorType.PAGE, vertical: FrameAnchorType.PAGE },
      },
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 0, line: Math.round(t.size * 20 * 1.15), lineRule: LineRuleType.EXACT },
      children: [
        new TextRun({
          text: t.text,
          font: WORD_FONT[t.font],
          size: Math.round(t.size * 2),
          bold: t.bold,
          italics: t.italic,
        }),
      ],
    });
  });
  if (placement.qr) children.push(await qrParagraph(placement.qr));
  if (children.length === 0) children.push(new Paragraph({ children: [] }));
  const landscape = placement.pageWidthMm > placement.pageHeightMm;
  return {
    properties: {
      page: {
        size: {
          width: mm(landscape ? placement.pageHeightMm : placement.pageWidthMm),
          height: mm(landscape ? placement.pageWidthMm : placement.pageHeightMm),
          orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
        },
        margin: { top: 0, bottom: 0, left: 0, right: 0, header: 0, footer: 0 },
      },
    },
    children,
  };
}

/** One .docx with a page (section) per certificate. */
export async function renderCertificatesDocx(pages: readonly CertificatePage[]): Promise<Buffer> {
  const sections: ISectionOptions[] = [];
  for (const p of pages) sections.push(await sectionOf(placeCertificate(p.layout, p.values, p.qrUrl)));
  const doc = new Document({
    creator: 'vinhdanh',
    title: 'Giấy khen',
    styles: { default: { document: { run: { font: WORD_FONT.serif } } } },
    sections,
  });
  return Packer.toBuffer(doc);
}
