// People (cá nhân) and their employment history: request and response shapes, ethnic groups, phone format.
import { checkCccd } from '../domain/cccd';
import { foldVietnamese } from '../domain/text';
import { IsoDate, optionalText, pageOf, text } from './common';
import { CADRE_CLASS_LABELS, CADRE_CLASSES, GENDERS } from './enums';
import { ETHNICITIES } from './ethnicities';
import { z } from './zod';

export {
  DEFAULT_ETHNICITY,
  ETHNIC_GROUPS,
  ETHNICITIES,
  type EthnicGroup,
  findEthnicity,
} from './ethnicities';

const CADRE_CLASS_MESSAGE = `Đối tượng không hợp lệ; chọn một trong: ${CADRE_CLASSES.map((c) => CADRE_CLASS_LABELS[c]).join(', ')}`;

/**
 * A Vietnamese phone number reduced to digits with a leading 0: mobile 0[35789]xxxxxxxx (10 digits) or
 * landline 02xxxxxxxxx (11 digits); "+84 912 345 678" → "0912345678". Returns null when it is not one.
 */
export function normalizeVietnamesePhone(value: string): string | null {
  let digits = value.replace(/[\s.\-()]/g, '');
  if (digits.startsWith('+84')) digits = '0' + digits.slice(3);
  else if (/^84\d{9,10}$/.test(digits)) digits = '0' + digits.slice(2);
  if (/^0[35789]\d{8}$/.test(digits) || /^02\d{9}$/.test(digits)) return digits;
  return null;
}

export const PHONE_MESSAGE =
  'Số điện thoại không đúng định dạng Việt Nam (di động 10 số như 0912345678, cố định 11 số như 02393856789)';

const Phone = optionalText(30).refine((v) => v === null || normalizeVietnamesePhone(v) !== null, {
  message: PHONE_MESSAGE,
});
const Email = optionalText(200).pipe(
  z
    .email({ error: 'Địa chỉ email không hợp lệ' })
    .transform((v) => v.toLowerCase())
    .nullable(),
);
// Letters (any script, with marks), spaces, apostrophes (H'Hen), hyphens and dots; no digits or symbols.
const NAME_PATTERN = /^[\p{L}\p{M}' ’.-]+$/u;
const FullName = text({ min: 2, max: 200 }).refine((v) => NAME_PATTERN.test(v), {
  message: 'Họ và tên chỉ được gồm chữ cái, dấu cách, dấu gạch nối hoặc dấu nháy',
});
// Spaces and dots people type to group the digits ("042 085 001 234") are dropped.
const Cccd = optionalText(30)
  .transform((v) => (v === null ? null : v.replace(/[\s.]/g, '')))
  .refine((v) => v === null || /^\d{12}$/.test(v), { message: 'Số CCCD phải gồm đúng 12 chữ số' });
const BirthDate = IsoDate.nullable()
  .optional()
  .transform((v) => v ?? null);

// Building a DateTimeFormat is costly; bulk validation calls todayInVietnam once per row.
const VIETNAM_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });

/** Today in Vietnam, 'YYYY-MM-DD'. */
export function todayInVietnam(now: Date = new Date()): string {
  return VIETNAM_DATE.format(now);
}

const PersonFieldsObject = z.object({
  fullName: FullName,
  gender: z.enum(GENDERS, { error: 'Giới tính phải là Nam (male) hoặc Nữ (female)' }),
  birthDate: BirthDate,
  ethnicity: z
    .enum(ETHNICITIES, { error: 'Dân tộc không có trong danh mục 54 dân tộc Việt Nam' })
    .default('Kinh'),
  cccd: Cccd,
  phone: Phone.transform((v) => (v === null ? null : normalizeVietnamesePhone(v))),
  email: Email,
  address: optionalText(500),
});

/** Cross-field checks of a person: birth date not in the future, CCCD consistent with gender and birth date. */
export function checkPersonFields(
  p: { gender?: 'male' | 'female' | null; birthDate?: string | null; cccd?: string | null },
  addIssue: (path: string, message: string) => void,
): void {
  if (p.birthDate && p.birthDate > todayInVietnam())
    addIssue('birthDate', 'Ngày sinh không được ở tương lai');
  if (p.cccd) {
    const verdict = checkCccd(p.cccd, { gender: p.gender ?? null, birthDate: p.birthDate ?? null });
    if (!verdict.ok) addIssue('cccd', verdict.reason ?? 'Số CCCD không hợp lệ');
  }
}

export const EmploymentInput = z
  .object({
    unitId: z.uuid({ error: 'Chọn đơn vị công tác' }),
    position: optionalText(200),
    cadreClass: z.enum(CADRE_CLASSES, { error: CADRE_CLASS_MESSAGE }),
    isDirectWorker: z.boolean().default(false),
    fromDate: IsoDate,
    toDate: IsoDate.nullable()
      .optional()
      .transform((v) => v ?? null),
  })
  .strict()
  .refine((e) => e.toDate === null || e.toDate >= e.fromDate, {
    path: ['toDate'],
    message: 'Ngày kết thúc phải bằng hoặc sau ngày bắt đầu',
  });
export type EmploymentInput = z.output<typeof EmploymentInput>;

/** POST /api/people: the person and their first employment. */
export const PersonCreateBody = PersonFieldsObject.extend({ employment: EmploymentInput })
  .strict()
  .superRefine((p, ctx) => {
    checkPersonFields(p, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message }));
    if (p.birthDate && p.employment.fromDate < p.birthDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['employment', 'fromDate'],
        message: 'Ngày bắt đầu công tác phải sau ngày sinh',
      });
    }
  });
export type PersonCreateBody = z.output<typeof PersonCreateBody>;
export type PersonCreateInput = z.input<typeof PersonCreateBody>;

/** The bulk path (demo seeding, imports): a person with one or more employments. */
export const PersonBulkInput = PersonFieldsObject.extend({
  employments: z.array(EmploymentInput).min(1, 'Cần ít nhất một quá trình công tác').max(50),
})
  .strict()
  .superRefine((p, ctx) =>
    checkPersonFields(p, (path, message) => ctx.addIssue({ code: 'custom', path: [path], message })),
  );
export type PersonBulkInput = z.input<typeof PersonBulkInput>;
export type PersonBulkParsed = z.output<typeof PersonBulkInput>;

/** PATCH /api/people/:id: any person field, plus the version read. */
export const PersonUpdateBody = z
  .object({
    version: z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1),
    fullName: FullName.optional(),
    gender: PersonFieldsObject.shape.gender.optional(),
    birthDate: IsoDate.nullable().optional(),
    ethnicity: z
      .enum(ETHNICITIES, { error: 'Dân tộc không có trong danh mục 54 dân tộc Việt Nam' })
      .optional(),
    // Wrapped in .optional() so that an absent key stays absent (unchanged) instead of becoming null.
    cccd: Cccd.optional(),
    phone: PersonFieldsObject.shape.phone.optional(),
    email: Email.optional(),
    address: optionalText(500).optional(),
    /** Ngày tuyển dụng: continuous service for the titles counts from here. */
    recruitedOn: IsoDate.refine((v) => v <= todayInVietnam(), {
      message: 'Ngày tuyển dụng không được ở tương lai',
    })
      .nullable()
      .optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 1, { message: 'Chưa có thông tin nào cần sửa' });
export type PersonUpdateBody = z.output<typeof PersonUpdateBody>;

/** PATCH /api/people/:id/employments/:employmentId: close it or correct it. */
export const EmploymentUpdateBody = z
  .object({
    position: optionalText(200).optional(),
    cadreClass: z.enum(CADRE_CLASSES, { error: CADRE_CLASS_MESSAGE }).optional(),
    isDirectWorker: z.boolean().optional(),
    fromDate: IsoDate.optional(),
    toDate: IsoDate.nullable().optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: 'Chưa có thông tin nào cần sửa' });
export type EmploymentUpdateBody = z.output<typeof EmploymentUpdateBody>;

export const EmploymentParams = z.object({
  id: z.uuid({ error: 'Mã định danh không hợp lệ' }),
  employmentId: z.uuid({ error: 'Mã định danh không hợp lệ' }),
});

export const PEOPLE_SORTS = ['name', '-name', 'birthDate', '-birthDate', 'updatedAt', '-updatedAt'] as const;
const QueryBool = z
  .enum(['true', 'false', '1', '0'], { error: 'Chỉ nhận true hoặc false' })
  .transform((v) => v === 'true' || v === '1');

/** GET /api/people */
export const PeopleListQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  q: z.string().max(200).optional(),
  /** Default: Vietnamese name order (given name first); with q, best matches first. */
  sort: z.enum(PEOPLE_SORTS).optional(),
  unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }).optional(),
  /** With unitId: also people working in the unit's subunits (default false). */
  includeSubunits: QueryBool.default(false),
  gender: z.enum(GENDERS).optional(),
});
export type PeopleListQuery = z.output<typeof PeopleListQuery>;

export const CurrentEmploymentView = z.object({
  unitId: z.string(),
  unitName: z.string(),
  position: z.string().nullable(),
  cadreClass: z.enum(CADRE_CLASSES),
});

export const PersonListItem = z.object({
  id: z.string(),
  fullName: z.string(),
  gender: z.enum(GENDERS),
  /** Full date for admins, officers and specialists of the person's units; null for other roles (see birthYear). */
  birthDate: z.string().nullable(),
  /** The year of birth, shown to every role in scope. */
  birthYear: z.number().int().nullable(),
  /** True when a date of birth exists but this actor sees only its year. */
  birthDateMasked: z.boolean(),
  ethnicity: z.string(),
  /** Full number for admins of the person's units, masked ("042******123") for everyone else. */
  cccd: z.string().nullable(),
  cccdMasked: z.boolean(),
  current: CurrentEmploymentView.nullable(),
});
export type PersonListItem = z.infer<typeof PersonListItem>;

export const PeoplePage = pageOf(PersonListItem).extend({
  can: z.object({ create: z.boolean(), import: z.boolean() }),
});
export type PeoplePage = z.infer<typeof PeoplePage>;

export const EmploymentView = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  position: z.string().nullable(),
  cadreClass: z.enum(CADRE_CLASSES),
  isDirectWorker: z.boolean(),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  isCurrent: z.boolean(),
  can: z.object({ update: z.boolean() }),
});
export type EmploymentView = z.infer<typeof EmploymentView>;

export const PersonView = z.object({
  id: z.string(),
  fullName: z.string(),
  gender: z.enum(GENDERS),
  /** As in the list: the full date only for admins, officers and specialists of the person's units. */
  birthDate: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  birthDateMasked: z.boolean(),
  ethnicity: z.string(),
  cccd: z.string().nullable(),
  cccdMasked: z.boolean(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  recruitedOn: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  employments: z.array(EmploymentView),
  can: z.object({
    update: z.boolean(),
    addEmployment: z.boolean(),
    viewFullCccd: z.boolean(),
    viewFullBirthDate: z.boolean(),
  }),
});
export type PersonView = z.infer<typeof PersonView>;

/** One bad cell of an import: the Excel row number, the field, its column heading and the reason. */
export const ImportRowError = z.object({
  row: z.number().int(),
  field: z.string(),
  column: z.string().optional(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

export const ImportResult = z.object({ imported: z.number().int() });

/** Folded key used to compare free words typed in a spreadsheet ("Nữ", "NU", "nữ" → "nu"). */
export const wordKey = (value: string) => foldVietnamese(value).replace(/[^a-z0-9]/g, '');

/** Columns of the people import spreadsheet ("Danh sách"), in template order. */
export const PEOPLE_IMPORT_COLUMNS = [
  { key: 'stt', header: 'STT', required: false, width: 6, aliases: ['stt', 'so thu tu', 'tt'] },
  { key: 'fullName', header: 'Họ và tên', required: true, width: 28, aliases: ['ho va ten', 'ho ten'] },
  { key: 'gender', header: 'Giới tính (Nam/Nữ)', required: true, width: 12, aliases: ['gioi tinh'] },
  {
    key: 'birthDate',
    header: 'Ngày sinh (dd/mm/yyyy)',
    required: false,
    width: 14,
    aliases: ['ngay sinh', 'ngay thang nam sinh'],
  },
  { key: 'ethnicity', header: 'Dân tộc', required: false, width: 12, aliases: ['dan toc'] },
  {
    key: 'cccd',
    header: 'Số CCCD',
    required: false,
    width: 16,
    aliases: ['so cccd', 'cccd', 'so dinh danh', 'so can cuoc', 'can cuoc'],
  },
  {
    key: 'phone',
    header: 'Điện thoại',
    required: false,
    width: 14,
    aliases: ['dien thoai', 'so dien thoai', 'sdt'],
  },
  { key: 'email', header: 'Email', required: false, width: 24, aliases: ['email', 'e mail', 'thu dien tu'] },
  { key: 'address', header: 'Địa chỉ', required: false, width: 30, aliases: ['dia chi'] },
  {
    key: 'unit',
    header: 'Mã hoặc tên đơn vị',
    required: true,
    width: 30,
    aliases: ['ma hoac ten don vi', 'ma don vi', 'ten don vi', 'don vi'],
  },
  { key: 'position', header: 'Chức vụ', required: false, width: 20, aliases: ['chuc vu'] },
  { key: 'cadreClass', header: 'Đối tượng', required: true, width: 16, aliases: ['doi tuong'] },
  {
    key: 'isDirectWorker',
    header: 'Lao động trực tiếp (Có/Không)',
    required: false,
    width: 14,
    aliases: ['lao dong truc tiep'],
  },
  {
    key: 'fromDate',
    header: 'Từ ngày (dd/mm/yyyy)',
    required: true,
    width: 14,
    aliases: ['tu ngay', 'ngay bat dau'],
  },
] as const;
export type PeopleImportField = (typeof PEOPLE_IMPORT_COLUMNS)[number]['key'];

/** Most rows one import file may hold. */
export const MAX_IMPORT_ROWS = 20_000;
