// Units: the organisation tree, its validity periods and lineage events (merge, split, rename, move).
import { IsoDate, ListQuery, optionalText, pageOf, text } from './common';
import { ADMIN_LEVELS, UNIT_EVENT_KINDS, UNIT_KINDS } from './enums';
import { z } from './zod';

export const UnitKind = z.enum(UNIT_KINDS, { error: 'Loại đơn vị không hợp lệ' });
export const AdminLevel = z.enum(ADMIN_LEVELS, { error: 'Cấp hành chính không hợp lệ' });
export const UnitEventKind = z.enum(UNIT_EVENT_KINDS, {
  error: 'Loại sự kiện không hợp lệ; chỉ nhận: merge, split, rename, move',
});
const UnitId = z.uuid({ error: 'Mã đơn vị không hợp lệ' });

/** A query-string flag: true/false/1/0. */
const QueryFlag = z
  .enum(['true', 'false', '1', '0'], { error: 'Chỉ nhận true hoặc false' })
  .transform((v) => v === 'true' || v === '1');

const UnitName = text({ min: 1, max: 300 });
const ShortName = optionalText(100);
const UnitCode = optionalText(50);

export const UNIT_SORTS = ['name', '-name', 'code', '-code', 'validFrom', '-validFrom'] as const;

/** GET /api/units */
export const UnitListQuery = ListQuery.extend({
  parentId: UnitId.optional(),
  kind: UnitKind.optional(),
  level: AdminLevel.optional(),
  asOf: IsoDate.optional(),
  includeClosed: QueryFlag.optional(),
  sort: z.enum(UNIT_SORTS, { error: `Chỉ sắp xếp theo: ${UNIT_SORTS.join(', ')}` }).optional(),
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;

/** GET /api/units/tree */
export const UnitTreeQuery = z.object({
  asOf: IsoDate.optional(),
  includeClosed: QueryFlag.optional(),
});
export type UnitTreeQuery = z.infer<typeof UnitTreeQuery>;

export const UnitAbilities = z.object({
  update: z.boolean(),
  close: z.boolean(),
  createChild: z.boolean(),
  recordEvent: z.boolean(),
  delete: z.boolean(),
});
export type UnitAbilities = z.infer<typeof UnitAbilities>;

/** A unit as listed. isOpen: valid on the requested date (today by default). */
export const UnitView = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: UnitKind,
  level: AdminLevel,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  closedReason: z.string().nullable(),
  isOpen: z.boolean(),
  childCount: z.number().int(),
  version: z.number().int(),
  can: UnitAbilities,
});
export type UnitView = z.infer<typeof UnitView>;

export const UnitPage = pageOf(UnitView);
export type UnitPage = z.infer<typeof UnitPage>;

const UnitTreeNodeFields = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string().nullable(),
  name: z.string(),
  shortName: z.string().nullable(),
  kind: UnitKind,
  level: AdminLevel,
  validFrom: z.string(),
  validTo: z.string().nullable(),
  isOpen: z.boolean(),
  childCount: z.number().int(),
});

/** One node of the tree (antd Tree): children nested, siblings in Vietnamese order. */
export type UnitTreeNode = z.infer<typeof UnitTreeNodeFields> & { children: UnitTreeNode[] };

/**
 * The runtime schema of a node. Children are described as plain objects of the same shape rather than by
 * recursion: a recursive zod schema becomes a $ref to a component that the OpenAPI document does not carry.
 */
export const UnitTreeNode = UnitTreeNodeFields.extend({
  children: z
    .array(z.record(z.string(), z.unknown()))
    .describe('Các đơn vị trực thuộc, mỗi phần tử cùng cấu trúc với nút này'),
});

export const UnitTree = z.object({ asOf: z.string(), roots: z.array(UnitTreeNode) });
export type UnitTree = { asOf: string; roots: UnitTreeNode[] };

/** A unit named in a breadcrumb or a lineage event; `accessible` says whether the reader may open it. */
export const UnitRef = z.object({ id: z.string(), name: z.string(), accessible: z.boolean() });
export type UnitRef = z.infer<typeof UnitRef>;

export const UnitEventView = z.object({
  id: z.string(),
  kind: UnitEventKind,
  effectiveOn: z.string(),
  documentRef: z.string().nullable(),
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  /** Predecessors: the units before the change. */
  sources: z.array(UnitRef),
  /** Successors: the units after the change. */
  targets: z.array(UnitRef),
  createdAt: z.string(),
});
export type UnitEventView = z.infer<typeof UnitEventView>;

export const UnitEventPage = pageOf(UnitEventView);
export type UnitEventPage = z.infer<typeof UnitEventPage>;

export const UnitDetail = UnitView.extend({
  /** Breadcrumb from the highest ancestor the reader may see down to the parent. */
  ancestors: z.array(z.object({ id: z.string(), name: z.string() })),
  events: z.array(UnitEventView),
  /** True when children, employments, roles or lineage events refer to the unit (so it can only be closed). */
  isReferenced: z.boolean(),
});
export type UnitDetail = z.infer<typeof UnitDetail>;

/** POST /api/units */
export const CreateUnitBody = z.object({
  parentId: UnitId.nullable().optional(),
  name: UnitName,
  shortName: ShortName,
  code: UnitCode,
  kind: UnitKind,
  level: AdminLevel,
  /** Defaults to today. */
  validFrom: IsoDate.optional(),
});
export type CreateUnitBody = z.input<typeof CreateUnitBody>;
export type CreateUnitInput = z.output<typeof CreateUnitBody>;

/** PATCH /api/units/:id — corrections; a rename that takes effect on a date is a lineage event instead. */
export const UpdateUnitBody = z.strictObject({
  name: UnitName.optional(),
  /** Omitted: unchanged; null or empty: cleared. */
  shortName: ShortName.optional(),
  code: UnitCode.optional(),
  kind: UnitKind.optional(),
  level: AdminLevel.optional(),
  version: z.number({ error: 'Thiếu phiên bản dữ liệu (version)' }).int().min(1),
});
export type UpdateUnitInput = z.output<typeof UpdateUnitBody>;

/** POST /api/units/:id/close */
export const CloseUnitBody = z.object({
  validTo: IsoDate,
  reason: optionalText(500),
  /** Close the open units below it as well (otherwise closing a unit with open children is refused). */
  closeChildren: z.boolean().default(false),
  version: z.number().int().min(1).optional(),
});
export type CloseUnitInput = z.output<typeof CloseUnitBody>;

export const NameAtQuery = z.object({ date: IsoDate });
export const NameAtView = z.object({
  unitId: z.string(),
  date: z.string(),
  name: z.string(),
  shortName: z.string().nullable(),
  /** Whether the unit existed on that date. */
  existed: z.boolean(),
});
export type NameAtView = z.infer<typeof NameAtView>;

/** A unit created by a merge or a split. */
export const NewUnitInput = z.object({
  name: UnitName,
  shortName: ShortName,
  code: UnitCode,
  kind: UnitKind,
  level: AdminLevel,
  parentId: UnitId.optional(),
});
export type NewUnitInput = z.output<typeof NewUnitInput>;

const EventCommon = {
  effectiveOn: IsoDate,
  documentRef: optionalText(300),
  note: optionalText(2000),
};

const distinct = (ids: readonly string[]) => new Set(ids).size === ids.length;

const MergeEvent = z
  .object({
    kind: z.literal('merge'),
    ...EventCommon,
    sourceIds: z.array(UnitId).min(1).max(200),
    targetId: UnitId.optional(),
    newUnit: NewUnitInput.extend({ parentId: UnitId }).optional(),
    /** Move the open children of the merged units under the target (default true). */
    moveChildren: z.boolean().default(true),
  })
  .superRefine((v, ctx) => {
    if (!distinct(v.sourceIds))
      ctx.addIssue({ code: 'custom', path: ['sourceIds'], message: 'Danh sách đơn vị bị trùng' });
    if ((v.targetId === undefined) === (v.newUnit === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['targetId'],
        message: 'Chọn đơn vị tiếp nhận (targetId) hoặc khai báo đơn vị mới (newUnit), chỉ một trong hai',
      });
    if (v.newUnit && v.sourceIds.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['sourceIds'],
        message: 'Hợp nhất thành đơn vị mới cần ít nhất 2 đơn vị',
      });
    if (v.targetId && v.sourceIds.includes(v.targetId))
      ctx.addIssue({
        code: 'custom',
        path: ['targetId'],
        message: 'Đơn vị tiếp nhận không được nằm trong danh sách bị sáp nhập',
      });
  });

const SplitEvent = z
  .object({
    kind: z.literal('split'),
    ...EventCommon,
    sourceId: UnitId,
    newUnits: z.array(NewUnitInput).max(50).default([]),
    targetIds: z.array(UnitId).max(50).default([]),
    /** Which target takes each open child of the source: an index into newUnits or an id from targetIds. */
    childAssignments: z.record(UnitId, z.union([z.number().int().min(0), UnitId])).default({}),
  })
  .superRefine((v, ctx) => {
    if (v.newUnits.length + v.targetIds.length < 2)
      ctx.addIssue({
        code: 'custom',
        path: ['newUnits'],
        message: 'Chia tách cần ít nhất 2 đơn vị kế thừa',
      });
    if (!distinct(v.targetIds) || v.targetIds.includes(v.sourceId))
      ctx.addIssue({
        code: 'custom',
        path: ['targetIds'],
        message: 'Danh sách đơn vị kế thừa bị trùng hoặc chứa chính đơn vị bị chia tách',
      });
    for (const [childId, target] of Object.entries(v.childAssignments)) {
      const ok = typeof target === 'number' ? target < v.newUnits.length : v.targetIds.includes(target);
      if (!ok)
        ctx.addIssue({
          code: 'custom',
          path: ['childAssignments', childId],
          message: 'Đơn vị tiếp nhận không có trong danh sách đơn vị kế thừa',
        });
    }
  });

const RenameEvent = z.object({
  kind: z.literal('rename'),
  ...EventCommon,
  unitId: UnitId,
  newName: UnitName,
  /** Omitted: keep the current short name; null or empty: no short name. */
  newShortName: ShortName.optional(),
});

const MoveEvent = z.object({
  kind: z.literal('move'),
  ...EventCommon,
  unitId: UnitId,
  newParentId: UnitId,
});

/** POST /api/unit-events */
export const UnitEventBody = z.discriminatedUnion('kind', [MergeEvent, SplitEvent, RenameEvent, MoveEvent], {
  error: 'Loại sự kiện không hợp lệ; chỉ nhận: merge, split, rename, move',
});
export type UnitEventBody = z.input<typeof UnitEventBody>;
export type UnitEventInput = z.output<typeof UnitEventBody>;
export type MergeEventInput = Extract<UnitEventInput, { kind: 'merge' }>;
export type SplitEventInput = Extract<UnitEventInput, { kind: 'split' }>;
export type RenameEventInput = Extract<UnitEventInput, { kind: 'rename' }>;
export type MoveEventInput = Extract<UnitEventInput, { kind: 'move' }>;

/** GET /api/unit-events */
export const UnitEventListQuery = z.object({
  unitId: UnitId.optional(),
  kind: UnitEventKind.optional(),
  page: ListQuery.shape.page,
  pageSize: ListQuery.shape.pageSize,
});
export type UnitEventListQuery = z.infer<typeof UnitEventListQuery>;

/** Result of recording a lineage event: the event and the units it created. */
export const RecordedUnitEvent = z.object({
  event: UnitEventView,
  createdUnitIds: z.array(z.string()),
});
export type RecordedUnitEvent = z.infer<typeof RecordedUnitEvent>;
