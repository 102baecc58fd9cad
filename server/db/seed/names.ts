// Vietnamese name parts for generated demo people. The names are assembled at random: they are not real
// persons, and any likeness to a real person is chance.
import type { Gender } from '../../../contracts/enums';
import type { Random } from './prng';

/**
 * Family names weighted roughly like their share of the population (Nguyễn ~38 %, Trần ~11 %, Lê ~9.5 % …).
 * Võ and Hoàng are more common than Vũ and Huỳnh in Hà Tĩnh, so the pairs are split that way.
 */
export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 380],
  ['Trần', 110],
  ['Lê', 95],
  ['Phạm', 70],
  ['Hoàng', 38],
  ['Huỳnh', 8],
  ['Phan', 45],
  ['Võ', 28],
  ['Vũ', 12],
  ['Đặng', 21],
  ['Bùi', 20],
  ['Đỗ', 14],
  ['Hồ', 13],
  ['Ngô', 13],
  ['Dương', 10],
  ['Lý', 5],
  ['Đinh', 8],
  ['Trương', 7],
  ['Đào', 6],
  ['Cao', 5],
  ['Thái', 5],
  ['Hà', 5],
  ['Mai', 4],
  ['Lưu', 3],
  ['Đoàn', 4],
  ['Chu', 2],
  ['Tạ', 2],
  ['Kiều', 1],
];

const MALE_MIDDLE: readonly (readonly [string, number])[] = [
  ['Văn', 40],
  ['Đức', 8],
  ['Hữu', 8],
  ['Quang', 6],
  ['Minh', 6],
  ['Xuân', 5],
  ['Đình', 6],
  ['Công', 4],
  ['Trọng', 4],
  ['Thanh', 3],
  ['Ngọc', 3],
  ['Tiến', 2],
  ['Mạnh', 2],
  ['Viết', 2],
  ['Duy', 2],
  ['Thế', 2],
  ['Khắc', 1],
  ['Bá', 1],
  ['Anh', 1],
];

const FEMALE_MIDDLE: readonly (readonly [string, number])[] = [
  ['Thị', 60],
  ['Ngọc', 5],
  ['Thu', 5],
  ['Thanh', 5],
  ['Thùy', 3],
  ['Hồng', 4],
  ['Minh', 3],
  ['Kim', 3],
  ['Phương', 2],
  ['Hải', 2],
  ['Mỹ', 2],
  ['Bích', 2],
  ['Diệu', 1],
];

const MALE_GIVEN: readonly string[] = (
  'An Anh Bảo Bình Chiến Chính Công Cường Dũng Duy Dương Đạt Định Đông Đức Giang Hải Hào Hiếu Hiệp ' +
  'Hòa Hoàng Hùng Hưng Huy Khánh Khoa Kiên Lâm Lộc Long Lợi Luân Mạnh Minh Nam Nghĩa Nhân Phong ' +
  'Phúc Phương Quân Quang Quốc Quý Sơn Tài Tâm Tân Thắng Thành Thanh Thịnh Thọ Thuận Tiến Toàn ' +
  'Trung Trường Tú Tuấn Tùng Vinh Việt Vũ Vương Hậu Hạnh Đại Khải'
).split(' ');

const FEMALE_GIVEN: readonly string[] = (
  'An Anh Bích Châu Chi Dung Duyên Giang Hà Hằng Hạnh Hiền Hoa Hồng Huế Hương Hường Huyền Khánh Lan ' +
  'Liên Liễu Linh Loan Lý Mai Minh My Nga Ngân Ngọc Nguyệt Nhung Nhàn Oanh Phương Quyên Quỳnh Sen ' +
  'Tâm Thảo Thơ Thủy Thúy Thương Trang Trâm Tuyết Uyên Vân Yến Xuân Lương Hải Diệp Lài'
).split(' ');

/**
 * Names never generated: the signer named in the seed report and the other readings of his surname, and
 * "Nguyễn Văn An", the search example of the acceptance checks, so a tester who creates that person finds
 * only them.
 */
const EXCLUDED = new Set(['Lê Văn Bình', 'Lã Văn Bình', 'Hà Văn Bình', 'Nguyễn Văn An']);

/** Ethnic groups of the demo people: mostly Kinh, with the few groups that live in Hà Tĩnh and nearby. */
export const ETHNICITIES: readonly (readonly [string, number])[] = [
  ['Kinh', 975],
  ['Mường', 8],
  ['Thái', 6],
  ['Chứt', 4],
  ['Lào', 3],
  ['Tày', 2],
  ['Nùng', 2],
];

/** A full name "Family Middle Given" for a gender, never doubling a word ("Thanh Thanh"). */
export function generateFullName(random: Random, gender: Gender): string {
  for (;;) {
    const family = random.weighted(FAMILY_NAMES);
    const middle = random.weighted(gender === 'male' ? MALE_MIDDLE : FEMALE_MIDDLE);
    const given = random.pick(gender === 'male' ? MALE_GIVEN : FEMALE_GIVEN);
    if (given === middle) continue;
    const name = `${family} ${middle} ${given}`;
    if (!EXCLUDED.has(name)) return name;
  }
}
