// Demo inspections: huyện Cẩm Xuyên's yearly plan for 2023 (the seed report, §3.3: "Hàng năm huyện xây dựng và ban
// hành Kế hoạch kiểm tra … ban hành quyết định thành lập Đoàn kiểm tra …"), written through the Inspections
// services. The report gives neither the plan's number nor the units inspected nor any result: the team is drawn
// from demo people of the district (the demo council may come later), and the units, dates, findings and
// recommendations are ILLUSTRATIVE, as the plan's note says.
import type { PlanView } from '../../../contracts/inspections';
import type { Actor } from '../../lib/actor';
import { createPlan, replaceTeam } from '../../modules/inspections/inspections.service';
import {
  addRecommendation,
  addTarget,
  reportFollowUp,
  updateTarget,
} from '../../modules/inspections/inspections.targets';
import type { Db } from '../client';
import type { DemoPlan } from './plan';

const ON = '2023-09-15';

export const DEMO_PLAN_NOTE =
  'Dữ liệu minh họa. Báo cáo 6 tháng đầu năm 2023 chỉ nêu huyện ban hành kế hoạch kiểm tra hằng năm và quyết định ' +
  'thành lập Đoàn kiểm tra gồm các thành viên Hội đồng Thi đua - Khen thưởng huyện; báo cáo không nêu số hiệu văn bản, ' +
  'số cuộc kiểm tra hay kết quả. Thành phần đoàn, đơn vị, lịch, kết quả và kiến nghị dưới đây là giả định để trình diễn.';

/** The team: who (by unit and position in September 2023), their role and assignment. */
const TEAM = [
  {
    unit: 'cx',
    position: 'Phó Chủ tịch UBND huyện',
    title: 'Phó Chủ tịch UBND huyện',
    role: 'truong_doan',
    assignment: 'Chỉ đạo chung',
  },
  {
    unit: 'cx.p-noi-vu',
    position: 'Phó Trưởng phòng',
    title: 'Phó Trưởng phòng Nội vụ',
    role: 'pho_truong_doan',
    assignment: 'Phụ trách Thị trấn Cẩm Xuyên',
  },
  {
    unit: 'cx.p-vhtt',
    position: 'Trưởng phòng',
    title: 'Trưởng phòng Văn hóa - Thông tin',
    role: 'thanh_vien',
    assignment: 'Phụ trách xã Cẩm Quang',
  },
  {
    unit: 'cx.p-gddt',
    position: 'Trưởng phòng',
    title: 'Trưởng phòng Giáo dục và Đào tạo',
    role: 'thanh_vien',
    assignment: 'Phụ trách xã Cẩm Bình',
  },
  {
    unit: 'cx.p-nnptnt',
    position: 'Trưởng phòng',
    title: 'Trưởng phòng Nông nghiệp và Phát triển nông thôn',
    role: 'thanh_vien',
    assignment: 'Phụ trách xã Cẩm Trung',
  },
  {
    unit: 'cx.p-noi-vu',
    position: 'Chuyên viên phụ trách thi đua, khen thưởng',
    title: 'Chuyên viên Phòng Nội vụ',
    role: 'thu_ky',
    assignment: 'Tổng hợp kết quả kiểm tra',
  },
] as const;

interface TargetPlan {
  unit: string;
  lead: number;
  from: string;
  findings: string;
  resultDocument: string;
  resultDocumentDate: string;
  recommendations: {
    content: string;
    dueOn: string;
    followUps: { status: 'in_progress' | 'done'; on: string; note: string }[];
  }[];
}

const FINDINGS_INTRO = '(Nội dung minh họa)';

const TARGETS: TargetPlan[] = [
  {
    unit: 'tt-cam-xuyen',
    lead: 1,
    from: '2023-09-12',
    findings: `${FINDINGS_INTRO}\nĐơn vị đã ban hành kế hoạch tổ chức phong trào thi đua năm 2023, tổ chức đăng ký danh hiệu thi đua đầu năm.\nHồ sơ đề nghị khen thưởng lưu chưa đầy đủ biên bản họp xét của Hội đồng Thi đua - Khen thưởng cơ sở.`,
    resultDocument: 'Thông báo kết luận kiểm tra (minh họa)',
    resultDocumentDate: '2023-09-25',
    recommendations: [
      {
        content: 'Lưu trữ đầy đủ biên bản họp xét, kết quả bỏ phiếu cùng hồ sơ đề nghị khen thưởng',
        dueOn: '2023-12-31',
        followUps: [
          { status: 'done', on: '2023-11-20', note: 'Đã rà soát, bổ sung biên bản vào hồ sơ lưu năm 2023' },
        ],
      },
    ],
  },
  {
    unit: 'cam-quang',
    lead: 2,
    from: '2023-09-14',
    findings: `${FINDINGS_INTRO}\nXã đã phát động phong trào thi đua theo Chỉ thị của UBND huyện; có chuyên mục tuyên truyền điển hình trên hệ thống truyền thanh.\nViệc đăng ký thi đua của các thôn còn chậm so với thời hạn.`,
    resultDocument: 'Thông báo kết luận kiểm tra (minh họa)',
    resultDocumentDate: '2023-09-25',
    recommendations: [
      {
        content: 'Hướng dẫn các thôn đăng ký thi đua đúng thời hạn từ đầu năm',
        dueOn: '2024-02-28',
        followUps: [
          {
            status: 'in_progress',
            on: '2024-01-15',
            note: 'Đã ban hành văn bản hướng dẫn đăng ký thi đua năm 2024',
          },
        ],
      },
      {
        content: 'Bố trí công chức kiêm nhiệm công tác thi đua, khen thưởng tham gia tập huấn nghiệp vụ',
        dueOn: '2023-12-31',
        followUps: [],
      },
    ],
  },
  {
    unit: 'cam-binh',
    lead: 3,
    from: '2023-09-19',
    findings: `${FINDINGS_INTRO}\nXã thực hiện bình xét khen thưởng công khai; quan tâm khen thưởng người lao động trực tiếp.\nCông tác sơ kết phong trào thi đua chuyên đề chưa kịp thời.`,
    resultDocument: 'Thông báo kết luận kiểm tra (minh họa)',
    resultDocumentDate: '2023-09-29',
    recommendations: [
      {
        content: 'Tổ chức sơ kết phong trào thi đua chuyên đề đúng thời gian theo kế hoạch',
        dueOn: '2023-12-15',
        followUps: [
          {
            status: 'done',
            on: '2023-12-10',
            note: 'Đã tổ chức sơ kết phong trào chung sức xây dựng nông thôn mới',
          },
        ],
      },
    ],
  },
  {
    unit: 'cam-trung',
    lead: 4,
    from: '2023-09-21',
    findings: `${FINDINGS_INTRO}\nXã triển khai phong trào “Thứ 7 – ngày nông thôn mới”; hồ sơ khen thưởng đúng quy định.`,
    resultDocument: 'Thông báo kết luận kiểm tra (minh họa)',
    resultDocumentDate: '2023-09-29',
    recommendations: [],
  },
];

/** Finds the demo person holding a position at a unit on a date (the first one, as the plan lists them). */
function personAt(plan: DemoPlan, unit: string, position: string, on: string): string {
  const person = plan.people.find((p) =>
    p.employments.some(
      (e) =>
        e.unit === unit &&
        e.position === position &&
        e.fromDate <= on &&
        (e.toDate === null || e.toDate >= on),
    ),
  );
  if (!person) throw new Error(`no demo person ${position} at ${unit} on ${on}`);
  return person.key;
}

/** Writes the 2023 inspection plan of huyện Cẩm Xuyên; returns its id. */
export async function writeInspections(
  tx: Db,
  actor: Actor,
  plan: DemoPlan,
  unitIds: ReadonlyMap<string, string>,
  personIds: ReadonlyMap<string, string>,
): Promise<string> {
  const unit = (key: string) => unitIds.get(key)!;
  let view: PlanView = await createPlan(tx, actor, {
    year: 2023,
    organiserUnitId: unit('cx'),
    title: 'Kế hoạch kiểm tra công tác quản lý nhà nước về thi đua, khen thưởng năm 2023',
    content:
      'Mục đích: nắm bắt kết quả thực hiện cũng như những tồn tại, hạn chế của cơ quan, đơn vị, địa phương để có sự lãnh đạo, chỉ đạo cụ thể và hiệu quả hơn.\n' +
      'Yêu cầu: đưa phong trào thi đua thực sự đi vào chiều sâu và có sự đồng đều trong các cơ quan, đơn vị, địa phương trên địa bàn toàn huyện.\n' +
      'Thành phần: Đoàn kiểm tra của huyện gồm các thành viên Hội đồng Thi đua - Khen thưởng huyện được phân công phụ trách cơ quan, đơn vị.',
    note: DEMO_PLAN_NOTE,
  });
  const members = TEAM.map((m) => ({
    personId: personIds.get(personAt(plan, m.unit, m.position, ON))!,
    role: m.role,
    position: m.title,
    assignment: m.assignment,
  }));
  view = await replaceTeam(tx, actor, view.id, { version: view.version, members });
  for (const t of TARGETS) {
    view = await addTarget(tx, actor, view.id, {
      unitId: unit(t.unit),
      scheduledFrom: t.from,
      leadPersonId: members[t.lead]!.personId,
    });
    const target = view.targets.find((x) => x.unit.id === unit(t.unit))!;
    view = await updateTarget(tx, actor, target.id, {
      version: target.version,
      status: 'done',
      inspectedOn: t.from,
      findings: t.findings,
      resultDocument: t.resultDocument,
      resultDocumentDate: t.resultDocumentDate,
    });
    for (const r of t.recommendations) {
      view = await addRecommendation(tx, actor, target.id, { content: r.content, dueOn: r.dueOn });
      let rec = view.targets.find((x) => x.id === target.id)!.recommendations.at(-1)!;
      for (const f of r.followUps) {
        view = await reportFollowUp(tx, actor, rec.id, { version: rec.version, ...f });
        rec = view.targets.find((x) => x.id === target.id)!.recommendations.find((x) => x.id === rec.id)!;
      }
    }
  }
  return view.id;
}
