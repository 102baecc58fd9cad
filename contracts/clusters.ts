// Clusters and blocks (cụm, khối thi đua): request and response shapes of /api/emulation-groups (issue #5,
// point 4). The scoring rule and the tie-break are stated by domain/cluster-scoring.ts and sent with every view.
import {
  GROUP_KIND_LABELS,
  GROUP_KINDS,
  type GroupKind,
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  type MemberRole,
  SCORE_ITEM_KIND_LABELS,
  SCORE_ITEM_KINDS,
  type ScoreItemKind,
} from '../domain/cluster-scoring';
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { optionalParagraphs } from './paragraphs';
import { z } from './zod';

export {
  GROUP_KIND_LABELS,
  GROUP_KINDS,
  MEMBER_ROLE_LABELS,
  MEMBER_ROLES,
  SCORE_ITEM_KIND_LABELS,
  SCORE_ITEM_KINDS,
};
export type { GroupKind, MemberRole, ScoreItemKind };

const Version = z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1);
const Uuid = (message: string) => z.uuid({ error: message });
const Year = z
  .number({ error: 'Năm phải là số nguyên' })
  .int('Năm phải là số nguyên')
  .min(2000, 'Năm phải trong khoảng 2000–2100')
  .max(2100, 'Năm phải trong khoảng 2000–2100');
const Points = z.number({ error: 'Điểm phải là một số' }).finite('Điểm phải là một số');
const NOTHING_TO_CHANGE = 'Chưa có thông tin nào cần sửa';

export const GroupKindCode = z.enum(GROUP_KINDS, { error: 'Loại phải là cụm (cluster) hoặc khối (block)' });
export const MemberRoleCode = z.enum(MEMBER_ROLES, {
  error: 'Vai trò phải là trưởng cụm (leader), phó cụm (deputy) hoặc thành viên (member)',
});

export const GroupIdParams = z.object({ id: Uuid('Mã cụm, khối không hợp lệ') });
export const MemberParams = z.object({
  id: Uuid('Mã cụm, khối không hợp lệ'),
  unitId: Uuid('Mã đơn vị thành viên không hợp lệ'),
});
export const EvidenceParams = MemberParams.extend({ itemId: Uuid('Mã mục chấm điểm không hợp lệ') });

// ---- Groups ----

const CovenantFields = {
  covenantNumber: optionalText(100),
  covenantDate: IsoDate.nullable()
    .optional()
    .transform((v) => v ?? null),
  covenantText: optionalParagraphs(20_000),
};

/** POST /api/emulation-groups */
export const GroupCreateBody = z
  .object({
    year: Year,
    organiserUnitId: Uuid('Mã đơn vị tổ chức không hợp lệ'),
    kind: GroupKindCode,
    name: text({ min: 3, max: 300 }),
    note: optionalText(2000),
    ...CovenantFields,
  })
  .strict();
export type GroupCreateBody = z.output<typeof GroupCreateBody>;
export type GroupCreateInput = z.input<typeof GroupCreateBody>;

/** PATCH /api/emulation-groups/:id (with version). */
export const GroupUpdateBody = z
  .object({
    version: Version,
    kind: GroupKindCode.optional(),
    name: text({ min: 3, max: 300 }).optional(),
    note: optionalText(2000),
    covenantNumber: optionalText(100),
    covenantDate: IsoDate.nullable().optional(),
    covenantText: optionalParagraphs(20_000),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 1, { message: NOTHING_TO_CHANGE });
export type GroupUpdateBody = z.output<typeof GroupUpdateBody>;
export type GroupUpdateInput = z.input<typeof GroupUpdateBody>;

export const GroupListQuery = ListQuery.extend({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  organiserUnitId: Uuid('Mã đơn vị không hợp lệ').optional(),
  kind: GroupKindCode.optional(),
});
export type GroupListQuery = z.output<typeof GroupListQuery>;

// ---- Members ----

export const MemberInput = z
  .object({
    unitId: Uuid('Mã đơn vị thành viên không hợp lệ'),
    role: MemberRoleCode,
    rotationOrder: z.number({ error: 'Thứ tự luân phiên phải là số' }).int().min(1).max(500),
  })
  .strict();

/** PUT /api/emulation-groups/:id/members: the whole list (with the group's version). */
export const MembersBody = z
  .object({
    version: Version,
    members: z.array(MemberInput).max(200, 'Một cụm, khối có tối đa 200 thành viên'),
  })
  .strict();
export type MembersBody = z.output<typeof MembersBody>;
export type MembersInput = z.input<typeof MembersBody>;

// ---- Score sheet ----

const ItemFields = {
  /** Kept when editing an existing item (its scores stay); absent for a new item. */
  id: Uuid('Mã mục chấm điểm không hợp lệ').optional(),
  title: text({ min: 2, max: 1000 }),
  maxPoints: Points,
  guidance: optionalText(2000),
};

export const SheetItemInput = z.object(ItemFields).strict();
export type SheetItemInput = z.input<typeof SheetItemInput>;

export const SheetSectionInput = z
  .object({
    id: Uuid('Mã nhóm tiêu chí không hợp lệ').optional(),
    title: text({ min: 2, max: 500 }),
    criteria: z.array(SheetItemInput).max(100),
  })
  .strict();
export type SheetSectionInput = z.input<typeof SheetSectionInput>;

/** PUT /api/emulation-groups/:id/sheet: the whole score sheet (with the group's version). */
export const SheetBody = z
  .object({
    version: Version,
    bonusCap: Points.nullable().optional(),
    sections: z.array(SheetSectionInput).max(30),
    bonus: z.array(SheetItemInput).max(50),
    penalties: z.array(SheetItemInput).max(50),
  })
  .strict();
export type SheetBody = z.output<typeof SheetBody>;
export type SheetInput = z.input<typeof SheetBody>;

// ---- Scores ----

/** PUT …/members/:unitId/self-scores: the member's own points with evidence (with the member's scoresVersion). */
export const SelfScoresBody = z
  .object({
    scoresVersion: Version,
    scores: z
      .array(
        z
          .object({
            itemId: Uuid('Mã mục chấm điểm không hợp lệ'),
            points: Points.nullable(),
            evidence: optionalParagraphs(5000),
          })
          .strict(),
      )
      .max(300),
  })
  .strict();
export type SelfScoresBody = z.output<typeof SelfScoresBody>;
export type SelfScoresInput = z.input<typeof SelfScoresBody>;

/** PUT …/members/:unitId/group-scores: the cluster's points (leader or organiser), with notes. */
export const GroupScoresBody = z
  .object({
    scoresVersion: Version,
    scores: z
      .array(
        z
          .object({
            itemId: Uuid('Mã mục chấm điểm không hợp lệ'),
            points: Points.nullable(),
            note: optionalText(2000),
          })
          .strict(),
      )
      .max(300),
  })
  .strict();
export type GroupScoresBody = z.output<typeof GroupScoresBody>;
export type GroupScoresInput = z.input<typeof GroupScoresBody>;

/** POST /api/emulation-groups/:id/finalise: store the results (every criterion scored by the cluster). */
export const FinaliseBody = z.object({ version: Version, resultDocument: optionalText(500) }).strict();
export type FinaliseBody = z.output<typeof FinaliseBody>;

/** POST /api/emulation-groups/:id/reopen: back to scoring, the stored results removed (reason required). */
export const ReopenBody = z
  .object({
    version: Version,
    reason: z
      .string({ error: 'Nhập lý do mở lại' })
      .transform((v) => v.normalize('NFC').replace(/\s+/g, ' ').trim())
      .pipe(z.string().min(3, 'Lý do mở lại phải có ít nhất 3 ký tự').max(2000)),
  })
  .strict();
export type ReopenBody = z.output<typeof ReopenBody>;

/** POST /api/emulation-groups/:id/next-year: next year's group with the proposed leader and deputy. */
export const NextYearBody = z.object({ version: Version }).strict();

/** POST /api/emulation-groups/:id/dossier: a Cờ thi đua / Bằng khen dossier for a leading member. */
export const GroupDossierBody = z.object({ unitId: Uuid('Mã đơn vị không hợp lệ') }).strict();

// ---- Views ----

const Ref = z.object({ id: z.string(), name: z.string() });
const FileRef = z.object({ id: z.string(), name: z.string(), size: z.number().int() });

export const SheetItemView = z.object({
  id: z.string(),
  kind: z.enum(SCORE_ITEM_KINDS),
  sectionId: z.string().nullable(),
  title: z.string(),
  maxPoints: z.number(),
  guidance: z.string().nullable(),
});
export type SheetItemView = z.infer<typeof SheetItemView>;

export const SheetView = z.object({
  sections: z.array(
    z.object({ id: z.string(), title: z.string(), maxPoints: z.number(), criteria: z.array(SheetItemView) }),
  ),
  bonus: z.array(SheetItemView),
  penalties: z.array(SheetItemView),
  bonusCap: z.number().nullable(),
  criteriaMax: z.number(),
});
export type SheetView = z.infer<typeof SheetView>;

export const ScoreView = z.object({
  itemId: z.string(),
  selfScore: z.number().nullable(),
  selfEvidence: z.string().nullable(),
  selfFile: FileRef.nullable(),
  groupScore: z.number().nullable(),
  groupNote: z.string().nullable(),
});
export type ScoreView = z.infer<typeof ScoreView>;

export const ResultView = z.object({
  unitId: z.string(),
  name: z.string(),
  rank: z.number().int(),
  sections: z.array(z.object({ sectionId: z.string(), points: z.number() })),
  basic: z.number(),
  bonusRaw: z.number(),
  bonus: z.number(),
  penalty: z.number(),
  total: z.number(),
  /** Self-assessed total (criteria + bonus capped − penalties), for reference only. */
  selfTotal: z.number().nullable(),
  missing: z.array(z.string()),
  complete: z.boolean(),
  tieBreak: z.enum(['basic', 'penalty', 'shared']).nullable(),
  tieNote: z.string().nullable(),
  leading: z.boolean(),
});
export type ResultView = z.infer<typeof ResultView>;

export const MemberView = z.object({
  unit: Ref,
  role: MemberRoleCode,
  rotationOrder: z.number().int(),
  scoresVersion: z.number().int(),
  scores: z.array(ScoreView),
  can: z.object({ selfScore: z.boolean(), groupScore: z.boolean() }),
});
export type MemberView = z.infer<typeof MemberView>;

export const GroupView = z.object({
  id: z.string(),
  year: z.number().int(),
  organiser: Ref.extend({ level: z.string() }),
  kind: GroupKindCode,
  name: z.string(),
  note: z.string().nullable(),
  covenantNumber: z.string().nullable(),
  covenantDate: z.string().nullable(),
  covenantText: z.string().nullable(),
  covenantFile: FileRef.nullable(),
  status: z.enum(['open', 'finalised']),
  finalisedAt: z.string().nullable(),
  resultDocument: z.string().nullable(),
  previousGroup: z.object({ id: z.string(), year: z.number().int() }).nullable(),
  nextGroup: z.object({ id: z.string(), year: z.number().int() }).nullable(),
  members: z.array(MemberView),
  sheet: SheetView,
  ranking: z.object({ complete: z.boolean(), finalised: z.boolean(), results: z.array(ResultView) }),
  rules: z.object({ scoring: z.string(), tieBreak: z.string() }),
  /** Next year's leader and deputy by rotation order (editable once next year's group is made). */
  rotation: z.object({ leader: Ref.nullable(), deputy: Ref.nullable() }),
  /** The award a leading member is proposed for: Cờ thi đua (provincial cluster) or Bằng khen tỉnh. */
  leaderAward: z.object({ awardKind: z.string(), name: z.string() }),
  version: z.number().int(),
  can: z.object({
    update: z.boolean(),
    delete: z.boolean(),
    manageMembers: z.boolean(),
    editSheet: z.boolean(),
    finalise: z.boolean(),
    reopen: z.boolean(),
    nextYear: z.boolean(),
    createDossier: z.boolean(),
  }),
});
export type GroupView = z.infer<typeof GroupView>;

export const GroupListItem = z.object({
  id: z.string(),
  year: z.number().int(),
  organiser: Ref,
  kind: GroupKindCode,
  name: z.string(),
  memberCount: z.number().int(),
  leader: Ref.nullable(),
  deputy: Ref.nullable(),
  status: z.enum(['open', 'finalised']),
  leading: z.array(Ref),
});
export type GroupListItem = z.infer<typeof GroupListItem>;

export const GroupPage = pageOf(GroupListItem).extend({ can: z.object({ create: z.boolean() }) });
export type GroupPage = z.infer<typeof GroupPage>;

/** The answer of "create a dossier" (a dossier of the dossiers module). */
export const GroupDossierResult = z.object({ dossierId: z.string(), code: z.string() });
export type GroupDossierResult = z.infer<typeof GroupDossierResult>;
