// Emulation movements (phong trào thi đua): kinds, the role a document plays for a movement, the status a movement
// moves through with its recorded steps, the parent/child tree across levels (no cycles), indicator values as
// reports write them ("hơn 632 doanh nghiệp") and periods. Pure functions (issue #5, point 2).

export const MOVEMENT_KINDS = ['regular', 'thematic', 'campaign', 'task', 'commemoration'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const MOVEMENT_KIND_LABELS: Record<MovementKind, string> = {
  regular: 'Thường xuyên',
  thematic: 'Chuyên đề',
  campaign: 'Theo đợt (đợt cao điểm)',
  task: 'Nhiệm vụ, công tác (không phải phong trào thi đua)',
  commemoration: 'Hoạt động kỷ niệm',
};

export const MOVEMENT_STATUSES = ['launched', 'in_progress', 'reviewed', 'closed'] as const;
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number];

export const MOVEMENT_STATUS_LABELS: Record<MovementStatus, string> = {
  launched: 'Đã phát động',
  in_progress: 'Đang triển khai',
  reviewed: 'Đã sơ kết, tổng kết',
  closed: 'Đã kết thúc',
};

export const REVIEW_KINDS = ['interim', 'final'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

export const REVIEW_KIND_LABELS: Record<ReviewKind, string> = { interim: 'Sơ kết', final: 'Tổng kết' };

/** What can be done to a movement's status; 'launch' is the first step, recorded when it is entered. */
export const STATUS_ACTIONS = ['start', 'review', 'resume', 'close'] as const;
export type StatusAction = (typeof STATUS_ACTIONS)[number];

export const STATUS_ACTION_LABELS: Record<StatusAction | 'launch', string> = {
  launch: 'Phát động',
  start: 'Triển khai thực hiện',
  review: 'Sơ kết, tổng kết',
  resume: 'Tiếp tục triển khai sau sơ kết',
  close: 'Kết thúc phong trào',
};

export const DOCUMENT_ROLES = ['launching', 'implementing', 'related', 'review'] as const;
export type DocumentRole = (typeof DOCUMENT_ROLES)[number];

export const DOCUMENT_ROLE_LABELS: Record<DocumentRole, string> = {
  launching: 'Văn bản phát động',
  implementing: 'Văn bản triển khai thực hiện',
  related: 'Chính sách, chương trình liên quan',
  review: 'Văn bản sơ kết, tổng kết',
};

/** Qualifiers reports put before a figure: "hơn 632", "gần 9.164". */
export const VALUE_QUALIFIERS = ['more_than', 'nearly', 'about', 'over', 'under'] as const;
export type ValueQualifier = (typeof VALUE_QUALIFIERS)[number];

export const VALUE_QUALIFIER_LABELS: Record<ValueQualifier, string> = {
  more_than: 'hơn',
  nearly: 'gần',
  about: 'khoảng',
  over: 'trên',
  under: 'dưới',
};

// ---- Status ----

export interface StatusStep {
  action: StatusAction;
  /** For 'review': sơ kết or tổng kết. */
  reviewKind?: ReviewKind | null;
}

/** The last review recorded so far, if any (a resume is only possible after a sơ kết). */
export interface StatusFacts {
  status: MovementStatus;
  lastReviewKind: ReviewKind | null;
}

export type StatusOutcome = { ok: true; status: MovementStatus } | { ok: false; message: string };

/**
 * The status after a step: launched → in progress (start); in progress or reviewed → reviewed (a sơ kết or
 * tổng kết; several sơ kết may follow one another, nothing follows a tổng kết but closing); reviewed after a
 * sơ kết → in progress (resume); reviewed → closed (close). A closed movement does not change.
 */
export function nextStatus(current: StatusFacts, step: StatusStep): StatusOutcome {
  const label = MOVEMENT_STATUS_LABELS[current.status];
  const refuse = (why: string): StatusOutcome => ({
    ok: false,
    message: `Phong trào đang ở trạng thái "${label}": ${why}`,
  });
  if (current.status === 'closed') return refuse('đã kết thúc, không thay đổi được nữa');
  switch (step.action) {
    case 'start':
      return current.status === 'launched'
        ? { ok: true, status: 'in_progress' }
        : refuse('chỉ phong trào vừa phát động mới chuyển sang triển khai');
    case 'review':
      if (!step.reviewKind) return { ok: false, message: 'Chọn sơ kết hoặc tổng kết' };
      if (current.status === 'launched') return refuse('cần triển khai thực hiện trước khi sơ kết, tổng kết');
      if (current.status === 'reviewed' && current.lastReviewKind === 'final') {
        return refuse('đã tổng kết; chỉ còn kết thúc phong trào');
      }
      return { ok: true, status: 'reviewed' };
    case 'resume':
      if (current.status !== 'reviewed') return refuse('chỉ tiếp tục triển khai sau khi sơ kết');
      if (current.lastReviewKind === 'final') return refuse('đã tổng kết, không tiếp tục triển khai được');
      return { ok: true, status: 'in_progress' };
    case 'close':
      return current.status === 'reviewed'
        ? { ok: true, status: 'closed' }
        : refuse('cần sơ kết hoặc tổng kết trước khi kết thúc');
  }
}

// ---- Tree ----

/**
 * True when making `parentId` the parent of `id` would close a loop: the parent is the movement itself or one of
 * its descendants. `parentOf` gives each movement's current parent (as stored).
 */
export function wouldCreateCycle(
  id: string,
  parentId: string | null,
  parentOf: ReadonlyMap<string, string | null>,
): boolean {
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === id || seen.has(at)) return true;
    seen.add(at);
  }
  return false;
}

// ---- Figures ----

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

/** 9164 → "9.164"; 12.5 → "12,5". */
export function formatFigure(value: number): string {
  return numberFormat.format(value);
}

/** A value as a report writes it: "hơn 632 doanh nghiệp", "gần 9.164 tỷ đồng", "127 hợp tác xã". */
export function formatIndicatorValue(
  value: number,
  qualifier: ValueQualifier | null,
  unitOfMeasure: string | null,
): string {
  const parts = [qualifier ? VALUE_QUALIFIER_LABELS[qualifier] : null, formatFigure(value), unitOfMeasure];
  return parts.filter(Boolean).join(' ');
}

/** The share of a target reached (null without a positive target). */
export function targetShare(actual: number | null, target: number | null): number | null {
  if (actual === null || target === null || target <= 0) return null;
  return actual / target;
}

// ---- Periods ----

/** The whole calendar year. */
export function yearPeriod(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

const isYearStart = (d: string) => d.endsWith('-01-01');
const isYearEnd = (d: string) => d.endsWith('-12-31');
const dmy = (iso: string) => iso.split('-').reverse().join('/');

/**
 * A period for the screen and reports: "năm 2023", "giai đoạn 2021-2025", "6 tháng đầu năm 2023",
 * "từ 01/02/2023", "01/02/2023 – 30/06/2023"; empty when unknown.
 */
export function formatMovementPeriod(from: string | null, to: string | null): string {
  if (from && to && isYearStart(from) && isYearEnd(to)) {
    const a = from.slice(0, 4);
    const b = to.slice(0, 4);
    return a === b ? `năm ${a}` : `giai đoạn ${a}-${b}`;
  }
  if (from && to && isYearStart(from) && to.endsWith('-06-30') && from.slice(0, 4) === to.slice(0, 4)) {
    return `6 tháng đầu năm ${from.slice(0, 4)}`;
  }
  if (from && to) return `${dmy(from)} – ${dmy(to)}`;
  if (from) return `từ ${dmy(from)}`;
  if (to) return `đến ${dmy(to)}`;
  return '';
}
