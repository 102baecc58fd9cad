// Clusters and blocks (cụm, khối thi đua, issue #5 point 4): the score sheet, the scoring rule, the ranking with
// its tie-break, the members' roles and the yearly rotation of leader and deputy — pure functions.
//
// The law sets no national scoring formula (legal.md §8, §13 item 10): each cluster's quy chế does. The rules
// below are the system's, stated to the user on the cluster page, in the export and in docs/architecture.md:
//   * the points that count are the cluster's (chấm của cụm/khối: leader or organiser); a member's self-score is
//     shown beside them for reference and is NEVER used, not even where the cluster gave no score;
//   * a criterion without a cluster score counts 0 and makes the ranking provisional (tạm tính): it cannot be
//     finalised until every criterion of every member has the cluster's score;
//   * total = criteria + bonus (capped by the sheet's bonus cap, if any) − penalties;
//   * ranking: TIE_BREAK_RULE.
// Points have at most two decimals; sums are computed in hundredths (integers), so 0.1 + 0.2 is exactly 0.3.

export const GROUP_KINDS = ['cluster', 'block'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

export const GROUP_KIND_LABELS: Record<GroupKind, string> = { cluster: 'Cụm thi đua', block: 'Khối thi đua' };

export const MEMBER_ROLES = ['leader', 'deputy', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEMBER_ROLE_LABELS: Record<MemberRole, string> = {
  leader: 'Trưởng cụm/khối',
  deputy: 'Phó cụm/khối',
  member: 'Thành viên',
};

export const SCORE_ITEM_KINDS = ['criterion', 'bonus', 'penalty'] as const;
export type ScoreItemKind = (typeof SCORE_ITEM_KINDS)[number];

export const SCORE_ITEM_KIND_LABELS: Record<ScoreItemKind, string> = {
  criterion: 'Tiêu chí',
  bonus: 'Điểm thưởng',
  penalty: 'Điểm trừ',
};

/** The scoring rule, as the UI and the export state it. */
export const SCORING_RULE =
  'Điểm xét xếp hạng là điểm do cụm, khối chấm (trưởng cụm, khối hoặc đơn vị tổ chức); điểm tự chấm của đơn vị ' +
  'chỉ để đối chiếu, không dùng để xếp hạng. Tiêu chí chưa có điểm cụm, khối chấm được tính 0 điểm và kết quả ' +
  'chỉ là tạm tính. Tổng điểm = điểm các tiêu chí + điểm thưởng (không vượt mức tối đa) − điểm trừ.';

/** The tie-break rule, as the UI and the export state it. */
export const TIE_BREAK_RULE =
  'Xếp hạng theo tổng điểm từ cao xuống thấp. Nếu bằng tổng điểm: đơn vị có điểm các tiêu chí (không kể điểm ' +
  'thưởng, điểm trừ) cao hơn xếp trên; nếu vẫn bằng: đơn vị bị trừ ít điểm hơn xếp trên; nếu vẫn bằng: các đơn ' +
  'vị đồng hạng (đơn vị kế tiếp xếp hạng sau số đơn vị đồng hạng, ví dụ 1, 1, 3).';

/** Largest maximum of one item, and of the sheet's bonus cap. */
export const MAX_ITEM_POINTS = 1000;

export type FieldErrors = Record<string, string>;

// ---- Points ----

/** Points → hundredths (the unit of every sum). */
export function toHundredths(points: number): number {
  return Math.round(points * 100);
}

/** Hundredths → points. */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** 12.5 → "12,5"; 10 → "10" (Vietnamese decimal comma). */
export function formatPoints(points: number): string {
  const fixed = (Math.round(points * 100) / 100).toFixed(2).replace(/\.?0+$/, '');
  return fixed.replace('.', ',');
}

/** True when the number has at most two decimals. */
export function hasTwoDecimalsAtMost(points: number): boolean {
  return Math.abs(points * 100 - Math.round(points * 100)) < 1e-6;
}

// ---- Sheet ----

export interface SheetSection {
  id: string;
  title: string;
}

export interface SheetItem {
  id: string;
  kind: ScoreItemKind;
  /** The criteria group of a criterion; null for bonus and penalty items. */
  sectionId: string | null;
  title: string;
  /** Maximum points of a criterion or bonus item; the largest deduction of a penalty item. */
  maxPoints: number;
}

export interface Sheet {
  sections: readonly SheetSection[];
  items: readonly SheetItem[];
  /** Cap of the bonus total (tổng điểm thưởng tối đa); null: only each item's maximum applies. */
  bonusCap: number | null;
}

/** What kind of points an item takes, for messages: "tiêu chí", "điểm thưởng", "điểm trừ". */
function itemNoun(kind: ScoreItemKind): string {
  return kind === 'criterion' ? 'tiêu chí' : kind === 'bonus' ? 'mục điểm thưởng' : 'mục điểm trừ';
}

/** Errors of a sheet's shape: titles, maxima, criteria in a group, bonus and penalty items outside groups. */
export function sheetErrors(sheet: Sheet): FieldErrors {
  const errors: FieldErrors = {};
  const sectionIds = new Set(sheet.sections.map((s) => s.id));
  sheet.sections.forEach((s, i) => {
    if (s.title.trim().length < 2)
      errors[`sections.${i}.title`] = 'Tên nhóm tiêu chí phải có ít nhất 2 ký tự';
  });
  sheet.items.forEach((item, i) => {
    const at = (field: string) => `items.${i}.${field}`;
    if (item.title.trim().length < 2) errors[at('title')] = 'Nội dung mục chấm điểm phải có ít nhất 2 ký tự';
    if (!(item.maxPoints > 0) || item.maxPoints > MAX_ITEM_POINTS) {
      errors[at('maxPoints')] =
        `Điểm tối đa của ${itemNoun(item.kind)} “${item.title}” phải lớn hơn 0 và không quá ${MAX_ITEM_POINTS}`;
    } else if (!hasTwoDecimalsAtMost(item.maxPoints)) {
      errors[at('maxPoints')] =
        `Điểm tối đa của ${itemNoun(item.kind)} “${item.title}” có tối đa hai chữ số thập phân`;
    }
    if (item.kind === 'criterion' && (item.sectionId === null || !sectionIds.has(item.sectionId))) {
      errors[at('sectionId')] = `Tiêu chí “${item.title}” phải thuộc một nhóm tiêu chí`;
    }
    if (item.kind !== 'criterion' && item.sectionId !== null) {
      errors[at('sectionId')] =
        `${SCORE_ITEM_KIND_LABELS[item.kind]} “${item.title}” không thuộc nhóm tiêu chí`;
    }
  });
  if (sheet.bonusCap !== null) {
    if (!(sheet.bonusCap > 0) || sheet.bonusCap > MAX_ITEM_POINTS || !hasTwoDecimalsAtMost(sheet.bonusCap)) {
      errors.bonusCap = `Tổng điểm thưởng tối đa phải lớn hơn 0, không quá ${MAX_ITEM_POINTS}, tối đa hai chữ số thập phân`;
    }
  }
  return errors;
}

/** Largest possible criteria total of a sheet (the sum of the criteria maxima). */
export function criteriaMaximum(sheet: Sheet): number {
  return fromHundredths(
    sheet.items.filter((i) => i.kind === 'criterion').reduce((s, i) => s + toHundredths(i.maxPoints), 0),
  );
}

/**
 * The message refusing a score (null when it is acceptable): not negative, two decimals at most, not above the
 * item's maximum — naming the criterion or item, e.g. "Điểm của tiêu chí “Công tác cải cách hành chính” (11)
 * vượt quá điểm tối đa 10".
 */
export function scoreError(
  item: Pick<SheetItem, 'kind' | 'title' | 'maxPoints'>,
  points: number,
): string | null {
  const what = `${item.kind === 'criterion' ? 'Điểm của tiêu chí' : item.kind === 'bonus' ? 'Điểm thưởng' : 'Điểm trừ'} “${item.title}”`;
  if (!Number.isFinite(points)) return `${what} phải là một số`;
  if (points < 0) return `${what} không được âm`;
  if (!hasTwoDecimalsAtMost(points)) return `${what} có tối đa hai chữ số thập phân`;
  if (toHundredths(points) > toHundredths(item.maxPoints)) {
    const limit = item.kind === 'penalty' ? 'mức trừ tối đa' : 'điểm tối đa';
    return `${what} (${formatPoints(points)}) vượt quá ${limit} ${formatPoints(item.maxPoints)}`;
  }
  return null;
}

// ---- Results and ranking ----

export interface MemberScores {
  unitId: string;
  name: string;
  /** The cluster's points per item id (null or absent: not scored). Self-scores are not part of the input. */
  groupScores: ReadonlyMap<string, number | null>;
}

export type TieBreak = 'basic' | 'penalty' | 'shared';

export interface MemberResult {
  unitId: string;
  name: string;
  /** Points per criteria group, in the sheet's order. */
  sections: { sectionId: string; points: number }[];
  /** Sum of the criteria (điểm các tiêu chí). */
  basic: number;
  /** Sum of the bonus items before the cap. */
  bonusRaw: number;
  /** Bonus counted (capped). */
  bonus: number;
  penalty: number;
  total: number;
  /** Criteria without the cluster's score (titles). */
  missing: string[];
  complete: boolean;
  /** Competition rank: 1 + the number of members placed strictly above. */
  rank: number;
  /**
   * How a tie on the total with the member just above was settled: by the criteria points, by fewer penalty
   * points, or not at all (shared rank). Null when the total differs from the one above (or for the first).
   */
  tieBreak: TieBreak | null;
  /** Placed first (rank 1) on a complete ranking. */
  leading: boolean;
}

export interface Ranking {
  results: MemberResult[];
  /** Every criterion of every member has the cluster's score. */
  complete: boolean;
}

function memberResult(sheet: Sheet, member: MemberScores): PartialResult {
  const points = (itemId: string) => {
    const value = member.groupScores.get(itemId);
    return value === null || value === undefined ? null : toHundredths(value);
  };
  const sections = sheet.sections.map((s) => ({ sectionId: s.id, points: 0 }));
  const sectionIndex = new Map(sheet.sections.map((s, i) => [s.id, i]));
  let basic = 0;
  let bonusRaw = 0;
  let penalty = 0;
  const missing: string[] = [];
  for (const item of sheet.items) {
    const p = points(item.id);
    if (item.kind === 'criterion') {
      if (p === null) missing.push(item.title);
      basic += p ?? 0;
      const index = item.sectionId === null ? undefined : sectionIndex.get(item.sectionId);
      if (index !== undefined) sections[index]!.points += p ?? 0;
    } else if (item.kind === 'bonus') bonusRaw += p ?? 0;
    else penalty += p ?? 0;
  }
  const bonus = sheet.bonusCap === null ? bonusRaw : Math.min(bonusRaw, toHundredths(sheet.bonusCap));
  return {
    unitId: member.unitId,
    name: member.name,
    sections: sections.map((s) => ({ sectionId: s.sectionId, points: fromHundredths(s.points) })),
    basic: fromHundredths(basic),
    bonusRaw: fromHundredths(bonusRaw),
    bonus: fromHundredths(bonus),
    penalty: fromHundredths(penalty),
    total: fromHundredths(basic + bonus - penalty),
    missing,
    complete: missing.length === 0,
  };
}

type PartialResult = Omit<MemberResult, 'rank' | 'tieBreak' | 'leading'>;

/** Orders two results by TIE_BREAK_RULE: negative when `a` is placed above `b`, 0 when they share a rank. */
export function compareResults(a: Pick<PartialResult, 'total' | 'basic' | 'penalty'>, b: typeof a): number {
  const h = toHundredths;
  return h(b.total) - h(a.total) || h(b.basic) - h(a.basic) || h(a.penalty) - h(b.penalty);
}

/**
 * Scores and ranks the members on the cluster's points: totals per TIE_BREAK_RULE, competition ranks (1, 1, 3),
 * how each tie was settled, and the leading unit(s) when the ranking is complete. Members sharing a rank are
 * listed in the order given (the caller passes them in Vietnamese name order).
 */
export function rankMembers(sheet: Sheet, members: readonly MemberScores[]): Ranking {
  const partial = members.map((m) => memberResult(sheet, m));
  const order = partial.map((r, i) => ({ r, i })).sort((a, b) => compareResults(a.r, b.r) || a.i - b.i);
  const complete = partial.every((r) => r.complete);
  const results: MemberResult[] = [];
  order.forEach(({ r }, position) => {
    const above = position > 0 ? order[position - 1]!.r : null;
    const shared = above !== null && compareResults(above, r) === 0;
    const rank = shared ? results[position - 1]!.rank : position + 1;
    let tieBreak: TieBreak | null = null;
    if (above && toHundredths(above.total) === toHundredths(r.total)) {
      tieBreak = shared
        ? 'shared'
        : toHundredths(above.basic) !== toHundredths(r.basic)
          ? 'basic'
          : 'penalty';
    }
    results.push({ ...r, rank, tieBreak, leading: complete && rank === 1 });
  });
  return { results, complete };
}

/** The tie note shown beside a result, in Vietnamese. */
export function tieBreakText(tieBreak: TieBreak | null): string | null {
  if (tieBreak === 'basic')
    return 'Bằng tổng điểm với đơn vị xếp trên; xếp sau vì điểm các tiêu chí thấp hơn';
  if (tieBreak === 'penalty') return 'Bằng tổng điểm và điểm các tiêu chí; xếp sau vì bị trừ nhiều điểm hơn';
  if (tieBreak === 'shared') return 'Bằng tổng điểm, điểm các tiêu chí và điểm trừ: đồng hạng';
  return null;
}

// ---- Members and rotation ----

export interface MemberFacts {
  unitId: string;
  role: MemberRole;
  /** Position in the rotation of leader and deputy (1, 2, …). */
  rotationOrder: number;
}

/** Each unit once; at most one leader and one deputy; rotation orders distinct and positive. */
export function membersErrors(members: readonly MemberFacts[]): FieldErrors {
  const errors: FieldErrors = {};
  const units = new Set<string>();
  const orders = new Set<number>();
  members.forEach((m, i) => {
    if (units.has(m.unitId)) errors[`members.${i}.unitId`] = 'Đơn vị này đã có trong cụm, khối';
    units.add(m.unitId);
    if (!Number.isInteger(m.rotationOrder) || m.rotationOrder < 1) {
      errors[`members.${i}.rotationOrder`] = 'Thứ tự luân phiên phải là số nguyên dương';
    } else if (orders.has(m.rotationOrder)) {
      errors[`members.${i}.rotationOrder`] = `Thứ tự luân phiên ${m.rotationOrder} bị trùng`;
    }
    orders.add(m.rotationOrder);
  });
  if (members.filter((m) => m.role === 'leader').length > 1)
    errors.members = 'Cụm, khối chỉ có một trưởng cụm, khối';
  else if (members.filter((m) => m.role === 'deputy').length > 1)
    errors.members = 'Cụm, khối chỉ có một phó cụm, khối';
  return errors;
}

/**
 * The leader and deputy proposed for next year by rotation: the member after this year's leader in rotation
 * order leads (wrapping round), the one after it is deputy. Without a leader this year: the first two in order.
 * With one member there is no deputy.
 */
export function proposeRotation(members: readonly MemberFacts[]): {
  leaderId: string | null;
  deputyId: string | null;
} {
  const order = [...members].sort((a, b) => a.rotationOrder - b.rotationOrder);
  if (order.length === 0) return { leaderId: null, deputyId: null };
  const current = order.findIndex((m) => m.role === 'leader');
  const next = (current + 1) % order.length;
  const leader = order[next]!;
  const deputy = order.length > 1 ? order[(next + 1) % order.length]! : null;
  return { leaderId: leader.unitId, deputyId: deputy?.unitId ?? null };
}
