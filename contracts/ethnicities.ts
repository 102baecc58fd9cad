// The 54 ethnic groups of Viet Nam (zod-free, so the web can import it without the schemas).
import { foldVietnamese } from '../domain/text';

/**
 * The 54 ethnic groups of Vietnam, in the order and with the codes of the General Statistics Office's list
 * (Danh mục các dân tộc Việt Nam, Quyết định 1019/QĐ-TCTK ngày 12/11/2008), written as in the 2019 census.
 */
export const ETHNIC_GROUPS = [
  { code: '01', name: 'Kinh' },
  { code: '02', name: 'Tày' },
  { code: '03', name: 'Thái' },
  { code: '04', name: 'Mường' },
  { code: '05', name: 'Khmer' },
  { code: '06', name: 'Hoa' },
  { code: '07', name: 'Nùng' },
  { code: '08', name: 'Mông' },
  { code: '09', name: 'Dao' },
  { code: '10', name: 'Gia Rai' },
  { code: '11', name: 'Ê Đê' },
  { code: '12', name: 'Ba Na' },
  { code: '13', name: 'Sán Chay' },
  { code: '14', name: 'Chăm' },
  { code: '15', name: 'Cơ Ho' },
  { code: '16', name: 'Xơ Đăng' },
  { code: '17', name: 'Sán Dìu' },
  { code: '18', name: 'Hrê' },
  { code: '19', name: 'Ra Glai' },
  { code: '20', name: 'Mnông' },
  { code: '21', name: 'Thổ' },
  { code: '22', name: 'Xtiêng' },
  { code: '23', name: 'Khơ Mú' },
  { code: '24', name: 'Bru - Vân Kiều' },
  { code: '25', name: 'Cơ Tu' },
  { code: '26', name: 'Giáy' },
  { code: '27', name: 'Tà Ôi' },
  { code: '28', name: 'Mạ' },
  { code: '29', name: 'Giẻ Triêng' },
  { code: '30', name: 'Co' },
  { code: '31', name: 'Chơ Ro' },
  { code: '32', name: 'Xinh Mun' },
  { code: '33', name: 'Hà Nhì' },
  { code: '34', name: 'Chu Ru' },
  { code: '35', name: 'Lào' },
  { code: '36', name: 'La Chí' },
  { code: '37', name: 'Kháng' },
  { code: '38', name: 'Phù Lá' },
  { code: '39', name: 'La Hủ' },
  { code: '40', name: 'La Ha' },
  { code: '41', name: 'Pà Thẻn' },
  { code: '42', name: 'Lự' },
  { code: '43', name: 'Ngái' },
  { code: '44', name: 'Chứt' },
  { code: '45', name: 'Lô Lô' },
  { code: '46', name: 'Mảng' },
  { code: '47', name: 'Cơ Lao' },
  { code: '48', name: 'Bố Y' },
  { code: '49', name: 'Cống' },
  { code: '50', name: 'Si La' },
  { code: '51', name: 'Pu Péo' },
  { code: '52', name: 'Rơ Măm' },
  { code: '53', name: 'Brâu' },
  { code: '54', name: 'Ơ Đu' },
] as const;
export type EthnicGroup = (typeof ETHNIC_GROUPS)[number]['name'];
export const ETHNICITIES = ETHNIC_GROUPS.map((g) => g.name) as [EthnicGroup, ...EthnicGroup[]];
export const DEFAULT_ETHNICITY: EthnicGroup = 'Kinh';

const ethnicKey = (value: string) => foldVietnamese(value).replace(/[^a-z]/g, '');
// Other spellings found in records (older official forms, foreign spellings).
const ETHNIC_ALIASES: Record<string, EthnicGroup> = {
  viet: 'Kinh',
  khome: 'Khmer',
  hmong: 'Mông',
  meo: 'Mông',
  raglay: 'Ra Glai',
  stieng: 'Xtiêng',
  vankieu: 'Bru - Vân Kiều',
};
const ETHNIC_BY_KEY = new Map<string, EthnicGroup>([
  ...ETHNICITIES.map((name) => [ethnicKey(name), name] as const),
  ...Object.entries(ETHNIC_ALIASES),
]);

/** The ethnic group a typed name denotes, ignoring case, diacritics, spaces and hyphens ("Ê-đê" → "Ê Đê"). */
export function findEthnicity(value: string): EthnicGroup | null {
  return ETHNIC_BY_KEY.get(ethnicKey(value)) ?? null;
}
