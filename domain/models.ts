// Exemplary models (điển hình tiên tiến, gương "Người tốt, việc tốt" …): categories, fields, propagation
// activities, and the pure rules on a model's subject, its media links and its photos (issue #5, point 5).

/** The categories the seed report names (../shared/seed/facts.json, exemplaryModels.categories). */
export const MODEL_CATEGORIES = [
  'dien_hinh_tien_tien',
  'nguoi_tot_viec_tot',
  'xuat_sac_phong_trao',
  'hoc_tap_lam_theo_bac',
  'san_xuat_nong_thon_moi',
] as const;
export type ModelCategory = (typeof MODEL_CATEGORIES)[number];

/** Fields of activity (lĩnh vực) a model is recognised in. */
export const MODEL_FIELDS = [
  'kinh_te',
  'nong_nghiep',
  'giao_duc',
  'y_te',
  'van_hoa_xa_hoi',
  'an_sinh',
  'quoc_phong_an_ninh',
  'quan_ly_nha_nuoc',
  'dang_doan_the',
  'moi_truong',
  'khac',
] as const;
export type ModelField = (typeof MODEL_FIELDS)[number];

/** Propagation activities (the report's list: giới thiệu, chuyên đề, chuyên mục, gặp mặt biểu dương …). */
export const ACTIVITY_KINDS = [
  'gioi_thieu',
  'tuyen_truyen',
  'chuyen_de',
  'chuyen_muc',
  'gap_mat_bieu_duong',
  'khac',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const MODEL_SUBJECT_KINDS = ['individual', 'collective'] as const;
export type ModelSubjectKind = (typeof MODEL_SUBJECT_KINDS)[number];

export type FieldErrors = Record<string, string>;

export interface SubjectFacts {
  subjectKind: ModelSubjectKind;
  personId: string | null;
  unitId: string | null;
  /** A subject outside the organisation tree: a citizen, a household, a cooperative not registered … */
  subjectName: string | null;
}

/**
 * Exactly one source names the subject: an individual is a person of the person master or a named citizen;
 * a collective is a unit of the tree or a named collective outside it.
 */
export function subjectErrors(s: SubjectFacts): FieldErrors {
  const given = [s.personId, s.unitId, s.subjectName].filter((v) => v !== null).length;
  if (s.subjectKind === 'individual') {
    if (s.unitId !== null) return { unitId: 'Điển hình cá nhân không gắn với một đơn vị làm đối tượng' };
    if (given === 0)
      return { personId: 'Chọn cá nhân trong danh sách hoặc ghi họ tên người ngoài danh sách' };
    if (given > 1) return { subjectName: 'Chỉ chọn cá nhân trong danh sách hoặc ghi họ tên, không cả hai' };
    return {};
  }
  if (s.personId !== null) return { personId: 'Điển hình tập thể không gắn với một cá nhân làm đối tượng' };
  if (given === 0) return { unitId: 'Chọn đơn vị trong danh sách hoặc ghi tên tập thể ngoài danh sách' };
  if (given > 1) return { subjectName: 'Chỉ chọn đơn vị trong danh sách hoặc ghi tên tập thể, không cả hai' };
  return {};
}

/**
 * A media link the public page may show: an absolute http(s) address with a host, without credentials.
 * Returns the message of the first problem, or null.
 */
export function mediaLinkError(value: string): string | null {
  if (value.length > 2000) return 'Địa chỉ liên kết quá dài (tối đa 2.000 ký tự)';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Địa chỉ liên kết không hợp lệ (cần dạng https://…)';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return 'Chỉ nhận liên kết http:// hoặc https://';
  }
  if (!url.hostname || !url.hostname.includes('.')) return 'Địa chỉ liên kết thiếu tên miền';
  if (url.username || url.password) return 'Liên kết không được chứa tên đăng nhập hoặc mật khẩu';
  return null;
}

/** Photo types accepted (checked on the bytes, not the name) and the size limit. */
export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png'] as const;
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
export const PHOTOS_PER_MODEL = 12;

/** Why a file cannot be a model's photo, or null. */
export function photoError(file: { mime: string; size: number }, photosSoFar: number): string | null {
  if (!(PHOTO_MIME_TYPES as readonly string[]).includes(file.mime)) {
    return 'Chỉ nhận ảnh JPEG hoặc PNG';
  }
  if (file.size === 0) return 'Tệp ảnh rỗng';
  if (file.size > PHOTO_MAX_BYTES) return 'Ảnh quá lớn (tối đa 5 MB)';
  if (photosSoFar >= PHOTOS_PER_MODEL) return `Mỗi điển hình có tối đa ${PHOTOS_PER_MODEL} ảnh`;
  return null;
}

/** What a model needs before it appears on the public page. */
export function publicationErrors(model: {
  title: string;
  story: string | null;
  recognizedBy: string | null;
}): FieldErrors {
  const errors: FieldErrors = {};
  if (!model.story || model.story.length < 50) {
    errors.story = 'Cần có nội dung giới thiệu (ít nhất 50 ký tự) trước khi công bố';
  }
  if (!model.recognizedBy) errors.recognizedBy = 'Cần ghi cấp công nhận, biểu dương trước khi công bố';
  return errors;
}

/** The first paragraph of a story cut at a word boundary, for list cards. */
export function excerpt(story: string | null, max = 280): string {
  const first = (story ?? '').split('\n')[0] ?? '';
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:.\s]+$/, '')} …`;
}
