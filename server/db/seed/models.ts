// Demo exemplary models of huyện Cẩm Xuyên, one per category the seed report names (§2, "Công tác tuyên truyền
// gương điển hình tiên tiến …"), written through the Models services. The report names no model and gives no
// count: the subjects are demo people and units, the stories and activities are ILLUSTRATIVE and say so, and no
// media link is invented. Four are published (the public page /dien-hinh), one is kept as a draft.
import type { ActivityKind, ModelCategory, ModelField } from '../../../contracts/models';
import type { Actor } from '../../lib/actor';
import { createModel, publishModel } from '../../modules/models/models.service';
import type { Db } from '../client';
import type { DemoPlan } from './plan';

export const ILLUSTRATIVE = '(Nội dung minh họa cho bản trình diễn; báo cáo không nêu tên điển hình cụ thể.)';

/** The story's paragraphs, ending with the note that they are illustrative (the list cards show the first). */
const story = (paragraphs: string[]) => [...paragraphs, ILLUSTRATIVE].join('\n');

/** The partners the report names for propagating models. */
const CENTRE = 'Trung tâm Văn hóa - Truyền thông huyện';
const PROPAGANDA = 'Ban Tuyên giáo Huyện ủy';
const CULTURE = 'Phòng Văn hóa - Thông tin huyện';

interface ModelPlan {
  /** A person (unit key and position held on 1/6/2023) or a unit key. */
  subject: { person: { unit: string; position: string } } | { unit: string };
  category: ModelCategory;
  field: ModelField;
  title: string;
  story: string[];
  recognizedOn: string;
  activities: { kind: ActivityKind; heldOn: string; partner: string; note?: string }[];
  /** Key of the demo movement it arose in (server/db/seed/movements.ts). */
  movement?: string;
  publish: boolean;
}

const MODELS: ModelPlan[] = [
  {
    subject: {
      person: { unit: 'cam-nhuong.htx-hai-san-cam-nhuong', position: 'Thành viên hợp tác xã (ngư dân)' },
    },
    category: 'nguoi_tot_viec_tot',
    field: 'van_hoa_xa_hoi',
    title: 'Ngư dân kịp thời ứng cứu tàu cá gặp nạn trên biển',
    story: [
      'Trong một chuyến ra khơi, anh cùng bạn thuyền phát hiện tàu cá của ngư dân địa phương khác bị hỏng máy, trôi dạt khi thời tiết xấu; anh đã chủ động tiếp cận, lai dắt tàu và đưa các thuyền viên vào bờ an toàn.',
      'Việc làm thể hiện tinh thần tương thân, tương ái của người dân vùng biển, được chính quyền xã đề nghị biểu dương là gương “Người tốt, việc tốt”.',
    ],
    recognizedOn: '2023-05-20',
    activities: [
      { kind: 'gioi_thieu', heldOn: '2023-05-22', partner: 'UBND xã Cẩm Nhượng' },
      { kind: 'gap_mat_bieu_duong', heldOn: '2023-06-09', partner: CULTURE },
      { kind: 'tuyen_truyen', heldOn: '2023-06-15', partner: CENTRE },
    ],
    publish: true,
  },
  {
    subject: { person: { unit: 'cam-quang.th', position: 'Giáo viên' } },
    category: 'hoc_tap_lam_theo_bac',
    field: 'giao_duc',
    title: 'Cô giáo tận tụy giúp đỡ học sinh có hoàn cảnh khó khăn',
    story: [
      'Nhiều năm liền, cô vận động phụ huynh, đồng nghiệp hỗ trợ sách vở, quần áo cho học sinh nghèo, học sinh khuyết tật; tổ chức phụ đạo miễn phí cho học sinh học chậm.',
      'Tấm gương giản dị, khiêm tốn, giàu lòng nhân ái của cô là điển hình trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh của ngành giáo dục huyện.',
    ],
    recognizedOn: '2023-05-19',
    activities: [
      { kind: 'chuyen_de', heldOn: '2023-05-25', partner: PROPAGANDA },
      { kind: 'gap_mat_bieu_duong', heldOn: '2023-06-09', partner: CULTURE },
    ],
    publish: true,
  },
  {
    subject: { unit: 'cam-binh.htx' },
    movement: 'rural-d',
    category: 'san_xuat_nong_thon_moi',
    field: 'nong_nghiep',
    title: 'Hợp tác xã liên kết sản xuất lúa hàng hóa, góp phần xây dựng nông thôn mới nâng cao',
    story: [
      'Hợp tác xã tổ chức cho thành viên sản xuất tập trung theo cánh đồng lớn, đưa giống mới và cơ giới hóa vào các khâu làm đất, thu hoạch, liên kết bao tiêu sản phẩm.',
      'Hợp tác xã tích cực tham gia phong trào “Cả huyện chung sức xây dựng huyện Cẩm Xuyên đạt chuẩn nông thôn mới nâng cao” và phong trào “Thứ 7 – ngày nông thôn mới” tại địa phương.',
    ],
    recognizedOn: '2023-06-05',
    activities: [
      { kind: 'chuyen_muc', heldOn: '2023-06-10', partner: 'Đài truyền thanh xã Cẩm Bình' },
      { kind: 'tuyen_truyen', heldOn: '2023-06-20', partner: CENTRE },
    ],
    publish: true,
  },
  {
    subject: { unit: 'cam-binh.dn-may-hong-lam' },
    movement: 'business-d',
    category: 'xuat_sac_phong_trao',
    field: 'kinh_te',
    title: 'Doanh nghiệp tạo việc làm ổn định cho lao động địa phương',
    story: [
      'Hưởng ứng phong trào thi đua “Doanh nghiệp Việt Nam hội nhập và phát triển”, công ty duy trì sản xuất ổn định, bảo đảm việc làm và chế độ cho người lao động, phần lớn là lao động tại địa phương.',
      'Công ty tham gia ủng hộ Quỹ “Vì người nghèo” và các hoạt động an sinh xã hội trên địa bàn.',
    ],
    recognizedOn: '2023-06-05',
    activities: [{ kind: 'gap_mat_bieu_duong', heldOn: '2023-06-09', partner: CULTURE }],
    publish: true,
  },
  {
    subject: { person: { unit: 'cam-quang.tyt', position: 'Trạm trưởng' } },
    category: 'dien_hinh_tien_tien',
    field: 'y_te',
    title: 'Trạm trưởng Trạm Y tế gắn bó với công tác chăm sóc sức khỏe ban đầu',
    story: [
      'Anh cùng tập thể trạm y tế làm tốt công tác tiêm chủng, phòng, chống dịch bệnh và chăm sóc sức khỏe ban đầu cho nhân dân trong xã.',
    ],
    recognizedOn: '2023-06-05',
    activities: [],
    publish: false,
  },
];

/** The first demo person holding the position at the unit on 1/6/2023. */
function personAt(plan: DemoPlan, unit: string, position: string): string {
  const on = '2023-06-01';
  const person = plan.people.find((p) =>
    p.employments.some(
      (e) =>
        e.unit === unit &&
        e.position === position &&
        e.fromDate <= on &&
        (e.toDate === null || e.toDate >= on),
    ),
  );
  if (!person) throw new Error(`no demo person ${position} at ${unit}`);
  return person.key;
}

/** Writes the demo models (owned and recognised by huyện Cẩm Xuyên, linked to the district's movements); returns their ids. */
export async function writeModels(
  tx: Db,
  actor: Actor,
  plan: DemoPlan,
  unitIds: ReadonlyMap<string, string>,
  personIds: ReadonlyMap<string, string>,
  movementIds: ReadonlyMap<string, string> = new Map(),
): Promise<string[]> {
  const district = unitIds.get('cx')!;
  const ids: string[] = [];
  for (const m of MODELS) {
    const subject =
      'person' in m.subject
        ? {
            subjectKind: 'individual' as const,
            personId: personIds.get(personAt(plan, m.subject.person.unit, m.subject.person.position))!,
          }
        : { subjectKind: 'collective' as const, unitId: unitIds.get(m.subject.unit)! };
    let view = await createModel(tx, actor, {
      ownerUnitId: district,
      ...subject,
      category: m.category,
      field: m.field,
      title: m.title,
      story: story(m.story),
      recognizedBy: 'Chủ tịch UBND huyện Cẩm Xuyên',
      recognizedByUnitId: district,
      recognizedOn: m.recognizedOn,
      recognitionDocument: 'Giấy khen của Chủ tịch UBND huyện (minh họa; báo cáo không nêu số quyết định)',
      movementId: (m.movement && movementIds.get(m.movement)) || null,
      activities: m.activities,
    });
    if (m.publish) view = await publishModel(tx, actor, view.id, { version: view.version });
    ids.push(view.id);
  }
  return ids;
}
