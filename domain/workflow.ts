// The dossier workflow (issue #4 point 2): statuses, who may act, guards and effects. Pure.
import type { AuthorityCode } from './regimes/types';
import type { DeadlineKey } from './working-days';

export const DOSSIER_STATUSES = [
  'draft',
  'submitted',
  'received',
  'appraising',
  'returned',
  'council',
  'concluded',
  'decided',
  'forwarded',
  'withdrawn',
  'rejected',
] as const;
export type DossierStatus = (typeof DOSSIER_STATUSES)[number];

export const AUTHORITY_CODES = [
  'chu_tich_ubnd_xa',
  'chu_tich_ubnd_huyen',
  'thu_truong_co_quan',
  'giam_doc_doanh_nghiep',
  'chu_tich_ubnd_tinh',
  'ubnd_tinh',
  'bo_truong',
  'thu_tuong',
  'chinh_phu',
  'chu_tich_nuoc',
] as const satisfies readonly AuthorityCode[];

export const ATTACHMENT_KINDS = [
  'to_trinh',
  'bien_ban_binh_xet',
  'bao_cao_thanh_tich',
  'chung_nhan_sang_kien',
  'khac',
] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const APPRAISALS = ['agree', 'disagree'] as const;
export type Appraisal = (typeof APPRAISALS)[number];

export const OUTCOMES = ['passed', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const VERDICT_STATUSES = ['eligible', 'not_eligible', 'needs_review'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export const DOSSIER_STATUS_LABELS: Record<DossierStatus, string> = {
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  received: 'Đã tiếp nhận',
  appraising: 'Đang thẩm định',
  returned: 'Trả lại để bổ sung',
  council: 'Đã trình Hội đồng',
  concluded: 'Hội đồng đã xét',
  decided: 'Đã có quyết định',
  forwarded: 'Đã trình cấp trên',
  withdrawn: 'Đã rút',
  rejected: 'Không chấp nhận',
};

export const ATTACHMENT_KIND_LABELS: Record<AttachmentKind, string> = {
  to_trinh: 'Tờ trình',
  bien_ban_binh_xet: 'Biên bản bình xét',
  bao_cao_thanh_tich: 'Báo cáo thành tích',
  chung_nhan_sang_kien: 'Chứng nhận sáng kiến, đề tài',
  khac: 'Tài liệu khác',
};

export const APPRAISAL_LABELS: Record<Appraisal, string> = { agree: 'Đồng ý', disagree: 'Không đồng ý' };
export const OUTCOME_LABELS: Record<Outcome, string> = { passed: 'Đạt', failed: 'Không đạt' };
export const VERDICT_STATUS_LABELS: Record<VerdictStatus, string> = {
  eligible: 'Đủ điều kiện',
  not_eligible: 'Chưa đủ điều kiện',
  needs_review: 'Cần xem xét',
};

/** The statuses in which a dossier waits on the authority (its deadline runs). */
export const WAITING_STATUSES: readonly DossierStatus[] = ['submitted', 'received', 'appraising'];
/** Statuses where the proposer may still edit the dossier and its nominees. */
export const EDITABLE_STATUSES: readonly DossierStatus[] = ['draft', 'returned'];
/** Statuses where the specialist records the appraisal of each nominee. */
export const APPRAISAL_STATUSES: readonly DossierStatus[] = ['appraising'];
/** Statuses no action leaves. */
export const FINAL_STATUSES: readonly DossierStatus[] = ['withdrawn', 'rejected'];

// ---- Actions -------------------------------------------------------------------------------------------

export const DOSSIER_ACTIONS = [
  'submit',
  'withdraw',
  'receive',
  'start_appraisal',
  'return',
  'resubmit',
  'reject',
  'send_to_council',
  'conclude',
  'decide',
  'forward',
] as const;
export type DossierAction = (typeof DOSSIER_ACTIONS)[number];

/** Roles of contracts/enums that take part in the workflow (domain does not import contracts). */
export type WorkflowRole = 'officer' | 'specialist' | 'leader' | 'council_member';

/**
 * Who acts:
 * - proposer: an officer at the proposing unit or an ancestor of it;
 * - authority: a specialist (or leader) whose role covers the unit handling the dossier;
 * - council: a council member, specialist or leader there, through the councils module;
 * - system: another module's service (decisions), which authorises its own act.
 */
export type Side = 'proposer' | 'authority' | 'council' | 'system';

export const SIDE_ROLES: Record<Exclude<Side, 'system'>, readonly WorkflowRole[]> = {
  proposer: ['officer'],
  authority: ['specialist', 'leader'],
  council: ['council_member', 'specialist', 'leader'],
};

export const SIDE_LABELS: Record<Side, string> = {
  proposer: 'cán bộ thi đua, khen thưởng của đơn vị đề nghị',
  authority: 'chuyên viên thẩm định của cơ quan có thẩm quyền',
  council: 'Hội đồng Thi đua – Khen thưởng',
  system: 'phân hệ Quyết định khen thưởng',
};

export type GuardId =
  | 'has_nominees'
  | 'nominees_complete'
  | 'handled_here'
  | 'supplement_listed'
  | 'all_appraised'
  | 'all_outcomes'
  | 'has_forwardable'
  | 'decidable';

export type EffectId = 'snapshot_verdicts' | 'mark_submitted' | 'mark_received' | 'create_forwarded_dossier';

/** What an action does to the deadline: start one (domain/working-days DEADLINES), keep it, or clear it. */
export type DeadlineEffect = { start: DeadlineKey } | 'keep' | 'clear';

export interface Transition {
  action: DossierAction;
  /** Vietnamese verb for buttons and the timeline. */
  label: string;
  from: readonly DossierStatus[];
  to: DossierStatus;
  side: Side;
  /** A reason is required (return, reject, withdraw). */
  requiresComment: boolean;
  guards: readonly GuardId[];
  effects: readonly EffectId[];
  deadline: DeadlineEffect;
  /** Done through POST /api/dossiers/:id/transitions; false when only another module's service does it. */
  viaApi: boolean;
  /** Confirmation asked before the irreversible step (Vietnamese). */
  confirm?: string;
}

export const TRANSITIONS: readonly Transition[] = [
  {
    action: 'submit',
    label: 'Gửi hồ sơ',
    from: ['draft'],
    to: 'submitted',
    side: 'proposer',
    requiresComment: false,
    guards: ['has_nominees', 'nominees_complete'],
    effects: ['snapshot_verdicts', 'mark_submitted'],
    deadline: { start: 'check_completeness' },
    viaApi: true,
    confirm:
      'Gửi hồ sơ đến cơ quan có thẩm quyền? Sau khi gửi, hồ sơ không sửa được nữa trừ khi bị trả lại để bổ sung. Hệ thống sẽ ghi kết quả xét điều kiện của từng người tại thời điểm gửi.',
  },
  {
    action: 'withdraw',
    label: 'Rút hồ sơ',
    from: ['submitted', 'received', 'appraising', 'returned'],
    to: 'withdrawn',
    side: 'proposer',
    requiresComment: true,
    guards: [],
    effects: [],
    deadline: 'clear',
    viaApi: true,
    confirm: 'Rút hồ sơ? Hồ sơ đã rút không xử lý tiếp được; muốn đề nghị lại phải lập hồ sơ mới.',
  },
  {
    action: 'receive',
    label: 'Tiếp nhận',
    from: ['submitted'],
    to: 'received',
    side: 'authority',
    requiresComment: false,
    guards: ['handled_here'],
    effects: ['mark_received'],
    deadline: { start: 'appraisal' },
    viaApi: true,
  },
  {
    action: 'start_appraisal',
    label: 'Bắt đầu thẩm định',
    from: ['received'],
    to: 'appraising',
    side: 'authority',
    requiresComment: false,
    guards: ['handled_here'],
    effects: [],
    deadline: 'keep',
    viaApi: true,
  },
  {
    action: 'return',
    label: 'Trả lại để bổ sung',
    from: ['submitted', 'received', 'appraising'],
    to: 'returned',
    side: 'authority',
    requiresComment: true,
    guards: ['handled_here', 'supplement_listed'],
    effects: [],
    deadline: 'clear',
    viaApi: true,
    confirm: 'Trả hồ sơ cho đơn vị đề nghị để bổ sung các nội dung đã nêu?',
  },
  {
    action: 'resubmit',
    label: 'Gửi lại sau khi bổ sung',
    from: ['returned'],
    to: 'submitted',
    side: 'proposer',
    requiresComment: false,
    guards: ['has_nominees', 'nominees_complete'],
    effects: ['snapshot_verdicts', 'mark_submitted'],
    deadline: { start: 'check_completeness' },
    viaApi: true,
    confirm:
      'Gửi lại hồ sơ đã bổ sung? Kết quả xét điều kiện của từng người sẽ được ghi lại tại thời điểm gửi.',
  },
  {
    action: 'reject',
    label: 'Không chấp nhận',
    from: ['submitted', 'received', 'appraising'],
    to: 'rejected',
    side: 'authority',
    requiresComment: true,
    guards: ['handled_here'],
    effects: [],
    deadline: 'clear',
    viaApi: true,
    confirm: 'Không chấp nhận hồ sơ? Đây là bước cuối, hồ sơ không xử lý tiếp được.',
  },
  {
    action: 'send_to_council',
    label: 'Trình Hội đồng',
    from: ['appraising'],
    to: 'council',
    side: 'authority',
    requiresComment: false,
    guards: ['handled_here', 'all_appraised'],
    effects: [],
    deadline: 'clear',
    viaApi: true,
    confirm: 'Trình Hội đồng Thi đua – Khen thưởng xét hồ sơ với kết quả thẩm định đã ghi?',
  },
  {
    action: 'conclude',
    label: 'Hội đồng kết luận',
    from: ['council'],
    to: 'concluded',
    side: 'council',
    requiresComment: false,
    guards: ['all_outcomes'],
    effects: [],
    deadline: 'keep',
    viaApi: false,
  },
  {
    action: 'decide',
    label: 'Ban hành quyết định',
    from: ['concluded', 'forwarded', 'submitted'],
    to: 'decided',
    side: 'system',
    requiresComment: false,
    guards: ['decidable'],
    effects: [],
    deadline: 'clear',
    viaApi: false,
  },
  {
    action: 'forward',
    label: 'Trình cấp trên',
    from: ['concluded', 'decided'],
    to: 'forwarded',
    side: 'authority',
    requiresComment: false,
    guards: ['has_forwardable'],
    effects: ['create_forwarded_dossier'],
    deadline: 'clear',
    viaApi: true,
    confirm:
      'Trình cấp trên các đề nghị thuộc thẩm quyền cấp trên? Hệ thống lập hồ sơ mới ở cấp trên với các cá nhân, tập thể này và liên kết với hồ sơ hiện tại.',
  },
];

const BY_ACTION = new Map(TRANSITIONS.map((t) => [t.action, t]));

/** The transition of an action. */
export function transitionOf(action: DossierAction): Transition {
  return BY_ACTION.get(action)!;
}

/** Every (from, to) status change the table allows: what the database trigger accepts. */
export function allowedStatusPairs(): [DossierStatus, DossierStatus][] {
  const pairs = new Map<string, [DossierStatus, DossierStatus]>();
  for (const t of TRANSITIONS) for (const f of t.from) pairs.set(`${f}>${t.to}`, [f, t.to]);
  return [...pairs.values()].sort((a, b) => `${a[0]}>${a[1]}`.localeCompare(`${b[0]}>${b[1]}`));
}

/** Statuses a dossier may be created in: a draft, or a forwarded dossier that arrives submitted. */
export const INITIAL_STATUSES: readonly DossierStatus[] = ['draft', 'submitted'];

// ---- Guards --------------------------------------------------------------------------------------------

export interface NomineeFacts {
  /** Vietnamese name shown in messages. */
  name: string;
  awardKind: string | null;
  summary: string | null;
  appraisal: Appraisal | null;
  outcome: Outcome | null;
  /** Passed with a kind beyond this dossier's authority: to be forwarded up. */
  needsForwarding: boolean;
  /** Already copied into a forwarded dossier. */
  forwarded: boolean;
}

export interface DossierFacts {
  status: DossierStatus;
  /** The authority is outside the system (central): nobody here receives or appraises it. */
  external: boolean;
  nominees: readonly NomineeFacts[];
}

export interface ActionInput {
  comment?: string | null;
  supplementItems?: readonly string[] | null;
}

function names(list: readonly NomineeFacts[]): string {
  const shown = list.slice(0, 5).map((n) => n.name);
  return list.length > 5 ? `${shown.join(', ')} và ${list.length - 5} đối tượng khác` : shown.join(', ');
}

const GUARDS: Record<GuardId, (facts: DossierFacts, input: ActionInput) => string | null> = {
  has_nominees: (f) =>
    f.nominees.length === 0 ? 'Hồ sơ chưa có cá nhân, tập thể hoặc hộ gia đình nào được đề nghị' : null,
  nominees_complete: (f) => {
    const noKind = f.nominees.filter((n) => !n.awardKind);
    if (noKind.length > 0) return `Chưa chọn danh hiệu, hình thức đề nghị cho: ${names(noKind)}`;
    const noSummary = f.nominees.filter((n) => !n.summary?.trim());
    if (noSummary.length > 0) return `Chưa có tóm tắt thành tích của: ${names(noSummary)}`;
    return null;
  },
  handled_here: (f) =>
    f.external
      ? 'Hồ sơ trình cơ quan có thẩm quyền ở Trung ương, không tiếp nhận, thẩm định trong hệ thống; kết quả được ghi khi có quyết định'
      : null,
  supplement_listed: (_f, input) =>
    (input.supplementItems ?? []).filter((s) => s.trim()).length === 0
      ? 'Nêu ít nhất một nội dung cần bổ sung'
      : null,
  all_appraised: (f) => {
    const missing = f.nominees.filter((n) => !n.appraisal);
    return missing.length > 0 ? `Chưa ghi kết quả thẩm định của: ${names(missing)}` : null;
  },
  all_outcomes: (f) => {
    const missing = f.nominees.filter((n) => !n.outcome);
    return missing.length > 0 ? `Chưa có kết quả xét của Hội đồng cho: ${names(missing)}` : null;
  },
  has_forwardable: (f) =>
    f.nominees.some((n) => n.needsForwarding && !n.forwarded)
      ? null
      : 'Không có đề nghị nào đã được Hội đồng thông qua thuộc thẩm quyền cấp trên để trình tiếp',
  decidable: (f) =>
    f.status === 'submitted' && !f.external
      ? 'Hồ sơ chưa được thẩm định và xét tại Hội đồng, chưa thể ban hành quyết định'
      : null,
};

/** Why the action cannot be taken now (empty when it can): wrong status, failed guards, missing reason. */
export function transitionErrors(
  action: DossierAction,
  facts: DossierFacts,
  input: ActionInput = {},
): string[] {
  const t = transitionOf(action);
  if (!t.from.includes(facts.status)) {
    return [
      `Không thể "${t.label.toLowerCase()}" khi hồ sơ ở trạng thái "${DOSSIER_STATUS_LABELS[facts.status]}"`,
    ];
  }
  const errors: string[] = [];
  if (t.requiresComment && !input.comment?.trim()) errors.push(`Nhập lý do ${t.label.toLowerCase()}`);
  for (const g of t.guards) {
    const message = GUARDS[g](facts, input);
    if (message) errors.push(message);
  }
  return errors;
}

/** Guards only (no status, no input): the reasons a button shows disabled. */
export function guardBlockers(action: DossierAction, facts: DossierFacts): string[] {
  const t = transitionOf(action);
  return t.guards
    .filter((g) => g !== 'supplement_listed')
    .map((g) => GUARDS[g](facts, {}))
    .filter((m): m is string => m !== null);
}

/** May someone on these sides take the action (status aside)? */
export function sideMayAct(action: DossierAction, sides: ReadonlySet<Side>): boolean {
  return sides.has(transitionOf(action).side);
}

/** Actions available from a status to someone on these sides (guards aside), in table order. */
export function actionsFor(status: DossierStatus, sides: ReadonlySet<Side>): DossierAction[] {
  return TRANSITIONS.filter((t) => t.from.includes(status) && sides.has(t.side)).map((t) => t.action);
}
