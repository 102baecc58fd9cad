// Demo clusters (cụm thi đua) of huyện Cẩm Xuyên in 2023, written through the Clusters services. The seed report
// says the district's council follows "các cụm, khối thi đua của huyện" and that their work "hiệu quả chưa cao",
// without their number, members or results: the two clusters of five communes, the score sheet, the covenants
// and every score below are ILLUSTRATIVE, as each cluster's note says.
import type { GroupView } from '../../../contracts/clusters';
import type { Actor } from '../../lib/actor';
import { finaliseGroup, setGroupScores, setSelfScores } from '../../modules/clusters/clusters.scores';
import { createGroup, replaceMembers, replaceSheet } from '../../modules/clusters/clusters.service';
import type { Db } from '../client';

export const DEMO_CLUSTER_NOTE =
  'Dữ liệu minh họa. Báo cáo 6 tháng đầu năm 2023 nêu huyện có các cụm, khối thi đua nhưng không nêu số cụm, ' +
  'thành viên hay kết quả; thành phần cụm, giao ước, bảng điểm và điểm chấm dưới đây là giả định để trình diễn.';

const SHEET = {
  bonusCap: 5,
  sections: [
    {
      title: 'I. Thực hiện nhiệm vụ phát triển kinh tế - xã hội',
      criteria: [
        { title: 'Phát triển kinh tế, thu ngân sách, xây dựng nông thôn mới', maxPoints: 30 },
        { title: 'Văn hóa - xã hội, giáo dục, y tế, giảm nghèo', maxPoints: 20 },
        { title: 'Quốc phòng, an ninh, trật tự an toàn xã hội', maxPoints: 10 },
      ],
    },
    {
      title: 'II. Công tác thi đua, khen thưởng',
      criteria: [
        { title: 'Tổ chức, phát động, sơ kết, tổng kết phong trào thi đua', maxPoints: 15 },
        { title: 'Khen thưởng, phát hiện và nhân rộng điển hình tiên tiến', maxPoints: 10 },
        { title: 'Thực hiện giao ước thi đua, chế độ thông tin, báo cáo', maxPoints: 5 },
      ],
    },
  ],
  bonus: [
    { title: 'Mô hình, cách làm mới được cấp huyện trở lên công nhận', maxPoints: 3 },
    { title: 'Được cấp tỉnh trở lên khen thưởng trong năm', maxPoints: 3 },
  ],
  penalties: [
    { title: 'Chậm, thiếu báo cáo thi đua, khen thưởng', maxPoints: 2 },
    { title: 'Có cán bộ, công chức bị kỷ luật trong năm', maxPoints: 5 },
  ],
};

/** Cluster points per commune in sheet order: six criteria, two bonus items, two penalty items (null: none). */
type Points = (number | null)[];

interface ClusterPlan {
  name: string;
  members: string[];
  /** The cluster's points; a commune absent here is not yet scored by the cluster. */
  scores: Record<string, Points>;
  finalise: boolean;
}

// Cụm 1, hand-computed: TT Cẩm Xuyên 82 + 5 = 87; Cẩm Quang 81 + 5 − 1 = 85; Cẩm Bình 80 + 5 (6, capped) = 85
// (below Cẩm Quang: fewer criteria points); Cẩm Trung 72; Cẩm Thạch 72 + 2 − 2 = 72 (below Cẩm Trung: more
// penalty points). Cụm 2 is still being scored (two communes without the cluster's points: provisional).
const CLUSTERS: ClusterPlan[] = [
  {
    name: 'Cụm thi đua số 1',
    members: ['tt-cam-xuyen', 'cam-binh', 'cam-quang', 'cam-trung', 'cam-thach'],
    scores: {
      'tt-cam-xuyen': [27, 18, 9, 14, 9, 5, 3, 2, null, null],
      'cam-binh': [28, 17, 9, 13, 8, 5, 3, 3, null, null],
      'cam-quang': [26, 18, 9, 14, 9, 5, 3, 2, 1, null],
      'cam-trung': [24, 16, 8, 12, 8, 4, null, null, null, null],
      'cam-thach': [25, 15, 8, 12, 8, 4, 2, null, 2, null],
    },
    finalise: true,
  },
  {
    name: 'Cụm thi đua số 2',
    members: ['tt-thien-cam', 'cam-nhuong', 'cam-duong', 'cam-linh', 'yen-hoa'],
    scores: {
      'tt-thien-cam': [26, 17, 9, 13, 8, 4, 2, null, null, null],
      'cam-nhuong': [25, 18, 9, 12, 9, 5, null, 3, null, null],
      'cam-duong': [27, 16, 8, 14, 7, 4, 3, null, 1, null],
    },
    finalise: false,
  },
];

const itemIds = (g: GroupView) => [
  ...g.sheet.sections.flatMap((s) => s.criteria.map((c) => c.id)),
  ...g.sheet.bonus.map((b) => b.id),
  ...g.sheet.penalties.map((p) => p.id),
];
const maxima = (g: GroupView) => [
  ...g.sheet.sections.flatMap((s) => s.criteria.map((c) => c.maxPoints)),
  ...g.sheet.bonus.map((b) => b.maxPoints),
  ...g.sheet.penalties.map((p) => p.maxPoints),
];

/** Writes the two 2023 clusters of huyện Cẩm Xuyên; returns their ids. */
export async function writeClusters(
  tx: Db,
  actor: Actor,
  unitIds: ReadonlyMap<string, string>,
): Promise<string[]> {
  const unit = (key: string) => unitIds.get(key)!;
  const ids: string[] = [];
  for (const plan of CLUSTERS) {
    let g = await createGroup(tx, actor, {
      year: 2023,
      organiserUnitId: unit('cx'),
      kind: 'cluster',
      name: plan.name,
      note: DEMO_CLUSTER_NOTE,
      covenantDate: '2023-02-15',
      covenantText:
        `Các xã, thị trấn trong ${plan.name.toLowerCase()} giao ước thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2023 (nội dung minh họa).\n` +
        'Đăng ký danh hiệu thi đua đúng hạn; thực hiện đầy đủ chế độ thông tin, báo cáo; tổ chức tổng kết, suy tôn đơn vị dẫn đầu vào cuối năm.',
    });
    g = await replaceMembers(tx, actor, g.id, {
      version: g.version,
      members: plan.members.map((key, i) => ({
        unitId: unit(key),
        role: i === 0 ? 'leader' : i === 1 ? 'deputy' : 'member',
        rotationOrder: i + 1,
      })),
    });
    g = await replaceSheet(tx, actor, g.id, { version: g.version, ...SHEET });
    const items = itemIds(g);
    const max = maxima(g);
    for (const key of plan.members) {
      const member = g.members.find((m) => m.unit.id === unit(key))!;
      const group = plan.scores[key];
      // Every commune self-scores (a point above the cluster where the maximum allows, as communes tend to).
      g = await setSelfScores(tx, actor, g.id, member.unit.id, {
        scoresVersion: member.scoresVersion,
        scores: items.map((itemId, i) => {
          const base = group?.[i] ?? (i < 6 ? max[i]! - 2 : null);
          const self = base === null ? null : i < 8 ? Math.min(max[i]!, base + 1) : base;
          return {
            itemId,
            points: self,
            evidence:
              i < 6 ? 'Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 của đơn vị (minh họa)' : null,
          };
        }),
      });
      if (!group) continue;
      const scored = g.members.find((m) => m.unit.id === member.unit.id)!;
      g = await setGroupScores(tx, actor, g.id, member.unit.id, {
        scoresVersion: scored.scoresVersion,
        scores: items.map((itemId, i) => ({ itemId, points: group[i] ?? null })),
      });
    }
    if (plan.finalise) {
      g = await finaliseGroup(
        tx,
        actor,
        g.id,
        { version: g.version, resultDocument: `Biên bản họp tổng kết ${plan.name} năm 2023 (minh họa)` },
        new Date('2023-12-20T03:00:00Z'),
      );
    }
    ids.push(g.id);
  }
  return ids;
}
