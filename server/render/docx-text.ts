/**
 * Test helpers for generated documents: read a .docx's text (paragraphs in document order, table cells
 * included), convert a .docx to PDF with LibreOffice when `soffice` is installed, read a PDF's text and
 * rasterise its pages with poppler when installed. Used by the tests of every document renderer.
 *
 *   docxParts(bytes)              → Map<path, Buffer> of the zip entries
 *   docxParagraphs(bytes, part?)  → string[]  (word/document.xml by default; 'word/header2.xml' etc.)
 *   docxText(bytes)               → the paragraphs joined with "\n"
 *   findSoffice()                 → path of soffice/libreoffice, or null
 *   docxToPdf(bytes)              → PDF bytes, or null when LibreOffice is not installed
 *   pdfText(bytes)                → text by pdftotext -layout, or null without poppler
 *   pdfToPngs(bytes, dir, dpi?)   → PNG paths (one per page) by pdftoppm, or [] without poppler
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { inflateRawSync } from 'node:zlib';

const run = promisify(execFile);

/** The entries of a zip file (a .docx / .xlsx), read from its central directory. */
export function docxParts(bytes: Uint8Array): Map<string, Buffer> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const parts = new Map<string, Buffer>();
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('broken zip central directory');
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLen);
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    parts.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return parts;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** The text of each paragraph of a part (document order; paragraphs inside table cells included). */
export function docxParagraphs(bytes: Uint8Array, part = 'word/document.xml'): string[] {
  const xml = docxParts(bytes).get(part);
  if (!xml) throw new Error(`no part ${part}`);
  const text = xml.toString('utf8');
  const out: string[] = [];
  for (const p of text.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g)) {
    let s = '';
    for (const t of p[0].matchAll(
      /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:tab\/>|<w:br\/>|<w:fldSimple[^>]*w:instr="([^"]*)"/g,
    )) {
      if (t[1] !== undefined) s += unescapeXml(t[1]);
      else if (t[0].startsWith('<w:tab')) s += '\t';
      else if (t[0].startsWith('<w:br')) s += '\n';
    }
    out.push(s);
  }
  return out;
}

/** All paragraphs of the document body, joined with newlines. */
export function docxText(bytes: Uint8Array): string {
  return docxParagraphs(bytes).join('\n');
}

/** The LibreOffice binary, or null. */
export function findSoffice(): string | null {
  for (const p of [
    '/usr/bin/soffice',
    '/usr/bin/libreoffice',
    '/usr/local/bin/soffice',
    '/opt/libreoffice/program/soffice',
  ]) {
    if (existsSync(p)) return p;
  }
  return null;
}

/**
 * Converts a .docx to PDF with `soffice --headless --convert-to pdf` in a private profile (parallel runs do not
 * share a lock). Null when LibreOffice is not installed.
 */
export async function docxToPdf(bytes: Uint8Array, name = 'document'): Promise<Buffer | null> {
  const soffice = findSoffice();
  if (!soffice) return null;
  const dir = await mkdtemp(join(tmpdir(), 'vd-docx-'));
  try {
    const input = join(dir, `${name}.docx`);
    await writeFile(input, bytes);
    await run(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        input,
      ],
      { timeout: 180_000 },
    );
    return await readFile(join(dir, `${name}.pdf`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A PDF's text (pdftotext -layout), or null when poppler is not installed. */
export async function pdfText(bytes: Uint8Array): Promise<string | null> {
  if (!existsSync('/usr/bin/pdftotext')) return null;
  const dir = await mkdtemp(join(tmpdir(), 'vd-pdf-'));
  try {
    const input = join(dir, 'in.pdf');
    await writeFile(input, bytes);
    const { stdout } = await run('/usr/bin/pdftotext', ['-layout', '-enc', 'UTF-8', input, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout.normalize('NFC');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Rasterises each page of a PDF into `outDir` (page-1.png …) with pdftoppm; [] without poppler. */
export async function pdfToPngs(bytes: Uint8Array, outDir: string, dpi = 60): Promise<string[]> {
  if (!existsSync('/usr/bin/pdftoppm')) return [];
  const input = join(outDir, 'in.pdf');
  await writeFile(input, bytes);
  await run('/usr/bin/pdftoppm', ['-png', '-r', String(dpi), input, join(outDir, 'page')]);
  const files = (await readdir(outDir)).filter((f) => f.startsWith('page') && f.endsWith('.png')).sort();
  return files.map((f) => join(outDir, f));
}
