// Demo dossiers of xã Cẩm Bình (from 1/7/2025), written through the Dossiers services as the demo accounts
// canbo.cambinh (officer) and chuyenvien.cambinh (specialist), so every step is checked, timed and audited like
// a user's: a draft for 2026, a Giấy khen dossier for 2025 waiting to be received (one of its three nominees not
// eligible), one returned for supplement, one appraised and sent to the commune's council. Nominees are demo
// people chosen by their 2025 rating; the summaries say only what the demo data holds (illustrative).
import { sql } from 'drizzle-orm';
import type { DossierView } from '../../../contracts/dossiers';
import { RATING_LABELS } from '../../../contracts/history-enums';
import type { Rating } from '../../../domain/regimes/types';
import type { Actor } from '../../lib/actor';
import { appraiseNominee } from '../../modules/dossiers/dossiers.nominees';
import { createDossierDraft, getDossier } from '../../modules/dossiers/dossiers.service';
import { transitionDossier } from '../../modules/dossiers/dossiers.transitions';
import { type Db, queryRows } from '../client';

const COMMUNE = 'x25-cam-binh';
const YEAR = 2025;

/** The actor of a demo account, with its role bindings (as a signed-in session would carry them). */
/** The actor of a demo account (all its roles), as the services expect it. */
export async function accountActor(tx: Db, username: string): Promise<Actor> {
  const rows = await queryRows<{
    id: string;
    full_name: string;
    role: string;
    unit_id: string;
    path: string;
    name: string;
  }>(
    tx,
    sql`select u.id, u.full_name, r.role, r.unit_id, un.path, un.name from users u
      join user_roles r on r.user_id = u.id join units un on un.id = r.unit_id where u.username = ${username}`,
  );
  if (rows.length === 0) throw new Error(`demo account ${username} is missing`);
  return {
    userId: rows[0]!.id,
    username,
    fullName: rows[0]!.full_name,
    roles: rows.map((r) => ({
      role: r.role as Actor['roles'][number]['role'],
      unitId: r.unit_id,
      unitPath: r.path,
      unitName: r.name,
    })),
    sessionId: null,
    client: 'seed',
  };
}

interface Candidate {
  id: string;
  full_name: string;
  rating: Rating;
  unit_name: string;
}

/** People working in the commune now, by their 2025 rating, in a stable order. */
async function candidates(tx: Db, communePath: string, ratings: readonly Rating[]): Promise<Candidate[]> {
  const list = sql.join(
    ratings.map((r) => sql`${r}`),
    sql`, `,
  );
  return queryRows<Candidate & Record<string, unknown>>(
    tx,
    sql`select distinct on (p.name_sort collate "C", p.id) p.id, p.full_name, ar.rating, u.name as unit_name
      from people p
      join employments e on e.person_id = p.id and e.to_date is null
      join units u on u.id = e.unit_id and u.path like ${communePath + '%'}
      join annual_ratings ar on ar.person_id = p.id and ar.year = ${YEAR} and ar.rating in (${list})
      where not exists (select 1 from disciplines d where d.person_id = p.id)
        and not exists (select 1 from investigations i where i.person_id = p.id and i.closed_on is null)
      order by p.name_sort collate "C", p.id limit 40`,
  );
}

const summary = (c: Candidate) =>
  `Năm ${YEAR} công tác tại ${c.unit_name}; được đánh giá, xếp loại "${RATING_LABELS[c.rating]}". ` +
  'Nội dung tóm tắt thành tích là dữ liệu minh họa.';

const individual = (c: Candidate, awardKind: string) => ({
  subjectKind: 'individual' as const,
  personId: c.id,
  awardKind,
  summary: summary(c),
});

export interface DemoDossiers {
  /** Dossier ids by demo key: draft, submitted, returned, council. */
  ids: Map<string, string>;
}

/** Writes the demo dossiers; returns their ids (other demo writers may take them further). */
export async function writeDossiers(tx: Db, unitIds: ReadonlyMap<string, string>): Promise<DemoDossiers> {
  const communeId = unitIds.get(COMMUNE);
  if (!communeId) throw new Error(`demo unit ${COMMUNE} is missing`);
  const [commune] = await queryRows<{ path: string }>(
    tx,
    sql`select path from units where id = ${communeId}`,
  );
  const officer = await accountActor(tx, 'canbo.cambinh');
  const specialist = await accountActor(tx, 'chuyenvien.cambinh');
  const good = await candidates(tx, commune!.path, ['HTXS', 'HTT']);
  const weak = await candidates(tx, commune!.path, ['HT']);
  if (good.length < 9 || weak.length < 1)
    throw new Error('not enough demo people in xã Cẩm Bình for the dossiers');
  const ids = new Map<string, string>();
  const draft = (title: string, awardKinds: string[], nominees: unknown[], year = YEAR) =>
    createDossierDraft(tx, officer, {
      proposingUnitId: communeId,
      achievementYear: year,
      awardType: 'cong_trang',
      awardKinds,
      title,
      nominees,
    });
  const step = async (
    actor: Actor,
    d: DossierView,
    action: Parameters<typeof transitionDossier>[3],
    input = {},
  ) => {
    await transitionDossier(tx, actor, d.id, action, { version: d.version, ...input });
    return getDossier(tx, actor, d.id);
  };

  // 1. A draft for the year under way: the officer is still collecting the list.
  const inProgress = await draft(
    'Đề nghị tặng danh hiệu Lao động tiên tiến năm 2026 (đang tổng hợp)',
    ['LDTT'],
    [good[0]!, good[1]!].map((c) => ({ ...individual(c, 'LDTT'), summary: null })),
    2026,
  );
  ids.set('draft', inProgress.id);

  // 2. Sent, waiting to be received: three nominees, the third rated "Hoàn thành nhiệm vụ" (not eligible).
  let sent = await draft(
    'Đề nghị Chủ tịch UBND xã tặng Giấy khen năm 2025',
    ['GK'],
    [individual(good[2]!, 'GK'), individual(good[3]!, 'GK'), individual(weak[0]!, 'GK')],
  );
  sent = await step(officer, sent, 'submit');
  ids.set('submitted', sent.id);

  // 3. Returned for supplement after reception.
  let returned = await draft(
    'Đề nghị tặng Giấy khen năm 2025 (đợt 2)',
    ['GK'],
    [individual(good[4]!, 'GK'), individual(good[5]!, 'GK')],
  );
  returned = await step(officer, returned, 'submit');
  returned = await step(specialist, returned, 'receive');
  returned = await step(specialist, returned, 'return', {
    comment: 'Hồ sơ chưa có biên bản họp bình xét của đơn vị; đề nghị bổ sung trước khi thẩm định.',
    supplementItems: [
      'Biên bản họp bình xét (kèm kết quả bỏ phiếu)',
      'Báo cáo thành tích có xác nhận của cấp trình',
    ],
  });
  ids.set('returned', returned.id);

  // 4. Appraised and sent to the commune's council.
  let council = await draft(
    'Đề nghị tặng Giấy khen năm 2025 cho cá nhân có thành tích xuất sắc',
    ['GK'],
    [individual(good[6]!, 'GK'), individual(good[7]!, 'GK'), individual(good[8]!, 'GK')],
  );
  council = await step(officer, council, 'submit');
  council = await step(specialist, council, 'receive');
  council = await step(specialist, council, 'start_appraisal');
  for (const n of council.nominees) {
    council = await appraiseNominee(tx, specialist, council.id, n.id, {
      version: n.version,
      appraisal: 'agree',
      note:
        n.verdictStatus === 'eligible'
          ? 'Đủ điều kiện theo kết quả xét tự động và hồ sơ kèm theo.'
          : 'Đề nghị Hội đồng xem xét thêm các tiêu chí chưa đủ dữ liệu.',
    });
  }
  council = await step(specialist, council, 'send_to_council');
  ids.set('council', council.id);
  return { ids };
}
