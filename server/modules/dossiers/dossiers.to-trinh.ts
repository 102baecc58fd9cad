// The Tờ trình of a dossier (server/render/to-trinh.docx.ts): the proposing body as documents name it, the
// locality of the date line, the signer's block left for the head to sign, and one row per nominee.
import { sql } from 'drizzle-orm';
import { todayInVietnam } from '../../../contracts/people';
import type { AwardKindCode, AwardType } from '../../../domain/regimes/types';
import { type Db, queryRows } from '../../db/client';
import type { Actor } from '../../lib/actor';
import { authorize } from '../../lib/errors';
import type { Signer } from '../../render/nd30';
import type { ToTrinhData } from '../../render/to-trinh.docx';
import { awardKindName } from '../history/history.present';
import { loadAncestry, type TreeUnit } from './dossiers.authority';
import { sidesOf } from './dossiers.policy';
import { dossierAbilities } from './dossiers.present';
import { loadNominees } from './dossiers.queries';
import { requireDossier } from './dossiers.service';

const LOCAL = ['commune', 'district', 'province'];
const PREFIX = /^(Xã|Phường|Thị trấn|Đặc khu|Huyện|Thị xã|Quận|Thành phố|Tỉnh)\s+/u;
const lower = (name: string) => (PREFIX.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name);

/** "Ủy ban nhân dân xã Cẩm Bình" for a locality, the unit's own name otherwise. */
const bodyName = (u: TreeUnit) => (LOCAL.includes(u.kind) ? `Ủy ban nhân dân ${lower(u.name)}` : u.name);

function signerOf(u: TreeUnit): Signer {
  if (LOCAL.includes(u.kind)) return { on: 'TM. Ủy ban nhân dân', title: 'Chủ tịch', name: '' };
  if (u.kind === 'school') return { title: 'Hiệu trưởng', name: '' };
  if (u.kind === 'enterprise' || u.kind === 'cooperative') return { title: 'Giám đốc', name: '' };
  return { title: 'Thủ trưởng đơn vị', name: '' };
}

/** GET /api/dossiers/:id/to-trinh.docx: the data of the document (proposer or authority side). */
export async function toTrinhData(tx: Db, actor: Actor, id: string): Promise<ToTrinhData> {
  const row = await requireDossier(tx, actor, id);
  authorize(
    dossierAbilities(row, sidesOf(actor, row)).renderToTrinh,
    'Chỉ đơn vị đề nghị và cơ quan thẩm định được lập tờ trình của hồ sơ',
  );
  const ancestry = await loadAncestry(tx, row.proposingPath);
  const self = ancestry[0]!;
  const parent = LOCAL.includes(self.kind)
    ? null
    : (ancestry.slice(1).find((u) => LOCAL.includes(u.kind) || u.kind === 'agency') ?? null);
  const locality = ancestry.find((u) => LOCAL.includes(u.kind));
  const [short] = await queryRows<{ short_name: string | null }>(
    tx,
    sql`select short_name from units where id = ${self.id}`,
  );
  const nominees = await loadNominees(tx, [row.id]);
  const personIds = nominees.filter((n) => n.subjectKind === 'individual').map((n) => n.personId!);
  const positions = new Map<string, string>();
  if (personIds.length > 0) {
    const rows = await queryRows<{ person_id: string; text: string }>(
      tx,
      sql`select distinct on (e.person_id) e.person_id, concat_ws(', ', e.position, u.name) as text
        from employments e join units u on u.id = e.unit_id
        where e.person_id in (${sql.join(
          personIds.map((p) => sql`${p}::uuid`),
          sql`, `,
        )})
        order by e.person_id, (e.to_date is null) desc, e.to_date desc nulls first, e.from_date desc`,
    );
    for (const r of rows) positions.set(r.person_id, r.text);
  }
  return {
    parentAgency: parent ? bodyName(parent) : null,
    agency: bodyName(self),
    symbol: LOCAL.includes(self.kind) ? 'TTr-UBND' : short?.short_name ? `TTr-${short.short_name}` : 'TTr',
    place: (locality ?? self).name.replace(PREFIX, ''),
    date: row.submittedAt ? todayInVietnam(row.submittedAt) : null,
    authorityLabel: row.authorityLabel,
    achievementYear: row.achievementYear,
    awardType: row.awardType as AwardType,
    nominees: nominees.map((n) => ({
      subjectKind: n.subjectKind,
      name: n.name,
      detail: n.subjectKind === 'individual' ? (positions.get(n.personId!) ?? n.detail) : n.detail,
      awardKind: n.awardKind as AwardKindCode,
      awardKindName: awardKindName(n.awardKind as AwardKindCode, row.achievementYear),
    })),
    signer: signerOf(self),
    dossierCode: row.code,
  };
}
