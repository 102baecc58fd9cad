// The Unicode TrueType fonts certificates are printed with: Liberation Serif (the metrics of Times New Roman) and
// Liberation Sans (of Arial), from Debian's fonts-liberation2 / fonts-liberation, found at run time. They carry
// the Vietnamese letters; the PDF embeds them, so the printout looks the same on any computer.
import fontkit from '@pdf-lib/fontkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FontFamily } from '../../contracts/certificates';
import { AppError } from '../lib/errors';

export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FILE_STYLE: Record<FontStyle, string> = {
  regular: 'Regular',
  bold: 'Bold',
  italic: 'Italic',
  boldItalic: 'BoldItalic',
};
const FILE_FAMILY: Record<FontFamily, string> = { serif: 'LiberationSerif', sans: 'LiberationSans' };

/** Where the fonts are looked for, first match wins; CERTIFICATE_FONT_DIR comes first when set. */
export function fontDirectories(env: NodeJS.ProcessEnv = process.env): string[] {
  return [
    ...(env.CERTIFICATE_FONT_DIR ? [env.CERTIFICATE_FONT_DIR] : []),
    '/usr/share/fonts/truetype/liberation2',
    '/usr/share/fonts/truetype/liberation',
    '/usr/share/fonts/liberation',
    '/usr/local/share/fonts/liberation',
  ];
}

export const styleOf = (bold: boolean, italic: boolean): FontStyle =>
  bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular';

const cache = new Map<string, { bytes: Uint8Array; font: fontkit.Font }>();

/** The bytes and the parsed font of a family and style; a Vietnamese error when the fonts are not installed. */
export function loadFont(family: FontFamily, style: FontStyle): { bytes: Uint8Array; font: fontkit.Font } {
  const file = `${FILE_FAMILY[family]}-${FILE_STYLE[style]}.ttf`;
  const hit = cache.get(file);
  if (hit) return hit;
  const dir = fontDirectories().find((d) => existsSync(join(d, file)));
  if (!dir) {
    throw new AppError(
      'INVALID_STATE',
      `Máy chủ chưa có phông chữ ${file.replace('.ttf', '')} để in chữ tiếng Việt. ` +
        'Quản trị hệ thống cần cài gói fonts-liberation2 (Debian/Ubuntu) hoặc đặt biến CERTIFICATE_FONT_DIR ' +
        'trỏ tới thư mục chứa các tệp Liberation*.ttf.',
    );
  }
  const bytes = new Uint8Array(readFileSync(join(dir, file)));
  const loaded = { bytes, font: fontkit.create(bytes) };
  cache.set(file, loaded);
  return loaded;
}

/** Width of a line in millimetres, measured as pdf-lib draws it (sum of glyph advances). */
export function measureMm(text: string, family: FontFamily, style: FontStyle, sizePt: number): number {
  const { font } = loadFont(family, style);
  const run = font.layout(text);
  let units = 0;
  for (const g of run.glyphs) units += g.advanceWidth;
  return ((units / font.unitsPerEm) * sizePt * 25.4) / 72;
}

/** Ascent of the family as a share of the size (Liberation Serif ≈ 0.891). */
export function ascentRatio(family: FontFamily): number {
  const { font } = loadFont(family, 'regular');
  return font.ascent / font.unitsPerEm;
}
