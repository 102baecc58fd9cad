// Exemplary models (điển hình tiên tiến, gương "Người tốt, việc tốt" …): request and response shapes of
// /api/models and of the public /api/public/models (issue #5, point 5).
import {
  ACTIVITY_KINDS,
  type ActivityKind,
  MODEL_CATEGORIES,
  MODEL_FIELDS,
  MODEL_SUBJECT_KINDS,
  mediaLinkError,
  type ModelCategory,
  type ModelField,
  type ModelSubjectKind,
} from '../domain/models';
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { optionalParagraphs } from './paragraphs';
import { z } from './zod';

export { ACTIVITY_KINDS, MODEL_CATEGORIES, MODEL_FIELDS, MODEL_SUBJECT_KINDS };
export type { ActivityKind, ModelCategory, ModelField, ModelSubjectKind };

export const MODEL_CATEGORY_LABELS: Record<ModelCategory, string> = {
  dien_hinh_tien_tien: 'Gương điển hình tiên tiến',
  nguoi_tot_viec_tot: 'Gương “Người tốt, việc tốt”',
  xuat_sac_phong_trao: 'Tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua',
  hoc_tap_lam_theo_bac: 'Điển hình học tập và làm theo tấm gương đạo đức Hồ Chí Minh',
  san_xuat_nong_thon_moi: 'Điển hình trong phát triển sản xuất, xây dựng nông thôn mới',
};

export const MODEL_FIELD_LABELS: Record<ModelField, string> = {
  kinh_te: 'Kinh tế, sản xuất, kinh doanh',
  nong_nghiep: 'Nông nghiệp, nông thôn mới',
  giao_duc: 'Giáo dục, đào tạo',
  y_te: 'Y tế',
  van_hoa_xa_hoi: 'Văn hóa, xã hội',
  an_sinh: 'An sinh xã hội, giảm nghèo',
  quoc_phong_an_ninh: 'Quốc phòng, an ninh',
  quan_ly_nha_nuoc: 'Quản lý nhà nước, cải cách hành chính',
  dang_doan_the: 'Xây dựng Đảng, Mặt trận, đoàn thể',
  moi_truong: 'Tài nguyên, môi trường',
  khac: 'Lĩnh vực khác',
};

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  gioi_thieu: 'Phát hiện, giới thiệu để tuyên truyền',
  tuyen_truyen: 'Tuyên truyền trên phương tiện thông tin',
  chuyen_de: 'Nội dung chuyên đề về thi đua, khen thưởng',
  chuyen_muc: 'Chuyên mục tuyên truyền của xã, thị trấn',
  gap_mat_bieu_duong: 'Gặp mặt, biểu dương, tôn vinh',
  khac: 'Hoạt động khác',
};

export const MODEL_SUBJECT_KIND_LABELS: Record<ModelSubjectKind, string> = {
  individual: 'Cá nhân',
  collective: 'Tập thể',
};

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });
const optionalDate = IsoDate.nullable()
  .optional()
  .transform((v) => v ?? null);
const nonEmpty = (body: object) => Object.keys(body).length > 1;

export const ModelCategoryCode = z.enum(MODEL_CATEGORIES, {
  error: 'Loại điển hình không có trong danh mục',
});
export const ModelFieldCode = z.enum(MODEL_FIELDS, { error: 'Lĩnh vực không có trong danh mục' });
export const ActivityKindCode = z.enum(ACTIVITY_KINDS, {
  error: 'Hình thức tuyên truyền không có trong danh mục',
});
export const ModelSubjectKindCode = z.enum(MODEL_SUBJECT_KINDS, {
  error: 'Đối tượng phải là cá nhân (individual) hoặc tập thể (collective)',
});

/** A media link (bài báo, phóng sự, video): http or https only. */
export const MediaLinkInput = z
  .object({
    title: text({ min: 2, max: 300 }),
    url: z
      .string()
      .trim()
      .superRefine((v, ctx) => {
        const error = mediaLinkError(v);
        if (error) ctx.addIssue({ code: 'custom', message: error });
      }),
  })
  .strict();

export const ActivityInput = z
  .object({
    kind: ActivityKindCode,
    heldOn: IsoDate,
    partner: optionalText(300),
    note: optionalText(1000),
  })
  .strict();

const ModelFields = {
  subjectKind: ModelSubjectKindCode,
  personId: Uuid('Mã cá nhân không hợp lệ')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  unitId: Uuid('Mã đơn vị không hợp lệ')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  subjectName: optionalText(200),
  subjectDescription: optionalText(300),
  category: ModelCategoryCode,
  field: ModelFieldCode,
  title: text({ min: 3, max: 300 }),
  story: optionalParagraphs(30_000),
  links: z.array(MediaLinkInput).max(20, 'Tối đa 20 liên kết').default([]),
  recognizedBy: optionalText(300),
  recognizedByUnitId: Uuid('Mã đơn vị công nhận không hợp lệ')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  recognizedOn: optionalDate,
  recognitionDocument: optionalText(500),
  movementId: Uuid('Mã phong trào không hợp lệ')
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  activities: z.array(ActivityInput).max(100, 'Tối đa 100 hoạt động').default([]),
};

/** POST /api/models */
export const ModelCreateBody = z
  .object({ ownerUnitId: Uuid('Mã đơn vị quản lý không hợp lệ'), ...ModelFields })
  .strict();
export type ModelCreateBody = z.output<typeof ModelCreateBody>;
export type ModelCreateInput = z.input<typeof ModelCreateBody>;

/** PATCH /api/models/:id (with version): any field; the lists (links, activities) are replaced whole. */
export const ModelUpdateBody = z
  .object({
    version: Version,
    subjectKind: ModelSubjectKindCode.optional(),
    personId: Uuid('Mã cá nhân không hợp lệ').nullable().optional(),
    unitId: Uuid('Mã đơn vị không hợp lệ').nullable().optional(),
    subjectName: optionalText(200).optional(),
    subjectDescription: optionalText(300).optional(),
    category: ModelCategoryCode.optional(),
    field: ModelFieldCode.optional(),
    title: text({ min: 3, max: 300 }).optional(),
    story: optionalParagraphs(30_000).optional(),
    links: z.array(MediaLinkInput).max(20, 'Tối đa 20 liên kết').optional(),
    recognizedBy: optionalText(300).optional(),
    recognizedByUnitId: Uuid('Mã đơn vị công nhận không hợp lệ').nullable().optional(),
    recognizedOn: IsoDate.nullable().optional(),
    recognitionDocument: optionalText(500).optional(),
    movementId: Uuid('Mã phong trào không hợp lệ').nullable().optional(),
    activities: z.array(ActivityInput).max(100, 'Tối đa 100 hoạt động').optional(),
  })
  .strict()
  .refine(nonEmpty, { message: 'Chưa có thông tin nào cần sửa' });
export type ModelUpdateBody = z.output<typeof ModelUpdateBody>;
export type ModelUpdateInput = z.input<typeof ModelUpdateBody>;

/** POST /api/models/:id/publish and …/unpublish */
export const PublishBody = z.object({ version: Version }).strict();

export const ModelListQuery = ListQuery.extend({
  category: ModelCategoryCode.optional(),
  field: ModelFieldCode.optional(),
  published: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  ownerUnitId: Uuid('Mã đơn vị không hợp lệ').optional(),
});
export type ModelListQuery = z.output<typeof ModelListQuery>;

export const PublicModelListQuery = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(50).default(12),
  q: z.string().max(200).optional(),
  category: ModelCategoryCode.optional(),
  field: ModelFieldCode.optional(),
});
export type PublicModelListQuery = z.output<typeof PublicModelListQuery>;

// ---- Views ----

const Ref = z.object({ id: z.string(), name: z.string() });

export const ActivityView = z.object({
  id: z.string(),
  kind: ActivityKindCode,
  heldOn: z.string(),
  partner: z.string().nullable(),
  note: z.string().nullable(),
});
export type ActivityView = z.infer<typeof ActivityView>;

export const PhotoView = z.object({
  id: z.string(),
  caption: z.string().nullable(),
  /** Where the image is served (the signed-in route, or the public one for a published model). */
  url: z.string(),
});
export type PhotoView = z.infer<typeof PhotoView>;

export const LinkView = z.object({ title: z.string(), url: z.string() });

export const SubjectView = z.object({
  kind: ModelSubjectKindCode,
  /** person / unit: in the tree; free: named outside it. */
  source: z.enum(['person', 'unit', 'free']),
  id: z.string().nullable(),
  name: z.string(),
  /** Who the subject is: the description entered, else the person's position and unit at recognition. */
  description: z.string().nullable(),
});
export type SubjectView = z.infer<typeof SubjectView>;

export const ModelView = z.object({
  id: z.string(),
  ownerUnit: Ref,
  subject: SubjectView,
  subjectDescription: z.string().nullable(),
  category: ModelCategoryCode,
  field: ModelFieldCode,
  title: z.string(),
  story: z.string().nullable(),
  links: z.array(LinkView),
  recognizedBy: z.string().nullable(),
  recognizedByUnit: Ref.nullable(),
  recognizedOn: z.string().nullable(),
  recognitionDocument: z.string().nullable(),
  movementId: z.string().nullable(),
  /** The movement the model arose in (null when none, or when its id is no longer known). */
  movement: Ref.nullable(),
  published: z.boolean(),
  publishedAt: z.string().nullable(),
  activities: z.array(ActivityView),
  photos: z.array(PhotoView),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({ update: z.boolean(), delete: z.boolean(), publish: z.boolean() }),
});
export type ModelView = z.infer<typeof ModelView>;

export const ModelListItem = z.object({
  id: z.string(),
  ownerUnit: Ref,
  subject: SubjectView,
  category: ModelCategoryCode,
  field: ModelFieldCode,
  title: z.string(),
  recognizedBy: z.string().nullable(),
  recognizedOn: z.string().nullable(),
  published: z.boolean(),
  activityCount: z.number().int(),
  lastActivityOn: z.string().nullable(),
  photoCount: z.number().int(),
});
export type ModelListItem = z.infer<typeof ModelListItem>;

export const ModelPage = pageOf(ModelListItem).extend({ can: z.object({ create: z.boolean() }) });
export type ModelPage = z.infer<typeof ModelPage>;

/** What the public page shows of a published model: never a CCCD, a birth date or internal notes. */
export const PublicSubjectView = z.object({
  kind: ModelSubjectKindCode,
  name: z.string(),
  description: z.string().nullable(),
});

export const PublicModelListItem = z.object({
  id: z.string(),
  title: z.string(),
  category: ModelCategoryCode,
  field: ModelFieldCode,
  subject: PublicSubjectView,
  recognizedBy: z.string().nullable(),
  recognizedOn: z.string().nullable(),
  excerpt: z.string(),
  coverPhotoUrl: z.string().nullable(),
});
export type PublicModelListItem = z.infer<typeof PublicModelListItem>;

export const PublicModelPage = pageOf(PublicModelListItem);
export type PublicModelPage = z.infer<typeof PublicModelPage>;

export const PublicActivityView = ActivityView.omit({ id: true, note: true });

export const PublicModelView = z.object({
  id: z.string(),
  title: z.string(),
  category: ModelCategoryCode,
  field: ModelFieldCode,
  subject: PublicSubjectView,
  story: z.string().nullable(),
  links: z.array(LinkView),
  recognizedBy: z.string().nullable(),
  recognizedOn: z.string().nullable(),
  recognitionDocument: z.string().nullable(),
  movementName: z.string().nullable(),
  activities: z.array(PublicActivityView),
  photos: z.array(PhotoView),
});
export type PublicModelView = z.infer<typeof PublicModelView>;
