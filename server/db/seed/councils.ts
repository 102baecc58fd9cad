// Demo councils (Hội đồng Thi đua - Khen thưởng), written through the Councils services:
// - huyện Cẩm Xuyên: the seed report (§3.1) says the district council "được kiện toàn với 16 thành viên" in 2023.
//   It is established in 2021 with 15 members, recomposed (kiện toàn) in March 2023 with 16 and again in May 2024
//   when new heads of offices took over (still 16); it ends with the district on 30/6/2025. Members are the demo
//   people holding the posts on those dates (the deputy where a head's post was vacant); the roles follow the
//   usual composition (Chủ tịch UBND huyện chairs, the Trưởng phòng Nội vụ is Phó Chủ tịch thường trực, the civil
//   servant of Phòng Nội vụ in charge of emulation work is Ủy viên kiêm Thư ký). The report names no member and no
//   decision: names, dates and the decisions' wording are ILLUSTRATIVE (no invented document numbers).
// - tỉnh Hà Tĩnh: chaired by the Chủ tịch UBND tỉnh, the Giám đốc Sở Nội vụ as Phó Chủ tịch thường trực (N98
//   Điều 49 k2), the Trưởng ban Thi đua - Khen thưởng as Ủy viên kiêm Thư ký; illustrative.
// - xã Cẩm Bình (from 1/7/2025, when the commune awards CSTĐCS under regime C): illustrative.
import type { CompositionMemberInput, CouncilRole } from '../../../contracts/councils';
import type { Actor } from '../../lib/actor';
import { createCouncil, recomposeCouncil, updateCouncil } from '../../modules/councils/councils.service';
import type { Db } from '../client';
import type { DemoPlan } from './plan';

const ILLUSTRATIVE =
  'Dữ liệu minh họa: báo cáo 6 tháng đầu năm 2023 chỉ nêu Hội đồng được kiện toàn với 16 thành viên; ' +
  'họ tên thành viên, ngày và nội dung quyết định là giả định để trình diễn, không có số văn bản.';

/** The functions of the district council as the seed report lists them (facts.json council.functions). */
const DISTRICT_FUNCTIONS = [
  'Theo dõi các phong trào thi đua thường xuyên, chuyên đề, với các cụm, khối thi đua của huyện.',
  'Thành viên thực hiện nhiệm vụ do Chủ tịch Hội đồng phân công.',
  'Tham mưu cho Chủ tịch UBND huyện chỉ đạo, điều hành quản lý nhà nước về thi đua – khen thưởng.',
  'Thường trực Hội đồng phối hợp với Ban Tuyên giáo Huyện ủy, phòng Văn hóa - Thông tin, Trung tâm Văn hóa - Truyền thông tuyên truyền điển hình tiên tiến.',
  'Thành viên Hội đồng tham gia Đoàn kiểm tra của huyện, được phân công phụ trách cơ quan, đơn vị.',
];

interface Seat {
  unit: string;
  /** The post and how the decision writes it; then stand-ins when the post is vacant that day (the deputy). */
  posts: readonly (readonly [position: string, title: string])[];
  role: CouncilRole;
  organisation: string;
}

const seat = (
  unit: string,
  role: CouncilRole,
  organisation: string,
  ...posts: (readonly [string, string])[]
): Seat => ({ unit, role, organisation, posts });

const office = (key: string, name: string, role: CouncilRole = 'uy_vien', head = 'Trưởng phòng') =>
  seat(
    `cx.${key}`,
    role,
    `${name} huyện Cẩm Xuyên`,
    [head, `${head} ${name.replace(/^Phòng /, '')}`],
    [`Phó ${head}`, `Phó ${head} ${name.replace(/^Phòng /, '')}`],
  );

const UBND_HUYEN = 'UBND huyện Cẩm Xuyên';

/** The district council of 2021 (15 seats); a vacant head's seat goes to the deputy. */
const DISTRICT_2021: readonly Seat[] = [
  seat('cx', 'chu_tich', UBND_HUYEN, ['Chủ tịch UBND huyện', 'Chủ tịch UBND huyện']),
  office('p-noi-vu', 'Phòng Nội vụ', 'pho_chu_tich_thuong_truc'),
  seat('cx', 'pho_chu_tich', UBND_HUYEN, ['Phó Chủ tịch UBND huyện', 'Phó Chủ tịch UBND huyện']),
  office('vp', 'Văn phòng HĐND và UBND', 'uy_vien', 'Chánh Văn phòng'),
  office('p-vhtt', 'Phòng Văn hóa - Thông tin'),
  office('p-gddt', 'Phòng Giáo dục và Đào tạo'),
  office('p-tckh', 'Phòng Tài chính - Kế hoạch'),
  office('p-nnptnt', 'Phòng Nông nghiệp và Phát triển nông thôn'),
  office('p-ldtbxh', 'Phòng Lao động - Thương binh và Xã hội'),
  office('p-tu-phap', 'Phòng Tư pháp'),
  office('p-kt-ht', 'Phòng Kinh tế - Hạ tầng'),
  office('p-tnmt', 'Phòng Tài nguyên và Môi trường'),
  office('thanh-tra', 'Thanh tra', 'uy_vien', 'Chánh Thanh tra'),
  seat('cx.tt-vhtt', 'uy_vien', 'Trung tâm Văn hóa - Truyền thông huyện Cẩm Xuyên', [
    'Giám đốc',
    'Giám đốc Trung tâm Văn hóa - Truyền thông',
  ]),
  seat(
    'cx.p-noi-vu',
    'uy_vien_thu_ky',
    'Phòng Nội vụ huyện Cẩm Xuyên',
    ['Chuyên viên phụ trách thi đua, khen thưởng', 'Chuyên viên Phòng Nội vụ phụ trách thi đua, khen thưởng'],
    ['Chuyên viên', 'Chuyên viên Phòng Nội vụ'],
  ),
];

/** From 2023 (the kiện toàn of the report): 16 seats, the health centre's director joins. */
const DISTRICT_2023: readonly Seat[] = [
  ...DISTRICT_2021.slice(0, -1),
  seat('cx.ttyt', 'uy_vien', 'Trung tâm Y tế huyện Cẩm Xuyên', ['Giám đốc', 'Giám đốc Trung tâm Y tế huyện']),
  DISTRICT_2021.at(-1)!,
];

const director = (unit: string, organisation: string, role: CouncilRole = 'uy_vien') =>
  seat(
    unit,
    role,
    organisation,
    ['Giám đốc Sở', `Giám đốc ${organisation}`],
    ['Phó Giám đốc Sở', `Phó Giám đốc ${organisation}`],
  );

const PROVINCE: readonly Seat[] = [
  seat('ubnd-tinh', 'chu_tich', 'UBND tỉnh Hà Tĩnh', ['Chủ tịch UBND tỉnh', 'Chủ tịch UBND tỉnh']),
  director('so-noi-vu', 'Sở Nội vụ', 'pho_chu_tich_thuong_truc'),
  seat('ubnd-tinh', 'pho_chu_tich', 'UBND tỉnh Hà Tĩnh', [
    'Phó Chủ tịch UBND tỉnh',
    'Phó Chủ tịch UBND tỉnh',
  ]),
  director('so-gddt', 'Sở Giáo dục và Đào tạo'),
  director('so-y-te', 'Sở Y tế'),
  director('so-vhttdl', 'Sở Văn hóa, Thể thao và Du lịch'),
  director('so-tai-chinh', 'Sở Tài chính'),
  director('so-tu-phap', 'Sở Tư pháp'),
  director('so-cong-thuong', 'Sở Công Thương'),
  seat('ban-tdkt', 'uy_vien_thu_ky', 'Sở Nội vụ tỉnh Hà Tĩnh', [
    'Trưởng ban',
    'Trưởng ban Thi đua - Khen thưởng tỉnh',
  ]),
];

const COMMUNE = 'x25-cam-binh';
const UBND_XA = 'UBND xã Cẩm Bình';
const xa = (role: CouncilRole, position: string, title = position) =>
  seat(COMMUNE, role, UBND_XA, [position, title]);
const CAM_BINH: readonly Seat[] = [
  xa('chu_tich', 'Chủ tịch UBND xã'),
  xa('pho_chu_tich_thuong_truc', 'Phó Chủ tịch UBND xã'),
  xa('uy_vien', 'Chánh Văn phòng HĐND và UBND xã'),
  xa('uy_vien', 'Trưởng phòng Kinh tế'),
  xa('uy_vien', 'Trưởng phòng Văn hóa - Xã hội'),
  xa(
    'uy_vien_thu_ky',
    'Chuyên viên Văn phòng HĐND và UBND xã',
    'Chuyên viên Văn phòng HĐND và UBND xã phụ trách thi đua, khen thưởng',
  ),
];

/** The demo people holding the seats on a date, in plan order (the first holder of the post, else of a stand-in). */
function holders(plan: DemoPlan, personIds: ReadonlyMap<string, string>, seats: readonly Seat[], on: string) {
  const taken = new Set<string>();
  const members: CompositionMemberInput[] = [];
  for (const s of seats) {
    let found: { key: string; title: string } | null = null;
    for (const [position, title] of s.posts) {
      const person = plan.people.find(
        (p) =>
          !taken.has(p.key) &&
          p.employments.some(
            (e) =>
              e.unit === s.unit &&
              e.position === position &&
              e.fromDate <= on &&
              (e.toDate === null || e.toDate >= on),
          ),
      );
      if (person) {
        found = { key: person.key, title };
        break;
      }
    }
    if (!found) throw new Error(`no demo person for ${s.posts[0]![1]} on ${on}`);
    taken.add(found.key);
    members.push({
      personId: personIds.get(found.key)!,
      role: s.role,
      position: found.title,
      organisation: s.organisation,
    });
  }
  return members;
}

/** Writes the demo councils; returns their ids by key. */
export async function writeCouncils(
  tx: Db,
  actor: Actor,
  plan: DemoPlan,
  unitIds: ReadonlyMap<string, string>,
  personIds: ReadonlyMap<string, string>,
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const established = '2021-07-15';
  let district = await createCouncil(tx, actor, {
    authorityUnitId: unitIds.get('cx')!,
    name: 'Hội đồng Thi đua - Khen thưởng huyện Cẩm Xuyên',
    decision:
      'Quyết định của Chủ tịch UBND huyện Cẩm Xuyên về việc thành lập Hội đồng Thi đua - Khen thưởng huyện (minh họa, không có số văn bản)',
    establishedOn: established,
    note: [...DISTRICT_FUNCTIONS, ILLUSTRATIVE].join('\n'),
    members: holders(plan, personIds, DISTRICT_2021, established),
  });
  district = await recomposeCouncil(tx, actor, district.id, {
    version: district.version,
    decision:
      'Quyết định của Chủ tịch UBND huyện Cẩm Xuyên về việc kiện toàn Hội đồng Thi đua - Khen thưởng huyện, 16 thành viên (minh họa, không có số văn bản)',
    effectiveOn: '2023-03-15',
    note: 'Kiện toàn theo Báo cáo công tác thi đua, khen thưởng 6 tháng đầu năm 2023 (16 thành viên)',
    members: holders(plan, personIds, DISTRICT_2023, '2023-03-15'),
  });
  district = await recomposeCouncil(tx, actor, district.id, {
    version: district.version,
    decision:
      'Quyết định của Chủ tịch UBND huyện Cẩm Xuyên về việc kiện toàn Hội đồng Thi đua - Khen thưởng huyện do thay đổi cán bộ lãnh đạo các phòng (minh họa, không có số văn bản)',
    effectiveOn: '2024-05-06',
    members: holders(plan, personIds, DISTRICT_2023, '2024-05-06'),
  });
  district = await updateCouncil(tx, actor, district.id, {
    version: district.version,
    dissolvedOn: '2025-06-30',
  });
  ids.set('cx', district.id);

  // The province's council votes on the district's proposals of 2022–2023 (report-2023.ts): in place since 2021,
  // recomposed under Nghị định 98/2023/NĐ-CP from 15/01/2024.
  let province = await createCouncil(tx, actor, {
    authorityUnitId: unitIds.get('tinh')!,
    name: 'Hội đồng Thi đua - Khen thưởng tỉnh Hà Tĩnh',
    decision:
      'Quyết định của Chủ tịch UBND tỉnh Hà Tĩnh về việc thành lập Hội đồng Thi đua - Khen thưởng tỉnh (minh họa, không có số văn bản)',
    establishedOn: '2021-12-20',
    note: 'Dữ liệu minh họa: thành phần theo Nghị định 98/2023/NĐ-CP Điều 49 khoản 2 (Giám đốc Sở Nội vụ là Phó Chủ tịch thường trực); họ tên là người mẫu của hệ thống.',
    members: holders(plan, personIds, PROVINCE, '2021-12-20'),
  });
  province = await recomposeCouncil(tx, actor, province.id, {
    version: province.version,
    decision:
      'Quyết định của Chủ tịch UBND tỉnh Hà Tĩnh về việc kiện toàn Hội đồng Thi đua - Khen thưởng tỉnh theo Nghị định 98/2023/NĐ-CP (minh họa, không có số văn bản)',
    effectiveOn: '2024-01-15',
    members: holders(plan, personIds, PROVINCE, '2024-01-15'),
  });
  ids.set('tinh', province.id);

  const commune = await createCouncil(tx, actor, {
    authorityUnitId: unitIds.get(COMMUNE)!,
    name: 'Hội đồng Thi đua - Khen thưởng xã Cẩm Bình',
    decision:
      'Quyết định của Chủ tịch UBND xã Cẩm Bình về việc thành lập Hội đồng Thi đua - Khen thưởng xã (minh họa, không có số văn bản)',
    establishedOn: '2025-07-15',
    note: 'Dữ liệu minh họa: từ 01/7/2025 Chủ tịch UBND xã tặng danh hiệu Chiến sĩ thi đua cơ sở (Nghị định 129/2025/NĐ-CP Điều 59), cần Hội đồng bỏ phiếu.',
    members: holders(plan, personIds, CAM_BINH, '2025-07-15'),
  });
  ids.set(COMMUNE, commune.id);
  return ids;
}
