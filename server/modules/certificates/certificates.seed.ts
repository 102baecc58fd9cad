// Demo certificate layouts: a starting point for the Giấy khen of the district chairman and the Bằng khen of the
// province chairman on A4 landscape blanks. Illustrative positions (not measured from real blanks): an office
// measures its own blank, adjusts the fields and prints a sample to check.
import type { LayoutCreateInput } from '../../../contracts/certificates';
import type { Db } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { createLayout } from './certificates.service';

const FIELDS: LayoutCreateInput['fields'] = [
  { key: 'recipient_name', x: 60, y: 88, width: 177, size: 22, bold: true, italic: true },
  { key: 'recipient_line', x: 60, y: 100, width: 177, size: 14 },
  { key: 'achievement', x: 45, y: 114, width: 207, size: 15, italic: true, maxLines: 3 },
  { key: 'place_date', x: 160, y: 143, width: 115, size: 13, italic: true },
  { key: 'signer_title', x: 160, y: 151, width: 115, size: 13, bold: true },
  { key: 'signer_name', x: 160, y: 188, width: 115, size: 14, bold: true },
  { key: 'decision', x: 22, y: 188, width: 110, size: 11, align: 'left' },
  { key: 'qr', x: 25, y: 143, width: 25 },
];

/** Writes the demo layouts through the service (validated and audited like any other). */
export async function writeCertificateLayouts(
  tx: Db,
  actor: Actor,
  unitIds: ReadonlyMap<string, string>,
): Promise<number> {
  const layouts: LayoutCreateInput[] = [];
  const district = unitIds.get('cx');
  const province = unitIds.get('tinh');
  if (district) {
    layouts.push({
      authorityUnitId: district,
      name: 'Giấy khen của Chủ tịch UBND huyện (mẫu minh họa, A4 ngang)',
      awardKinds: ['GK', 'LDTT', 'CSTDCS', 'TTLDTT'],
      paper: 'A4',
      pageWidthMm: 297,
      pageHeightMm: 210,
      placeName: 'Cẩm Xuyên',
      fields: [
        { key: 'award_kind', x: 40, y: 62, width: 217, size: 34, bold: true, uppercase: true },
        ...FIELDS,
      ],
    });
  }
  if (province) {
    layouts.push({
      authorityUnitId: province,
      name: 'Bằng khen của Chủ tịch UBND tỉnh (mẫu minh họa, A4 ngang)',
      awardKinds: ['BK_TINH', 'CSTD_TINH', 'TTLDXS'],
      paper: 'A4',
      pageWidthMm: 297,
      pageHeightMm: 210,
      placeName: 'Hà Tĩnh',
      fields: FIELDS,
    });
  }
  for (const layout of layouts) await createLayout(tx, actor, layout);
  return layouts.length;
}
