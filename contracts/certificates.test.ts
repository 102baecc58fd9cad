import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CertificateField, layoutProblems, LayoutGeometryBody, normalizePublicCode } from './certificates';

const field = (o: Parameters<typeof CertificateField.parse>[0]) => CertificateField.parse(o);
const a4Landscape = { paper: 'A4' as const, pageWidthMm: 297, pageHeightMm: 210, offsetXMm: 0, offsetYMm: 0 };

test('a layout whose fields lie on the sheet has no problems', () => {
  const fields = [
    field({ key: 'recipient_name', x: 60, y: 85, width: 177 }),
    field({ key: 'qr', x: 20, y: 150, width: 25 }),
  ];
  assert.deepEqual(layoutProblems({ ...a4Landscape, fields }), {});
});

test('fields past an edge, with the printer offset, are named by their path', () => {
  const problems = layoutProblems({
    ...a4Landscape,
    offsetXMm: -5,
    fields: [
      field({ key: 'recipient_name', x: 2, y: 3, width: 100, size: 20 }),
      field({ key: 'achievement', x: 20, y: 200, width: 100, maxLines: 3 }),
      field({ key: 'qr', x: 280, y: 190, width: 25 }),
    ],
  });
  assert.match(problems['fields.0.x']!, /mép trái/);
  assert.match(problems['fields.0.y']!, /mép trên/);
  assert.match(problems['fields.1.y']!, /mép dưới/);
  assert.match(problems['fields.2.y']!, /mép dưới/);
});

test('paper sizes, QR limits, one QR, a custom text needs words', () => {
  assert.match(
    layoutProblems({
      ...a4Landscape,
      pageWidthMm: 300,
      fields: [field({ key: 'qr', x: 1, y: 1, width: 20 })],
    }).pageWidthMm!,
    /A4/,
  );
  assert.deepEqual(
    layoutProblems({
      ...a4Landscape,
      paper: 'A3',
      pageWidthMm: 297,
      pageHeightMm: 420,
      fields: [field({ key: 'qr', x: 1, y: 1, width: 20 })],
    }),
    {},
  );
  const p = layoutProblems({
    ...a4Landscape,
    paper: 'custom',
    pageWidthMm: 250,
    pageHeightMm: 180,
    fields: [
      field({ key: 'qr', x: 1, y: 1, width: 10 }),
      field({ key: 'qr', x: 50, y: 1, width: 20 }),
      field({ key: 'text', x: 10, y: 50, width: 50 }),
    ],
  });
  assert.match(p['fields.0.width']!, /12 mm/);
  assert.match(p.fields!, /một mã QR/);
  assert.match(p['fields.2.template']!, /Nhập nội dung/);
  assert.match(layoutProblems({ ...a4Landscape, fields: [] }).fields!, /ít nhất một trường/);
});

test('the schema keeps line breaks of a template and rejects sizes out of range', () => {
  const parsed = LayoutGeometryBody.parse({
    ...a4Landscape,
    fields: [
      { key: 'signer_title', x: 150, y: 148, width: 120, template: ' KT. CHỦ TỊCH \r\n PHÓ  CHỦ TỊCH ' },
    ],
  });
  assert.equal(parsed.fields[0]!.template, 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
  assert.equal(
    LayoutGeometryBody.safeParse({
      ...a4Landscape,
      fields: [{ key: 'recipient_name', x: 1, y: 30, width: 50, size: 100 }],
    }).success,
    false,
  );
});

test('public codes are read as typed: case, hyphens, O/0 and I/L/1', () => {
  assert.equal(normalizePublicCode('QM3D-3YA6-NO3S-MJZC'), 'qm3d3ya6n03smjzc');
  assert.equal(normalizePublicCode('4za0qg9fnplwvwtc'), '4za0qg9fnp1wvwtc');
  assert.equal(normalizePublicCode('short'), null);
  assert.equal(normalizePublicCode('qm3d3ya6n03smjzu'), null, 'u is not in the alphabet');
});
