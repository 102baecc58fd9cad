// The demo organisation as data: tỉnh Hà Tĩnh, its provincial agencies, huyện Cẩm Xuyên (the district of the
// seed report, ../shared/seed/) with its communes and offices, two other districts in outline, and the
// 2020 and 2025 arrangements of communes.
//
// WHAT IS REAL AND WHAT IS NOT (read before relying on any of it):
// - The list of Cẩm Xuyên's towns and communes is as best known from public sources (2 thị trấn and 21 xã
//   after the 2019–2020 arrangement). It has not been checked against the official register: a later
//   2024 arrangement may have merged a few more communes, and that is not modelled. Cẩm Yên and Cẩm Hòa
//   (merged into Yên Hòa), Cẩm Nam, Cẩm Phúc and Cẩm Thăng (merged into Nam Phúc Thăng) are modelled as
//   the 2020 predecessors, inferred from the merged names; other 2019–2020 changes (e.g. Cẩm Huy) are not.
// - The 2019 act "Nghị quyết số 819/NQ-UBTVQH14 ngày 21/11/2019" is cited as best known.
// - The 1 July 2025 arrangement: "Nghị quyết số 1665/NQ-UBTVQH15 ngày 16/6/2025" is, as best known, the
//   Standing Committee's resolution on Hà Tĩnh's communes. The NAMES of the seven new communes below and
//   WHICH old communes form each of them are ILLUSTRATIVE, not the resolution's text. The same holds for
//   the outline districts (Thành phố Hà Tĩnh, huyện Kỳ Anh) and their arrangement.
// - Villages (thôn, tổ dân phố), enterprises and the Hà Tĩnh provincial agencies' internal details are
//   generated or generic; enterprise names are invented and any match with a registered company is chance.
// - Validity start dates: units that existed before the demo's period start on 1991-10-01, the day tỉnh Hà
//   Tĩnh was re-established; that is a plain historic placeholder, not each unit's founding date.
import type { UnitKind } from '../../../contracts/enums';

export const HISTORIC_START = '1991-10-01';
/** The 2019 commune arrangement took effect on this day (as best known). */
export const ARRANGEMENT_2020 = '2020-01-01';
export const ARRANGEMENT_2020_DOCUMENT = 'Nghị quyết số 819/NQ-UBTVQH14 ngày 21/11/2019';
/** Two-level local government: districts end and merged communes start on 1 July 2025. */
export const REFORM_DATE = '2025-07-01';
export const DISTRICT_LAST_DAY = '2025-06-30';
export const REFORM_DOCUMENT = 'Nghị quyết số 1665/NQ-UBTVQH15 ngày 16/6/2025';
export const REFORM_NOTE =
  'Dữ liệu mẫu minh họa: tên và thành phần các xã mới được giả định để trình diễn, không phải nội dung ' +
  'chính thức của Nghị quyết.';
export const DISTRICT_CLOSED_REASON =
  'Kết thúc hoạt động đơn vị hành chính cấp huyện từ ngày 01/7/2025 (tổ chức chính quyền địa phương 2 cấp)';

export interface AgencySpec {
  key: string;
  name: string;
  shortName?: string;
  kind?: UnitKind;
  /** Units below the agency. */
  children?: AgencySpec[];
}

/** Provincial agencies (cấp tỉnh). Ban Thi đua - Khen thưởng tỉnh sits under Sở Nội vụ. */
export const PROVINCIAL_AGENCIES: readonly AgencySpec[] = [
  { key: 'ubnd-tinh', name: 'Ủy ban nhân dân tỉnh Hà Tĩnh', shortName: 'UBND tỉnh' },
  {
    key: 'so-noi-vu',
    name: 'Sở Nội vụ tỉnh Hà Tĩnh',
    shortName: 'Sở Nội vụ',
    children: [
      { key: 'ban-tdkt', name: 'Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh', shortName: 'Ban TĐKT tỉnh' },
    ],
  },
  {
    key: 'so-gddt',
    name: 'Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh',
    shortName: 'Sở GD&ĐT',
    children: [
      { key: 'thpt-cam-xuyen', name: 'Trường THPT Cẩm Xuyên', kind: 'school' },
      { key: 'thpt-cam-binh', name: 'Trường THPT Cẩm Bình', kind: 'school' },
      { key: 'thpt-ha-huy-tap', name: 'Trường THPT Hà Huy Tập', kind: 'school' },
      { key: 'thpt-nguyen-dinh-lien', name: 'Trường THPT Nguyễn Đình Liễn', kind: 'school' },
      { key: 'thpt-phan-dinh-phung', name: 'Trường THPT Phan Đình Phùng', kind: 'school' },
    ],
  },
  {
    key: 'so-y-te',
    name: 'Sở Y tế tỉnh Hà Tĩnh',
    shortName: 'Sở Y tế',
    children: [{ key: 'bvdk-tinh', name: 'Bệnh viện Đa khoa tỉnh Hà Tĩnh', kind: 'health_facility' }],
  },
  { key: 'so-vhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh', shortName: 'Sở VHTT&DL' },
  { key: 'so-tai-chinh', name: 'Sở Tài chính tỉnh Hà Tĩnh', shortName: 'Sở Tài chính' },
  { key: 'so-tu-phap', name: 'Sở Tư pháp tỉnh Hà Tĩnh', shortName: 'Sở Tư pháp' },
  { key: 'so-cong-thuong', name: 'Sở Công Thương tỉnh Hà Tĩnh', shortName: 'Sở Công Thương' },
];

/** Offices of huyện Cẩm Xuyên (cấp huyện); all close with the district on 30/6/2025. */
export const DISTRICT_OFFICES: readonly AgencySpec[] = [
  { key: 'vp', name: 'Văn phòng HĐND và UBND huyện Cẩm Xuyên', shortName: 'Văn phòng HĐND-UBND' },
  // Phòng Nội vụ staffs the district's Hội đồng Thi đua - Khen thưởng (16 members in 2023, per the report).
  { key: 'p-noi-vu', name: 'Phòng Nội vụ huyện Cẩm Xuyên', shortName: 'Phòng Nội vụ' },
  { key: 'p-vhtt', name: 'Phòng Văn hóa - Thông tin huyện Cẩm Xuyên', shortName: 'Phòng VH-TT' },
  { key: 'p-gddt', name: 'Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên', shortName: 'Phòng GD&ĐT' },
  { key: 'p-tckh', name: 'Phòng Tài chính - Kế hoạch huyện Cẩm Xuyên', shortName: 'Phòng TC-KH' },
  {
    key: 'p-nnptnt',
    name: 'Phòng Nông nghiệp và Phát triển nông thôn huyện Cẩm Xuyên',
    shortName: 'Phòng NN&PTNT',
  },
  {
    key: 'p-ldtbxh',
    name: 'Phòng Lao động - Thương binh và Xã hội huyện Cẩm Xuyên',
    shortName: 'Phòng LĐ-TB&XH',
  },
  { key: 'p-tu-phap', name: 'Phòng Tư pháp huyện Cẩm Xuyên', shortName: 'Phòng Tư pháp' },
  { key: 'p-kt-ht', name: 'Phòng Kinh tế - Hạ tầng huyện Cẩm Xuyên', shortName: 'Phòng KT-HT' },
  { key: 'p-tnmt', name: 'Phòng Tài nguyên và Môi trường huyện Cẩm Xuyên', shortName: 'Phòng TN&MT' },
  { key: 'thanh-tra', name: 'Thanh tra huyện Cẩm Xuyên', shortName: 'Thanh tra huyện' },
  {
    key: 'tt-vhtt',
    name: 'Trung tâm Văn hóa - Truyền thông huyện Cẩm Xuyên',
    shortName: 'TT VH-TT',
    kind: 'other',
  },
];

/** Trung tâm Y tế huyện: passes under Sở Y tế on 1/7/2025 (illustrative). */
export const DISTRICT_HEALTH_CENTRE = { key: 'ttyt', name: 'Trung tâm Y tế huyện Cẩm Xuyên' };

export interface CommuneSpec {
  /** Short key, unique in the demo: 'cam-quang'. */
  key: string;
  /** The place name without the "Xã"/"Thị trấn" prefix. */
  place: string;
  town?: boolean;
  /** Coastal communes: fishermen, fish-sauce and seafood cooperatives. */
  coastal?: boolean;
  /** Formed on 1/1/2020 from these predecessors (keys of PREDECESSORS_2020). */
  formedFrom?: readonly string[];
  /** Has an agricultural cooperative (HTX nông nghiệp). */
  cooperative?: boolean;
}

/** Huyện Cẩm Xuyên's towns and communes from 2020 to 30/6/2025, as best known (see the header). */
export const CAM_XUYEN_COMMUNES: readonly CommuneSpec[] = [
  { key: 'tt-cam-xuyen', place: 'Cẩm Xuyên', town: true },
  { key: 'tt-thien-cam', place: 'Thiên Cầm', town: true, coastal: true },
  { key: 'cam-binh', place: 'Cẩm Bình', cooperative: true },
  { key: 'cam-due', place: 'Cẩm Duệ', cooperative: true },
  { key: 'cam-duong', place: 'Cẩm Dương', coastal: true },
  { key: 'cam-ha', place: 'Cẩm Hà', cooperative: true },
  { key: 'cam-hung', place: 'Cẩm Hưng', cooperative: true },
  { key: 'cam-lac', place: 'Cẩm Lạc', cooperative: true },
  { key: 'cam-linh', place: 'Cẩm Lĩnh', coastal: true },
  { key: 'cam-loc', place: 'Cẩm Lộc', cooperative: true },
  { key: 'cam-minh', place: 'Cẩm Minh' },
  { key: 'cam-my', place: 'Cẩm Mỹ', cooperative: true },
  { key: 'cam-nhuong', place: 'Cẩm Nhượng', coastal: true },
  { key: 'cam-quan', place: 'Cẩm Quan', cooperative: true },
  { key: 'cam-quang', place: 'Cẩm Quang', cooperative: true },
  { key: 'cam-son', place: 'Cẩm Sơn' },
  { key: 'cam-thach', place: 'Cẩm Thạch', cooperative: true },
  { key: 'cam-thanh', place: 'Cẩm Thành', cooperative: true },
  { key: 'cam-thinh', place: 'Cẩm Thịnh' },
  { key: 'cam-trung', place: 'Cẩm Trung', cooperative: true },
  { key: 'cam-vinh', place: 'Cẩm Vịnh' },
  { key: 'nam-phuc-thang', place: 'Nam Phúc Thăng', formedFrom: ['cam-nam', 'cam-phuc', 'cam-thang'] },
  { key: 'yen-hoa', place: 'Yên Hòa', coastal: true, formedFrom: ['cam-yen', 'cam-hoa'] },
];

/** Communes that existed until 31/12/2019 and formed Nam Phúc Thăng and Yên Hòa (inferred from the names). */
export const PREDECESSORS_2020: readonly CommuneSpec[] = [
  { key: 'cam-nam', place: 'Cẩm Nam' },
  { key: 'cam-phuc', place: 'Cẩm Phúc' },
  { key: 'cam-thang', place: 'Cẩm Thăng' },
  { key: 'cam-yen', place: 'Cẩm Yên' },
  { key: 'cam-hoa', place: 'Cẩm Hòa', coastal: true },
];

export interface NewCommuneSpec {
  key: string;
  name: string;
  kind: 'xã' | 'phường';
  /** Keys of the communes merged into it. */
  from: readonly string[];
}

/** ILLUSTRATIVE 2025 arrangement of Cẩm Xuyên's 23 communes into 7 (see the header). */
export const CAM_XUYEN_2025: readonly NewCommuneSpec[] = [
  { key: 'x25-cam-xuyen', name: 'Xã Cẩm Xuyên', kind: 'xã', from: ['tt-cam-xuyen', 'cam-quang', 'cam-quan'] },
  { key: 'x25-cam-binh', name: 'Xã Cẩm Bình', kind: 'xã', from: ['cam-binh', 'cam-vinh', 'cam-thanh'] },
  {
    key: 'x25-thien-cam',
    name: 'Xã Thiên Cầm',
    kind: 'xã',
    from: ['tt-thien-cam', 'cam-nhuong', 'yen-hoa', 'cam-duong'],
  },
  { key: 'x25-cam-due', name: 'Xã Cẩm Duệ', kind: 'xã', from: ['cam-due', 'cam-thach', 'cam-my'] },
  { key: 'x25-cam-hung', name: 'Xã Cẩm Hưng', kind: 'xã', from: ['cam-hung', 'cam-thinh', 'nam-phuc-thang'] },
  { key: 'x25-cam-lac', name: 'Xã Cẩm Lạc', kind: 'xã', from: ['cam-lac', 'cam-minh', 'cam-son'] },
  {
    key: 'x25-cam-trung',
    name: 'Xã Cẩm Trung',
    kind: 'xã',
    from: ['cam-trung', 'cam-linh', 'cam-loc', 'cam-ha'],
  },
];

/** Enterprises located in Cẩm Xuyên (invented names), keyed by the commune they sit in. */
export const ENTERPRISES: readonly { key: string; name: string; commune: string; workers: number }[] = [
  { key: 'dn-may-hong-lam', name: 'Công ty TNHH May mặc Hồng Lam', commune: 'cam-binh', workers: 24 },
  {
    key: 'dn-thuy-san-thien-cam',
    name: 'Công ty Cổ phần Chế biến Thủy sản Thiên Cầm',
    commune: 'tt-thien-cam',
    workers: 16,
  },
  {
    key: 'dn-vlxd-cam-thinh',
    name: 'Công ty TNHH Vật liệu xây dựng Cẩm Thịnh',
    commune: 'cam-thinh',
    workers: 12,
  },
  {
    key: 'dn-du-lich-bien-xanh',
    name: 'Công ty TNHH Du lịch Biển Xanh',
    commune: 'tt-thien-cam',
    workers: 8,
  },
  {
    key: 'dn-gach-cam-thach',
    name: 'Công ty Cổ phần Gạch ngói Cẩm Thạch',
    commune: 'cam-thach',
    workers: 14,
  },
  {
    key: 'dn-tm-tan-phat',
    name: 'Công ty TNHH Thương mại Dịch vụ Tân Phát',
    commune: 'tt-cam-xuyen',
    workers: 6,
  },
  {
    key: 'dn-xang-dau-minh-hai',
    name: 'Doanh nghiệp tư nhân Xăng dầu Minh Hải',
    commune: 'cam-quang',
    workers: 5,
  },
];

/** Seafood cooperatives of coastal communes, besides the agricultural ones flagged on each commune. */
export const FISHERY_COOPERATIVES: readonly { key: string; name: string; commune: string }[] = [
  { key: 'htx-hai-san-cam-nhuong', name: 'Hợp tác xã Chế biến hải sản Cẩm Nhượng', commune: 'cam-nhuong' },
  { key: 'htx-nghe-ca-thien-cam', name: 'Hợp tác xã Dịch vụ nghề cá Thiên Cầm', commune: 'tt-thien-cam' },
];

export interface OutlineDistrict {
  key: string;
  name: string;
  shortName: string;
  /** Old communes/wards: [key, full name]. */
  communes: readonly (readonly [string, string])[];
  /** ILLUSTRATIVE 2025 arrangement. */
  reform: readonly NewCommuneSpec[];
}

/** Two more districts, lightly populated, so that the province is not a single district. */
export const OUTLINE_DISTRICTS: readonly OutlineDistrict[] = [
  {
    key: 'tp-ha-tinh',
    name: 'Thành phố Hà Tĩnh',
    shortName: 'TP Hà Tĩnh',
    communes: [
      ['ph-bac-ha', 'Phường Bắc Hà'],
      ['ph-nam-ha', 'Phường Nam Hà'],
      ['ph-tan-giang', 'Phường Tân Giang'],
      ['ph-thach-linh', 'Phường Thạch Linh'],
    ],
    reform: [
      {
        key: 'p25-thanh-sen',
        name: 'Phường Thành Sen',
        kind: 'phường',
        from: ['ph-bac-ha', 'ph-nam-ha', 'ph-tan-giang', 'ph-thach-linh'],
      },
    ],
  },
  {
    key: 'ky-anh',
    name: 'Huyện Kỳ Anh',
    shortName: 'Kỳ Anh',
    communes: [
      ['ky-xuan', 'Xã Kỳ Xuân'],
      ['ky-bac', 'Xã Kỳ Bắc'],
      ['ky-phu', 'Xã Kỳ Phú'],
      ['ky-thuong', 'Xã Kỳ Thượng'],
    ],
    reform: [
      { key: 'x25-ky-xuan', name: 'Xã Kỳ Xuân', kind: 'xã', from: ['ky-xuan', 'ky-bac'] },
      { key: 'x25-ky-thuong', name: 'Xã Kỳ Thượng', kind: 'xã', from: ['ky-phu', 'ky-thuong'] },
    ],
  },
];

/** Generic village names (thôn); the real names of each commune's villages are not modelled. */
export const VILLAGE_NAMES: readonly string[] = (
  'Trung Tiến, Tân Hòa, Bắc Sơn, Đông Hà, Nam Hải, Tây Sơn, Phú Hòa, Xuân Thành, Thượng Long, ' +
  'Yên Thịnh, Đông Tiến, Trung Hòa, Vĩnh Phúc, Hưng Thịnh, Bình Minh, Thanh Sơn, Tân Phúc, ' +
  'Quyết Tiến, Đồng Tâm, Tiến Thành, Phúc An, Hòa Bình, Thắng Lợi, Liên Hương, Minh Khai, ' +
  'Quang Trung, Nam Sơn, Đông Lâm, Trung Phú, Tân Lộc, Hồng Lạc, Kim Sơn, Thượng Thành, Hạ Thành, ' +
  'Hòa Lạc, Đại Đồng, Sơn Trung, Tân Thắng, Phú Lộc, Đông Yên'
).split(', ');
